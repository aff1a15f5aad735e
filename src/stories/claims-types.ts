// A claim as the stories stage reads it: one value for one slot, stated in one sentence of one article.
// Compatible with the `Claim` the claims extractor (issue 6) adds to src/model.ts; the lead unifies the two.
import type { Span } from '../model.js';

export interface StoryClaim {
  /** What the value is about: `agreement duration`, `death toll`, `deal value`, `people on board`... */
  slot: string;
  /** The value as written: "five-year", "$1.8 billion", "12". */
  value: string;
  /** Normalised value: `P5Y`, `1800000000 USD`, `12`. */
  normalized: string;
  unit?: string;
  sentence: Span;
  /** The evidence phrase or sentence from the article. */
  evidence: string;
  attributedTo: string | null;
  /** Who or what the slot belongs to, when the extractor knows ("the ferry", "the copper deal"). */
  subject?: string | null;
}
