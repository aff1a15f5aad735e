// The tuned conflict sets read as stories for the training scripts of the learned aligners (train-figure-pairs.ts,
// train-slot-pairs.ts): each gold story's articles, their texts, their gold conflicts and the conflicts of the other
// aligners. The held-out sets (l, m, u-z and any later one) are never opened.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { articlesFrom } from '../eval/corpus.js';
import { HELD_OUT_SETS, type GoldConflict, type Scored } from '../eval/conflicts.js';
import { repoRoot } from '../eval/paths.js';
import { prepareArticles } from '../src/pipeline.js';
import { alignClaims, type AlignOptions, type StoryConflict, type StoryInput } from '../src/stories/index.js';
import type { ArticleText } from '../src/stories/claims-sentences.js';

/** The tuned sets; held-out ones (l, m, u-x and any later letter) are never opened. */
export const TUNED = /^[a-kn-t]$/u;

export interface Story {
  set: string;
  name: string;
  inputs: StoryInput[];
  entries: ArticleText[];
  gold: GoldConflict[];
  /** The conflicts of the aligners the script does not fit (`options` leaves its own out). */
  hand: StoryConflict[];
}

export async function loadStories(options: AlignOptions): Promise<Story[]> {
  const folder = path.join(repoRoot, 'samples/conflicts');
  const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf-8')) as { stories: Record<string, string>; conflicts: GoldConflict[] };
  const stories: Story[] = [];
  for (const set of 'abcdefghijknopqrst') {
    if (!TUNED.test(set) || HELD_OUT_SETS.test(set)) throw new Error(`set ${set} is held out`);
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
      stories.push({ set, name, inputs: items, entries, gold, hand: alignClaims(claims, options) });
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
