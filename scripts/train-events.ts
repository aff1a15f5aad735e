// Trains the event-type sentence classifier (src/events/classifier.ts): an averaged perceptron over words, word
// pairs and the rule coder's findings. Training material: the lead sentences of the NGEC synthetic stories (each
// story is labelled with one PLOVER type, and its first sentence states it) and, with --with-dev, the tuning
// halves of the PLOVER GSR and CAMEO example files (their every-4th-line held-out halves are never trained on).
// Prints the type accuracy of rules alone, model alone and the combination on the held-out halves, and writes
// models/events-v1.json.gz. Deterministic: the same data and seed give the same model.
//   npm run train:events [-- --epochs 8] [--dev-weight 1] [--out models/events-v1.json.gz] [--dry] [--cv] [--min-margin 10]
//   (the npm script passes --with-dev; without it only the synthetic leads are used)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, gunzipSync } from 'node:zlib';
import { codeEvents } from '../src/events/index.js';
import { splitSentences } from '../src/events/sentences.js';
import { ploverType, LEGACY_PLOVER, PLOVER_TYPES } from '../src/events/cameo.js';
import {
  EVENT_MODEL_VERSION, bestClass, modelFromFile, scoreFeatures, sentenceFeatures, type EventModelFile, type RuleSignals,
} from '../src/events/classifier.js';
import { ruleSignals } from '../src/events/index.js';
import { seededRandom, shuffleInPlace } from './random.js';
import { events as settings } from '../src/settings.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = path.join(process.env.DOSSIER_SHARED ?? path.resolve(repoRoot, '../shared'), 'data/events');

