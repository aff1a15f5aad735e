// Fits the learned aligner of non-figure facts (src/stories/slot-pairs.ts: places, posts, people in a post, weekdays)
// on the gold of every set the training reads (tuned a-k, n-t; training ta-td; held-out batches not marked
// `trained: false`; blind batches are never read), choosing its L2 strength and threshold by cross-validation over
// the folds of eval/aligner-folds.ts (each tuned or training set alone, each held-out batch whole), as
// train-figure-pairs.ts does for figures.
//
//   node dist/scripts/train-slot-pairs.js           # CV tables and the weights fitted on every trained set
//   node dist/scripts/train-slot-pairs.js --write   # also writes them (and the L2) into src/settings.ts (`slotPairs`)
//   node dist/scripts/train-slot-pairs.js --l2 X --threshold Y [--kinds day,post]   # diagnostic: the tables of grid
//                                                 # setting X, Y (all kinds by default) in place of the chosen one
//                                                 # (ignored with --write)
//
// Labels (aligner-folds.ts slotExamples): a candidate pair is positive when each mention states a different version
// of one gold conflict whose values are not all figures, in an article of that version; every other pair is a negative.
//
// The other aligners' conflicts (what the model adds to) include the figure aligner: on a held-out fold, the figure
// model fitted without that fold (the stored L2 and threshold), so nothing the fold is scored on was trained on it.
//
// The choice: the setting (L2, threshold, and the kinds of fact flagged) that adds the most gold conflicts net of false
// flags over the held-out folds (gold flagged with the model minus without, less the false flags it adds), among the
// settings whose net gain summed over every fold (tuned and training sets too, each scored by the model fitted
// without it) is not negative; ties to the higher threshold, then the stronger L2. The guard (session 12) keeps a
// setting that wins on new authors from being chosen while it adds more false flags than gold overall: on the tuned
// and training folds the hand rules are in-sample and leave the model little gold to add, so those folds mostly count
// what it costs. Ranking by the net gain over every fold instead, or admitting only settings adding no more false
// flags than gold on the tuned and training folds, chose worse under nested CV (each fold, tuned or held-out, scored
// with the setting the rule picks on every other fold): the script prints the nested figure of each rule.
// settings.slotPairs.inUse is to be on only when the chosen net gain is positive.
//
// Tried in session 13 and not kept: `otherHead` (two posts of one person with different title heads, "foreign
// minister" / "chancellor"), means 0.095 positives / 0.004 negatives (gold post conflicts differ in head as often as
// not), weight +0.17; the choice stays `day` alone, and posts still cost more than they give (post+day at L2 1,
// threshold 0.4: held-out folds 595/1028 flagged, 613/809 real against day alone 586, 604/784). The post pairs of every
// fold are few (58, 39 positive) and their features' means barely differ between the labels.
import { addScore, emptyScore, nonFigureTopic, scoreConflicts, statedInFigures, type GoldConflict, type Scored } from '../eval/conflicts.js';
import { heldOutFoldModels, slotExamples, fitWithout, modelOf, type Example } from '../eval/aligner-folds.js';
import { asStoryConflict, type StoryConflict } from '../src/stories/index.js';
import { figurePairs as figureSettings } from '../src/settings.js';
import { SLOT_FEATURE_NAMES, slotPairConflicts, slotPairProbability, storySlotPairs, type SlotPair, type SlotPairModel } from '../src/stories/slot-pairs.js';
import type { SlotKind } from '../src/stories/slot-mentions.js';
import {
  describeConflict,
  formatScore,
  gain,
  groupRows,
  handOf,
  isHeldOutGroup,
  loadGoldStories,
  preferTie,
  printFeatureMeans,
  SLOT_TOPICS,
  splitFolds,
  storiesByFold,
  writeFitted,
  type Setting,
  type Story,
} from './conflict-stories.js';

const L2_GRID = [0.3, 1, 3, 10];
const THRESHOLD_GRID = [0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.95];
/**
 * The kinds of fact the aligner may flag, tried as a third setting: one model scores every kind, but a kind whose
 * conflicts add more false flags than gold is better left out. The first subset wins a tie (all kinds).
 */
