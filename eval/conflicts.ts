// Conflicts between outlets, measured apart from clustering: the articles of each gold story are aligned together
// (claims from the events stage, alignment from the stories stage) and the flagged conflicts are scored against
// gold. Sets: samples/conflicts (invented multi-outlet stories, each measured once before any change: README.md),
// samples/articles (the demo corpus), and the seeds: 000+001 (five- vs four-year agreement) and 002+004 (one 2021
// meeting, no disagreement) forced into one story each.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareArticles } from '../src/pipeline.js';
import { alignClaims, type StoryConflict, type StoryInput } from '../src/stories/index.js';
import { articlesFrom } from './corpus.js';
import { repoRoot, sharedRoot } from './paths.js';
import type { EvalResult } from './types.js';

export interface GoldConflict {
  set?: string;
  story: string;
  fact: string;
  update?: boolean;
  versions: { value: string; articles: string[] }[];
}

export interface Scored {
  gold: number;
  found: number;
  updateRight: number;
  predicted: number;
  right: number;
}

/** Conflicts of each gold story, its articles aligned together. */
function conflictsByStory(inputs: StoryInput[], storyOf: (id: string) => string | undefined): Map<string, StoryConflict[]> {
  const members = new Map<string, StoryInput[]>();
  for (const input of inputs) {
    const story = storyOf(input.article.id);
    if (!story) continue;
    members.set(story, [...(members.get(story) ?? []), input]);
  }
  return new Map(
    [...members].map(([story, items]) => [
      story,
      alignClaims(items.map((item) => ({ article: item.article.id, date: item.article.published.date, claims: item.claims ?? [] }))),
    ]),
  );
}

/** Gold names that differ from the slot names (the gold was written before the slots were named). */
const FACT_ALIASES: Record<string, string> = {
  'contract length': 'agreement duration',
  'prisoners released': 'people released',
  'summit duration': 'conference duration',
  'hectares burned': 'area burned',
};

/** "flights" -> "fligh": words compared by their first five letters, a plural's -s dropped. */
function stem(word: string): string {
  return word.toLowerCase().replace(/(?:ies|s)$/u, '').slice(0, 5);
}

/**
 * The gold names a fact in its own words ("flights cancelled", "vehicles in the river"); a generic slot names it
 * from its head noun and verb ("flight", "vehicle recall"). They are one fact when every word of the slot's name
 * is among the gold's words (compared by stem).
 */
function sameFact(goldFact: string, fact: string): boolean {
  const gold = FACT_ALIASES[goldFact] ?? goldFact;
  if (gold === fact) return true;
  const goldWords = new Set(gold.split(/\s+/u).map(stem));
  return fact.split(/\s+/u).filter((word) => word !== 'of').every((word) => goldWords.has(stem(word)));
}

/**
 * A gold conflict is found when a predicted conflict on the same fact has a distinct version holding each gold
 * version's articles (further versions are allowed).
 */
export function matches(gold: GoldConflict, conflict: StoryConflict): boolean {
  if (!sameFact(gold.fact, conflict.fact)) return false;
  // Named by words only, a fact must also give the gold's figures: "drones launched" is not "drones shot down".
  const byWords = (FACT_ALIASES[gold.fact] ?? gold.fact) !== conflict.fact;
  const used = new Set<number>();
  return gold.versions.every((version) => {
    const index = conflict.versions.findIndex(
      (candidate, i) =>
        !used.has(i) &&
        version.articles.every((article) => candidate.articles.includes(article)) &&
        (!byWords || candidate.value.toLowerCase().includes(version.value.toLowerCase())),
    );
    if (index < 0) return false;
    used.add(index);
    return true;
  });
}

function score(gold: GoldConflict[], predicted: Map<string, StoryConflict[]>, label: string): Scored {
  let found = 0;
  let updateRight = 0;
  for (const entry of gold) {
    const hit = (predicted.get(entry.story) ?? []).find((conflict) => matches(entry, conflict));
    if (!hit) {
      console.log(`  ${label} missed   ${entry.story} / ${entry.fact}: ${entry.versions.map((v) => `${v.value} [${v.articles.join(', ')}]`).join(' vs ')}`);
      continue;
    }
    found++;
    if (entry.update === undefined || entry.update === hit.update) updateRight++;
  }
  let right = 0;
  let count = 0;
  for (const [story, conflicts] of predicted) {
    for (const conflict of conflicts) {
      count++;
      const real = gold.some((entry) => entry.story === story && matches(entry, conflict));
      if (real) right++;
      const versions = conflict.versions.map((v) => `${v.value} [${v.articles.join(', ')}]`).join(' vs ');
      console.log(`  ${label} ${real ? 'flagged' : 'FALSE  '}  ${story} / ${conflict.update ? 'update ' : ''}${conflict.fact}: ${versions}`);
    }
  }
  return { gold: gold.length, found, updateRight, predicted: count, right };
}

export function record(metrics: Record<string, number>, key: string, scored: Scored): void {
  metrics[`${key}_recall`] = scored.gold ? scored.found / scored.gold : 1;
  metrics[`${key}_precision`] = scored.predicted ? scored.right / scored.predicted : 1;
  metrics[`${key}_update_label_accuracy`] = scored.found ? scored.updateRight / scored.found : 1;
  console.log(
    `${key}: ${scored.found}/${scored.gold} gold conflicts found, ${scored.right}/${scored.predicted} flagged are real, ` +
      `update label right on ${scored.updateRight}/${scored.found}`,
  );
}

