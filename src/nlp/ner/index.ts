// Named entities of one text: people, organisations, places and other names (nationalities, events, products),
// found by the trained two-pass tagger (see scripts/train-ner.ts) and made consistent over the document.
import type { EntityType, EntityMention, Span } from '../../model.js';
import { tokenize, type Token } from '../tokenize.js';
import { chunksFromBilou, type Chunk } from './conll.js';
import { enforceDocumentConsistency } from './consistency.js';
import { priorTypesFromChunks } from './document.js';
import { priorFeatures, viewDocument, viewSentence, type SentenceView } from './features.js';
import { loadNerModel } from './model.js';
import { idsOf, sentenceInputs, type SentenceInputs } from './scoring.js';
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

/** Entity chunks (token ranges with CoNLL types PER/ORG/LOC/MISC) of each sentence of one document. */
export function tagDocument(sentenceWords: readonly string[][]): TaggedSentence[] {
  const model = loadNerModel();
  const [first, second] = model.passes;
  if (!first) return sentenceWords.map((words) => ({ words, chunks: [] }));
  const document = viewDocument(sentenceWords);
  const views: SentenceView[] = sentenceWords.map((words) => viewSentence(words, model.lexicon));
  const inputs = views.map((view) => sentenceInputs(model, view, document));
  const decode = (pass: number, context: Int32Array[], partial: Float64Array): Chunk[] => {
    const tagger = model.passes[pass] as LinearChainTagger;
    return chunksFromBilou(tagger.decode(context, undefined, undefined, partial).map((t) => model.tags[t] as string));
  };
  let tagged = sentenceWords.map((words, s) => {
    const input = inputs[s] as SentenceInputs;
    return { words, chunks: decode(0, input.context, input.partial[0] as Float64Array) };
  });
  if (second) {
    const priors = priorTypesFromChunks(tagged);
    tagged = sentenceWords.map((words, s) => {
      const view = views[s] as SentenceView;
      const input = inputs[s] as SentenceInputs;
      // With nothing from the rest of the document to go on, the second pass would only repeat the first.
      if (!words.some((word) => priors.has(word))) return tagged[s] as TaggedSentence;
      const withPriors = input.context.map((list, i) => {
        const extra = idsOf(first.featureIndex, priorFeatures(view, i, priors));
        const all = new Int32Array(list.length + extra.length);
        all.set(list);
        all.set(extra, list.length);
        return all;
      });
      return { words, chunks: decode(1, withPriors, input.partial[1] as Float64Array) };
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
