// Fits the learned figure aligner (src/stories/figure-pairs.ts) on the gold of the TUNED conflict sets (a-k, n-t, ta-td;
// the held-out sets are never read) and chooses its L2 strength and threshold by leave-one-set-out cross-validation:
// train on all tuned sets but one, score the left-out set's gold with the eval's matching, sum over the sets.
//
//   node dist/scripts/train-figure-pairs.js           # CV table and the weights fitted on every tuned set
//   node dist/scripts/train-figure-pairs.js --write   # also writes them into src/settings.ts (`figurePairs`)
//
// Labels: for each gold conflict whose versions all give figures, a pair of figure mentions in two articles of its
// story is positive when each mention states one version's value (figuresOf of the eval) in an article of that
// version, the two versions different; every other candidate pair of the story (same kind, values differing) is a
// negative. Some negatives are real disagreements the gold does not list; the script prints the ones it scores high.
import { figuresOf, scoreConflicts, statedInFigures, type GoldConflict, type Scored } from '../eval/conflicts.js';
import { asStoryConflict, type StoryConflict } from '../src/stories/index.js';
import { FEATURE_NAMES, figurePairConflicts, figurePairs, pairProbability, storyFigures, type FigurePairModel } from '../src/stories/figure-pairs.js';
import type { Located } from '../src/stories/claims-sentences.js';
import {
  addScore as add,
  describeConflict,
  emptyScore as empty,
  f1,
  formatScore as fmt,
  loadStories,
  modelOf,
  printFeatureMeans,
  writeFitted,
  type Story,
} from './conflict-stories.js';
import { fitLogistic } from './logistic.js';

