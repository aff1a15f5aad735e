// Fast scoring of sentences for the tagger. Most of a token's features belong to a word alone (its spelling,
// shape, cluster) or to a neighbouring word; their summed weights are cached per word and pass, so a token costs
// a few vector additions plus the lookup of its handful of context features.
import { nlp as settings } from '../../settings.js';
import {
  COMBINATION_TEMPLATES,
  combinationName,
  contextCombinations,
  contextFeatures,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  selfFeatures,
  wordAt,
  type Combination,
  type DocumentView,
  type SentenceView,
} from './features.js';
import type { NerModel } from './model.js';
import { NumberTable } from './number-table.js';
import type { LinearChainTagger } from './tagger.js';

/** Per pass, the summed weights of a word's own features and of its features as each neighbour. */
interface WordScores {
  /** Small numbers naming the word's normal form and shape, to key combination features without strings. */
  normId: number;
  shapeId: number;
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
const normIds = new Map<string, number>();
const shapeIds = new Map<string, number>();
/** Per combination template, feature id (or -1 when the model lacks it) by the numbers of its parts. */
let combinationTables = COMBINATION_TEMPLATES.map(() => new NumberTable());
let cachedFor: NerModel | null = null;

/** Part numbers must fit the keys: 2 x 21 bits for pairs, 3 x 14 bits for shape triples. */
const PAIR_LIMIT = 1 << 21;
const TRIPLE_LIMIT = 1 << 14;

function numberFor(ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = ids.size;
    ids.set(value, id);
  }
  return id;
}

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
    normIds.clear();
    shapeIds.clear();
    combinationTables = COMBINATION_TEMPLATES.map(() => new NumberTable());
    cachedFor = model;
  }
  let scores = wordCache.get(key);
  if (!scores) {
    const passes = model.passes as LinearChainTagger[];
    const index = (passes[0] as LinearChainTagger).featureIndex;
    const self = idsOf(index, selfFeatures(word, at.norm, at.shape, at.cluster, band));
    const around = NEIGHBOUR_OFFSETS.map((offset) => idsOf(index, neighbourFeatures(offset, at.norm, at.shape, at.cluster)));
    scores = {
      normId: numberFor(normIds, at.norm),
      shapeId: numberFor(shapeIds, at.shape),
      self: passes.map((pass) => pass.featureVector(self)),
      around: passes.map((pass) => around.map((ids) => pass.featureVector(ids))),
    };
    wordCache.set(key, scores);
  }
  return scores;
}

/** Per combination template: offsets of its parts from the token, whether each part is a shape, its key base. */
const TEMPLATE_LAYOUT = COMBINATION_TEMPLATES.map((template) => {
  const offsets = template.parts.length === 3 ? [-1, 0, 1] : template.name.includes('-1') ? [-1, 0] : [0, 1];
  return { offsets, isShape: [...template.parts].map((kind) => kind === 's'), limit: offsets.length === 3 ? TRIPLE_LIMIT : PAIR_LIMIT };
});

/** The inputs of every pass for one sentence: cached partial scores and the context feature ids. */
export function sentenceInputs(model: NerModel, view: SentenceView, document: DocumentView): SentenceInputs {
  const passes = model.passes as LinearChainTagger[];
  const index = (passes[0] as LinearChainTagger).featureIndex;
  const n = view.words.length;
  const T = model.tags.length;
  // Slot 0 is the start boundary, slots 1..n the words, slot n + 1 the end boundary.
  const slots: WordScores[] = [wordScores(model, '\u0000<s>', '', wordAt(view, -1), '')];
  for (let j = 0; j < n; j++) {
    slots.push(wordScores(model, view.words[j] as string, view.words[j] as string, wordAt(view, j), view.bands[j] as string));
  }
  slots.push(wordScores(model, '\u0000</s>', '', wordAt(view, n), ''));
  const at = (j: number): WordScores => slots[j < 0 ? 0 : j >= n ? n + 1 : j + 1] as WordScores;

  const partial = passes.map((_, p) => {
    const scores = new Float64Array(n * T);
    for (let i = 0; i < n; i++) {
      const row = i * T;
      const self = at(i).self[p] as Float32Array;
      for (let t = 0; t < T; t++) scores[row + t] = self[t] as number;
      for (let k = 0; k < NEIGHBOUR_OFFSETS.length; k++) {
        const vector = (at(i + (NEIGHBOUR_OFFSETS[k] as number)).around[p] as Float32Array[])[k] as Float32Array;
        for (let t = 0; t < T; t++) scores[row + t]! += vector[t] as number;
      }
    }
    return scores;
  });

  const context: Int32Array[] = [];
  for (let i = 0; i < n; i++) {
    const ids: number[] = [];
    for (const feature of contextFeatures(view, i, document)) {
      const id = index.get(feature);
      if (id !== undefined) ids.push(id);
    }
    let combinations: Combination[] | null = null;
    for (let t = 0; t < TEMPLATE_LAYOUT.length; t++) {
      const { offsets, isShape, limit } = TEMPLATE_LAYOUT[t] as (typeof TEMPLATE_LAYOUT)[number];
      let key = 0;
      let fits = true;
      for (let k = 0; k < offsets.length; k++) {
        const word = at(i + (offsets[k] as number));
        const number = isShape[k] ? word.shapeId : word.normId;
        if (number >= limit) fits = false;
        key = key * limit + number;
      }
      const table = combinationTables[t] as NumberTable;
      let id = fits ? table.get(key) : undefined;
      if (id === undefined) {
        combinations ??= contextCombinations(view, i);
        id = index.get(combinationName(combinations[t] as Combination)) ?? -1;
        if (fits) table.set(key, id);
      }
      if (id >= 0) ids.push(id);
    }
    context.push(Int32Array.from(ids));
  }
  return { partial, context };
}
