// Fits the learned aligner of non-figure facts (src/stories/slot-pairs.ts: places, posts, people in a post, weekdays)
// on the gold of the TUNED conflict sets (a-k, n-t, ta-td; held-out sets are never read), choosing its L2 strength and
// threshold by leave-one-set-out cross-validation, as train-figure-pairs.ts does for figures.
//
//   node dist/scripts/train-slot-pairs.js           # CV tables and the weights fitted on every tuned set
//   node dist/scripts/train-slot-pairs.js --write   # also writes them into src/settings.ts (`slotPairs`)
//
// Labels: a candidate pair is positive when each mention states a different version of one gold conflict whose
// values are not all figures (the mention's value holds the gold's words, or the gold's value holds the mention's
// key: a place, a surname, a weekday) in an article of that version; every other candidate pair is a negative.
import { nonFigureTopic, scoreConflicts, statedInFigures, type GoldConflict, type Scored } from '../eval/conflicts.js';
import { asStoryConflict, type StoryConflict } from '../src/stories/index.js';
import { SLOT_FEATURE_NAMES, slotPairConflicts, slotPairProbability, storySlotPairs, type PlacedMention, type SlotPairModel } from '../src/stories/slot-pairs.js';
import { addScore, describeConflict, emptyScore, formatScore, loadStories, modelOf, printFeatureMeans, writeFitted, type Story } from './conflict-stories.js';
import { fitLogistic } from './logistic.js';

const L2_GRID = [0.3, 1, 3, 10];
const THRESHOLD_GRID = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
/** The combined output (every other aligner + this model) must keep this CV precision (as for figures, and why). */
const MIN_PRECISION = 0.93;

interface Example {
  set: string;
  features: number[];
  label: 0 | 1;
  what: string;
}

const isNonFigure = (gold: GoldConflict) => !statedInFigures(gold);

/** Whether a mention states a gold version's value in one of the version's articles. */
function states(mention: PlacedMention, article: string, version: GoldConflict['versions'][number]): boolean {
  if (!version.articles.includes(article)) return false;
  const gold = version.value.toLowerCase();
  return mention.value.toLowerCase().includes(gold) || (mention.key.length >= 3 && gold.includes(mention.key));
}

/** Non-figure gold conflicts that some candidate pair states (the model's ceiling). */
const reachable = new Set<GoldConflict>();

function examples(story: Story): Example[] {
  const ids = story.entries.map((entry) => entry.article);
  const gold = story.gold.filter(isNonFigure);
  return storySlotPairs(story.entries).map(({ x, y, features }) => {
    const [ax, ay] = [ids[x.article]!, ids[y.article]!];
    const stated = gold.filter((entry) => entry.versions.some((v, i) => entry.versions.some((w, j) => i !== j && states(x, ax, v) && states(y, ay, w))));
    for (const entry of stated) reachable.add(entry);
    const positive = stated.length > 0;
    return { set: story.set, features, label: positive ? 1 : 0, what: `${story.name}: ${x.kind} ${x.value} [${ax}] / ${y.value} [${ay}]` };
  });
}

/** Per kind of non-figure fact: gold flagged (by topic) and model conflicts real / predicted (by the name's kind). */
type KindTable = Map<string, { gold: number; flagged: number; predicted: number; right: number }>;

const KINDS = ['place', 'post or title', 'who (person, team, body)', 'day or time', 'other'];

function kindOfFact(fact: string): string {
  const first = fact.split(' ')[0]!;
  return first === 'place' ? 'place' : first === 'day' ? 'day or time' : first === 'title' ? 'post or title' : 'who (person, team, body)';
}

