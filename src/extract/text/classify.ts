// Labels each block of scraped text: the article's own parts (title, standfirst, body, subheadings), its metadata
// (byline, date, dateline, masthead) and the page furniture around it, with the reason it is furniture.
// Three passes: page-furniture patterns on each block alone; sections (an appeal or form goes on over the blocks
// that follow it); then the article's structure (title, standfirst, subheadings, repeats, trailing leftovers).
// A fourth pass asks a classifier trained on real pages about what the rules left as the story.
import type { BlockLabel, BoilerplateReason } from '../../model.js';
import * as settings from '../../settings.js';
import { blockKey, type TextBlock } from './blocks.js';
import { parseDateStamp } from './dateline.js';
import { measureBlock, sharedWordCount, topicalOverlap, type BlockFeatures } from './features.js';
import * as patterns from './patterns.js';
import { blockFeatureValues, furnitureProbability, loadBlockModel, pageContext, type BlockModel } from './block-model.js';
import { isAgencyName, isAllCaps, outletKey, OUTLET_WORD, splitJoinedName } from './sources.js';

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

/** Reasons whose blocks open a section that the following blocks may belong to. */
const SECTION_REASONS = new Set<BoilerplateReason>([
  'comments',
  'donation or subscription appeal',
  'feedback form',
  'browser or cookie warning',
]);

/** Furniture that closes a page; an advert between paragraphs is not among it. */
const END_FURNITURE = new Set<BoilerplateReason>([
  'related links',
  'navigation',
  'share or text-size widget',
  'copyright footer',
  'donation or subscription appeal',
  'feedback form',
  'comments',
  'author bio',
  'source line',
  'call to action',
]);

/** Text that quotes someone is the story's, wherever it stands. */
const QUOTED = /["“”]/;

/** Sections that close a page: they go on over buttons and counters as well as sentences. */
const TAIL_SECTION_REASONS = new Set<BoilerplateReason>(['donation or subscription appeal', 'feedback form', 'comments']);

/** A sentence boundary inside a line: a lowercase word, a full stop, then a capital. */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u;

/** A person's name on a line of its own: two to four capitalised words. */
const PERSON_LINE = /^\p{Lu}[\p{L}'’.-]+(\s\p{Lu}[\p{L}'’.-]+){1,3}$/u;

const PLACE_LINE = /^\p{Lu}[\p{L}.'’ -]*(,\s*\p{Lu}[\p{L}.'’ -]*){0,2}$/u;
const SUPPORT_OUTLET = /^(please\s+)?support\s+(the\s+)?\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,4}\s*!?$/iu;

function set(block: ClassifiedBlock, label: BlockLabel, reason: BoilerplateReason | null): void {
  block.label = label;
  block.reason = reason;
}

