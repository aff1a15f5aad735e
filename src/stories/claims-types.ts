// A claim as the stories stage reads it: one value for one slot, stated in one sentence of one article. It is the
// shared `Claim` record (src/model.ts), so claims from any extractor align here.
import type { Claim } from '../model.js';

export type StoryClaim = Claim;
