// NLP stage: sentences, entities, temporal expressions and quotes of one text, with offsets into that text.
// Sentences and entities are still empty (issue 4); temporal expressions and quotes are found.
import type { EntityMention, Span, TextAnnotations } from '../model.js';
import { findQuotes } from './quotes.js';
import { tagTimexes } from './time/index.js';

export interface NlpOptions {
  id: string;
  /** Anchor for relative dates ("on Monday"), usually the article's publication date; `YYYY-MM-DD`. */
  referenceDate?: string | null;
}

/** True while this stage is a placeholder; `--help` says so. */
export const NLP_IS_STUB = true;

export function annotateText(text: string, options: NlpOptions): TextAnnotations {
  const sentences: Span[] = [];
  const entities: EntityMention[] = [];
  const timexes = tagTimexes(text, options.referenceDate ?? null);
  const quotes = findQuotes(text, sentences, entities);
  return { id: options.id, sentences, entities, timexes, quotes };
}
