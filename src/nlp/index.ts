// NLP stage: sentences, entities, temporal expressions and quotes of one text, with offsets into that text.
// Sentences and entities are implemented (issue 4); temporal expressions and quotes are still empty (issue 5 and
// the quotes helper provide `tagTimexes` and `findQuotes`).
import type { TextAnnotations } from '../model.js';
import { recognizeEntities } from './ner/index.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export interface NlpOptions {
  id: string;
  /** Anchor for relative dates ("on Monday"), usually the article's publication date; `YYYY-MM-DD`. */
  referenceDate?: string | null;
}

export type NlpLayer = 'sentences' | 'entities' | 'timexes' | 'quotes';

/** The layers this stage fills today; the others come back empty. `--help` can say so. */
export const NLP_IMPLEMENTED_LAYERS: readonly NlpLayer[] = ['sentences', 'entities'];

/** True while any layer is still a placeholder. */
export const NLP_IS_STUB = NLP_IMPLEMENTED_LAYERS.length < 4;

export function annotateText(text: string, options: NlpOptions): TextAnnotations {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const entities = recognizeEntities(text, sentences, tokens);
  return { id: options.id, sentences, entities, timexes: [], quotes: [] };
}

export { tokenize, type Token } from './tokenize.js';
export { splitSentences } from './sentences.js';
export { recognizeEntities } from './ner/index.js';