/** Scores one story: the other aligners' conflicts plus (when a model is given) this model's. */
function scoreStory(story: Story, model: SlotPairModel | null, table?: KindTable, falses?: string[]): Scored {
  const byModel = model ? slotPairConflicts(story.entries, story.hand, model).map(asStoryConflict) : [];
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

async function main(): Promise<void> {
  const stories = await loadStories({ slotPairs: null });
  const data = stories.flatMap(examples);
  const sets = [...new Set(stories.map((story) => story.set))];
  console.log(`${stories.length} stories, ${data.length} candidate pairs, ${data.filter((e) => e.label).length} positive`);
  const nonFigureGold = stories.flatMap((story) => story.gold.filter(isNonFigure));
  console.log(`${nonFigureGold.length} non-figure gold conflicts in the tuned sets, ${reachable.size} stated by a candidate pair`);
  for (const story of stories) {
    for (const entry of story.gold.filter(isNonFigure)) {
      if (!reachable.has(entry)) console.log(`  no candidate pair: ${describeConflict(story.set, story.name, entry)}`);
    }
  }
  printFeatureMeans(SLOT_FEATURE_NAMES, data);

  const handTotal = emptyScore();
  const handTable = newTable();
  for (const story of stories) addScore(handTotal, scoreStory(story, null, handTable));
  console.log(`(a) other aligners alone, in-sample: ${formatScore(handTotal)}`);

  let best: { l2: number; threshold: number; both: Scored } | null = null;
  const lines: string[] = [];
  for (const l2 of L2_GRID) {
    const totals = new Map(THRESHOLD_GRID.map((t) => [t, emptyScore()]));
    for (const left of sets) {
      const train = data.filter((e) => e.set !== left);
      const w = fitLogistic(train.map((e) => e.features), train.map((e) => e.label), l2);
      for (const threshold of THRESHOLD_GRID) {
        for (const story of stories.filter((s) => s.set === left)) addScore(totals.get(threshold)!, scoreStory(story, modelOf(SLOT_FEATURE_NAMES, w, threshold)));
      }
    }
    for (const [threshold, both] of totals) {
      lines.push(`  l2 ${String(l2).padEnd(4)} threshold ${threshold.toFixed(2)}  (b) others + model: ${formatScore(both)}`);
      const precision = both.predicted ? both.right / both.predicted : 1;
      // The most gold flagged at the precision; ties to the higher threshold and stronger L2 (fewer guesses).
      if (precision >= MIN_PRECISION && (!best || both.flagged > best.both.flagged || (both.flagged === best.both.flagged && both.predicted < best.both.predicted))) best = { l2, threshold, both };
    }
  }
  console.log('Leave-one-set-out cross-validation (tuned sets):');
  for (const line of lines) console.log(line);
  // --l2 X --threshold Y: look at another setting's conflicts (a diagnostic; --write still writes what is chosen).
  const forced = (flag: string) => (process.argv.includes(flag) ? Number(process.argv[process.argv.indexOf(flag) + 1]) : null);
  const l2Forced = forced('--l2');
  const thresholdForced = forced('--threshold');
  if (l2Forced !== null && thresholdForced !== null && !process.argv.includes('--write')) best = { l2: l2Forced, threshold: thresholdForced, both: emptyScore() };
  if (!best) throw new Error('no setting keeps the precision');
  console.log(`chosen: l2 ${best.l2}, threshold ${best.threshold}: ${formatScore(best.both)}`);

  const cvTable = newTable();
  const falses: string[] = [];
  for (const left of sets) {
    const train = data.filter((e) => e.set !== left);
    const model: SlotPairModel = modelOf(SLOT_FEATURE_NAMES, fitLogistic(train.map((e) => e.features), train.map((e) => e.label), best.l2), best.threshold);
    for (const story of stories.filter((s) => s.set === left)) scoreStory(story, model, cvTable, falses);
  }
  printTable('Per kind under CV (non-figure gold flagged by every aligner, before -> after; the model\'s conflicts):', handTable, cvTable);
  console.log(`model conflicts not in the gold under CV (${falses.length}):`);
  for (const line of falses) console.log(`  ${line}`);

  const model: SlotPairModel = modelOf(SLOT_FEATURE_NAMES, fitLogistic(data.map((e) => e.features), data.map((e) => e.label), best.l2), best.threshold);
  const inSample = emptyScore();
  const inTable = newTable();
  for (const story of stories) addScore(inSample, scoreStory(story, model, inTable));
  console.log(`in-sample (fitted on every tuned set): ${formatScore(inSample)}`);
  printTable('Per kind in-sample:', handTable, inTable);
  console.log('weights:');
  for (const [name, weight] of Object.entries(model.weights)) console.log(`  ${name.padEnd(16)} ${weight.toFixed(3)}`);
  const high = data.map((e) => ({ e, p: slotPairProbability(e.features, model) })).filter(({ p }) => p >= model.threshold);
  console.log(`pairs at or above the threshold in-sample: ${high.length} (${high.filter(({ e }) => e.label).length} positive)`);
  for (const { e, p } of high.filter(({ e }) => !e.label).slice(0, 40)) console.log(`  negative ${p.toFixed(2)} ${e.set} ${e.what}`);
  const low = data.map((e) => ({ e, p: slotPairProbability(e.features, model) })).filter(({ e, p }) => e.label && p < model.threshold);
  console.log(`positives under the threshold in-sample: ${low.length}`);
  for (const { e, p } of low) console.log(`  positive ${p.toFixed(2)} ${e.set} ${e.what} ${e.features.map((v) => v.toFixed(2)).join(' ')}`);
  if (process.argv.includes('--write')) writeFitted('train-slot-pairs', 'slotPairs', model);
}

await main();
