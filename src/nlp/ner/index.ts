// Named entities of one text: people, organisations, places and other names (nationalities, events, products),
// found by the trained two-pass tagger (see scripts/train-ner.ts) and made consistent over the document.
import type { EntityType, EntityMention, Span } from '../../model.js';
import { nlp as settings } from '../../settings.js';
import { tokenize, type Token } from '../tokenize.js';
import { chunksFromBilou, type Chunk } from './conll.js';
import { enforceDocumentConsistency } from './consistency.js';
import { priorTypesFromChunks } from './document.js';
import {
  contextFeatures,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  priorFeatures,
  selfFeatures,
  viewDocument,
  viewSentence,
  wordAt,
  type DocumentView,
  type SentenceView,
} from './features.js';
import { loadNerModel, type NerModel } from './model.js';
import type { LinearChainTagger } from './tagger.js';
import { assignCanonicalNames, type TokenizedMention } from './resolve.js';

const TYPE_NAMES: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'misc' };

/** The training data writes quotes and apostrophes in ASCII; so does the tagger's view of the words. */
function modelForm(word: string): string {
  return word.replace(/[’‘`]/g, "'").replace(/[“”«»]/g, '"').replace(/[—–]/g, '--');
}

/** Tokens of each sentence; tokens outside every sentence are left out. */
function tokensBySentence(tokens: readonly Token[], sentences: readonly Span[]): Token[][] {
  const grouped: Token[][] = [];
  let k = 0;
  for (const sentence of sentences) {
    while (k < tokens.length && (tokens[k] as Token).start < sentence.start) k++;
    const group: Token[] = [];
    while (k < tokens.length && (tokens[k] as Token).end <= sentence.end) group.push(tokens[k++] as Token);
    if (group.length > 0) grouped.push(group);
  }
  return grouped;
}

export interface TaggedSentence {
  words: string[];
  chunks: Chunk[];
}

/** Feature ids of a word by itself and as each neighbour, cached per word: most words recur, so most tokens
 * need only their few context features looked up. */
interface WordIds {
  self: Int32Array;
  /** Ids as the neighbour at offsets -2, -1, +1, +2 (NEIGHBOUR_OFFSETS order). */
  around: Int32Array[];
}

const wordCache = new Map<string, WordIds>();
let cachedFor: NerModel | null = null;

function idsOf(index: ReadonlyMap<string, number>, features: readonly string[]): Int32Array {
  const ids: number[] = [];
  for (const feature of features) {
    const id = index.get(feature);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

function wordIds(model: NerModel, key: string, word: string, at: ReturnType<typeof wordAt>, band: string): WordIds {
  if (cachedFor !== model || wordCache.size > settings.wordCacheLimit) {
    wordCache.clear();
    cachedFor = model;
  }
  let ids = wordCache.get(key);
  if (!ids) {
    const index = (model.passes[0] as LinearChainTagger).featureIndex;
    ids = {
      self: idsOf(index, selfFeatures(word, at.norm, at.shape, at.cluster, band)),
      around: NEIGHBOUR_OFFSETS.map((offset) => idsOf(index, neighbourFeatures(offset, at.norm, at.shape, at.cluster))),
    };
    wordCache.set(key, ids);
  }
  return ids;
}

/** The ids of all features of every token of a sentence, as tokenFeatures lists them (in another order). */
function sentenceIds(model: NerModel, view: SentenceView, document: DocumentView): Int32Array[] {
  const index = (model.passes[0] as LinearChainTagger).featureIndex;
  const n = view.words.length;
  const words = Array.from({ length: n }, (_, j) =>
    wordIds(model, view.words[j] as string, view.words[j] as string, wordAt(view, j), view.bands[j] as string),
  );
  const boundary = (j: number): WordIds => wordIds(model, j < 0 ? '\u0000<s>' : '\u0000</s>', '', wordAt(view, j), '');
  return view.words.map((_, i) => {
    const parts: Int32Array[] = [(words[i] as WordIds).self];
    NEIGHBOUR_OFFSETS.forEach((offset, k) => {
      const j = i + offset;
      parts.push((j >= 0 && j < n ? (words[j] as WordIds) : boundary(j)).around[k] as Int32Array);
    });
    parts.push(idsOf(index, contextFeatures(view, i, document)));
    let length = 0;
    for (const part of parts) length += part.length;
    const all = new Int32Array(length);
    let offset = 0;
    for (const part of parts) {
      all.set(part, offset);
      offset += part.length;
    }
    return all;
  });
}

/** Entity chunks (token ranges with CoNLL types PER/ORG/LOC/MISC) of each sentence of one document. */
export function tagDocument(sentenceWords: readonly string[][]): TaggedSentence[] {
  const model = loadNerModel();
  const [first, second] = model.passes;
  if (!first) return sentenceWords.map((words) => ({ words, chunks: [] }));
  const document = viewDocument(sentenceWords);
  const views: SentenceView[] = sentenceWords.map((words) => viewSentence(words, model.lexicon));
  const ids = views.map((view) => sentenceIds(model, view, document));
  const decode = (tagger: LinearChainTagger, sentence: Int32Array[]): Chunk[] =>
    chunksFromBilou(tagger.decode(sentence).map((t) => model.tags[t] as string));
  let tagged = sentenceWords.map((words, s) => ({ words, chunks: decode(first, ids[s] as Int32Array[]) }));
  if (second) {
    const priors = priorTypesFromChunks(tagged);
    tagged = sentenceWords.map((words, s) => {
      const view = views[s] as SentenceView;
      const withPriors = (ids[s] as Int32Array[]).map((list, i) => {
        const extra = idsOf(first.featureIndex, priorFeatures(view, i, priors));
        const all = new Int32Array(list.length + extra.length);
        all.set(list);
        all.set(extra, list.length);
        return all;
      });
      return { words, chunks: decode(second, withPriors) };
    });
  }
  return enforceDocumentConsistency(tagged);
}

/**
 * Entity mentions of `text`, with offsets into it, in text order. `sentences` come from splitSentences; pass the
 * tokens too when they are already computed (they must be a tokenisation of `text`).
 */
export function recognizeEntities(text: string, sentences: Span[], tokens: Token[] = tokenize(text)): EntityMention[] {
  const groups = tokensBySentence(tokens, sentences);
  const tagged = tagDocument(groups.map((group) => group.map((token) => modelForm(token.text))));
  const found: TokenizedMention[] = [];
  tagged.forEach(({ chunks }, s) => {
    const group = groups[s] as Token[];
    for (const chunk of chunks) {
      const covered = group.slice(chunk.start, chunk.end);
      found.push({ tokens: covered, type: TYPE_NAMES[chunk.type] ?? 'misc' });
    }
  });
  return assignCanonicalNames(text, found);
}