const KIND_SUBSETS: readonly (readonly SlotKind[])[] = [
  ['place', 'post', 'who', 'day'],
  ['post', 'who', 'day'],
  ['place', 'post', 'day'],
  ['post', 'day'],
  ['day'],
];

interface SlotSetting extends Setting {
  kinds: readonly SlotKind[];
}
const kindsName = (kinds: readonly SlotKind[]) => kinds.join('+');

interface SlotStory extends Story {
  pairs: SlotPair[];
}

const isNonFigure = (gold: GoldConflict) => !statedInFigures(gold);

/** Per kind of non-figure fact: gold flagged (by topic) and model conflicts real / predicted (by the name's kind). */
type KindTable = Map<string, { gold: number; flagged: number; predicted: number; right: number }>;

const KINDS = [...SLOT_TOPICS, 'other'];

function kindOfFact(fact: string): string {
  const first = fact.split(' ')[0]!;
  return first === 'place' ? 'place' : first === 'day' ? 'day or time' : first === 'title' ? 'post or title' : 'who (person, team, body)';
}

/** Scores one story: the other aligners' conflicts plus (when a model is given) this model's. */
function scoreStory(story: SlotStory, model: SlotPairModel | null, kinds: readonly SlotKind[], table?: KindTable, falses?: string[]): Scored {
  const byModel = model ? slotPairConflicts(story.entries, story.hand, model, undefined, story.pairs, kinds).map(asStoryConflict) : [];
  const predicted: StoryConflict[] = [...story.hand, ...byModel];
  const flat = predicted.map((conflict) => ({ story: story.name, conflict }));
  const scored = scoreConflicts(story.gold, story.gold, flat, () => true, story.set, true);
  if (table) {
    for (const gold of story.gold.filter(isNonFigure)) {
      const row = table.get(nonFigureTopic(gold))!;
      row.gold++;
      if (scoreConflicts([gold], [gold], flat, () => true, '', true).flagged) row.flagged++;
    }
    for (const conflict of byModel) {
      const row = table.get(kindOfFact(conflict.fact))!;
      row.predicted++;
      const real = scoreConflicts(story.gold, story.gold, [{ story: story.name, conflict }], () => true, '', true).right > 0;
      if (real) row.right++;
      else falses?.push(describeConflict(story.set, story.name, conflict));
    }
  }
  return scored;
}

const newTable = (): KindTable => new Map(KINDS.map((kind) => [kind, { gold: 0, flagged: 0, predicted: 0, right: 0 }]));

function printTable(title: string, before: KindTable, after: KindTable): void {
  console.log(title);
  console.log(`  ${'kind'.padEnd(26)} gold flagged before -> after   model conflicts real/predicted`);
  for (const kind of KINDS) {
    const b = before.get(kind)!;
    const a = after.get(kind)!;
    console.log(`  ${kind.padEnd(26)} ${String(b.gold).padStart(4)} ${String(b.flagged).padStart(7)} -> ${String(a.flagged).padEnd(7)} ${a.right}/${a.predicted}`);
  }
}

function sumOver(scores: Map<string, Scored>, folds: string[]): Scored {
  const total = emptyScore();
  for (const fold of folds) addScore(total, scores.get(fold)!);
  return total;
}

interface Choice {
  setting: SlotSetting;
  /** Gold added less false flags added: over the held-out folds, and over every fold the rule sees. */
  heldOutNet: number;
  net: number;
  /** Gold and false flags added, split into held-out folds and tuned + training folds. */
  heldOut: { gold: number; falses: number };
  tuned: { gold: number; falses: number };
}

/**
 * How a setting is chosen. `guarded` (the rule of the header): the most net gain over the held-out folds among the
 * settings whose net gain over every fold is not negative. The others are printed for comparison by nested CV:
 * `heldOut` (the rule until session 12: held-out net gain, nothing else), `allFolds` (net gain over every fold),
 * `tunedNoWorse` (held-out net gain among settings adding no more false flags than gold on the tuned and training folds).
 */
const RULES = ['guarded', 'heldOut', 'allFolds', 'tunedNoWorse'] as const;
type Rule = (typeof RULES)[number];

