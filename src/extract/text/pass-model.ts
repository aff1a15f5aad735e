// Fourth pass: the trained block classifier (block-model.ts) asked about what the hand rules left as the story.
import * as settings from '../../settings.js';
import { blockFeatureValues, furnitureProbability, pageContext, type BlockModel } from './block-model.js';
import { QUOTED, readsAsStory, set, type ClassifiedBlock } from './classified.js';

/** How the fourth pass trusts the model; the defaults come from settings.blockClassifier. */
export interface PredictionOptions {
  threshold?: number;
  /** Keep every sentence in the reporter's voice that stands inside the story's span of prose. */
  protectStorySentences?: boolean;
}

/**
 * Fourth pass: a block the rules left as the story becomes furniture when the trained model is confident it is, and
 * the block does not read as the story: no quotation, not a long paragraph in the reporter's voice, not an
 * on-topic paragraph, not a reporter's sentence amid the story's paragraphs.
 */
export function labelPredictedFurniture(blocks: ClassifiedBlock[], model: BlockModel, options: PredictionOptions = {}): void {
  const C = settings.blockClassifier;
  const threshold = options.threshold ?? C.minFurnitureProbability;
  const protectStorySentences = options.protectStorySentences ?? C.protectStorySentences;
  const context = pageContext(blocks);
  // The page context holds the article's vocabulary already (content words of the blocks still labelled body).
  const vocabulary = context.vocabulary;
  const verdicts = blocks.map((block, i) => {
    if (block.label !== 'body' && block.label !== 'subheading') return false;
    if (QUOTED.test(block.text) || readsAsStory(block, vocabulary)) return false;
    const f = block.features;
    const reporterSentence = f.endsLikeSentence && f.voiceWords === 0;
    if (reporterSentence && f.words >= C.maxReporterProseWords) return false;
    const storySpan = i >= context.storyStart && i <= context.storyEnd;
    if (protectStorySentences && reporterSentence && storySpan) return false;
    return furnitureProbability(model, blockFeatureValues(blocks, i, context)) >= threshold;
  });
  // Decided on the rules' labels alone, then applied, so that one relabelled block does not sway its neighbours.
  verdicts.forEach((furniture, i) => furniture && set(blocks[i]!, 'boilerplate', 'predicted furniture'));
}
