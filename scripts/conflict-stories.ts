// The conflict sets the learned aligners train on, read as stories for their training scripts (train-figure-pairs.ts,
// train-slot-pairs.ts): each gold story's articles, their texts, their gold conflicts, its cross-validation fold
// (eval/aligner-folds.ts: a tuned or training set alone, a held-out batch whole) and the conflicts of the other
// aligners. Blind batches (`trained: false`) and sets no group names are never opened.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articlesFrom } from '../eval/corpus.js';
import { goldStories, readExpected, setFile, trainedSets, type GoldStory } from '../eval/aligner-folds.js';
import { HELD_OUT_BATCHES, TRAINING_SETS, type Scored } from '../eval/conflicts.js';
import { repoRoot } from '../eval/paths.js';
import { prepareArticles } from '../src/pipeline.js';
import { alignClaims, articleClaimsOf, type AlignOptions, type StoryConflict } from '../src/stories/index.js';

/** A gold story of a set the training reads (it has a fold). */
export type TrainedStory = GoldStory & { fold: string };

export interface Story extends TrainedStory {
  /** The conflicts of the aligners the script does not fit (`options` leaves its own out). */
  hand: StoryConflict[];
}

/** The gold stories of every set the training reads, not yet aligned. */
export async function loadGoldStories(): Promise<TrainedStory[]> {
  const expected = readExpected();
  const stories: TrainedStory[] = [];
  for (const set of trainedSets()) {
    const inputs = prepareArticles(await articlesFrom([setFile(set)]));
    for (const story of goldStories(set, inputs, expected)) {
      if (story.fold === null) throw new Error(`set ${set} is not trained on`);
      stories.push({ ...story, fold: story.fold });
    }
  }
  return stories;
}

/** The gold stories of every set the training reads, each aligned with `options`. */
export async function loadStories(options: AlignOptions): Promise<Story[]> {
  return (await loadGoldStories()).map((story) => ({ ...story, hand: handOf(story, options) }));
}

/** The conflicts of a story's articles aligned with `options` (the aligners the script does not fit). */
export function handOf(story: GoldStory, options: AlignOptions): StoryConflict[] {
  return alignClaims(story.inputs.map(articleClaimsOf), options);
}

/**
 * The group a fold is reported in: the tuned sets (a-k, n-t), the training sets (ta-td), or its held-out batch.
 * The CV tables print one row per group.
 */
export function groupOf(story: { set: string; fold: string }): string {
  if (story.fold.startsWith('held_out_')) return story.fold;
  return TRAINING_SETS.test(story.set) ? 'training' : 'tuned';
}

/** The groups in the order the tables print them. */
export const GROUPS = ['tuned', 'training', ...HELD_OUT_BATCHES.filter((batch) => batch.trained !== false).map((batch) => `held_out_${batch.key}`)];

/** The non-figure topics (eval/conflicts.ts `nonFigureTopic`) a slot mention can state: a place, a post, a person in a post, a day. */
export const SLOT_TOPICS = ['place', 'post or title', 'who (person, team, body)', 'day or time'];

/** Whether a group is a held-out batch (the choice of L2 and threshold reads these folds). */
export const isHeldOutGroup = (group: string) => group.startsWith('held_out_');

/** Folds split into the held-out batches and the tuned and training sets. */
export function splitFolds(folds: readonly string[]): { heldOut: string[]; tuned: string[] } {
  return { heldOut: folds.filter(isHeldOutGroup), tuned: folds.filter((fold) => !isHeldOutGroup(fold)) };
}

/** The stories of each fold, folds in the order their first story comes. */
export function storiesByFold<S extends { fold: string }>(stories: S[]): Map<string, S[]> {
  const byFold = new Map<string, S[]>();
  for (const story of stories) {
    const list = byFold.get(story.fold);
    if (list) list.push(story);
    else byFold.set(story.fold, [story]);
  }
  return byFold;
}

/** The rows of the CV tables by group: each group's folds, then every held-out fold and every fold. */
export function groupRows(stories: { set: string; fold: string }[]): [string, string[]][] {
  const foldsOf = (group: string) => [...new Set(stories.filter((s) => groupOf(s) === group).map((s) => s.fold))];
  const rows: [string, string[]][] = GROUPS.map((group) => [group, foldsOf(group)]);
  rows.push(['held-out all', GROUPS.filter(isHeldOutGroup).flatMap(foldsOf)], ['all folds', [...new Set(stories.map((s) => s.fold))]]);
  return rows;
}

/** A point of the training scripts' grid: L2 strength and threshold. */
export interface Setting {
  l2: number;
  threshold: number;
}

/** The tie-break of both scripts' choice: the higher threshold, then the stronger L2. */
export const preferTie = (a: Setting, b: Setting): boolean => a.threshold > b.threshold || (a.threshold === b.threshold && a.l2 > b.l2);

/** Gold conflicts flagged in `after` beyond `before`, and the false flags it adds. */
export function gain(before: Scored, after: Scored): { gold: number; falses: number } {
  return { gold: after.flagged - before.flagged, falses: after.predicted - after.right - (before.predicted - before.right) };
}

export function f1(s: Scored): number {
  const recall = s.flagged / s.gold;
  const precision = s.predicted ? s.right / s.predicted : 1;
  return recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
}

export const formatScore = (s: Scored) =>
  `${s.flagged}/${s.gold} flagged (${(s.flagged / s.gold).toFixed(3)}), ${s.right}/${s.predicted} real (${(s.predicted ? s.right / s.predicted : 1).toFixed(3)})`;

/** How each feature reads on the positives and the negatives (its mean), to see what the weights learn from. */
export function printFeatureMeans(names: readonly string[], data: { features: number[]; label: 0 | 1 }[]): void {
  console.log('feature means, positives / negatives:');
  names.forEach((name, k) => {
    const mean = (label: number) => {
      const rows = data.filter((e) => e.label === label);
      return rows.reduce((sum, e) => sum + e.features[k]!, 0) / Math.max(1, rows.length);
    };
    console.log(`  ${name.padEnd(16)} ${mean(1).toFixed(3)} / ${mean(0).toFixed(3)}`);
  });
}

/** One line for a conflict, gold or predicted: its story, fact and versions with their articles. */
export function describeConflict(set: string, story: string, conflict: { fact: string; versions: readonly { value: string; articles: readonly string[] }[] }): string {
  return `${set} ${story} / ${conflict.fact}: ${conflict.versions.map((v) => `${v.value} [${v.articles.join(', ')}]`).join(' vs ')}`;
}

/** Rewrites the block of src/settings.ts between the markers of `script` (e.g. 'train-figure-pairs'), under `key`. */
export function writeFitted(script: string, key: string, l2: number, model: { threshold: number; weights: Readonly<Record<string, number>> }, extra = ''): void {
  const file = path.join(repoRoot, 'src/settings.ts');
  const text = readFileSync(file, 'utf-8');
  const begin = `  // BEGIN fitted by scripts/${script}.ts\n`;
  const end = `  // END fitted by scripts/${script}.ts\n`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${key} markers missing in src/settings.ts`);
  const round = (v: number) => Number(v.toFixed(4));
  const block = `  l2: ${l2},\n  threshold: ${model.threshold},\n${extra}  weights: {\n${Object.entries(model.weights).map(([name, weight]) => `    ${name}: ${round(weight)},\n`).join('')}  },\n`;
  writeFileSync(file, `${text.slice(0, from + begin.length)}${block}${text.slice(to)}`);
  console.log(`wrote ${file}`);
}
