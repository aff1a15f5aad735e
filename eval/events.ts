// Event coding scores: PLOVER type and actors on the PLOVER gold standard sentences, CAMEO root on the CAMEO
// manual's example sentences. Every 4th line of each file is held out from tuning and reported apart.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { codeEvents, type ExtendedEvent } from '../src/events/index.js';
import { LEGACY_PLOVER } from '../src/events/cameo.js';
import { COUNTRIES } from '../src/events/countries.js';
import { splitSentences } from '../src/events/sentences.js';

import type { EvalResult } from './types.js';
import { sharedRoot } from './paths.js';

const dataDir = path.join(sharedRoot, 'data/events');

interface GoldActor {
  text?: string;
  code?: string | null;
}
interface PloverGold {
  id: string;
  text: string;
  event: string;
  source: GoldActor[];
  target: GoldActor[];
}
interface CameoGold {
  id: string;
  text: string;
  code: string;
  root: string;
}

const isHeldOut = (index: number): boolean => index % 4 === 3;

function readJsonl<T>(file: string): T[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** The sentence's main event, statements included (the CAMEO manual codes statements too). */
export function primaryEvent(text: string, includeStatements: boolean): ExtendedEvent | null {
  const clean = text.replace(/\\$/, '').replace(/[{}]/g, ' ');
  const events = codeEvents(clean, { id: 'x', sentences: [{ start: 0, end: clean.length }], entities: [], timexes: [], quotes: [] }, { includeStatements });
  return events.find((e) => e.primary) ?? events[0] ?? null;
}

/** Country codes of the older KEDS/CAMEO scheme that some GSR records still use, and their ISO 3166 codes. */
const LEGACY_COUNTRY: Record<string, string> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };
const country = (code: string | null | undefined): string => {
  const head = (code ?? '').slice(0, 3).toUpperCase();
  return LEGACY_COUNTRY[head] ?? head;
};
const overlaps = (a: string, b: string): boolean => {
  const x = a.toLowerCase().trim();
  const y = b.toLowerCase().replace(/\s*\.\.\.\s*/g, ' ').trim();
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x) || y.split(/\s+/).some((w) => w.length > 3 && x.includes(w)));
};

interface Tally {
  n: number;
  type: number;
  sourceCountry: number;
  sourceText: number;
  targetN: number;
  targetCountry: number;
}

function scorePlover(rows: PloverGold[]): Tally {
  const t: Tally = { n: 0, type: 0, sourceCountry: 0, sourceText: 0, targetN: 0, targetCountry: 0 };
  for (const row of rows) {
    const gold = LEGACY_PLOVER[row.event] ?? row.event;
    const e = primaryEvent(row.text, false);
    t.n++;
    if (e?.type === gold) t.type++;
    const sources = row.source.filter((s) => s.code);
    if (e && sources.some((s) => country(s.code) === country(e.source.code))) t.sourceCountry++;
    if (e && sources.some((s) => s.text && overlaps(e.source.text, s.text))) t.sourceText++;
    const targets = row.target.filter((s) => s.code);
    if (targets.length > 0) {
      t.targetN++;
      if (e?.target && targets.some((s) => country(s.code) === country(e.target!.code))) t.targetCountry++;
    }
  }
  return t;
}

function scoreCameo(rows: CameoGold[]): { n: number; root: number } {
  let root = 0;
  for (const row of rows) {
    const e = primaryEvent(row.text, true);
    if (e && e.cameo.slice(0, 2) === row.root) root++;
  }
  return { n: rows.length, root };
}

interface SyntheticStory {
  id: string;
  title_template: string;
  text: string;
}

/** Every SYNTHETIC_STEP-th story is scored: a sample keeps the eval near a second. */
const SYNTHETIC_STEP = 3;

let countryFormsCache: { re: RegExp; code: Map<string, string> } | null = null;
/** One regular expression over every country name, demonym and capital of the shared table, whole words only. */
function countryForms(): { re: RegExp; code: Map<string, string> } {
  if (countryFormsCache) return countryFormsCache;
  const code = new Map<string, string>();
  for (const c of COUNTRIES) for (const form of [...c.names, ...c.demonyms, ...c.capitals]) if (!code.has(form)) code.set(form, c.code);
  const escaped = [...code.keys()].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  countryFormsCache = { re: new RegExp(`(?<![\\p{L}])(?:${escaped.join('|')})(?![\\p{L}])`, 'gu'), code };
  return countryFormsCache;
}