function choiceOf(setting: SlotSetting, scores: Map<string, Scored>, others: Map<string, Scored>, heldOut: string[], tuned: string[]): Choice {
  const held = gain(sumOver(others, heldOut), sumOver(scores, heldOut));
  const own = gain(sumOver(others, tuned), sumOver(scores, tuned));
  const heldOutNet = held.gold - held.falses;
  return { setting, heldOutNet, net: heldOutNet + own.gold - own.falses, heldOut: held, tuned: own };
}

/** The setting `rule` picks on `folds`; ties to the higher threshold, then the stronger L2. */
function choose(cv: Map<SlotSetting, Map<string, Scored>>, others: Map<string, Scored>, folds: string[], rule: Rule = 'guarded'): Choice {
  const { heldOut, tuned } = splitFolds(folds);
  // Without held-out folds (DOSSIER_SKIP_HELD_OUT=1) every rule ranks by the net gain over the folds there are.
  const rank = (c: Choice) => (rule === 'allFolds' || heldOut.length === 0 ? c.net : c.heldOutNet);
  const admits = (c: Choice) => (rule === 'guarded' ? c.net >= 0 : rule === 'tunedNoWorse' ? c.tuned.gold >= c.tuned.falses : true);
  let best: Choice | null = null;
  for (const [setting, scores] of cv) {
    const choice = choiceOf(setting, scores, others, heldOut, tuned);
    if (!admits(choice)) continue;
    const better = !best || rank(choice) > rank(best) || (rank(choice) === rank(best) && preferTie(setting, best.setting));
    if (better) best = choice;
  }
  // No setting admitted: the one with the most net gain over every fold; the caller reads the net gain to turn it off.
  return best ?? choose(cv, others, folds, 'allFolds');
}

const describeSetting = (s: SlotSetting) => `l2 ${s.l2}, threshold ${s.threshold}, kinds ${kindsName(s.kinds)}`;
const describeChoice = (c: Choice) =>
  `${describeSetting(c.setting)}: held-out +${c.heldOut.gold} gold, +${c.heldOut.falses} false (net ${c.heldOutNet}); tuned and training +${c.tuned.gold} gold, +${c.tuned.falses} false; net over every fold ${c.net}`;

/** Why the chosen setting won: the settings next to it by held-out net gain, with whether the guard admits them. */
function printRunnersUp(cv: Map<SlotSetting, Map<string, Scored>>, others: Map<string, Scored>, folds: string[], chosen: Choice): void {
  const { heldOut, tuned } = splitFolds(folds);
  const rows = [...cv]
    .filter(([setting]) => setting !== chosen.setting)
    .map(([setting, scores]) => choiceOf(setting, scores, others, heldOut, tuned))
    .sort((a, b) => b.heldOutNet - a.heldOutNet || b.net - a.net);
  console.log('runners-up by held-out net gain (the guard admits a setting whose net over every fold is not negative):');
  for (const row of rows.slice(0, 6)) console.log(`  ${row.net >= 0 ? 'admitted' : 'refused '} ${describeChoice(row)}`);
}

