// Cheap per-block measurements the classifier reasons with.
import * as settings from '../../settings.js';
import * as patterns from './patterns.js';

export interface BlockFeatures {
  words: number;
  hasLetters: boolean;
  /** Ends with a full stop, question or exclamation mark (possibly inside closing quotes). */
  endsLikeSentence: boolean;
  /** Short, no full stop, starts with a capital: a title, heading or link. */
  titleLike: boolean;
  /** "we/our/us/you/your" outside quotes: the outlet speaking to its reader. */
  voiceWords: number;
  /** Lowercased content words (4+ letters) for topical overlap. */
  contentWords: string[];
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const CONTENT_WORD = /\p{L}{4,}/gu;

/** Common words that carry no topic; overlap is measured on the rest. */
const FUNCTION_WORDS = new Set(
  'that this with from have were been will would could should their there which about after before they them these those said says also more than into over only other some such when where while what your ours just very most much many because being does here make made upon once each both between during against under still'.split(
    ' ',
  ),
);

/** A crude stem so that "voted" meets "vote" and "reopens" meets "reopened" when overlap is measured. */
export function stem(word: string): string {
  return word.length <= 5 ? word : word.replace(/(ings?|ed|es|s|ly)$/, '');
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function voiceWordCount(text: string): number {
  const unquoted = text.replace(patterns.QUOTED_PASSAGE, ' ');
  return (unquoted.match(patterns.FIRST_PERSON_PLURAL)?.length ?? 0) + (unquoted.match(patterns.SECOND_PERSON)?.length ?? 0);
}

export function measureBlock(text: string): BlockFeatures {
  const words = countWords(text);
  const endsLikeSentence = patterns.ENDS_LIKE_SENTENCE.test(text);
  const titleLike =
    !/[.…:,;]["'”’)\]]*$/.test(text) &&
    /^[\p{Lu}\p{N}"“‘']/u.test(text) &&
    words >= settings.textExtraction.minTitleWords &&
    words <= settings.textExtraction.maxTitleWords;
  const contentWords = (text.toLowerCase().match(CONTENT_WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map(stem);
  return {
    words,
    hasLetters: /\p{L}/u.test(text),
    endsLikeSentence,
    titleLike,
    voiceWords: voiceWordCount(text),
    contentWords,
  };
}

/**
 * Share of a block's content words that occur in the rest of the article (0 when it has none). When the
 * vocabulary was counted with the block in it, the block's own occurrences are discounted.
 */
export function topicalOverlap(block: BlockFeatures, vocabulary: Map<string, number>, vocabularyIncludesBlock = true): number {
  return sharedWordCount(block, vocabulary, vocabularyIncludesBlock) / Math.max(1, block.contentWords.length);
}

export function sharedWordCount(block: BlockFeatures, vocabulary: Map<string, number>, vocabularyIncludesBlock = true): number {
  if (block.contentWords.length === 0) return 0;
  let shared = 0;
  const own = new Map<string, number>();
  for (const word of block.contentWords) own.set(word, (own.get(word) ?? 0) + 1);
  for (const word of block.contentWords) {
    const ownCount = vocabularyIncludesBlock ? (own.get(word) ?? 0) : 0;
    if ((vocabulary.get(word) ?? 0) > ownCount) shared++;
  }
  return shared;
}
