// NLP stage: sentences, entities, temporal expressions and quotes of one text, with offsets into that text.
// Sentences, entities and quotes are still empty (issues 4 and 6); temporal expressions are tagged.
import type { TextAnnotations } from '../model.js';
import { tagTimexes } from './time/index.js';

export interface NlpOptions {
  id: string;
  /** Anchor for relative dates ("on Monday"), usually the article's publication date; `YYYY-MM-DD`. */
  referenceDate?: string | null;
}

/** True while this stage is a placeholder; `--help` says so. */
export const NLP_IS_STUB = true;

export function annotateText(text: string, options: NlpOptions): TextAnnotations {
  return { id: options.id, sentences: [], entities: [], timexes: tagTimexes(text, options.referenceDate ?? null), quotes: [] };
}