const L2_GRID = [0.3, 1, 3, 10];
const THRESHOLD_GRID = [0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/**
 * The combined output (hand rules + model) must keep at least this CV precision for a setting to be chosen. It was
 * 0.95 while the hand rules were in-sample on every training set (their own precision 0.977); the training sets
 * ta-td, written by new authors, measure the hand rules out of sample (0.80-0.95 there, 0.959 over all sets), and
 * at 0.95 only the most timid model passes (l2 10, threshold 0.7: 208 conflicts found alone against 264), so the bar
 * is the 0.93 the combined output must keep in-sample (a looser model, threshold 0.2, once took the tuned sets'
 * end-to-end precision from 0.962 to 0.930).
 */
const MIN_PRECISION = 0.93;

interface Example {
  set: string;
  story: string;
  features: number[];
  label: 0 | 1;
  what: string;
}

/** Whether a mention states a gold version's value in one of its articles. */
function states(figure: Located, article: string, version: GoldConflict['versions'][number]): boolean {
  if (!version.articles.includes(article)) return false;
  const figures = figuresOf(figure.text);
  return figuresOf(version.value).every((n) => figures.includes(n));
}

/** Gold conflicts stated in figures that some candidate pair states (the model's ceiling), by story key. */
const reachable = new Set<GoldConflict>();

function examples(story: Story): Example[] {
  const read = storyFigures(story.entries);
  const ids = story.entries.map((entry) => entry.article);
  const byFigures = story.gold.filter(statedInFigures);
  return figurePairs(read).map(({ x, y, features }) => {
    const [ax, ay] = [ids[x.article]!, ids[y.article]!];
    const stated = byFigures.filter((entry) =>
      entry.versions.some((v, i) => entry.versions.some((w, j) => i !== j && states(x, ax, v) && states(y, ay, w))),
    );
    for (const entry of stated) reachable.add(entry);
    const positive = stated.length > 0;
    return { set: story.set, story: story.name, features, label: positive ? 1 : 0, what: `${story.name}: ${x.text} [${ax}] / ${y.text} [${ay}]` };
  });
}

type Mode = 'hand' | 'model' | 'both';

/** Scores one story's predictions of a mode against its gold (the eval's matching, quietly). */
function scoreStory(story: Story, model: FigurePairModel | null, mode: Mode, falses?: string[]): Scored {
  const byModel = model && mode !== 'hand' ? figurePairConflicts(story.entries, mode === 'both' ? story.hand : [], model).map(asStoryConflict) : [];
  const predicted: StoryConflict[] = [...(mode === 'model' ? [] : story.hand), ...byModel];
  const flat = predicted.map((conflict) => ({ story: story.name, conflict }));
  const scored = scoreConflicts(story.gold, story.gold, flat, () => true, story.set, true);
  if (falses) {
    for (const conflict of byModel) {
      const real = scoreConflicts(story.gold, story.gold, [{ story: story.name, conflict }], () => true, '', true).right;
      if (!real) falses.push(describeConflict(story.set, story.name, conflict));
    }
  }
  return scored;
}

async function main(): Promise<void> {
  const stories = await loadStories({ figurePairs: null, slotPairs: null });
  const data = stories.flatMap(examples);
  const sets = [...new Set(stories.map((story) => story.set))];
  console.log(`${stories.length} stories, ${data.length} candidate pairs, ${data.filter((e) => e.label).length} positive`);
  const goldStatedInFigures = stories.flatMap((story) => story.gold.filter(statedInFigures)).length;
  console.log(`${goldStatedInFigures} gold conflicts stated in figures, ${reachable.size} of them stated by a candidate pair`);
  for (const story of stories) {
    for (const entry of story.gold) {
      if (statedInFigures(entry) && !reachable.has(entry)) console.log(`  no candidate pair: ${describeConflict(story.set, story.name, entry)}`);
    }
  }
  printFeatureMeans(FEATURE_NAMES, data);

  // Cross-validation: for each L2 strength, one fit per left-out set; every threshold scored on that fit.
  const handTotal = empty();
  for (const story of stories) add(handTotal, scoreStory(story, null, 'hand'));
  console.log(`(a) hand rules alone, in-sample: ${fmt(handTotal)}`);
  let best: { l2: number; threshold: number; model: Scored; both: Scored } | null = null;
  const table: string[] = [];
  for (const l2 of L2_GRID) {
    const totals = new Map(THRESHOLD_GRID.map((t) => [t, { model: empty(), both: empty() }]));
    for (const left of sets) {
      const train = data.filter((e) => e.set !== left);
      const w = fitLogistic(train.map((e) => e.features), train.map((e) => e.label), l2);
      for (const threshold of THRESHOLD_GRID) {
        const model: FigurePairModel = modelOf(FEATURE_NAMES, w, threshold);
        for (const story of stories.filter((s) => s.set === left)) {
          add(totals.get(threshold)!.model, scoreStory(story, model, 'model'));
          add(totals.get(threshold)!.both, scoreStory(story, model, 'both'));
        }
      }
    }
    for (const [threshold, { model, both }] of totals) {
      table.push(`  l2 ${String(l2).padEnd(4)} threshold ${threshold.toFixed(2)}  (b) model alone: ${fmt(model)}  (c) hand + model: ${fmt(both)}`);
      const precision = both.predicted ? both.right / both.predicted : 1;
      // The model alone is the estimate for a new author: its F1, ties to the higher threshold (fewer guesses).
      const better = !best || f1(model) >= f1(best.model) - 1e-12;
      if (precision >= MIN_PRECISION && better) best = { l2, threshold, model, both };
    }
  }
  console.log('Leave-one-set-out cross-validation (tuned sets):');
  for (const line of table) console.log(line);
  if (!best) throw new Error('no setting keeps the precision');
  console.log(`chosen: l2 ${best.l2}, threshold ${best.threshold}: (b) ${fmt(best.model)}; (c) ${fmt(best.both)}`);

  // Per-set CV figures of the chosen setting, and the model's false conflicts under CV.
  const falses: string[] = [];
  for (const left of sets) {
    const train = data.filter((e) => e.set !== left);
    const model: FigurePairModel = modelOf(FEATURE_NAMES, fitLogistic(train.map((e) => e.features), train.map((e) => e.label), best.l2), best.threshold);
    const alone = empty();
    const both = empty();
    for (const story of stories.filter((s) => s.set === left)) {
      add(alone, scoreStory(story, model, 'model', falses));
      add(both, scoreStory(story, model, 'both'));
    }
    console.log(`  set ${left}: model alone ${fmt(alone)}; hand + model ${fmt(both)}`);
  }
  console.log(`model-alone conflicts not in the gold under CV (${falses.length}):`);
  for (const line of falses) console.log(`  ${line}`);

  const w = fitLogistic(data.map((e) => e.features), data.map((e) => e.label), best.l2);
  const model: FigurePairModel = modelOf(FEATURE_NAMES, w, best.threshold);
  const inSample = { model: empty(), both: empty() };
  for (const story of stories) {
    add(inSample.model, scoreStory(story, model, 'model'));
    add(inSample.both, scoreStory(story, model, 'both'));
  }
  console.log(`in-sample (fitted on every tuned set): (b) model alone ${fmt(inSample.model)}; (c) hand + model ${fmt(inSample.both)}`);
  console.log('weights:');
  for (const [name, weight] of Object.entries(model.weights)) console.log(`  ${name.padEnd(16)} ${weight.toFixed(3)}`);
  const highNegatives = data
    .map((e, i) => ({ e, p: pairProbability(e.features, model), i }))
    .filter(({ e, p }) => e.label === 0 && p >= best!.threshold);
  console.log(`negatives scored at or above the threshold in-sample: ${highNegatives.length}`);
  for (const { e, p } of highNegatives.slice(0, 60)) console.log(`  ${p.toFixed(2)} ${e.set} ${e.what}`);

  if (process.argv.includes('--write')) writeFitted('train-figure-pairs', 'figurePairs', model);
}

await main();
