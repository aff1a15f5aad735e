// The tuned conflict sets read as stories for the training scripts of the learned aligners (train-figure-pairs.ts,
// train-slot-pairs.ts): each gold story's articles, their texts, their gold conflicts and the conflicts of the other
// aligners. The held-out sets (l, m, u-z and any later one) are never opened.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { articlesFrom } from '../eval/corpus.js';
import { HELD_OUT_SETS, TUNED_SETS, type GoldConflict, type Scored } from '../eval/conflicts.js';
import { repoRoot } from '../eval/paths.js';
import { prepareArticles } from '../src/pipeline.js';
import { alignClaims, type AlignOptions, type StoryConflict, type StoryInput } from '../src/stories/index.js';
import type { ArticleText } from '../src/stories/claims-sentences.js';
import type { LogisticModel } from '../src/stories/logistic-model.js';

export interface Story {
  set: string;
  name: string;
  entries: ArticleText[];
  gold: GoldConflict[];
  /** The conflicts of the aligners the script does not fit (`options` leaves its own out). */
  hand: StoryConflict[];
}

export async function loadStories(options: AlignOptions): Promise<Story[]> {
  const folder = path.join(repoRoot, 'samples/conflicts');
  const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf-8')) as { stories: Record<string, string>; conflicts: GoldConflict[] };
  const stories: Story[] = [];
  const tuned = readdirSync(folder).map((file) => /^set-([a-z]+)\.jsonl$/u.exec(file)?.[1]).filter((set): set is string => set !== undefined && TUNED_SETS.test(set)).sort();
  for (const set of tuned) {
    if (HELD_OUT_SETS.test(set)) throw new Error(`set ${set} is held out`);
    const inputs = prepareArticles(await articlesFrom([path.join(folder, `set-${set}.jsonl`)]));
    const byStory = new Map<string, StoryInput[]>();
    for (const input of inputs) {
      const story = expected.stories[input.article.id];
      if (story) byStory.set(story, [...(byStory.get(story) ?? []), input]);
    }
    for (const [name, items] of byStory) {
      const entries = items.map((item) => ({ article: item.article.id, date: item.article.published.date, text: item.article.text }));
      const claims = items.map((item, i) => ({ ...entries[i]!, claims: item.claims ?? [] }));
      const gold = expected.conflicts.filter((entry) => entry.set === set && entry.story === name);
      stories.push({ set, name, entries, gold, hand: alignClaims(claims, options) });
    }
  }
  return stories;
}

export const emptyScore = (): Scored => ({ gold: 0, found: 0, flagged: 0, updateRight: 0, predicted: 0, right: 0 });

export function addScore(total: Scored, scored: Scored): void {
  for (const key of Object.keys(total) as (keyof Scored)[]) total[key] += scored[key];
}

export function f1(s: Scored): number {
  const recall = s.flagged / s.gold;
  const precision = s.predicted ? s.right / s.predicted : 1;
  return recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
}

export const formatScore = (s: Scored) =>
  `${s.flagged}/${s.gold} flagged (${(s.flagged / s.gold).toFixed(3)}), ${s.right}/${s.predicted} real (${(s.predicted ? s.right / s.predicted : 1).toFixed(3)})`;

/** A fitted logistic model: `w` is the bias then one weight per name, in the order the features are computed. */
export function modelOf<Name extends string>(names: readonly Name[], w: number[], threshold: number): LogisticModel<Name> {
  const weights = Object.fromEntries([['bias', w[0]!], ...names.map((name, i) => [name, w[i + 1]!])]) as Record<Name | 'bias', number>;
  return { weights, threshold };
}

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
export function writeFitted(script: string, key: string, model: { threshold: number; weights: Readonly<Record<string, number>> }): void {
  const file = path.join(repoRoot, 'src/settings.ts');
  const text = readFileSync(file, 'utf-8');
  const begin = `  // BEGIN fitted by scripts/${script}.ts\n`;
  const end = `  // END fitted by scripts/${script}.ts\n`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${key} markers missing in src/settings.ts`);
  const round = (v: number) => Number(v.toFixed(4));
  const block = `  threshold: ${model.threshold},\n  weights: {\n${Object.entries(model.weights).map(([name, weight]) => `    ${name}: ${round(weight)},\n`).join('')}  },\n`;
  writeFileSync(file, `${text.slice(0, from + begin.length)}${block}${text.slice(to)}`);
  console.log(`wrote ${file}`);
}