/** First pass: what a block is by its own form, or null when it needs context. */
function furnitureOf(text: string, f: BlockFeatures): { label: BlockLabel; reason: BoilerplateReason } | null {
  const short = f.words <= S.maxWidgetWords;
  const formSized = f.words <= S.maxFormWords;
  const boiler = (reason: BoilerplateReason) => ({ label: 'boilerplate' as const, reason });
  if (parseDateStamp(text)) return { label: 'date', reason: 'date line' };
  if (!f.hasLetters) return patterns.CHARACTER_COUNTER.test(text) ? boiler('feedback form') : boiler('empty or symbol-only');
  if (short && !f.endsLikeSentence && patterns.IMAGE_FILE_NAME.test(text)) return boiler('image file name');
  if (patterns.BYLINE.test(text) && f.words <= 16) return { label: 'byline', reason: 'byline' };
  if (formSized && patterns.REPORTER_CREDIT.test(text)) return { label: 'byline', reason: 'byline' };
  if (short && patterns.BYLINE_WITH_ROLE.test(text)) return { label: 'byline', reason: 'byline' };
  if (formSized && patterns.FOLLOW_US.test(text)) return boiler('call to action');
  if (formSized && patterns.COPYRIGHT_FOOTER.test(text)) return boiler('copyright footer');
  if (short && patterns.COMMENTS_HEADER.test(text)) return boiler('comments');
  if (short && patterns.RELATIVE_STAMP.test(text)) return { label: 'date', reason: 'date line' };
  if (short && patterns.READING_CONTROL.test(text)) return boiler('navigation');
  if (formSized && patterns.READER_CALL.test(text)) return boiler('call to action');
  if (patterns.RELEASE_END.test(text)) return boiler('navigation');
  if (short && patterns.SHARE_OR_TEXT_SIZE.test(text)) return boiler('share or text-size widget');
  if (patterns.SOCIAL_NAMES_ONLY.test(text)) return boiler('share or text-size widget');
  if (formSized && patterns.BROWSER_OR_COOKIE.test(text)) return boiler('browser or cookie warning');
  if (formSized && patterns.FEEDBACK_FORM.test(text)) return boiler('feedback form');
  if (patterns.RELATED_LINKS.test(text) && (short || !f.endsLikeSentence)) return boiler('related links');
  if (short && patterns.ADVERT.test(text)) return boiler('advert');
  if (formSized && patterns.AFFILIATE_DISCLOSURE.test(text)) return boiler('advert');
  if (patterns.MEDIA_TEASER.test(text) && !f.endsLikeSentence) return boiler('related links');
  if (formSized && patterns.TAG_LIST.test(text)) return boiler('navigation');
  if (short && patterns.TAG_HEADER.test(text)) return boiler('navigation');
  if (short && (SUPPORT_OUTLET.test(text) || patterns.PUBLISHER_MESSAGE.test(text))) return boiler('donation or subscription appeal');
  // Appeal words alone are not enough ("donations to food banks fell", a headline): the outlet must address its
  // reader, or the line must read as a button or banner.
  const appealForm = f.voiceWords >= 1 || patterns.APPEAL_START.test(text) || (short && !f.titleLike);
  if (patterns.DONATION_OR_SUBSCRIPTION.test(text) && appealForm) {
    return boiler('donation or subscription appeal');
  }
  if (short && patterns.CALL_TO_ACTION.test(text)) return boiler('call to action');
  if (formSized && patterns.SOURCE_LINE.test(text)) return boiler('source line');
  if (formSized && patterns.PHOTO_CREDIT.test(text)) return { label: 'photo-credit', reason: 'photo credit' };
  if (short && patterns.MENU_LINE.test(text)) return boiler('navigation');
  if (short && patterns.WIDGET_READING.test(text) && !f.endsLikeSentence) return boiler('navigation');
  if (short && patterns.EMAIL_LINE.test(text)) return { label: 'byline', reason: 'byline' };
  if (patterns.CAPTION_WORDING.test(text) || patterns.TRAILING_PHOTO_CREDIT.test(text)) {
    return { label: 'caption', reason: 'photo caption' };
  }
  if (short && patterns.NAVIGATION.test(text) && !f.endsLikeSentence) return boiler('navigation');
  if (short && isAgencyName(text)) return { label: 'byline', reason: 'byline' };
  return null;
}

function articleVocabulary(blocks: ClassifiedBlock[]): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const block of blocks) {
    if (block.label !== 'body') continue;
    for (const word of block.features.contentWords) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  }
  return vocabulary;
}

/** A block that reads as the story itself: long enough, a sentence, in the reporter's voice, on the topic. */
function readsAsStory(block: ClassifiedBlock, vocabulary: Map<string, number>): boolean {
  const f = block.features;
  return (
    f.endsLikeSentence &&
    f.words >= S.minBodyWords &&
    f.voiceWords < S.minVoiceWords &&
    topicalOverlap(f, vocabulary) >= S.minTopicalOverlap
  );
}

