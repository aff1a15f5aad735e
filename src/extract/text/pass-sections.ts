// Second pass: sections. An appeal, form, warning or comment thread goes on over the blocks that follow it, and a
// bare "Also read" or "Sponsored" marker takes the headlines listed under it.
import type { BoilerplateReason } from '../../model.js';
import * as settings from '../../settings.js';
import { topicalOverlap } from './features.js';
import * as patterns from './patterns.js';
import { articleVocabulary, readsAsStory, set, type ClassifiedBlock } from './classified.js';

const S = settings.textExtraction;

/** Reasons whose blocks open a section that the following blocks may belong to. */
const SECTION_REASONS = new Set<BoilerplateReason>([
  'comments',
  'donation or subscription appeal',
  'feedback form',
  'browser or cookie warning',
]);


/** Sections that close a page: they go on over buttons and counters as well as sentences. */
const TAIL_SECTION_REASONS = new Set<BoilerplateReason>(['donation or subscription appeal', 'feedback form', 'comments']);

/** Second pass: an appeal, form or warning goes on over the following blocks that do not read as the story. */
export function extendSections(blocks: ClassifiedBlock[]): void {
  const vocabulary = articleVocabulary(blocks);
  let open: BoilerplateReason | null = null;
  // Sections opened below the story may take more than sentences; above it (a "14 comments" link under the
  // headline, a "Support us!" banner) they take only what reads as their own text.
  let openedBelowStory = false;
  // A standfirst alone above a comment-count link ("44 comments" under the byline) is not yet the story.
  let storyParagraphs = 0;
  blocks.forEach((block, i) => {
    // A "Comments" button inside a share bar ("Twitter", "Comments", "Print") links to the thread; it opens nothing.
    const inShareBar = [blocks[i - 1], blocks[i + 1]].some((n) => n?.reason === 'share or text-size widget');
    if (block.reason === 'comments' && inShareBar && block.features.words <= 2) {
      open = null;
      return;
    }
    if (block.reason !== null && SECTION_REASONS.has(block.reason as BoilerplateReason)) {
      open = block.reason as BoilerplateReason;
      // A comment count links to the thread from under the byline; a thread itself follows the story's paragraphs.
      openedBelowStory = storyParagraphs >= (block.reason === 'comments' ? S.minStoryParagraphsAboveThread : 1);
      return;
    }
    if (block.label === 'body' && readsAsStory(block, vocabulary)) storyParagraphs++;
    if (open === null) return;
    const f = block.features;
    const tailSection = openedBelowStory && TAIL_SECTION_REASONS.has(open);
    if (open === 'comments' && tailSection) {
      // A comment thread is readers' prose, with names and date stamps: all of it goes.
      if (f.words <= S.maxSectionBlockWords) set(block, 'boilerplate', 'comments');
      else open = null;
      return;
    }
    if (open === 'comments') {
      open = null;
      return;
    }
    // Sections take the sentences that follow them; appeals and forms below the story also take their short
    // buttons ("Thank You", "Maybe later"). Above the story a short line after them may be the title.
    const fits = f.endsLikeSentence || (tailSection && f.words <= S.maxWidgetWords);
    // A long paragraph in the reporter's voice ends the section even when it is off the article's main topic.
    const outletVoice = f.voiceWords >= 1;
    const swallow = outletVoice
      ? f.words <= S.maxSectionBlockWords
      : f.words < S.maxSwallowedProseWords && topicalOverlap(f, vocabulary) < S.maxSwallowedOverlap;
    if (block.label === 'body' && fits && swallow) {
      set(block, 'boilerplate', open);
    } else if (block.label !== 'boilerplate') {
      open = null;
    }
  });
}

/** Headlines listed after a bare "Also read" or "Sponsored" marker are related links or adverts too. */
export function extendLinkLists(blocks: ClassifiedBlock[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const marker = blocks[i]!;
    const sponsored = marker.reason === 'advert' && patterns.SPONSORED_MARKER.test(marker.text);
    if (patterns.TAG_HEADER.test(marker.text)) {
      // Topic links are one or a few words each: "Council", "Gardens", "Right to repair".
      for (let j = i + 1; j < blocks.length && blocks[j]!.label === 'body' && blocks[j]!.features.words <= 4 && !blocks[j]!.features.endsLikeSentence; j++) {
        set(blocks[j]!, 'boilerplate', 'navigation');
      }
      continue;
    }
    const bare = marker.text.replace(patterns.RELATED_LINKS, '').replace(patterns.SPONSORED_MARKER, '').trim() === '';
    if ((marker.reason !== 'related links' && !sponsored) || !bare) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.label !== 'body' || !next.features.titleLike || next.features.words < S.minRelatedHeadlineWords) break;
      set(next, 'boilerplate', marker.reason);
    }
  }
}
