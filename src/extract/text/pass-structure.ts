// Third pass: the article's structure. Mastheads, bylines and datelines by their neighbours, the title, repeats,
// pull quotes, a closing biography, the standfirst, and the leftovers above and below the story's prose.
import type { BoilerplateReason } from '../../model.js';
import * as settings from '../../settings.js';
import { blockKey } from './blocks.js';
import { sharedWordCount, topicalOverlap } from './features.js';
import * as patterns from './patterns.js';
import { isAllCaps, outletKey, OUTLET_WORD, splitJoinedName } from './sources.js';
import { articleVocabulary, isBodyCandidate, QUOTED, readsAsStory, set, type ClassifiedBlock, type CorpusBlockStats } from './classified.js';

const S = settings.textExtraction;

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

/** A sentence boundary inside a line: a lowercase word, a full stop, then a capital. */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]["”’]?\s+\p{Lu}/u;

/** A place on a line of its own: "Moscow", "Port of Spain" or "Yangon, Myanmar"; every name word capitalised. */
const PLACE_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s(?:(?:of|on|upon|de|del|la|le|am|an|der|sur|en|al|el)\s)?\p{Lu}[\p{L}.'’-]*)*`;
const PLACE_LINE = new RegExp(`^${PLACE_NAME}(?:,\\s*${PLACE_NAME}){0,2}$`, 'u');

/** A person's name on a line of its own: two to four capitalised words. */
const PERSON_LINE = /^\p{Lu}[\p{L}'’.-]+(\s\p{Lu}[\p{L}'’.-]+){1,3}$/u;


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

/** Whether the line at `index` is in a run of short lines under a heading that announces them ("Examples:"). */
function announcedList(blocks: ClassifiedBlock[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (/:\s*$/.test(block.text)) return true;
    if (block.features.words > S.maxMenuEntryWords || block.features.endsLikeSentence) return false;
  }
  return false;
}

/**
 * A full calendar date or a clock time inside a line ("11.12.2019 - Jane Roe", "Friday, 04.02.2022 | 11:38",
 * "January 13, 2020 at 08:45 AM | categories"): the line is a post's metadata, never its headline.
 */
const DATE_INSIDE = /\b\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}:\d\d\b|\b\p{L}{3,9}\.? \d{1,2}, (?:19|20)\d\d\b/u;

