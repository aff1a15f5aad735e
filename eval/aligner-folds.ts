// The learned conflict aligners' training data and cross-validation folds, shared by their training scripts
// (scripts/train-figure-pairs.ts, train-slot-pairs.ts) and the conflicts eval: the gold stories of every set the
// training reads (tuned, training and held-out batches not marked `trained: false`), each story's candidate pairs
// labelled against its gold, and the fit that leaves one fold out. A fold is a tuned or training set alone, or a
// held-out batch whole (its sets share authors), so a batch's figures under its fold's model are out of sample.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fitLogistic } from './logistic.js';
import { readFigurePairs, FEATURE_NAMES, type FigurePairModel, type ReadFigurePairs } from '../src/stories/figure-pairs.js';
import { SLOT_FEATURE_NAMES, storySlotPairs, type PlacedMention, type SlotPair, type SlotPairModel } from '../src/stories/slot-pairs.js';
import type { ArticleText, Located } from '../src/stories/claims-sentences.js';
import type { LogisticModel } from '../src/stories/logistic-model.js';
import { articleClaimsOf, type StoryInput } from '../src/stories/index.js';
import { figuresOf, foldOf, HELD_OUT_SETS, skipsSet, statedInFigures, TUNED_SETS, type GoldConflict } from './conflict-gold.js';
import { repoRoot } from './paths.js';

export interface ExpectedConflicts {
  stories: Record<string, string>;
  conflicts: GoldConflict[];
}

export const conflictsFolder = path.join(repoRoot, 'samples/conflicts');

export function readExpected(): ExpectedConflicts {
  return JSON.parse(readFileSync(path.join(conflictsFolder, 'expected.json'), 'utf-8')) as ExpectedConflicts;
}

/**
 * The sets a group names (tuned, training or held out), in name order: a set no group names yet (a blind batch being
 * written) is left out, and so are the held-out sets with DOSSIER_SKIP_HELD_OUT=1 and the blind ones with
 * DOSSIER_SKIP_BLIND=1.
 */
export function namedSets(): string[] {
  return readdirSync(conflictsFolder)
    .map((file) => /^set-([a-z]+)\.jsonl$/u.exec(file)?.[1])
    .filter((set): set is string => set !== undefined && (TUNED_SETS.test(set) || HELD_OUT_SETS.test(set)))
    .filter((set) => !skipsSet(set))
    .sort();
}

/** The file of a set's articles. */
export function setFile(set: string): string {
  return path.join(conflictsFolder, `set-${set}.jsonl`);
}

/** The sets the learned aligners train on, in name order: the named sets less the blind batches. */
export const trainedSets = (): string[] => namedSets().filter((set) => foldOf(set) !== null);

/** One gold story of a set: its articles as the stories stage reads them, and its gold conflicts. */
export interface GoldStory {
  set: string;
  /** The cross-validation fold (foldOf), or null for a set the training never reads. */
  fold: string | null;
  name: string;
  inputs: StoryInput[];
  entries: ArticleText[];
  gold: GoldConflict[];
}

/** A set's prepared articles grouped into its gold stories. */
export function goldStories(set: string, inputs: StoryInput[], expected: ExpectedConflicts): GoldStory[] {
  const byStory = new Map<string, StoryInput[]>();
  for (const input of inputs) {
    const story = expected.stories[input.article.id];
    if (story) byStory.set(story, [...(byStory.get(story) ?? []), input]);
  }
  return [...byStory].map(([name, items]) => ({
    set,
    fold: foldOf(set),
    name,
    inputs: items,
    entries: items.map(articleClaimsOf),
    gold: expected.conflicts.filter((entry) => entry.set === set && entry.story === name),
  }));
}

/** A candidate pair of two mentions as a training row. */
export interface Example {
  fold: string;
  set: string;
  features: number[];
  label: 0 | 1;
  what: string;
}

/** Whether a figure mention states a gold version's value in one of the version's articles. */
function statesFigure(figure: Located, article: string, version: GoldConflict['versions'][number]): boolean {
  if (!version.articles.includes(article)) return false;
  const figures = figuresOf(figure.text);
  return figuresOf(version.value).every((n) => figures.includes(n));
}

/** Whether a place, post, person or day mention states a gold version's value in one of the version's articles. */
export function statesMention(mention: PlacedMention, article: string, version: GoldConflict['versions'][number]): boolean {
  if (!version.articles.includes(article)) return false;
  const gold = version.value.toLowerCase();
  return mention.value.toLowerCase().includes(gold) || (mention.key.length >= 3 && gold.includes(mention.key));
}

