// Story clustering, near-duplicates and conflicts: ECB+ dev topics (tuned on half, held-out on the other half),
// with a plain TF-IDF single-pass baseline in the same run; the seed articles; the bundled samples.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { codeEvents } from '../src/events/index.js';
import { readInputs } from '../src/ingest/index.js';
import type { Article, EventRecord, RawDocument } from '../src/model.js';
import { annotateArticle, extractAll } from '../src/pipeline.js';
import { StoryStream, articleSignals, type StoryInput } from '../src/stories/stream.js';
import { splitSentences, leadWeightedTerms } from '../src/stories/text.js';
import type { ClusterSettings } from '../src/stories/cluster.js';
import { bcubedScores, pairwiseScores, type Scores } from './clustering-metrics.js';
import { repoRoot, sharedRoot } from './paths.js';
import type { EvalResult } from './types.js';

const ecbPath = path.join(sharedRoot, 'data/stories/ecbplus-dev.jsonl');

/** Articles from raw inputs the way the CLI reads them: the project's own ingest and extraction. */
export async function articlesFrom(inputs: string[]): Promise<Article[]> {
  const documents: RawDocument[] = [];
  for await (const item of readInputs(inputs)) if (item.type === 'document') documents.push(item.document);
  return extractAll(documents).extracted.map((extracted) => extracted.article);
}

/** The stories stage's inputs, built as src/pipeline.ts builds them (so new NLP/event layers count here too). */
export function storyInputs(articles: Article[]): StoryInput[] {
  return articles.map((article) => {
    const annotations = annotateArticle(article);
    const events: EventRecord[] = codeEvents(article.text, annotations, { referenceDate: article.published.date }).map(
      (event, i) => ({ ...event, id: `${article.id}#e${i + 1}`, article: article.id, reported_by: article.publisher, story: null }),
    );
    return { article, annotations, events };
  });
}

interface Replay {
  inputs: StoryInput[];
  gold: Map<string, string>;
}

/** Runs the streaming clusterer over inputs in their order; `plain` is the TF-IDF-only baseline. */
export function replay(inputs: StoryInput[], settings: Partial<ClusterSettings>, plain = false): Map<string, string> {
  const stream = plain
    ? new StoryStream({ ...settings, entityWeight: 0, eventWeight: 0, useDates: false }, false)
    : new StoryStream(settings);
  const assigned = new Map<string, string>();
  for (const input of inputs) {
    const signals = plain ? plainSignals(input) : articleSignals(input);
    assigned.set(input.article.id, stream.add(input, signals).story);
  }
  return assigned;
}

/** The baseline's view of an article: unweighted TF-IDF terms of title and body, nothing else. */
function plainSignals(input: StoryInput) {
  const sentences = splitSentences(input.article.text);
  return {
    id: input.article.id,
    terms: leadWeightedTerms(input.article.title, input.article.text, sentences, { title: 1, lead: 1 }),
    entities: new Map<string, number>(),
    eventKeys: [],
    dating: { range: null, notBefore: null },
  };
}

const THRESHOLDS = Array.from({ length: 31 }, (_, i) => Number((0.1 + i * 0.015).toFixed(3)));

function tuneThreshold(data: Replay, settings: Partial<ClusterSettings>, plain: boolean): { threshold: number; f1: number } {
  let best = { threshold: THRESHOLDS[0]!, f1: -1 };
  for (const threshold of THRESHOLDS) {
    const f1 = bcubedScores(replay(data.inputs, { ...settings, joinThreshold: threshold }, plain), data.gold).f1;
    if (f1 > best.f1) best = { threshold, f1 };
  }
  return best;
}

async function loadEcb(): Promise<{ tune: Replay; heldOut: Replay; all: Replay } | null> {
  if (!existsSync(ecbPath)) return null;
  const rows = readFileSync(ecbPath, 'utf-8').trim().split('\n').map((line) => JSON.parse(line) as { id: string; topic: number; cluster: string });
  const topics = [...new Set(rows.map((row) => row.topic))].sort((a, b) => a - b);
  const tuneTopics = new Set(topics.filter((_, i) => i % 2 === 0));
  const inputs = storyInputs(await articlesFrom([ecbPath]));
  const rowOf = new Map(rows.map((row) => [row.id, row]));
  const subset = (keep: (topic: number) => boolean): Replay => {
    const chosen = inputs.filter((input) => keep(rowOf.get(input.article.id)!.topic));
    return { inputs: chosen, gold: new Map(chosen.map((input) => [input.article.id, rowOf.get(input.article.id)!.cluster])) };
  };
  return { tune: subset((t) => tuneTopics.has(t)), heldOut: subset((t) => !tuneTopics.has(t)), all: subset(() => true) };
}

function row(name: string, pairwise: Scores, bcubed: Scores): string {
  const f = (x: number) => x.toFixed(3);
  return `  ${name.padEnd(34)} pairwise P ${f(pairwise.precision)} R ${f(pairwise.recall)} F1 ${f(pairwise.f1)}   B3 P ${f(bcubed.precision)} R ${f(bcubed.recall)} F1 ${f(bcubed.f1)}`;
}

export async function run(): Promise<EvalResult> {
  const metrics: Record<string, number> = {};
  const ecb = await loadEcb();
  if (!ecb) {
    console.log(`stories: ${ecbPath} is missing; ECB+ figures skipped`);
  } else {
    const ours = tuneThreshold(ecb.tune, {}, false);
    const plain = tuneThreshold(ecb.tune, {}, true);
    console.log(`ECB+ dev: ${ecb.tune.inputs.length} tuning documents, ${ecb.heldOut.inputs.length} held-out documents`);
    console.log(`  thresholds tuned on the tuning topics: dossier ${ours.threshold} (B3 F1 ${ours.f1.toFixed(3)}), plain TF-IDF ${plain.threshold} (B3 F1 ${plain.f1.toFixed(3)})`);
    for (const [name, data] of [['held-out', ecb.heldOut], ['all topics', ecb.all]] as const) {
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
  return { name: 'stories', metrics, floors: {} };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  for (const [metric, value] of Object.entries(result.metrics)) console.log(`${metric.padEnd(40)} ${value.toFixed(3)}`);
  void repoRoot;
}
