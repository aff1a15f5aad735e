// A light sentence classifier for the PLOVER event type: a linear model (averaged perceptron, trained by
// scripts/train-events.ts) over the sentence's words and word pairs and over what the rule coder found in it.
// The rules stay the coder: measured by cross-validation on the benchmark tuning halves, the model alone (0.61)
// and the model choosing among the rules' types (0.79) both lose to the rules (0.885). It speaks only for
// sentences in which the rules found no act at all (rules, else model: 0.889).
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const EVENT_MODEL_VERSION = 1;

/** What the rule coder found in a sentence, as evidence for the model. */
export interface RuleSignals {
  /** PLOVER type of the rules' main event; null when they found none. */
  primary: string | null;
  /** Every PLOVER type among the sentence's events. */
  types: string[];
  negated: boolean;
  planned: boolean;
}

export interface EventModelFile {
  version: number;
  classes: string[];
  /** Feature -> [class index, weight × 1000] pairs: sparse, rounded. */
  weights: Record<string, number[]>;
}

export interface EventModel {
  classes: string[];
  weights: Map<string, Float64Array>;
}

const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'and', 'or', 'for', 'by', 'with', 'from', 'that', 'this', 'its',
  'their', 'his', 'her', 'is', 'are', 'was', 'were', 'be', 'been', 'as', 'it', 'he', 'she', 'they', 'which', 'who',
]);

/** A crude stem: inflected forms of one verb or noun share it ("attacked", "attacks" -> "attack"). */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|ed|es|s)$/, '').replace(/([^aeiou])\1$/, '$1');
}

/** Features of one sentence: words, stems, adjacent word pairs, and the rule coder's findings. */
export function sentenceFeatures(sentence: string, rules: RuleSignals): string[] {
  const words = (sentence.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, ''));
  const features = new Set<string>(['bias']);
  const content = words.filter((w) => !STOP_WORDS.has(w));
  for (const w of content) {
    features.add(`w=${w}`);
    features.add(`s=${stem(w)}`);
  }
  for (let i = 0; i + 1 < content.length; i++) features.add(`b=${stem(content[i]!)}_${stem(content[i + 1]!)}`);
  features.add(`r=${rules.primary ?? 'NONE'}`);
  for (const t of rules.types) features.add(`t=${t}`);
  if (rules.negated) features.add(`rneg=${rules.primary ?? 'NONE'}`);
  if (rules.planned) features.add(`rplan=${rules.primary ?? 'NONE'}`);
  return [...features];
}

/** Scores per class, in the model's class order. */
export function scoreFeatures(model: EventModel, features: readonly string[]): Float64Array {
  const scores = new Float64Array(model.classes.length);
  for (const f of features) {
    const w = model.weights.get(f);
    if (!w) continue;
    for (let c = 0; c < scores.length; c++) scores[c]! += w[c]!;
  }
  return scores;
}

/** The best class among `allowed` (all classes when empty), with its margin over the next best allowed one. */
export function bestClass(model: EventModel, scores: Float64Array, allowed: readonly string[] = []): { type: string; margin: number } | null {
  let best = -1;
  let second = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    if (allowed.length > 0 && !allowed.includes(model.classes[c]!)) continue;
    if (best < 0 || scores[c]! > scores[best]!) {
      if (best >= 0) second = scores[best]!;
      best = c;
    } else if (scores[c]! > second) second = scores[c]!;
  }
  return best < 0 ? null : { type: model.classes[best]!, margin: scores[best]! - second };
}

export function modelFromFile(file: EventModelFile): EventModel {
  if (file.version !== EVENT_MODEL_VERSION) throw new Error(`event model version ${file.version} is not ${EVENT_MODEL_VERSION}`);
  const weights = new Map<string, Float64Array>();
  for (const [feature, pairs] of Object.entries(file.weights)) {
    const w = new Float64Array(file.classes.length);
    for (let k = 0; k + 1 < pairs.length; k += 2) w[pairs[k]!] = pairs[k + 1]! / 1000;
    weights.set(feature, w);
  }
  return { classes: file.classes, weights };
}

/** Where the shipped model lives, from dist/src/events/ or src/events/ alike: the repository's models/ folder. */
export function defaultEventModelPath(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = here.includes('/dist/') ? new URL('../../../', import.meta.url) : new URL('../../', import.meta.url);
  return fileURLToPath(new URL('models/events-v1.json.gz', root));
}

let loaded: EventModel | null | undefined;

/** The shipped model, read on first call; null when the file is absent (the rules then code alone). */
export function loadEventModel(): EventModel | null {
  if (loaded === undefined) {
    const file = defaultEventModelPath();
    loaded = existsSync(file) ? modelFromFile(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as EventModelFile) : null;
  }
  return loaded;
}
