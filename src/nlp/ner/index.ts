// Named entities of one text: people, organisations, places and other names (nationalities, events, products),
// found by the trained two-pass tagger (see scripts/train-ner.ts) and made consistent over the document.
import type { EntityMention, EntityType, Span } from '../../model.js';
import { tokenize, type Token } from '../tokenize.js';
import { chunksFromBilou, type Chunk } from './conll.js';
import { enforceDocumentConsistency } from './consistency.js';
import { priorTypesFromChunks } from './document.js';
import { priorFeatures, tokenFeatures, viewDocument, viewSentence, type SentenceView } from './features.js';
import { loadNerModel } from './model.js';
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
  const views: SentenceView[] = sentenceWords.map((words) => viewSentence(words, model.clusters));
  const features = views.map((view) => view.words.map((_, i) => tokenFeatures(view, i, document)));
  const decode = (tagger: typeof first, lists: string[][]): Chunk[] =>
    chunksFromBilou(tagger.decode(tagger.featureIds(lists)).map((t) => model.tags[t] as string));
  let tagged = sentenceWords.map((words, s) => ({ words, chunks: decode(first, features[s] as string[][]) }));
  if (second) {
    const priors = priorTypesFromChunks(tagged);
    tagged = sentenceWords.map((words, s) => {
      const lists = (features[s] as string[][]).map((list, i) => [...list, ...priorFeatures(views[s] as SentenceView, i, priors)]);
      return { words, chunks: decode(second, lists) };
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
