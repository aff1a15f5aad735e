// Labels each block of scraped text: the article's own parts (title, standfirst, body, subheadings), its metadata
// (byline, date, dateline, masthead) and the page furniture around it, with the reason it is furniture.
// Three passes: page-furniture patterns on each block alone; sections (an appeal or form goes on over the blocks
// that follow it); then the article's structure (title, standfirst, subheadings, repeats, trailing leftovers).
// A fourth pass asks a classifier trained on real pages about what the rules left as the story.
// Each pass has its own file: pass-furniture.ts, pass-sections.ts, pass-structure.ts, pass-model.ts.
import type { TextBlock } from './blocks.js';
import { blockKey } from './blocks.js';
import { measureBlock } from './features.js';
import { loadBlockModel } from './block-model.js';
import type { ClassifiedBlock, CorpusBlockStats } from './classified.js';
import { furnitureOf } from './pass-furniture.js';
import { extendLinkLists, extendSections } from './pass-sections.js';
import { labelReleaseEnd, labelStructure } from './pass-structure.js';
import { labelPredictedFurniture } from './pass-model.js';

export type { ClassifiedBlock, CorpusBlockStats };
export { labelPredictedFurniture };
export type { PredictionOptions } from './pass-model.js';

/** Counts, over a corpus, the documents each block appears in (each document counted once per block). */
export function corpusBlockStats(documents: TextBlock[][]): CorpusBlockStats {
  const documentsWithBlock = new Map<string, number>();
  for (const blocks of documents) {
    for (const key of new Set(blocks.map((b) => blockKey(b.text)))) {
      documentsWithBlock.set(key, (documentsWithBlock.get(key) ?? 0) + 1);
    }
  }
  return { documentsWithBlock };
}

/** The three hand-written passes only (the model's training input). */
export function classifyByRules(blocks: TextBlock[], corpus?: CorpusBlockStats): ClassifiedBlock[] {
  const classified: ClassifiedBlock[] = blocks.map((block) => {
    const features = measureBlock(block.text);
    const furniture = furnitureOf(block.text, features);
    return { ...block, features, label: furniture?.label ?? 'body', reason: furniture?.reason ?? null };
  });
  extendLinkLists(classified);
  extendSections(classified);
  labelReleaseEnd(classified);
  labelStructure(classified, corpus);
  return classified;
}

export function classifyBlocks(blocks: TextBlock[], corpus?: CorpusBlockStats): ClassifiedBlock[] {
  const classified = classifyByRules(blocks, corpus);
  const model = loadBlockModel();
  if (model) labelPredictedFurniture(classified, model);
  return classified;
}