/** How a headline may begin: a capital, a digit, a letter of a script without case (Chinese, Arabic), an opening quote. */
const HEADLINE_START = /^[\p{Lu}\p{Lo}\p{N}"“„‘‚'«»‹›¿¡[]/u;
/** Letters of scripts without case, whose headlines the word count does not measure (no spaces between words). */
const UNCASED_SCRIPT = /\p{Lo}{4}/u;

/**
 * Whether a line has a headline's shape, for choosing the title only (the classifier keeps its own `titleLike`):
 * headlines in scripts without case, opening with a low quote („...“, »...«), or short ones that end with a full
 * stop or an ellipsis.
 */
function headlineShaped(block: ClassifiedBlock): boolean {
  const { text, features } = block;
  if (features.titleLike) return true;
  if (!HEADLINE_START.test(text) || /[:,;]["'”’)\]]*$/.test(text)) return false;
  const uncased = UNCASED_SCRIPT.test(text) && text.length <= S.maxTitleWords * 4;
  if (!uncased && (features.words < S.minTitleWords || features.words > S.maxTitleWords)) return false;
  if (/[.…]["'”’“«»)\]]*$/.test(text)) return features.words <= S.maxStoppedTitleWords && !SENTENCE_INSIDE.test(text);
  return true;
}

/** Labels of the lines that stand between a headline and its story: they do not make a line less of a headline. */
const BESIDE_HEADLINE = new Set(['date', 'byline', 'dateline', 'caption', 'photo-credit']);
const BESIDE_HEADLINE_REASONS = new Set(['share or text-size widget', 'advert', 'empty or symbol-only', 'image file name', 'photo credit', 'comments']);

/** Blocks between a line and the story that count against it as the headline: menus and teasers, not bylines. */
function separates(block: ClassifiedBlock): boolean {
  return !BESIDE_HEADLINE.has(block.label) && !(block.reason !== null && BESIDE_HEADLINE_REASONS.has(block.reason));
}

/**
 * The title: among title-like lines above the story, the one whose words the story itself uses most (menus,
 * banners and teasers share few words with the article), less a little for every page element between it and the
 * story: the headline stands just above the story, a site's tagline or a menu entry far above it.
 */
function chooseTitle(blocks: ClassifiedBlock[], storyStart: number): number {
  const vocabulary = articleVocabulary(blocks.filter((b) => isBodyCandidate(b)));
  let best = -1;
  let bestScore = -Infinity;
  let distance = 0;
  let nearest = -1;
  for (let i = Math.min(storyStart, blocks.length) - 1; i >= 0; i--) {
    const block = blocks[i]!;
    // A full stop inside ("... were cancelled. MPA/Name") marks a caption, not a headline.
    const candidate =
      block.label === 'body' && headlineShaped(block) && !isAllCaps(block.text) && !SENTENCE_INSIDE.test(block.text) && !DATE_INSIDE.test(block.text);
    if (candidate) {
      const shared = sharedWordCount(block.features, vocabulary, false);
      const needed = Math.min(S.minTitleSharedWords, block.features.contentWords.length);
      const overlapping = shared >= needed && shared / Math.max(1, block.features.contentWords.length) >= S.minTitleOverlap;
      // More shared words wins: a headline names the story's subject, a dateline only its place.
      const score = shared + block.features.words * 0.01 - S.titleDistanceCost * distance;
      if (overlapping && score > bestScore) {
        best = i;
        bestScore = score;
      }
      // A headline in other words than its story ("Rough seas"), standing right above it, is still the headline.
      if (nearest < 0 && distance <= S.maxAdjacentTitleDistance) nearest = i;
    }
    if (separates(block)) distance++;
  }
  return best >= 0 ? best : nearest;
}

/**
 * Where the story begins: the first paragraph that reads as the story, or prose close above it. Off-topic prose
 * further up, with page elements between (a site's tagline, a cookie notice, a teaser), is not where the headline
 * is looked for below; it is left in place, since it may be the lead of a story told in other words.
 */
function findStoryStart(blocks: ClassifiedBlock[]): number {
  const vocabulary = articleVocabulary(blocks);
  const start = blocks.findIndex((b) => b.label === 'body' && readsAsStory(b, vocabulary));
  if (start < 0) return blocks.findIndex(isBodyCandidate);
  let separating = 0;
  let storyStart = start;
  for (let i = start - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (isBodyCandidate(block)) {
      const offTopic = !QUOTED.test(block.text) && topicalOverlap(block.features, vocabulary) < S.maxSwallowedOverlap;
      if (offTopic && separating >= S.minStorySeparation) continue;
      // Prose close above the story, or on its topic, is the story's own beginning (a standfirst, the lead).
      storyStart = i;
      separating = 0;
    } else if (separates(block)) separating++;
  }
  return storyStart;
}

/** A press release ends at its end marker ("###"); what follows is contacts and the "About" boilerplate. */
export function labelReleaseEnd(blocks: ClassifiedBlock[]): void {
  const end = blocks.findIndex((b) => patterns.RELEASE_END.test(b.text));
  if (end < 0) return;
  for (const block of blocks.slice(end + 1)) if (block.label === 'body' || block.label === 'subheading') set(block, 'boilerplate', 'navigation');
  // "About the Authority" and its paragraph just before the marker belong to the release's boilerplate too.
  const about = blocks.findIndex((b, i) => i < end && b.label === 'body' && patterns.ABOUT_HEADING.test(b.text) && !b.features.endsLikeSentence);
  if (about < 0) return;
  for (const block of blocks.slice(about, end)) if (block.label === 'body') set(block, 'boilerplate', 'navigation');
}
/** Third pass: title, standfirst, datelines, repeats and leftovers, from the article's structure. */
export function labelStructure(blocks: ClassifiedBlock[], corpus: CorpusBlockStats | undefined): void {
  let firstBody = findStoryStart(blocks);
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

  // Labels change below, texts do not: each block's key is read once.
  const keys = blocks.map((b) => blockKey(b.text));
  const titleIndex = chooseTitle(blocks, firstBody);
  if (titleIndex >= 0) {
    const title = blocks[titleIndex]!;
    set(title, 'title', 'title');
    const titleKey = keys[titleIndex]!;
    for (const [i, block] of blocks.entries()) {
      if (block === title) continue;
      const key = keys[i]!;
      if (key === titleKey && block.label === 'body') set(block, 'boilerplate', 'title');
      else if (block.index < titleIndex && key.endsWith(titleKey) && block.label === 'body') set(block, 'boilerplate', 'navigation');
    }
  }

  // A block repeated later is a standfirst or pull quote shown twice: keep the later, in-body copy.
  const lastIndexOfKey = new Map<string, number>();
  keys.forEach((key, i) => lastIndexOfKey.set(key, i));
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.label === 'body' && (lastIndexOfKey.get(keys[i]!) ?? i) > i) set(block, 'boilerplate', 'repeated standfirst');
  }

  // Short furniture shared with other documents of the corpus ("Remind me later", a section name).
  if (corpus) {
    for (const [i, block] of blocks.entries()) {
      if (block.label !== 'body') continue;
      const documents = corpus.documentsWithBlock.get(keys[i]!) ?? 0;
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
    // A few words without a full stop below the story's end are menu entries and topics, unless they head a
    // paragraph ("Conclusion" over the closing lines) or end a list its heading announced ("Other picks:").
    const next = blocks[block.index + 1];
    const headsProse = next !== undefined && next.label === 'body' && next.features.endsLikeSentence;
    const menuEntry = block.features.words <= S.maxMenuEntryWords && !block.features.endsLikeSentence && !headsProse && !/:\s*$/.test(block.text);
    if (storyEnd >= 0 && block.label === 'body' && menuEntry && !announcedList(blocks, block.index)) {
      set(block, 'boilerplate', 'navigation');
      continue;
    }
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
    if (block.index > lastBody) {
      // A short sentence right after the last paragraph, in the reporter's voice, closes the story ("Some 3,500
      // tonnes of grain burned."): losing the story's last line is worse than keeping a stray line of furniture.
      const closingSentence =
        block.index === lastBody + 1 &&
        block.features.endsLikeSentence &&
        block.features.words >= S.minClosingSentenceWords &&
        block.features.voiceWords < S.minVoiceWords;
      if (!closingSentence) set(block, 'boilerplate', 'navigation');
    } else if (block.index < (bodyIndices[0] ?? 0)) set(block, 'boilerplate', 'navigation');
    else if (!block.features.endsLikeSentence) set(block, 'subheading', null);
  }
}