/** Second pass: an appeal, form or warning goes on over the following blocks that do not read as the story. */
function extendSections(blocks: ClassifiedBlock[]): void {
  const vocabulary = articleVocabulary(blocks);
  let open: BoilerplateReason | null = null;
  // Sections opened below the story may take more than sentences; above it (a "14 comments" link under the
  // headline, a "Support us!" banner) they take only what reads as their own text.
  let openedBelowStory = false;
  let seenStory = false;
  blocks.forEach((block, i) => {
    // A "Comments" button inside a share bar ("Twitter", "Comments", "Print") links to the thread; it opens nothing.
    const inShareBar = [blocks[i - 1], blocks[i + 1]].some((n) => n?.reason === 'share or text-size widget');
    if (block.reason === 'comments' && inShareBar && block.features.words <= 2) {
      open = null;
      return;
    }
    if (block.reason !== null && SECTION_REASONS.has(block.reason as BoilerplateReason)) {
      open = block.reason as BoilerplateReason;
      openedBelowStory = seenStory;
      return;
    }
    if (block.label === 'body' && readsAsStory(block, vocabulary)) seenStory = true;
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
function extendLinkLists(blocks: ClassifiedBlock[]): void {
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

function isBodyCandidate(block: ClassifiedBlock): boolean {
  return block.label === 'body' && block.features.endsLikeSentence && block.features.words >= S.minBodyWords;
}

/** Mastheads: the outlet's name on a line of its own near the top ("TheJakartaPost", "Jakarta Post"). */
function labelMastheads(blocks: ClassifiedBlock[], firstBody: number): void {
  const seenKeys = new Map<string, number>();
  for (const block of blocks.slice(0, firstBody)) {
    if (block.label === 'body' && block.features.words <= S.maxMastheadWords && !block.features.endsLikeSentence) {
      const key = outletKey(block.text);
      seenKeys.set(key, (seenKeys.get(key) ?? 0) + 1);
    }
  }
  for (const block of blocks.slice(0, firstBody)) {
    const maxWords = isAllCaps(block.text) ? S.maxMastheadWords + 3 : S.maxMastheadWords;
    if (block.label !== 'body' || block.features.words > maxWords || block.features.endsLikeSentence) continue;
    const joined = splitJoinedName(block.text) !== block.text;
    // A section label repeated in menus ("Health") is not a masthead; an outlet's name shown twice is.
    const repeated = (seenKeys.get(outletKey(block.text)) ?? 0) >= 2 && (block.features.words >= 2 || OUTLET_WORD.test(block.text));
    const nearTop = block.index <= 2;
    // Outlet-like names anywhere above the story ("The Caledon Standard" after "Print subscriptions").
    const outletLike = OUTLET_WORD.test(block.text) && block.features.words >= 2 && block.features.words <= 4 && !block.features.titleLike;
    if (joined || repeated || outletLike || (nearTop && (OUTLET_WORD.test(block.text) || isAllCaps(block.text)))) {
      set(block, 'masthead', 'masthead');
    }
  }
}

/**
 * The title: among title-like lines above the story, the one whose words the story itself uses most (menus,
 * banners and teasers share few words with the article); ties go to the line nearer the story.
 */
function chooseTitle(blocks: ClassifiedBlock[], firstBody: number): number {
  const vocabulary = articleVocabulary(blocks.filter((b) => isBodyCandidate(b)));
  let best = -1;
  let bestScore = -1;
  for (let i = 0; i < Math.min(firstBody, blocks.length); i++) {
    const block = blocks[i]!;
    if (block.label !== 'body' || !block.features.titleLike || isAllCaps(block.text)) continue;
    // A full stop inside ("... were cancelled. MPA/Name") marks a caption, not a headline.
    if (SENTENCE_INSIDE.test(block.text)) continue;
    const shared = sharedWordCount(block.features, vocabulary, false);
    const needed = Math.min(S.minTitleSharedWords, block.features.contentWords.length);
    if (shared < needed || shared / Math.max(1, block.features.contentWords.length) < S.minTitleOverlap) continue;
    // More shared words wins: a headline names the story's subject, a dateline only its place.
    const score = shared + block.features.words * 0.01;
    if (score >= bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** A press release ends at its end marker ("###"); what follows is contacts and the "About" boilerplate. */
function labelReleaseEnd(blocks: ClassifiedBlock[]): void {
  const end = blocks.findIndex((b) => patterns.RELEASE_END.test(b.text));
  if (end < 0) return;
  for (const block of blocks.slice(end + 1)) if (block.label === 'body' || block.label === 'subheading') set(block, 'boilerplate', 'navigation');
  // "About the Authority" and its paragraph just before the marker belong to the release's boilerplate too.
  const about = blocks.findIndex((b, i) => i < end && b.label === 'body' && patterns.ABOUT_HEADING.test(b.text) && !b.features.endsLikeSentence);
  if (about < 0) return;
  for (const block of blocks.slice(about, end)) if (block.label === 'body') set(block, 'boilerplate', 'navigation');
}

/** Third pass: title, standfirst, datelines, repeats and leftovers, from the article's structure. */
function labelStructure(blocks: ClassifiedBlock[], corpus: CorpusBlockStats | undefined): void {
  let firstBody = blocks.findIndex(isBodyCandidate);
  if (firstBody < 0) firstBody = blocks.length;

  // Breadcrumbs repeat the title after section names; mastheads repeat the outlet's name.
  labelMastheads(blocks, firstBody);
  // A name on its own line over a role, an e-mail or the date stamp ("Fiona Mabry" / "Health correspondent").
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1]!;
    const nextIsCredit =
      (next.label === 'byline' && (patterns.BYLINE_WITH_ROLE.test(next.text) || patterns.EMAIL_LINE.test(next.text))) ||
      (next.label === 'date' && i < firstBody);
    if (block.label === 'body' && PERSON_LINE.test(block.text) && !OUTLET_WORD.test(block.text) && nextIsCredit) {
      set(block, 'byline', 'byline');
    }
  }

  // A short capitalised place line next to an agency credit or date stamp is the dateline ("Moscow, Russia").
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.label !== 'body' || block.features.words > 5 || !PLACE_LINE.test(block.text)) continue;
    const neighbours = [blocks[i - 1], blocks[i + 1]];
    if (!neighbours.some((n) => n && (n.label === 'date' || n.label === 'byline'))) continue;
    // An outlet's name beside the date is the agency the story comes from ("Meridian Wire"), not a place.
    if (OUTLET_WORD.test(block.text)) set(block, 'byline', 'byline');
    else set(block, 'dateline', 'dateline');
  }

  const titleIndex = chooseTitle(blocks, firstBody);
  if (titleIndex >= 0) {
    const title = blocks[titleIndex]!;
    set(title, 'title', 'title');
    const titleKey = blockKey(title.text);
    for (const block of blocks) {
      if (block === title) continue;
      const key = blockKey(block.text);
      if (key === titleKey && block.label === 'body') set(block, 'boilerplate', 'title');
      else if (block.index < titleIndex && key.endsWith(titleKey) && block.label === 'body') set(block, 'boilerplate', 'navigation');
    }
  }

  // A block repeated later is a standfirst or pull quote shown twice: keep the later, in-body copy.
  const lastIndexOfKey = new Map<string, number>();
  blocks.forEach((b, i) => lastIndexOfKey.set(blockKey(b.text), i));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.label === 'body' && (lastIndexOfKey.get(blockKey(block.text)) ?? i) > i) set(block, 'boilerplate', 'repeated standfirst');
  }

  // Short furniture shared with other documents of the corpus ("Remind me later", a section name).
  if (corpus) {
    for (const block of blocks) {
      if (block.label !== 'body') continue;
      const documents = corpus.documentsWithBlock.get(blockKey(block.text)) ?? 0;
      const furnitureLike = block.features.words <= S.maxRepeatedBlockWords || block.features.voiceWords >= S.minVoiceWords;
      if (documents >= S.minRepeatedDocuments && furnitureLike && !isBodyCandidate(block)) set(block, 'boilerplate', 'repeated across documents');
    }
  }

  // A pull quote repeats words of the story with its speaker; the story keeps them, the quote box goes.
  const allText = blocks.map((b) => b.text).join('\n');
  for (const block of blocks) {
    const quoted = block.label === 'body' || block.label === 'subheading' ? patterns.PULL_QUOTE.exec(block.text)?.[1] : undefined;
    if (quoted && allText.split(quoted.slice(0, 40)).length > 2) set(block, 'boilerplate', 'pull quote');
  }

  // A writer's biography closing the page reads like prose; peel such blocks off the end of the story.
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.label !== 'body') continue;
    if (!isBodyCandidate(block) && !block.features.endsLikeSentence) continue;
    if (block.features.words > S.maxFormWords * 2 || !patterns.AUTHOR_BIO.test(block.text)) break;
    set(block, 'boilerplate', 'author bio');
    // The writer's name as a heading over the biography ("JANE DOE").
    const heading = blocks[i - 1];
    if (heading?.label === 'body' && !heading.features.endsLikeSentence && heading.features.words <= S.maxMastheadWords) {
      set(heading, 'boilerplate', 'author bio');
    }
  }

  // The standfirst: the first prose block after the title when page furniture separates it from the body.
  const bodyIndices = blocks.map((b, i) => (isBodyCandidate(b) ? i : -1)).filter((i) => i >= 0);
  const [first, second] = bodyIndices;
  if (first !== undefined && second !== undefined && titleIndex >= 0 && first > titleIndex) {
    const between = blocks.slice(first + 1, second);
    if (between.length > 0 && between.every((b) => b.label !== 'body')) set(blocks[first]!, 'standfirst', null);
  }

  // Below the story's last on-topic paragraph, once end-of-page furniture has begun, prose far off the topic is
  // page text too ("All quotes delayed 15 minutes", a second line of the writer's biography).
  const vocabulary = articleVocabulary(blocks);
  let storyEnd = -1;
  blocks.forEach((b, i) => {
    if ((b.label === 'body' || b.label === 'standfirst') && readsAsStory(b, vocabulary)) storyEnd = i;
  });
  // With no paragraph that reads as the story there is no end to find.
  let furnitureBegun = storyEnd < 0;
  for (const block of blocks.slice(storyEnd + 1)) {
    if (block.reason !== null && END_FURNITURE.has(block.reason as BoilerplateReason)) furnitureBegun = true;
    if (storyEnd >= 0 && furnitureBegun && block.label === 'body' && !QUOTED.test(block.text) && topicalOverlap(block.features, vocabulary) < S.maxSwallowedOverlap) {
      set(block, 'boilerplate', 'navigation');
    }
  }

  // Leftovers after the last paragraph of prose (tag lists, "Read more" links) and short unpunctuated lines in
  // the body (subheadings).
  const remainingBody = blocks.map((b, i) => (isBodyCandidate(b) ? i : -1)).filter((i) => i >= 0);
  const lastBody = remainingBody[remainingBody.length - 1] ?? -1;
  for (const block of blocks) {
    if (block.label !== 'body' || isBodyCandidate(block)) continue;
    if (block.index > lastBody) set(block, 'boilerplate', 'navigation');
    else if (block.index < (bodyIndices[0] ?? 0)) set(block, 'boilerplate', 'navigation');
    else if (!block.features.endsLikeSentence) set(block, 'subheading', null);
  }
}

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
  const vocabulary = articleVocabulary(blocks);
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
