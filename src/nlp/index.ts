// NLP stage: sentences, entities, temporal expressions and quotes of one text, with offsets into that text.
// Layers are computed in order; each may read the ones before it (quotes need sentences and entities).
import type { TextAnnotations } from '../model.js';
import { recognizeEntities } from './ner/index.js';
import { findQuotes } from './quotes.js';
import { splitSentences } from './sentences.js';
import { tagTimexes } from './time/index.js';
import { tokenize } from './tokenize.js';

export interface NlpOptions {
  id: string;
  /** Anchor for relative dates ("on Monday"), usually the article's publication date; `YYYY-MM-DD`. */
  referenceDate?: string | null;
}

export function annotateText(text: string, options: NlpOptions): TextAnnotations {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const entities = recognizeEntities(text, sentences, tokens);
  const timexes = tagTimexes(text, options.referenceDate ?? null);
  const quotes = findQuotes(text, sentences, entities);
  return { id: options.id, sentences, entities, timexes, quotes };
}

export { tokenize, type Token } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { recognizeEntities } from './ner/index.js';
export { buildEntityProfiles } from './profiles.js';
