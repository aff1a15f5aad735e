// TempEval-3 style scoring of the temporal tagger on TimeBank + AQUAINT, with chrono-node as the peer.
// Extent: strict (same offsets) and relaxed (overlap) P/R/F1; type and value accuracy over relaxed matches;
// value F1 as TempEval-3 defines it (a relaxed match with the right value counts as correct).
// Every 5th file is held out as a development split that the grammar was not tuned on.
import * as chrono from 'chrono-node';
import type { Timex } from '../src/model.js';
import { tagTimexes } from '../src/nlp/time/index.js';
import { loadTempEval, type TimeMLDocument } from './timeml.js';

import type { EvalResult } from './types.js';

interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

const emptyCounts = (): Counts => ({ gold: 0, system: 0, strict: 0, relaxed: 0, type: 0, value: 0 });

/** Adds the matches of one document: each gold expression pairs with the first unpaired overlapping system one. */
export function scoreDocument(gold: readonly Timex[], system: readonly Timex[], counts: Counts, errors?: string[]): void {
  counts.gold += gold.length;
  counts.system += system.length;
  const used = new Set<number>();
  for (const expected of gold) {
    const index = system.findIndex((found, i) => !used.has(i) && found.start < expected.end && expected.start < found.end);
    if (index < 0) {
      errors?.push(`MISS  ${expected.type} ${expected.value} «${expected.text}»`);
      continue;
    }
    used.add(index);
    const found = system[index]!;
    counts.relaxed += 1;
    if (found.start === expected.start && found.end === expected.end) counts.strict += 1;
    else errors?.push(`SPAN  «${expected.text}» vs «${found.text}»`);
    if (found.type === expected.type) counts.type += 1;
    if (found.value === expected.value) counts.value += 1;
    else errors?.push(`VALUE «${expected.text}» ${expected.value} vs ${found.value} «${found.text}»`);
  }
  system.forEach((found, i) => {
    if (!used.has(i)) errors?.push(`EXTRA ${found.type} ${found.value} «${found.text}»`);
  });
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function metricsOf(c: Counts): Record<string, number> {
  const strictP = ratio(c.strict, c.system), strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.system), relaxedR = ratio(c.relaxed, c.gold);
  const valueP = ratio(c.value, c.system), valueR = ratio(c.value, c.gold);
  return {
    strict_p: strictP, strict_r: strictR, strict_f1: f1(strictP, strictR),
    relaxed_p: relaxedP, relaxed_r: relaxedR, relaxed_f1: f1(relaxedP, relaxedR),
    type_accuracy: ratio(c.type, c.relaxed), value_accuracy: ratio(c.value, c.relaxed), value_f1: f1(valueP, valueR),
  };
}

/** chrono-node's results as TIMEX3 dates at the precision chrono is sure of. */
export function chronoTimexes(text: string, referenceDate: string | null): Timex[] {
  const [y, m, d] = (referenceDate ?? '2000-01-01').split('-').map(Number);
  const reference = new Date(y!, (m ?? 1) - 1, d ?? 1, 12);
  return chrono.parse(text, reference).map((result) => {
    const c = result.start;
    const date = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1, 2)}-${pad(c.get('day') ?? 1, 2)}`;
    const hasTime = c.isCertain('hour');
    const hasDay = c.isCertain('day') || c.isCertain('weekday') || (!c.isCertain('month') && !c.isCertain('year'));
    const value = hasTime
      ? `${date}T${pad(c.get('hour') ?? 0, 2)}:${pad(c.get('minute') ?? 0, 2)}`
      : hasDay ? date : c.isCertain('month') ? date.slice(0, 7) : date.slice(0, 4);
    return { start: result.index, end: result.index + result.text.length, text: result.text, type: hasTime ? 'TIME' : 'DATE', value };
  });
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

type Tagger = (text: string, referenceDate: string | null) => Timex[];

function scoreAll(documents: readonly TimeMLDocument[], tagger: Tagger, errors?: string[]): Counts {
  const counts = emptyCounts();
  for (const doc of documents) scoreDocument(doc.gold, tagger(doc.text, doc.dct), counts, errors);
  return counts;
}

export async function run(): Promise<EvalResult> {
  const documents = loadTempEval();
  if (documents.length === 0) {
    console.error('temporal: ../shared/data/temporal/tempeval3/train not found');
    return { name: 'temporal', metrics: {}, floors: {} };
  }
  const tune = documents.filter((_, i) => i % 5 !== 4);
  const dev = documents.filter((_, i) => i % 5 === 4);
  const errors: string[] = [];
  const rows: Array<[string, Record<string, number>]> = [
    ['dossier all', metricsOf(scoreAll(documents, tagTimexes, errors))],
    ['dossier tune', metricsOf(scoreAll(tune, tagTimexes))],
    ['dossier dev', metricsOf(scoreAll(dev, tagTimexes))],
    ['chrono all', metricsOf(scoreAll(documents, chronoTimexes))],
    ['chrono dev', metricsOf(scoreAll(dev, chronoTimexes))],
  ];
  if (process.env.TEMPORAL_ERRORS) console.log(errors.join('\n'));
  const columns = ['strict_p', 'strict_r', 'strict_f1', 'relaxed_p', 'relaxed_r', 'relaxed_f1', 'type_accuracy', 'value_accuracy', 'value_f1'];
  console.log(`TempEval-3 train (TimeBank + AQUAINT): ${documents.length} files, ${documents.reduce((n, d) => n + d.gold.length, 0)} gold TIMEX3; dev = every 5th file (${dev.length})`);
  console.log(['', ...columns.map((c) => c.replace('_accuracy', '_acc'))].map((c, i) => (i === 0 ? c.padEnd(14) : c.padStart(11))).join(''));
  for (const [label, metrics] of rows) {
    console.log([label.padEnd(14), ...columns.map((c) => metrics[c]!.toFixed(3).padStart(11))].join(''));
  }
  const all = rows[0]![1], devMetrics = rows[2]![1], peer = rows[3]![1];
  const metrics: Record<string, number> = {
    value_f1: all.value_f1!, relaxed_f1: all.relaxed_f1!, strict_f1: all.strict_f1!, type_accuracy: all.type_accuracy!,
    value_accuracy: all.value_accuracy!, dev_value_f1: devMetrics.value_f1!, dev_relaxed_f1: devMetrics.relaxed_f1!,
    chrono_value_f1: peer.value_f1!, chrono_relaxed_f1: peer.relaxed_f1!,
  };
  // a little below the figures measured when they were set (value F1 0.789, relaxed F1 0.929, dev value F1 0.828)
  const floors = { value_f1: 0.77, relaxed_f1: 0.91, strict_f1: 0.84, dev_value_f1: 0.8, dev_relaxed_f1: 0.92 };
  return { name: 'temporal', metrics, floors };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const result = await run();
  if (Object.keys(result.metrics).length === 0 && process.env.EVAL_GATE) process.exit(1);
}
