// What the classification passes share: the labelled block, the corpus statistics, and the tests of whether a
// block reads as the story that several passes ask.
import type { BlockLabel, BoilerplateReason } from '../../model.js';
import * as settings from '../../settings.js';
import type { TextBlock } from './blocks.js';
import { topicalOverlap, type BlockFeatures } from './features.js';

export interface ClassifiedBlock extends TextBlock {
  label: BlockLabel;
  reason: BoilerplateReason | null;
  features: BlockFeatures;
}

/** What the whole corpus says about blocks: how many documents each block key appears in. */
export interface CorpusBlockStats {
  documentsWithBlock: Map<string, number>;
}

const S = settings.textExtraction;

/** Text that quotes someone is the story's, wherever it stands. */
export const QUOTED = /["“”]/;

export function set(block: ClassifiedBlock, label: BlockLabel, reason: BoilerplateReason | null): void {
  block.label = label;
  block.reason = reason;
}

/** Content-word counts over the blocks still labelled body: the article's topic. */
export function articleVocabulary(blocks: ClassifiedBlock[]): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const block of blocks) {
    if (block.label !== 'body') continue;
    for (const word of block.features.contentWords) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  }
  return vocabulary;
}

/** A block that reads as the story itself: long enough, a sentence, in the reporter's voice, on the topic. */
export function readsAsStory(block: ClassifiedBlock, vocabulary: Map<string, number>): boolean {
  const f = block.features;
  return (
    f.endsLikeSentence &&
    f.words >= S.minBodyWords &&
    f.voiceWords < S.minVoiceWords &&
    topicalOverlap(f, vocabulary) >= S.minTopicalOverlap
  );
}

/** A paragraph of prose: body, a sentence, and long enough. */
export function isBodyCandidate(block: ClassifiedBlock): boolean {
  return block.label === 'body' && block.features.endsLikeSentence && block.features.words >= S.minBodyWords;
}