async function main(): Promise<void> {
  const loaded = await loadGoldStories();
  // On a held-out fold the other aligners include the figure model fitted without that fold.
  const figureFolds = heldOutFoldModels(loaded, figureSettings, null);
  const stories: SlotStory[] = loaded.map((story) => {
    const fold = figureFolds.get(story.fold);
    const hand = handOf(story, fold ? { slotPairs: null, figurePairs: fold.figurePairs } : { slotPairs: null });
    return { ...story, hand, pairs: storySlotPairs(story.entries) };
  });
  const reachable = new Set<GoldConflict>();
  const data: Example[] = stories.flatMap((story) => slotExamples(story, story.pairs, reachable));
  const byFold = storiesByFold(stories);
  const folds = [...byFold.keys()];
  const { heldOut: heldOutFolds, tuned: tunedFolds } = splitFolds(folds);
  console.log(`${stories.length} stories in ${folds.length} folds, ${data.length} candidate pairs, ${data.filter((e) => e.label).length} positive`);
  const nonFigureGold = stories.flatMap((story) => story.gold.filter(isNonFigure));
  console.log(`${nonFigureGold.length} non-figure gold conflicts, ${reachable.size} stated by a candidate pair`);
  // One by one only for the tuned and training sets: the held-out batches stay totals.
  const listed = (story: Story) => !isHeldOutGroup(story.fold);
  for (const story of stories.filter(listed)) {
    for (const entry of story.gold.filter(isNonFigure)) {
      if (!reachable.has(entry)) console.log(`  no candidate pair: ${describeConflict(story.set, story.name, entry)}`);
    }
  }
  printFeatureMeans(SLOT_FEATURE_NAMES, data);

  const others = new Map(folds.map((fold) => [fold, emptyScore()]));
  const handTable = newTable();
  for (const story of stories) addScore(others.get(story.fold)!, scoreStory(story, null, [], handTable));

  const cv = new Map<SlotSetting, Map<string, Scored>>();
  for (const l2 of L2_GRID) {
    const settings = THRESHOLD_GRID.flatMap((threshold) => KIND_SUBSETS.map((kinds) => ({ l2, threshold, kinds })));
    for (const setting of settings) cv.set(setting, new Map(folds.map((fold) => [fold, emptyScore()])));
    for (const fold of folds) {
      const w = fitWithout(data, fold, l2);
      for (const setting of settings) {
        const model: SlotPairModel = modelOf(SLOT_FEATURE_NAMES, w, setting.threshold);
        const into = cv.get(setting)!.get(fold)!;
        for (const story of byFold.get(fold)!) addScore(into, scoreStory(story, model, setting.kinds));
      }
    }
  }
  const before = { tuned: sumOver(others, tunedFolds), heldOut: sumOver(others, heldOutFolds) };
  console.log(`(a) other aligners alone: tuned and training folds ${formatScore(before.tuned)}${heldOutFolds.length ? ` | held-out folds ${formatScore(before.heldOut)}` : ''}`);
  console.log('Cross-validation, every setting: others + model on the tuned and training folds | on the held-out folds:');
  for (const [setting, scores] of cv) {
    const held = heldOutFolds.length ? ` | held-out ${formatScore(sumOver(scores, heldOutFolds))}` : '';
    console.log(`  l2 ${String(setting.l2).padEnd(4)} threshold ${setting.threshold.toFixed(2)} ${kindsName(setting.kinds).padEnd(19)} ${formatScore(sumOver(scores, tunedFolds))}${held}`);
  }
  const chosen = choose(cv, others, folds);
  printRunnersUp(cv, others, folds, chosen);
  for (const rule of RULES.filter((r) => r !== 'guarded')) console.log(`rule ${rule} would choose ${describeChoice(choose(cv, others, folds, rule))}`);
  let best = chosen.setting;
  // --l2 X --threshold Y: look at another setting's conflicts (a diagnostic; --write still writes what is chosen).
  const forced = (flag: string) => (process.argv.includes(flag) ? Number(process.argv[process.argv.indexOf(flag) + 1]) : null);
  const l2Forced = forced('--l2');
  const thresholdForced = forced('--threshold');
  const kindsForced = process.argv.includes('--kinds') ? process.argv[process.argv.indexOf('--kinds') + 1]!.split(',').join('+') : kindsName(KIND_SUBSETS[0]!);
  if (l2Forced !== null && thresholdForced !== null && !process.argv.includes('--write')) {
    best = [...cv.keys()].find((s) => s.l2 === l2Forced && s.threshold === thresholdForced && kindsName(s.kinds) === kindsForced) ?? best;
  }
  const scores = cv.get(best)!;
  console.log(`chosen: ${best === chosen.setting ? describeChoice(chosen) : `${describeSetting(best)} (forced; the rule chose ${describeSetting(chosen.setting)})`}`);
  console.log('CV figures of the chosen setting by group: others alone -> others + model (gold added, false flags added):');
  for (const [group, groupFolds] of groupRows(stories)) {
    if (groupFolds.length === 0) continue;
    const [a, b] = [sumOver(others, groupFolds), sumOver(scores, groupFolds)];
    const added = gain(a, b);
    console.log(`  ${group.padEnd(14)} ${formatScore(a).padEnd(52)} -> ${formatScore(b).padEnd(52)} +${added.gold} gold, +${added.falses} false`);
  }
  if (heldOutFolds.length > 1) {
    // Each fold scored with the setting a rule picks on every other fold.
    for (const name of RULES) {
      // Every fold left out in turn; the held-out folds' total is the estimate for new authors, the tuned and training
      // folds' total what the rule costs on the sets the hand rules were written on.
      const nested = { heldOut: { gold: 0, falses: 0 }, tuned: { gold: 0, falses: 0 } };
      for (const fold of folds) {
        const inner = choose(cv, others, folds.filter((other) => other !== fold), name).setting;
        const added = gain(others.get(fold)!, cv.get(inner)!.get(fold)!);
        const into = isHeldOutGroup(fold) ? nested.heldOut : nested.tuned;
        into.gold += added.gold;
        into.falses += added.falses;
        if (name === 'guarded' && isHeldOutGroup(fold)) console.log(`  nested ${fold.padEnd(14)} chosen on the others: ${describeSetting(inner)}: +${added.gold} gold, +${added.falses} false`);
      }
      const { heldOut, tuned } = nested;
      console.log(
        `nested CV, rule ${name}: held-out folds +${heldOut.gold} gold, +${heldOut.falses} false; tuned and training folds +${tuned.gold} gold, +${tuned.falses} false; net ${heldOut.gold - heldOut.falses + tuned.gold - tuned.falses}`,
      );
    }
  }

  const cvTable = newTable();
  const falses: string[] = [];
  for (const fold of folds) {
    const model: SlotPairModel = modelOf(SLOT_FEATURE_NAMES, fitWithout(data, fold, best.l2), best.threshold);
    for (const story of byFold.get(fold)!) scoreStory(story, model, best.kinds, cvTable, isHeldOutGroup(fold) ? undefined : falses);
  }
  printTable('Per kind under CV, every fold (non-figure gold flagged by every aligner, before -> after; the model\'s conflicts):', handTable, cvTable);
  console.log(`model conflicts not in the gold under CV, tuned and training sets (${falses.length}):`);
  for (const line of falses) console.log(`  ${line}`);

  const model: SlotPairModel = modelOf(SLOT_FEATURE_NAMES, fitWithout(data, null, best.l2), best.threshold);
  const inSample = emptyScore();
  const inTable = newTable();
  for (const story of stories) addScore(inSample, scoreStory(story, model, best.kinds, inTable));
  console.log(`in-sample (fitted on every trained set): ${formatScore(inSample)}`);
  printTable('Per kind in-sample:', handTable, inTable);
  console.log('weights:');
  for (const [name, weight] of Object.entries(model.weights)) console.log(`  ${name.padEnd(16)} ${weight.toFixed(3)}`);
  const shown = data.filter((e) => !isHeldOutGroup(e.fold));
  const high = shown.map((e) => ({ e, p: slotPairProbability(e.features, model) })).filter(({ p }) => p >= model.threshold);
  console.log(`pairs at or above the threshold in-sample, tuned and training sets: ${high.length} (${high.filter(({ e }) => e.label).length} positive)`);
  for (const { e, p } of high.filter(({ e }) => !e.label).slice(0, 40)) console.log(`  negative ${p.toFixed(2)} ${e.set} ${e.what}`);
  const low = shown.map((e) => ({ e, p: slotPairProbability(e.features, model) })).filter(({ e, p }) => e.label && p < model.threshold);
  console.log(`positives under the threshold in-sample, tuned and training sets: ${low.length}`);
  for (const { e, p } of low) console.log(`  positive ${p.toFixed(2)} ${e.set} ${e.what} ${e.features.map((v) => v.toFixed(2)).join(' ')}`);
  if (process.argv.includes('--write')) writeFitted('train-slot-pairs', 'slotPairs', best.l2, model, `  kinds: [${best.kinds.map((kind) => `'${kind}'`).join(', ')}],\n`);
}

await main();
