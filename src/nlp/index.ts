// NLP stage: sentences, entities, temporal expressions and quotes of one text, with offsets into that text.
// STUB until issues 4 (entities) and 5 (time) land: returns empty layers.
import type { TextAnnotations } from '../model.js';

export interface NlpOptions {
  id: string;
  /** Anchor for relative dates ("on Monday"), usually the article's publication date; `YYYY-MM-DD`. */
  referenceDate?: string | null;
}

/** True while this stage is a placeholder; `--help` says so. */
export const NLP_IS_STUB = true;

export function annotateText(text: string, options: NlpOptions): TextAnnotations {
  void text;
  return { id: options.id, sentences: [], entities: [], timexes: [], quotes: [] };
}