async function inventedSets(metrics: Record<string, number>): Promise<void> {
  const folder = path.join(repoRoot, 'samples/conflicts');
  const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf-8')) as {
    stories: Record<string, string>;
    conflicts: GoldConflict[];
  };
  const files = readdirSync(folder).filter((file) => /^set-[a-z]+\.jsonl$/u.test(file)).sort();
  const total: Scored = { gold: 0, found: 0, updateRight: 0, predicted: 0, right: 0 };
  for (const file of files) {
    const set = /^set-([a-z]+)/u.exec(file)![1]!;
    const inputs = prepareArticles(await articlesFrom([path.join(folder, file)]));
    const predicted = conflictsByStory(inputs, (id) => expected.stories[id]);
    const scored = score(expected.conflicts.filter((entry) => entry.set === set), predicted, `set ${set}`);
    record(metrics, `set_${set}`, scored);
    for (const key of Object.keys(total) as (keyof Scored)[]) total[key] += scored[key];
  }
  record(metrics, 'invented_all', total);
}

async function demoSamples(metrics: Record<string, number>): Promise<void> {
  const expected = JSON.parse(readFileSync(path.join(repoRoot, 'samples/expected.json'), 'utf-8')) as Record<string, { story?: string }> & {
    conflicts: GoldConflict[];
  };
  const inputs = prepareArticles(await articlesFrom([path.join(repoRoot, 'samples/articles')]));
  const predicted = conflictsByStory(inputs, (id) => expected[id]?.story);
  record(metrics, 'samples', score(expected.conflicts, predicted, 'samples'));
}

async function seedPairs(metrics: Record<string, number>): Promise<void> {
  const seeds = path.join(sharedRoot, 'seeds');
  if (!existsSync(seeds)) return console.log(`conflicts: ${seeds} is missing; seed pairs skipped`);
  const inputs = prepareArticles(await articlesFrom([seeds]));
  const pairOf = (id: string) => (/^00[01]/u.test(id) ? 'seeds-000-001' : /^00[24]/u.test(id) ? 'seeds-002-004' : undefined);
  const predicted = conflictsByStory(inputs, pairOf);
  const agreement = (predicted.get('seeds-000-001') ?? []).some(
    (conflict) =>
      conflict.fact === 'agreement duration' &&
      conflict.versions.some((v) => v.articles.some((a) => a.startsWith('000')) && /five|5/iu.test(v.value)) &&
      conflict.versions.some((v) => v.articles.some((a) => a.startsWith('001')) && /four|4/iu.test(v.value)),
  );
  const falseOn2021 = predicted.get('seeds-002-004') ?? [];
  for (const [pair, conflicts] of predicted) {
    for (const conflict of conflicts) console.log(`  ${pair}: ${conflict.fact}: ${conflict.versions.map((v) => `${v.value} [${v.articles.join(', ')}]`).join(' vs ')}`);
  }
  console.log(`seeds: five- vs four-year agreement (000+001) ${agreement ? 'flagged' : 'MISSED'}; 2021 meeting (002+004): ${falseOn2021.length} false conflicts`);
  metrics.seeds_agreement_conflict = agreement ? 1 : 0;
  metrics.seeds_2021_no_false_conflict = falseOn2021.length === 0 ? 1 : 0;
}

export async function run(): Promise<EvalResult> {
  const metrics: Record<string, number> = {};
  await inventedSets(metrics);
  await demoSamples(metrics);
  await seedPairs(metrics);
  // Floors a little under the measured figures. Every invented set is tuned on by now (each was measured once
  // first: see samples/conflicts/README.md); set e still misses a slick's length and an order of "30 more" jets,
  // sets g and h synonyms ("passengers"/"travellers", "evacuated"/"emptied") and figures after a verb.
  const floors: Record<string, number> = {
    set_a_recall: 0.9,
    set_a_precision: 0.9,
    set_b_recall: 0.85,
    set_b_precision: 0.85,
    set_c_recall: 0.85,
    set_c_precision: 0.85,
    set_d_recall: 0.85,
    set_d_precision: 0.85,
    set_e_recall: 0.6,
    set_e_precision: 0.85,
    set_f_recall: 0.85,
    set_f_precision: 0.85,
    // Sets g and h hold counts of things no named slot knows; the generic slot reads about half of them.
    set_g_recall: 0.7,
    set_g_precision: 0.9,
    set_h_recall: 0.5,
    set_h_precision: 0.9,
    // Set i was written after the rules were frozen and measured once, nothing changed after: the honest figure.
    set_i_recall: 0.3,
    set_i_precision: 0.8,
    invented_all_recall: 0.75,
    invented_all_precision: 0.9,
    invented_all_update_label_accuracy: 0.9,
    samples_recall: 1,
    samples_precision: 0.9,
    seeds_agreement_conflict: 1,
    seeds_2021_no_false_conflict: 1,
  };
  for (const metric of Object.keys(floors)) if (!(metric in metrics)) delete floors[metric];
  return { name: 'conflicts', metrics, floors };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  for (const [metric, value] of Object.entries(result.metrics)) {
    const floor = result.floors[metric];
    console.log(`${metric.padEnd(40)} ${value.toFixed(3)}${floor !== undefined ? `  (floor ${floor})` : ''}`);
  }
}
