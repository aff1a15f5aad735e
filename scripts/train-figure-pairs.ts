// Fits the learned figure aligner (src/stories/figure-pairs.ts) on the gold of every set the training reads: the
// tuned sets (a-k, n-t), the training sets (ta-td) and the held-out batches not marked `trained: false`
// (eval/conflict-gold.ts). Blind batches are never read. L2 strength and threshold are chosen by cross-validation
// over folds (eval/aligner-folds.ts): each tuned or training set alone, each held-out batch whole (its sets share
// authors, so a batch's fold is an author the model has not seen).
//
//   node dist/scripts/train-figure-pairs.js           # CV tables and the weights fitted on every trained set
//   node dist/scripts/train-figure-pairs.js --write   # also writes them (and the L2) into src/settings.ts
//
// Labels (aligner-folds.ts figureExamples): a candidate pair is positive when each mention states one version of a
// gold conflict stated in figures, in an article of that version; every other candidate pair is a negative.
//
// The choice: the setting with the best CV F1 of hand rules + model over the held-out folds (the estimate for an
// author never seen), among those whose hand + model CV precision over those folds is at least MIN_PRECISION; ties
// to the higher threshold, then the stronger L2. The held-out folds decide because the tuned and training sets are
// the hand rules' own (in-sample there, the rules leave the model little to add and hide what it costs). The choice
// sees every held-out fold, so its own figure is slightly optimistic; the script also prints the nested figure, each
// held-out fold scored with the setting the rule picks on the other held-out folds. Guarded as train-slot-pairs.ts's
// rule (session 12): a setting whose net gain over the hand rules (gold added less false flags added) summed over
// every fold is negative is not chosen. No setting over the precision bar is refused by it now: the chosen L2 1,
// threshold 0.4 adds +24 gold, +15 false on the tuned and training folds and +135 gold, +50 false held out.
//
// Features are kept only when the held-out folds support them. Tried in session 9 and not kept: `peopleBoth` (both
// figures count people: "residents" / "people"), weight 1.0 but hand + model on the held-out folds 210/370, 210/271
// real against 210/370, 210/270 without it. Tried in session 10 and not kept (hard refusals 'clock role' and 'order
// noun' kept instead, figure-candidates.ts candidateRefusal): `wordClock` (either clock time written in words), weight
// -0.94, hand + model on the held-out folds 282/498, 282/372 real at L2 1 (the refusal alone: the same), one more
// feature for nothing; `isOrder` (ranks and ordinals) with it, -0.80, 282/373 at the chosen L2 3 and one training
// gold fewer. Tried in session 11 and not kept: `runnerUpMargin` (the pair's shared-role + cosine score less the best
// rival pair of either figure, in [-1, 1]), weight 0.88, but hand + model on the held-out folds 344/454 real against
// 345/453 without it and nested CV 335 against 336; `rateClash` (one figure a rate per year, month, day..., the other
// not or per another period), weight -0.53, held-out folds unchanged (347/456), nested CV 337 against 338, tuned one
// gold fewer; a finer threshold grid (0.35, 0.45 added): the same choice and nested CV; `unitsDiffer` split into
// durations and other measures: held-out folds 348/462 real against 347/456, nested 337 against 338; `growingGap`
// (sizeGap of a rising count) with `fateShared` (both count one fate): 346/453, nested 337, tuned 2 false more;
// `trueBound` ("at least", "more than" on either figure): held-out 347/455, nested 339, but one training gold fewer; `bothBackground` (both figures in background clauses): held-out folds and nested CV
// unchanged, tuned one gold fewer. Tried in session 13 and not kept (before: held-out folds at the chosen setting
// 567/1028 flagged, 582/769 real; nested CV 558/1028, 572/758): `statesOtherAlike` (an article states the partner's
// value in a figure of the same kind sharing a role word with its own figure), weight -1.09 at the chosen L2 3:
// held-out folds 566, 580/762, nested 565, 580/773 (+8 real, +7 false), but with both aligners refitted the conflicts
// eval read held-out 585/1028 flagged, 600/782 real (before 586, 602/788), tuned 259/276 (before 260), training
// 79/114 (before 81): precision, not the recall issue 7 asks; with `smallGap` (sizeGap of values up to 10) besides,
// weight 0.00, nested 568, 583/771 and the same eval less one false flag; `thirdStatesBoth` / `thirdTakesSide` (a third
// article states both values / exactly one) with `sharedNeighbour` (the two sentences share another figure's value):
// held-out 563, 579/763, nested 562; `sameRank` (same place by size among the article's values of the kind) and
// `sameOrder` (same place among the sentence's figures of the kind): 562, 576/754, nested 559; kind indicators
// `isShare`, `isMoney`, `isDuration` with `crowding` (rival candidates of either figure): 565, 576/763, nested 562
// (crowding alone 565, 579/758, nested 566); `leadRoleShared` (a shared role word among the words of two leads):
// 566, 579/760, nested 567; `sizeGapSquared`: weight 0.01, held-out unchanged, nested 561.
import { addScore as add, emptyScore as empty, scoreConflicts, statedInFigures, type GoldConflict, type Scored } from '../eval/conflicts.js';
import { figureExamples, fitWithout, modelOf, type Example } from '../eval/aligner-folds.js';
import { asStoryConflict, type StoryConflict } from '../src/stories/index.js';
import { FEATURE_NAMES, figurePairConflicts, pairProbability, readFigurePairs, type FigurePairModel, type ReadFigurePairs } from '../src/stories/figure-pairs.js';
import {
  describeConflict,
  f1,
  formatScore as fmt,
  gain,
  groupRows,
  isHeldOutGroup,
  loadStories,
  preferTie,
  printFeatureMeans,
  splitFolds,
  storiesByFold,
  writeFitted,
  type Setting,
  type Story,
} from './conflict-stories.js';

