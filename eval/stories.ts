// Story clustering, near-duplicates and conflicts: ECB+ dev topics (tuned on half, held-out on the other half),
// with a plain TF-IDF single-pass baseline in the same run; the seed articles; the bundled samples.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareArticles } from '../src/pipeline.js';
import { articlesFrom } from './corpus.js';
import { buildStories, type DossierStory } from '../src/stories/index.js';
import { StoryStream, articleSignals, type StoryInput } from '../src/stories/stream.js';
import { splitSentences, leadWeightedTerms } from '../src/stories/text.js';
import type { ClusterOverrides } from '../src/stories/cluster.js';
import { bcubedScores, pairwiseScores, type Scores } from './clustering-metrics.js';
import { repoRoot, sharedRoot } from './paths.js';
import type { EvalResult } from './types.js';
import { SKIP_HELD_OUT } from './conflicts.js';
import { seededRandom, shuffleInPlace } from '../scripts/random.js';

const ecbPath = path.join(sharedRoot, 'data/stories/ecbplus-dev.jsonl');

interface Replay {
  inputs: StoryInput[];
  gold: Map<string, string>;
  /** article id -> ECB+ topic */
  topics: Map<string, number>;
}

/**
 * Runs the streaming clusterer over inputs in their order; `plain` is the TF-IDF-only baseline. Its close-call rule
 * could not fire anyway (plain articles are undated, so no two stories lie apart in time): switched off all the same
 * so that the baseline says what it leaves out.
 */
export function replay(inputs: StoryInput[], settings: ClusterOverrides, plain = false): Map<string, string> {
  const stream = plain
    ? new StoryStream({ ...settings, entityWeight: 0, eventWeight: 0, contrastWeight: 0, closeCallMargin: 0, useDates: false }, false)
    : new StoryStream(settings);
  return stream.assignAll(inputs.map((input) => ({ input, signals: plain ? plainSignals(input) : articleSignals(input) })));
}

/** The baseline's view of an article: unweighted TF-IDF terms of title and body, nothing else. */
function plainSignals(input: StoryInput) {
  const sentences = splitSentences(input.article.text);
  return {
    id: input.article.id,
    terms: leadWeightedTerms(input.article.title, input.article.text, sentences, { title: 1, lead: 1, bigram: 0 }),
    entities: new Map<string, number>(),
    eventKeys: [],
    dating: { range: null, notBefore: null },
  };
}

/** Seeded orders the tuning topics are replayed in by default (`--shuffles K` changes it, 0 skips). */
const SHUFFLES = 5;

const THRESHOLDS = Array.from({ length: 31 }, (_, i) => Number((0.1 + i * 0.015).toFixed(3)));