interface Example {
  text: string;
  label: string;
  features: string[];
  rules: RuleSignals;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

function readJsonl<T>(file: string): T[] {
  const raw = file.endsWith('.gz') ? gunzipSync(fs.readFileSync(file)).toString('utf8') : fs.readFileSync(file, 'utf8');
  return raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** The rule coder's view of one sentence (the same call the coder makes at run time). */
function rulesFor(text: string): RuleSignals {
  const events = codeEvents(text, { id: 'x', sentences: [{ start: 0, end: text.length }], entities: [], timexes: [], quotes: [] }, { modelFallback: false });
  return ruleSignals(events);
}

function example(text: string, label: string): Example {
  const clean = text.replace(/\\$/, '').replace(/[{}]/g, ' ').trim();
  const rules = rulesFor(clean);
  return { text: clean, label, rules, features: sentenceFeatures(clean, rules) };
}

function syntheticExamples(): Example[] {
  const stories = readJsonl<{ event: string; text: string }>(path.join(dataDir, 'ngec-synthetic-events.jsonl.gz'));
  const out: Example[] = [];
  for (const story of stories) {
    const first = splitSentences(story.text)[0];
    if (!first || !(PLOVER_TYPES as readonly string[]).includes(story.event)) continue;
    out.push(example(story.text.slice(first.start, first.end), story.event));
  }
  return out;
}

const isHeldOut = (index: number): boolean => index % 4 === 3;
const MIN_FEATURE_COUNT = Number(arg('--min-count', '3'));
const NO_RULES: RuleSignals = { primary: null, types: [], negated: false, planned: false };
const minMargin = process.argv.includes('--min-margin') ? Number(arg('--min-margin', '0')) : settings.modelMinMargin;

function benchmarkExamples(): { dev: Example[]; heldout: Example[]; cameoDev: Example[]; cameoHeldout: Example[] } {
  const plover = readJsonl<{ text: string; event: string }>(path.join(dataDir, 'plover_gsr_cameo-dev.jsonl'));
  const cameo = readJsonl<{ text: string; code: string }>(path.join(dataDir, 'cameo_manual_examples-dev.jsonl'));
  const ploverEx = plover.map((r) => example(r.text, LEGACY_PLOVER[r.event] ?? r.event));
  // CAMEO examples count by the PLOVER type of their code; statements (01) have none and are left out.
  const cameoEx = cameo.map((r) => ({ r, type: ploverType(r.code) }));
  const keep = cameoEx.map((c, i) => ({ ...c, i })).filter((c) => c.type !== null);
  return {
    dev: ploverEx.filter((_, i) => !isHeldOut(i)),
    heldout: ploverEx.filter((_, i) => isHeldOut(i)),
    cameoDev: keep.filter((c) => !isHeldOut(c.i)).map((c) => example(c.r.text, c.type!)),
    cameoHeldout: keep.filter((c) => isHeldOut(c.i)).map((c) => example(c.r.text, c.type!)),
  };
}

/** Averaged perceptron: the average of the weights over all updates generalises better than the last weights. */
function train(all: Example[], classes: string[], epochs: number, seed: number): EventModelFile {
  // A feature seen in one sentence only (a name, a number) cannot generalise: it is left out, and the model
  // stays small and quick to load.
  const seen = new Map<string, number>();
  for (const ex of all) for (const f of ex.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const examples = all.map((ex) => ({ ...ex, features: ex.features.filter((f) => seen.get(f)! >= MIN_FEATURE_COUNT) }));
  const index = new Map(classes.map((c, i) => [c, i]));
  const w = new Map<string, Float64Array>();
  const total = new Map<string, Float64Array>();
  const stamp = new Map<string, Float64Array>();
  let step = 1;
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  const vec = (map: Map<string, Float64Array>, f: string): Float64Array => {
    let v = map.get(f);
    if (!v) map.set(f, (v = new Float64Array(classes.length)));
    return v;
  };
  const update = (f: string, c: number, delta: number): void => {
    const wf = vec(w, f);
    const tf = vec(total, f);
    const sf = vec(stamp, f);
    tf[c]! += (step - sf[c]!) * wf[c]!;
    sf[c] = step;
    wf[c]! += delta;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const k of order) {
      const ex = examples[k]!;
      const scores = new Float64Array(classes.length);
      for (const f of ex.features) {
        const wf = w.get(f);
        if (wf) for (let c = 0; c < scores.length; c++) scores[c]! += wf[c]!;
      }
      let guess = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[guess]!) guess = c;
      const gold = index.get(ex.label)!;
      if (guess !== gold) {
        for (const f of ex.features) {
          update(f, gold, 1);
          update(f, guess, -1);
        }
      }
      step++;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wf] of w) {
    const tf = total.get(f)!;
    const sf = stamp.get(f)!;
    const pairs: number[] = [];
    for (let c = 0; c < classes.length; c++) {
      const averaged = (tf[c]! + (step - sf[c]!) * wf[c]!) / step;
      const rounded = Math.round(averaged * 1000);
      if (rounded !== 0) pairs.push(c, rounded);
    }
    if (pairs.length > 0) weights[f] = pairs;
  }
  return { version: EVENT_MODEL_VERSION, classes, weights };
}

/** Type accuracy on a set: rules alone, the model alone, and the model choosing among the rules' types. */
function accuracy(file: EventModelFile, examples: Example[]): { rules: number; model: number; combined: number; fallback: number } {
  const model = modelFromFile(file);
  let fallback = 0;
  let rules = 0;
  let modelAlone = 0;
  let combined = 0;
  for (const ex of examples) {
    const scores = scoreFeatures(model, ex.features);
    if (ex.rules.primary === ex.label) rules++;
    if (bestClass(model, scores)?.type === ex.label) modelAlone++;
    if (bestClass(model, scores, ex.rules.types)?.type === ex.label) combined++;
    // The run-time fallback sees no rule findings (there were none) and needs a margin.
    const alone = ex.rules.primary === null ? bestClass(model, scoreFeatures(model, sentenceFeatures(ex.text, NO_RULES))) : null;
    if ((ex.rules.primary ?? (alone && alone.margin >= minMargin ? alone.type : null)) === ex.label) fallback++;
  }
  const r = (n: number): number => Math.round((n / Math.max(1, examples.length)) * 1000) / 1000;
  return { rules: r(rules), model: r(modelAlone), combined: r(combined), fallback: r(fallback) };
}

/**
 * Chooses between rules and model without the held-out halves: 4-fold cross-validation over the tuning halves,
 * each fold trained on the synthetic leads and the other three folds.
 */
function crossValidate(synthetic: Example[], inDomain: Example[], classes: string[], epochs: number, devWeight: number): void {
  const sums = { rules: 0, model: 0, combined: 0, fallback: 0 };
  for (let fold = 0; fold < 4; fold++) {
    const test = inDomain.filter((_, i) => i % 4 === fold);
    const rest = inDomain.filter((_, i) => i % 4 !== fold);
    const file = train([...synthetic, ...Array.from({ length: devWeight }, () => rest).flat()], classes, epochs, 20261122 + fold);
    const a = accuracy(file, test);
    for (const k of Object.keys(sums) as (keyof typeof sums)[]) sums[k] += a[k] * test.length;
  }
  const r = (n: number): number => Math.round((n / inDomain.length) * 1000) / 1000;
  console.log(`4-fold CV on the tuning halves (${inDomain.length}): rules ${r(sums.rules)}  model ${r(sums.model)}  among-rule-types ${r(sums.combined)}  rules-else-model ${r(sums.fallback)}`);
}

function main(): void {
  const epochs = Number(arg('--epochs', '8'));
  const out = path.resolve(repoRoot, arg('--out', 'models/events-v1.json.gz'));
  const withDev = process.argv.includes('--with-dev');
  const synthetic = syntheticExamples();
  const bench = benchmarkExamples();
  // The benchmark sentences are few but in the target style: each counts `devWeight` times.
  const devWeight = Number(arg('--dev-weight', '1'));
  const inDomain = [...bench.dev, ...bench.cameoDev];
  const training = withDev ? [...synthetic, ...Array.from({ length: devWeight }, () => inDomain).flat()] : synthetic;
  const classes = [...PLOVER_TYPES];
  const file = train(training, classes, epochs, 20261122);
  console.log(`trained on ${training.length} sentences (${synthetic.length} synthetic leads${withDev ? ' + PLOVER and CAMEO tuning halves' : ''}), ${epochs} epochs, ${Object.keys(file.weights).length} features`);
  console.log('type accuracy          rules  model  among-rule-types  rules-else-model');
  for (const [name, set] of [['synthetic (train)', synthetic], ['plover dev', bench.dev], ['plover heldout', bench.heldout], ['cameo dev', bench.cameoDev], ['cameo heldout', bench.cameoHeldout]] as const) {
    const a = accuracy(file, set);
    console.log(`  ${name.padEnd(20)} ${String(a.rules).padEnd(6)} ${String(a.model).padEnd(6)} ${String(a.combined).padEnd(17)} ${a.fallback}`);
  }
  if (process.argv.includes('--cv')) crossValidate(synthetic, inDomain, classes, epochs, devWeight);
  if (process.argv.includes('--dry')) return;
  const gz = gzipSync(JSON.stringify(file));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, gz);
  console.log(`wrote ${path.relative(repoRoot, out)} (${Math.round(gz.length / 1024)} KB)`);
}

main();