const L2_GRID = [0.3, 1, 3, 10];
const THRESHOLD_GRID = [0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/**
 * The hand rules + model CV precision over the held-out folds a setting must keep. The earlier bar (0.93 over the
 * tuned and training sets) was set while the hand rules were in-sample on every fold; on the held-out batches the
 * hand rules alone are 0.80 precise (160/199 real) and the combined output 0.748 (211/282), so 0.75
 * keeps new authors' flags at least as trustworthy as they were when the aligner had not seen those authors.
 */
const MIN_PRECISION = 0.75;

type Mode = 'hand' | 'model' | 'both';

interface ReadStory extends Story {
  read: ReadFigurePairs;
}

/** Scores one story's predictions of a mode against its gold (the eval's matching, quietly). */
function scoreStory(story: ReadStory, model: FigurePairModel | null, mode: Mode, falses?: string[]): Scored {
  const byModel =
    model && mode !== 'hand'
      ? figurePairConflicts(story.entries, mode === 'both' ? story.hand : [], model, undefined, undefined, story.read).map(asStoryConflict)
      : [];
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

/** CV scores of one setting: per fold, the model alone and hand + model. */
type FoldScores = Map<string, { model: Scored; both: Scored }>;

const precisionOf = (s: Scored) => (s.predicted ? s.right / s.predicted : 1);

function sumOver(scores: FoldScores, folds: string[], part: 'model' | 'both'): Scored {
  const total = empty();
  for (const fold of folds) add(total, scores.get(fold)![part]);
  return total;
}

/** The hand rules' conflicts summed over `folds`. */
function handOver(hand: Map<string, Scored>, folds: string[]): Scored {
  const total = empty();
  for (const fold of folds) add(total, hand.get(fold)!);
  return total;
}

/**
 * The rule of the header: best hand + model F1 over `folds` at MIN_PRECISION there; ties to higher threshold, then L2.
 * The guard of train-slot-pairs.ts: only settings whose net gain over the hand rules (gold added less false flags
 * added), summed over `guardFolds` (every fold but the one scored), is not negative.
 */
function choose(cv: Map<Setting, FoldScores>, folds: string[], hand: Map<string, Scored>, guardFolds: string[]): Setting | null {
  let best: { setting: Setting; f: number } | null = null;
  const handTotal = handOver(hand, guardFolds);
  for (const [setting, scores] of cv) {
    const both = sumOver(scores, folds, 'both');
    if (precisionOf(both) < MIN_PRECISION) continue;
    const added = gain(handTotal, sumOver(scores, guardFolds, 'both'));
    if (added.gold < added.falses) continue;
    const f = f1(both);
    const tie = best !== null && Math.abs(f - best.f) < 1e-12;
    const better = !best || f > best.f + 1e-12 || (tie && preferTie(setting, best.setting));
    if (better) best = { setting, f };
  }
  return best?.setting ?? null;
}

function printGroups(title: string, stories: ReadStory[], hand: Map<string, Scored>, scores: FoldScores): void {
  console.log(title);
  console.log(`  ${'group'.padEnd(14)} ${'(a) hand rules alone'.padEnd(52)} ${'(b) model alone'.padEnd(52)} (c) hand + model`);
  for (const [group, folds] of groupRows(stories)) {
    if (folds.length === 0) continue;
    const a = empty();
    for (const fold of folds) add(a, hand.get(fold)!);
    console.log(`  ${group.padEnd(14)} ${fmt(a).padEnd(52)} ${fmt(sumOver(scores, folds, 'model')).padEnd(52)} ${fmt(sumOver(scores, folds, 'both'))}`);
  }
}

async function main(): Promise<void> {
  const reachable = new Set<GoldConflict>();
  const stories: ReadStory[] = (await loadStories({ figurePairs: null, slotPairs: null })).map((story) => ({ ...story, read: readFigurePairs(story.entries) }));
  const data: Example[] = stories.flatMap((story) => figureExamples(story, story.read, reachable));
  const byFold = storiesByFold(stories);
  const folds = [...byFold.keys()];
  const { heldOut: heldOutFolds, tuned: tunedFolds } = splitFolds(folds);
  console.log(`${stories.length} stories in ${folds.length} folds, ${data.length} candidate pairs, ${data.filter((e) => e.label).length} positive`);
  const goldStatedInFigures = stories.flatMap((story) => story.gold.filter(statedInFigures)).length;
  console.log(`${goldStatedInFigures} gold conflicts stated in figures, ${reachable.size} of them stated by a candidate pair`);
  // Conflicts are listed one by one for the tuned and training sets only: the held-out batches stay totals (no hand
  // rule is to be written from their text).
  const listed = (story: Story) => !isHeldOutGroup(story.fold);
  for (const story of stories.filter(listed)) {
    for (const entry of story.gold) {
      if (statedInFigures(entry) && !reachable.has(entry)) console.log(`  no candidate pair: ${describeConflict(story.set, story.name, entry)}`);
    }
  }
  printFeatureMeans(FEATURE_NAMES, data);

  const hand = new Map(folds.map((fold) => [fold, empty()]));
  for (const story of stories) add(hand.get(story.fold)!, scoreStory(story, null, 'hand'));

  // Cross-validation: for each L2 strength, one fit per left-out fold; every threshold scored on that fit.
  const cv = new Map<Setting, FoldScores>();
  for (const l2 of L2_GRID) {
    const settings = THRESHOLD_GRID.map((threshold) => ({ l2, threshold }));
    for (const setting of settings) cv.set(setting, new Map(folds.map((fold) => [fold, { model: empty(), both: empty() }])));
    for (const fold of folds) {
      const w = fitWithout(data, fold, l2);
      for (const setting of settings) {
        const model: FigurePairModel = modelOf(FEATURE_NAMES, w, setting.threshold);
        const into = cv.get(setting)!.get(fold)!;
        for (const story of byFold.get(fold)!) {
          add(into.model, scoreStory(story, model, 'model'));
          add(into.both, scoreStory(story, model, 'both'));
        }
      }
    }
  }
  console.log('Cross-validation, every setting: tuned and training folds | held-out folds (b) model alone, (c) hand + model:');
  for (const [setting, scores] of cv) {
    const held = heldOutFolds.length ? ` | held-out (b) ${fmt(sumOver(scores, heldOutFolds, 'model'))} (c) ${fmt(sumOver(scores, heldOutFolds, 'both'))}` : '';
    console.log(`  l2 ${String(setting.l2).padEnd(4)} threshold ${setting.threshold.toFixed(2)}  tuned+training (c) ${fmt(sumOver(scores, tunedFolds, 'both'))}${held}`);
  }
  // Without held-out folds (DOSSIER_SKIP_HELD_OUT=1) the rule reads the tuned and training folds.
  const ruleFolds = heldOutFolds.length > 0 ? heldOutFolds : folds;
  const best = choose(cv, ruleFolds, hand, folds);
  if (!best) throw new Error('no setting keeps the precision');
  const addedBy = (group: string[]) => gain(handOver(hand, group), sumOver(cv.get(best)!, group, 'both'));
  const [heldAdded, tunedAdded] = [addedBy(heldOutFolds), addedBy(tunedFolds)];
  console.log(
    `chosen: l2 ${best.l2}, threshold ${best.threshold} (over the hand rules: held-out +${heldAdded.gold} gold, +${heldAdded.falses} false; tuned and training +${tunedAdded.gold} gold, +${tunedAdded.falses} false)`,
  );
  printGroups('CV figures of the chosen setting by group (each fold scored by the model fitted without it):', stories, hand, cv.get(best)!);

  // Nested: each held-out fold scored with the setting the rule picks on the other held-out folds.
  if (heldOutFolds.length > 1) {
    const nested = { model: empty(), both: empty() };
    for (const fold of heldOutFolds) {
      const inner = choose(cv, heldOutFolds.filter((other) => other !== fold), hand, folds.filter((other) => other !== fold));
      if (!inner) continue;
      const scores = cv.get(inner)!.get(fold)!;
      add(nested.model, scores.model);
      add(nested.both, scores.both);
      console.log(`  nested ${fold.padEnd(14)} chosen on the others: l2 ${inner.l2}, threshold ${inner.threshold}: (c) ${fmt(scores.both)}`);
    }
    console.log(`nested CV, held-out folds: (b) model alone ${fmt(nested.model)}; (c) hand + model ${fmt(nested.both)}`);
  }

  // The model's false conflicts under CV, on the tuned and training sets.
  const falses: string[] = [];
  for (const fold of tunedFolds) {
    const model: FigurePairModel = modelOf(FEATURE_NAMES, fitWithout(data, fold, best.l2), best.threshold);
    for (const story of byFold.get(fold)!) scoreStory(story, model, 'model', falses);
  }
  console.log(`model-alone conflicts not in the gold under CV, tuned and training sets (${falses.length}):`);
  for (const line of falses) console.log(`  ${line}`);

  const model: FigurePairModel = modelOf(FEATURE_NAMES, fitWithout(data, null, best.l2), best.threshold);
  const inSample = { model: empty(), both: empty() };
  for (const story of stories) {
    add(inSample.model, scoreStory(story, model, 'model'));
    add(inSample.both, scoreStory(story, model, 'both'));
  }
  console.log(`in-sample (fitted on every trained set): (b) model alone ${fmt(inSample.model)}; (c) hand + model ${fmt(inSample.both)}`);
  console.log('weights:');
  for (const [name, weight] of Object.entries(model.weights)) console.log(`  ${name.padEnd(16)} ${weight.toFixed(3)}`);
  const highNegatives = data.filter((e) => !isHeldOutGroup(e.fold) && e.label === 0 && pairProbability(e.features, model) >= best.threshold);
  console.log(`negatives scored at or above the threshold in-sample, tuned and training sets: ${highNegatives.length}`);
  for (const e of highNegatives.slice(0, 60)) console.log(`  ${pairProbability(e.features, model).toFixed(2)} ${e.set} ${e.what}`);

  if (process.argv.includes('--write')) writeFitted('train-figure-pairs', 'figurePairs', best.l2, model);
}

await main();