/** The gold conflicts a pair's two mentions state, each a different version of one conflict, in their articles. */
function statedBy<M>(gold: GoldConflict[], x: M, ax: string, y: M, ay: string, states: (m: M, article: string, v: GoldConflict['versions'][number]) => boolean): GoldConflict[] {
  return gold.filter((entry) => entry.versions.some((v, i) => entry.versions.some((w, j) => i !== j && states(x, ax, v) && states(y, ay, w))));
}

/**
 * Figure examples: a candidate pair is positive when each mention states one version's value of a gold conflict
 * whose versions all give figures, in an article of that version; every other candidate pair is a negative (some
 * are real disagreements the gold does not list). `reachable` collects the gold conflicts some pair states.
 */
export function figureExamples(story: GoldStory & { fold: string }, read: ReadFigurePairs, reachable?: Set<GoldConflict>): Example[] {
  const ids = story.entries.map((entry) => entry.article);
  const byFigures = story.gold.filter(statedInFigures);
  return read.pairs.map(({ x, y, features }) => {
    const [ax, ay] = [ids[x.article]!, ids[y.article]!];
    const stated = statedBy(byFigures, x, ax, y, ay, statesFigure);
    for (const entry of stated) reachable?.add(entry);
    return { fold: story.fold, set: story.set, features, label: stated.length > 0 ? 1 : 0, what: `${story.name}: ${x.text} [${ax}] / ${y.text} [${ay}]` };
  });
}

/** Slot examples: as for figures, over the gold conflicts whose values are not all figures. */
export function slotExamples(story: GoldStory & { fold: string }, pairs: SlotPair[], reachable?: Set<GoldConflict>): Example[] {
  const ids = story.entries.map((entry) => entry.article);
  const gold = story.gold.filter((entry) => !statedInFigures(entry));
  return pairs.map(({ x, y, features }) => {
    const [ax, ay] = [ids[x.article]!, ids[y.article]!];
    const stated = statedBy(gold, x, ax, y, ay, statesMention);
    for (const entry of stated) reachable?.add(entry);
    return { fold: story.fold, set: story.set, features, label: stated.length > 0 ? 1 : 0, what: `${story.name}: ${x.kind} ${x.value} [${ax}] / ${y.value} [${ay}]` };
  });
}

/** A fitted logistic model: `w` is the bias then one weight per name, in the order the features are computed. */
export function modelOf<Name extends string>(names: readonly Name[], w: number[], threshold: number): LogisticModel<Name> {
  const weights = Object.fromEntries([['bias', w[0]!], ...names.map((name, i) => [name, w[i + 1]!])]) as Record<Name | 'bias', number>;
  return { weights, threshold };
}

/** Logistic weights fitted on every example outside `fold` (null: on all of them). */
export function fitWithout(examples: Example[], fold: string | null, l2: number): number[] {
  const train = fold === null ? examples : examples.filter((e) => e.fold !== fold);
  return fitLogistic(train.map((e) => e.features), train.map((e) => e.label), l2);
}

/** Whether a story's set is trained on (it has a fold). */
const isTrained = (story: GoldStory): story is GoldStory & { fold: string } => story.fold !== null;

/**
 * The eval's fold models for the held-out batches: for each trained batch in `stories`, the figure model (and the
 * slot model when `slots` gives its L2 and threshold) fitted on every trained story outside that batch, with the
 * stored L2 and threshold. The feature pass over the stories is done once.
 */
export function heldOutFoldModels(
  stories: GoldStory[],
  figures: { l2: number; threshold: number },
  slots: { l2: number; threshold: number } | null,
): Map<string, { figurePairs: FigurePairModel; slotPairs: SlotPairModel | null }> {
  const trained = stories.filter(isTrained);
  const figureRows = trained.flatMap((story) => figureExamples(story, readFigurePairs(story.entries)));
  const slotRows = slots ? trained.flatMap((story) => slotExamples(story, storySlotPairs(story.entries))) : [];
  const folds = [...new Set(trained.map((story) => story.fold).filter((fold) => fold.startsWith('held_out_')))];
  return new Map(
    folds.map((fold) => [
      fold,
      {
        figurePairs: modelOf(FEATURE_NAMES, fitWithout(figureRows, fold, figures.l2), figures.threshold),
        slotPairs: slots ? modelOf(SLOT_FEATURE_NAMES, fitWithout(slotRows, fold, slots.l2), slots.threshold) : null,
      },
    ]),
  );
}