function tuneThreshold(data: Replay, settings: ClusterOverrides, plain: boolean): { threshold: number; f1: number } {
  let best = { threshold: THRESHOLDS[0]!, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const f1 = bcubedScores(replay(data.inputs, { ...settings, joinThreshold: threshold }, plain), data.gold).f1;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best;
}

/** A copy of items in a seeded random order (Fisher-Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  return shuffleInPlace([...items], random);
}

/** Each topic's articles in a random order, topics in file order; or (`mixed`) all articles in one random order. */
export function reordered(data: Replay, seed: number, mixed: boolean): StoryInput[] {
  const random = seededRandom(seed);
  if (mixed) return shuffled(data.inputs, random);
  const byTopic = new Map<number, StoryInput[]>();
  for (const input of data.inputs) {
    const topic = data.topics.get(input.article.id)!;
    const list = byTopic.get(topic);
    if (list) list.push(input);
    else byTopic.set(topic, [input]);
  }
  return [...byTopic.values()].flatMap((list) => shuffled(list, random));
}

interface ShuffledScores {
  mean: Scores;
  /** The run with the lowest F1. */
  worst: Scores;
}

/**
 * B-cubed over `shuffles` seeded random orders: a streaming clusterer is order-dependent, and a rule that only
 * works in file order is fragile. Seeds 1..shuffles, so every run of the eval sees the same orders.
 */
export function shuffledScores(data: Replay, settings: ClusterOverrides, shuffles: number, mixed: boolean): ShuffledScores {
  const runs = Array.from({ length: shuffles }, (_, i) =>
    bcubedScores(replay(reordered(data, i + 1, mixed), settings), data.gold),
  );
  const mean = (key: keyof Scores) => runs.reduce((sum, run) => sum + run[key], 0) / runs.length;
  const worst = runs.reduce((low, run) => (run.f1 < low.f1 ? run : low));
  return { mean: { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') }, worst };
}

/** `--shuffles K` on the command line (default `fallback`). */
function shufflesArgument(fallback: number): number {
  const at = process.argv.indexOf('--shuffles');
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

export async function loadEcb(): Promise<{ tune: Replay; heldOut: Replay; all: Replay } | null> {
  if (!existsSync(ecbPath)) return null;
  const rows = readFileSync(ecbPath, 'utf-8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; topic: number; cluster: string });
  const topics = [...new Set(rows.map((row) => row.topic))].sort((a, b) => a - b);
  const tuneTopics = new Set(topics.filter((_, i) => i % 2 === 0));
  const inputs = prepareArticles(await articlesFrom([ecbPath]));
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const subset = (keep: (topic: number) => boolean): Replay => {
    const chosen = inputs.filter((input) => keep(rowOf.get(input.article.id)!.topic));
    const ids = chosen.map((input) => input.article.id);
    return {
      inputs: chosen,
      gold: new Map(ids.map((id) => [id, rowOf.get(id)!.cluster])),
      topics: new Map(ids.map((id) => [id, rowOf.get(id)!.topic])),
    };
  };
  return { tune: subset((t) => tuneTopics.has(t)), heldOut: subset((t) => !tuneTopics.has(t)), all: subset(() => true) };
}

function row(name: string, pairwise: Scores, bcubed: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `  ${name.padEnd(34)} pairwise P ${f(pairwise.precision)} R ${f(pairwise.recall)} F1 ${f(pairwise.f1)}   B3 P ${f(bcubed.precision)} R ${f(bcubed.recall)} F1 ${f(bcubed.f1)}`;
}

const seedGold = new Map([
  ['000', 'shoigu-in-myanmar'],
  ['001', 'shoigu-in-myanmar'],
  ['002', 'moscow-security-conference-2021'],
  ['004', 'moscow-security-conference-2021'],
  ['003', 'min-aung-hlaing-in-russia-2025'],
]);

interface GoldConflict {
  versions: { value: string; articles: string[] }[];
}

/** A gold conflict is found when one predicted conflict has a distinct version holding each gold version's articles. */
function conflictFound(gold: GoldConflict, stories: DossierStory[]): boolean {
  return stories.some((story) =>
    story.conflicts.some((conflict) => {
      const used = new Set<number>();
      return gold.versions.every((version) => {
        const index = conflict.versions.findIndex(
          (candidate, i) => !used.has(i) && version.articles.every((article) => candidate.articles.includes(article)),
        );
        if (index < 0) return false;
        used.add(index);
        return true;
      });
    }),
  );
}

function conflictPredictedCorrectly(conflict: DossierStory['conflicts'][number], gold: GoldConflict[]): boolean {
  return gold.some((entry) => conflictFound(entry, [{ conflicts: [conflict] } as DossierStory]));
}

function printStories(stories: DossierStory[]): void {
  for (const story of stories) {
    console.log(`    ${story.id}: ${story.articles.join(', ')}${story.duplicates.length ? ` (copies: ${story.duplicates.join(', ')})` : ''}`);
    for (const conflict of story.conflicts) {
      const versions = conflict.versions.map((version) => `${version.value} [${version.articles.join(', ')}]`).join(' vs ');
      console.log(`      ${conflict.update ? 'update' : 'conflict'} ${conflict.fact}: ${versions}`);
    }
  }
}

async function seedFigures(metrics: Record<string, number>): Promise<void> {
  const seeds = path.join(sharedRoot, 'seeds');
  if (!existsSync(seeds)) return console.log(`stories: ${seeds} is missing; seed figures skipped`);
  const inputs = prepareArticles(await articlesFrom([seeds]));
  const { storyOf, stories } = buildStories(inputs);
  const short = (id: string) => id.slice(0, 3);
  const predicted = new Map([...storyOf].map(([id, story]) => [short(id), story]));
  const b = bcubedScores(predicted, seedGold);
  const exact = pairwiseScores(predicted, seedGold).f1 === 1 ? 1 : 0;
  const agreement = conflictFound({ versions: [{ value: 'five-year', articles: [] }, { value: 'four-year', articles: [] }] }, stories) &&
    stories.some((story) => story.conflicts.some((conflict) => conflict.fact === 'agreement duration' &&
      conflict.versions.some((v) => v.articles.some((a) => short(a) === '000') && /five|5/iu.test(v.value)) &&
      conflict.versions.some((v) => v.articles.some((a) => short(a) === '001') && /four|4/iu.test(v.value))));
  console.log(`Seeds: expected {000, 001} {002, 004} {003}; B3 F1 ${b.f1.toFixed(3)}; partition exact: ${exact ? 'yes' : 'no'}; five- vs four-year conflict: ${agreement ? 'flagged' : 'missed'}`);
  printStories(stories);
  metrics.seeds_bcubed_f1 = b.f1;
  metrics.seeds_partition_exact = exact;
  metrics.seeds_agreement_conflict = agreement ? 1 : 0;
}

async function sampleFigures(metrics: Record<string, number>): Promise<void> {
  const expectedPath = path.join(repoRoot, 'samples/expected.json');
  const expected = JSON.parse(readFileSync(expectedPath, 'utf-8')) as Record<string, unknown> & { conflicts: GoldConflict[] };
  const articleGold = Object.entries(expected).filter(([key]) => key !== 'conflicts') as [string, { story: string; duplicate_of: string | null }][];
  const inputs = prepareArticles(await articlesFrom([path.join(repoRoot, 'samples/articles')]));
  const { storyOf, duplicateOf, stories } = buildStories(inputs);
  const gold = new Map(articleGold.map(([id, entry]) => [id, entry.story]));
  const b = bcubedScores(storyOf, gold);
  const goldCopies = new Set(articleGold.filter(([, entry]) => entry.duplicate_of).map(([id, entry]) => `${id}>${entry.duplicate_of}`));
  const foundCopies = new Set([...duplicateOf].map(([copy, original]) => `${copy}>${original}`));
  const copiesRight = [...foundCopies].filter((pair) => goldCopies.has(pair)).length;
  const found = expected.conflicts.filter((conflict) => conflictFound(conflict, stories)).length;
  const predictedConflicts = stories.flatMap((story) => story.conflicts);
  const right = predictedConflicts.filter((conflict) => conflictPredictedCorrectly(conflict, expected.conflicts)).length;
  console.log(`Samples: B3 F1 ${b.f1.toFixed(3)}; copies ${copiesRight}/${goldCopies.size} found, ${foundCopies.size - copiesRight} wrong; conflicts ${found}/${expected.conflicts.length} found, ${right}/${predictedConflicts.length} flagged are real`);
  printStories(stories);
  metrics.samples_bcubed_f1 = b.f1;
  metrics.samples_duplicate_recall = goldCopies.size ? copiesRight / goldCopies.size : 1;
  metrics.samples_duplicate_precision = foundCopies.size ? copiesRight / foundCopies.size : 1;
  metrics.samples_conflict_recall = expected.conflicts.length ? found / expected.conflicts.length : 1;
  metrics.samples_conflict_precision = predictedConflicts.length ? right / predictedConflicts.length : 1;
}

export async function run(): Promise<EvalResult> {
  const metrics: Record<string, number> = {};
  await seedFigures(metrics);
  await sampleFigures(metrics);
  const ecb = await loadEcb();
  if (!ecb) {
    console.log(`stories: ${ecbPath} is missing; ECB+ figures skipped`);
  } else {
    const ours = tuneThreshold(ecb.tune, {}, false);
    const plain = tuneThreshold(ecb.tune, {}, true);
    console.log(`ECB+ dev: ${ecb.tune.inputs.length} tuning documents, ${ecb.heldOut.inputs.length} held-out documents`);
    console.log(`  thresholds tuned on the tuning topics: dossier ${ours.threshold} (B3 F1 ${ours.f1.toFixed(3)}), plain TF-IDF ${plain.threshold} (B3 F1 ${plain.f1.toFixed(3)})`);
    const tuned = replay(ecb.tune.inputs, {});
    const tunedB3 = bcubedScores(tuned, ecb.tune.gold);
    console.log(row('dossier, tuning, file order', pairwiseScores(tuned, ecb.tune.gold), tunedB3));
    metrics.ecb_tuning_bcubed_f1 = tunedB3.f1;
    const shuffles = shufflesArgument(SHUFFLES);
    for (const mixed of shuffles > 0 ? [false, true] : []) {
      const { mean, worst } = shuffledScores(ecb.tune, {}, shuffles, mixed);
      const label = `dossier, tuning, ${shuffles} ${mixed ? 'mixed' : 'topic'} shuffles`;
      const f = (x: number) => x.toFixed(3);
      console.log(`  ${label.padEnd(34)} B3 mean P ${f(mean.precision)} R ${f(mean.recall)} F1 ${f(mean.f1)}   worst P ${f(worst.precision)} R ${f(worst.recall)} F1 ${f(worst.f1)}`);
      const key = mixed ? 'ecb_tuning_mixed_shuffled' : 'ecb_tuning_shuffled';
      metrics[`${key}_mean_bcubed_f1`] = mean.f1;
      metrics[`${key}_worst_bcubed_f1`] = worst.f1;
    }
    // With DOSSIER_SKIP_HELD_OUT=1 (development) the held-out and all-topics rows are neither computed nor printed.
    const rows = SKIP_HELD_OUT ? [] : ([['held-out', ecb.heldOut], ['all topics', ecb.all]] as const);
    if (SKIP_HELD_OUT) console.log('  held-out and all-topics rows skipped (DOSSIER_SKIP_HELD_OUT=1)');
    for (const [name, data] of rows) {
      const shipped = replay(data.inputs, {});
      const baseline = replay(data.inputs, { joinThreshold: plain.threshold }, true);
      const b = bcubedScores(shipped, data.gold);
      const p = pairwiseScores(shipped, data.gold);
      const bb = bcubedScores(baseline, data.gold);
      const pb = pairwiseScores(baseline, data.gold);
      console.log(row(`dossier, ${name}`, p, b));
      console.log(row(`plain TF-IDF single-pass, ${name}`, pb, bb));
      const key = name === 'held-out' ? 'ecb_heldout' : 'ecb_all';
      metrics[`${key}_bcubed_f1`] = b.f1;
      metrics[`${key}_pairwise_f1`] = p.f1;
      metrics[`${key}_baseline_bcubed_f1`] = bb.f1;
    }
  }
  // Floors a little under the figures measured with the integrated pipeline (real annotations, events and inferred
  // dates). Held-out ECB+ B3 F1 was 0.758 before the signals were reworked (only day or month dates gate, names and
  // numbers instead of tagged entities, coded events off, title conflicts), 0.844 after; weekday keys of the lead,
  // the same-names bridge over the date gate and the absorption of one- or two-report stories by a grown story made
  // it 0.847 (tuning half 0.888 -> 0.924), above the plain TF-IDF baseline (0.814); still short of the 0.90 target
  // (look-alike pairs where one side is undated stay merged). The seeds' partition is exact: title conflicts keep
  // 001 off the 2021 story, trip destinations keep 003 apart. The tuning topics replayed in 5 seeded orders (per
  // topic; all mixed) gave mean B3 F1 0.898 and 0.885 (file order 0.945); the undated penalty
  // (stories.undatedPenalty in settings) with join threshold 0.24 made them 0.904 and 0.900 (file order 0.945), and held-out
  // 0.847 (P 0.848 R 0.846) against 0.854 (P 0.801 R 0.914): more precise, less complete (penalty left off).
  // Story repair (src/stories/repair.ts: a story of 4-16 reports split when its members form two groups, one undated
  // and one mostly dated, with low cross similarity) made the shuffles 0.918 and 0.912 (worst 0.908, 0.869), file
  // order 0.946, held-out 0.913 (P 0.931 R 0.895), all topics 0.925. The threshold sweep above then favours the
  // lowest threshold (0.1): with the split repairing chains, ECB+'s undated half is told apart by the rule. The
  // shipped threshold stays 0.265.
  const floors: Record<string, number> = {
    ecb_heldout_bcubed_f1: 0.88,
    ecb_heldout_pairwise_f1: 0.76,
    seeds_bcubed_f1: 0.95,
    seeds_partition_exact: 1,
    seeds_agreement_conflict: 1,
    ecb_all_bcubed_f1: 0.89,
    ecb_all_pairwise_f1: 0.8,
    samples_bcubed_f1: 1,
    ecb_tuning_bcubed_f1: 0.93,
    ecb_tuning_shuffled_mean_bcubed_f1: 0.9,
    ecb_tuning_mixed_shuffled_mean_bcubed_f1: 0.89,
    samples_duplicate_recall: 1,
    samples_conflict_recall: 0.75,
    samples_conflict_precision: 0.75,
  };
  for (const metric of Object.keys(floors)) if (!(metric in metrics)) delete floors[metric];
  return { name: 'stories', metrics, floors };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  for (const [metric, value] of Object.entries(result.metrics)) console.log(`${metric.padEnd(40)} ${value.toFixed(3)}`);
}