/**
 * Source country on the synthetic NGEC stories. They carry a PLOVER type but no actor codes, so a weak label is
 * derived: a story written from a one-country headline template ("{country_1} teachers strike") whose text names
 * exactly one country (by name, demonym or capital from the shared table) is about that country, and its first
 * main event's source is taken to be of it. Sources that are international bodies count as misses, so the figure
 * is a lower bound, useful for comparing versions rather than as an accuracy.
 */
function scoreSynthetic(stories: SyntheticStory[]): { n: number; sourceCountry: number } {
  const forms = countryForms();
  let n = 0;
  let correct = 0;
  for (const story of stories) {
    if (!story.title_template.includes('{country_1}') || story.title_template.includes('{country_2}')) continue;
    const named = new Set([...story.text.matchAll(forms.re)].map((m) => forms.code.get(m[0])!));
    if (named.size !== 1) continue;
    const label = [...named][0]!;
    const annotations = { id: story.id, sentences: splitSentences(story.text), entities: [], timexes: [], quotes: [] };
    const main = codeEvents(story.text, annotations).find((e) => e.primary);
    if (!main) continue;
    n++;
    if (country(main.source.code) === label) correct++;
  }
  return { n, sourceCountry: correct };
}

const ratio = (a: number, b: number): number => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

export async function run(): Promise<EvalResult> {
  const ploverFile = path.join(dataDir, 'plover_gsr_cameo-dev.jsonl');
  const cameoFile = path.join(dataDir, 'cameo_manual_examples-dev.jsonl');
  if (!fs.existsSync(ploverFile) || !fs.existsSync(cameoFile)) throw new Error(`event benchmark data missing in ${dataDir}`);
  const plover = readJsonl<PloverGold>(ploverFile);
  const cameo = readJsonl<CameoGold>(cameoFile);
  const metrics: Record<string, number> = {};
  const started = performance.now();
  for (const [split, keep] of [['dev', (i: number) => !isHeldOut(i)], ['heldout', isHeldOut]] as const) {
    const p = scorePlover(plover.filter((_, i) => keep(i)));
    metrics[`plover_${split}_type_accuracy`] = ratio(p.type, p.n);
    metrics[`plover_${split}_source_country`] = ratio(p.sourceCountry, p.n);
    metrics[`plover_${split}_source_text`] = ratio(p.sourceText, p.n);
    metrics[`plover_${split}_target_country`] = ratio(p.targetCountry, p.targetN);
    const c = scoreCameo(cameo.filter((_, i) => keep(i)));
    metrics[`cameo_${split}_root_accuracy`] = ratio(c.root, c.n);
  }
  metrics.sentences_per_second = Math.round((plover.length + cameo.length) / ((performance.now() - started) / 1000));
  const syntheticFile = path.join(dataDir, 'ngec-synthetic-events.jsonl.gz');
  if (fs.existsSync(syntheticFile)) {
    const stories = zlib.gunzipSync(fs.readFileSync(syntheticFile)).toString('utf8').split('\n').filter((l) => l.trim())
      .map((l) => JSON.parse(l) as SyntheticStory).filter((_, i) => i % SYNTHETIC_STEP === 0);
    const syn = scoreSynthetic(stories);
    metrics.synthetic_weak_source_country = ratio(syn.sourceCountry, syn.n);
    metrics.synthetic_weak_n = syn.n;
  }
  // A little below the figures measured when the floors were set (noise margin: 40 held-out sentences move 0.025
  // per sentence). Speed is left out: it depends on the machine's load. The event-type model
  // (models/events-v1.json.gz) was trained on the tuning halves too: it codes only sentences the rules left
  // uncoded, but the dev rows are its training rows, so only the held-out rows measure it. The synthetic figure's
  // labels are derived (see scoreSynthetic), and the story-country fallback uses the same evidence, so it overstates
  // accuracy: its floor guards against regressions only.
  const floors: Record<string, number> = {
    plover_dev_type_accuracy: 0.86,
    plover_dev_source_country: 0.9,
    plover_dev_target_country: 0.82,
    cameo_dev_root_accuracy: 0.86,
    plover_heldout_type_accuracy: 0.77,
    plover_heldout_source_country: 0.82,
    synthetic_weak_source_country: 0.85,
    plover_heldout_target_country: 0.85,
    cameo_heldout_root_accuracy: 0.7,
  };
  printTable(metrics, floors);
  return { name: 'events', metrics, floors };
}

function printTable(metrics: Record<string, number>, floors: Record<string, number>): void {
  console.log('events eval (PLOVER GSR dev file, CAMEO manual examples; heldout = every 4th line)');
  for (const [k, v] of Object.entries(metrics)) console.log(`  ${k.padEnd(34)} ${String(v).padEnd(8)} ${floors[k] !== undefined ? `floor ${floors[k]}` : ''}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  run().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
