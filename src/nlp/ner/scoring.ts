// Fast scoring of sentences for the tagger. Most of a token's features belong to a word alone (its spelling,
// shape, cluster) or to a neighbouring word; their summed weights are cached per word and pass, so a token costs
// a few vector additions plus the lookup of its handful of context features.
import { nlp as settings } from '../../settings.js';
import {
  contextFeatures,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  selfFeatures,
  wordAt,
  type DocumentView,
  type SentenceView,
} from './features.js';
import type { NerModel } from './model.js';
import type { LinearChainTagger } from './tagger.js';

/** Per pass, the summed weights of a word's own features and of its features as each neighbour. */
interface WordScores {
  self: Float32Array[];
  /** [pass][k]: as the neighbour at NEIGHBOUR_OFFSETS[k]. */
  around: Float32Array[][];
}

export interface SentenceInputs {
  /** Per pass, tokens x tags scores of the cached word and neighbour features. */
  partial: Float64Array[];
  /** Per token, ids of the remaining (context) features, shared by all passes. */
  context: Int32Array[];
}

const wordCache = new Map<string, WordScores>();
let cachedFor: NerModel | null = null;

export function idsOf(index: ReadonlyMap<string, number>, features: readonly string[]): Int32Array {
  const ids: number[] = [];
  for (const feature of features) {
    const id = index.get(feature);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

function wordScores(model: NerModel, key: string, word: string, at: ReturnType<typeof wordAt>, band: string): WordScores {
  if (cachedFor !== model || wordCache.size > settings.wordCacheLimit) {
    wordCache.clear();
    cachedFor = model;
  }
  let scores = wordCache.get(key);
  if (!scores) {
    const passes = model.passes as LinearChainTagger[];
    const index = (passes[0] as LinearChainTagger).featureIndex;
    const self = idsOf(index, selfFeatures(word, at.norm, at.shape, at.cluster, band));
    const around = NEIGHBOUR_OFFSETS.map((offset) => idsOf(index, neighbourFeatures(offset, at.norm, at.shape, at.cluster)));
    scores = {
      self: passes.map((pass) => pass.featureVector(self)),
      around: passes.map((pass) => around.map((ids) => pass.featureVector(ids))),
    };
    wordCache.set(key, scores);
  }
  return scores;
}

/** The inputs of every pass for one sentence: cached partial scores and the context feature ids. */
export function sentenceInputs(model: NerModel, view: SentenceView, document: DocumentView): SentenceInputs {
  const passes = model.passes as LinearChainTagger[];
  const index = (passes[0] as LinearChainTagger).featureIndex;
  const n = view.words.length;
  const T = model.tags.length;
  const words = Array.from({ length: n }, (_, j) =>
    wordScores(model, view.words[j] as string, view.words[j] as string, wordAt(view, j), view.bands[j] as string),
  );
  const boundary = (j: number): WordScores => wordScores(model, j < 0 ? '\u0000<s>' : '\u0000</s>', '', wordAt(view, j), '');
  const partial = passes.map((_, p) => {
    const scores = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      const row = i * T;
      const add = (vector: Float32Array): void => {
        for (let t = 0; t < T; t++) scores[row + t]! += vector[t] as number;
      };
      add((words[i] as WordScores).self[p] as Float32Array);
      NEIGHBOUR_OFFSETS.forEach((offset, k) => {
        const j = i + offset;
        add(((j >= 0 && j < n ? words[j] : boundary(j)) as WordScores).around[p]![k] as Float32Array);
      });
    }
    return scores;
  });
  const context = view.words.map((_, i) => idsOf(index, contextFeatures(view, i, document)));
  return { partial, context };
}
