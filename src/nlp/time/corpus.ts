// Dates that one article states and another can borrow. "The February coup" in an undated article is dated
// 2021-02 when another article of the corpus writes "a coup on February 1, 2021"; news writes an event's year
// only when it is not the current one, so the undated article is from that year. When a dated article of the
// corpus that year reports the same story, its month is borrowed too.
import type { PublicationDate, Timex } from '../../model.js';
import { isCaption } from './publication.js';
import { tagTimexes } from './tagger.js';
import { contentWords } from './words.js';
import { time as settings } from '../../settings.js';

export interface CorpusArticle {
  id: string;
  text: string;
  published: PublicationDate;
  paragraphs?: string[];
  captionTexts?: string[];
}

/** An event noun next to a date: "the February coup", "a 2021 coup", "coup on February 1, 2021". */
export interface DatedEvent {
  article: string;
  noun: string;
  /** TIMEX3 value of the date: `2021-02-01`, `XXXX-02`, `2021`. */
  value: string;
  evidence: string;
}

/** Words after or before a date that are not the event it dates. */
const NOT_EVENT_NOUNS = new Set([
  'and', 'or', 'but', 'nor', 'the', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'to', 'from', 'that', 'which',
  'when', 'as', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'been', 'said', 'says', 'will', 'would', 'this',
  'last', 'next', 'after', 'before', 'since', 'until', 'during', 'into', 'than', 'then', 'who', 'where', 'while',
  'its', 'their', 'his', 'her', 'there', 'not', 'also', 'about', 'government', 'year', 'month', 'week', 'day',
  'late', 'early', 'mid', 'only', 'alone',
]);


function bodyParagraphs(article: CorpusArticle): string[] {
  const paragraphs = article.paragraphs ?? article.text.split(/\n+/);
  return paragraphs.map((p) => p.trim()).filter((p) => p.length > 0 && !isCaption(p, article.captionTexts));
}

function eventNounAround(paragraph: string, timex: Timex): string | null {
  const after = /^\s+([a-z]{3,})\b/.exec(paragraph.slice(timex.end, timex.end + 30));
  if (after && !NOT_EVENT_NOUNS.has(after[1]!) && !after[1]!.endsWith('ly')) return after[1]!;
  const before = /\b([a-z]{3,})\s+(?:on|in)\s+$/.exec(paragraph.slice(Math.max(0, timex.start - 30), timex.start));
  if (before && !NOT_EVENT_NOUNS.has(before[1]!)) return before[1]!;
  return null;
}

/** The event nouns an article dates, resolved against its own publication date when it has one. */
export function datedEvents(article: CorpusArticle): DatedEvent[] {
  const reference = article.published.date && article.published.date.length >= 7 ? article.published.date : null;
  const events: DatedEvent[] = [];
  for (const paragraph of bodyParagraphs(article)) {
    for (const timex of tagTimexes(paragraph, reference)) {
      if (timex.type !== 'DATE' || !/^(\d{4}|XXXX)(-\d\d){0,2}$/.test(timex.value)) continue;
      const noun = eventNounAround(paragraph, timex);
      if (noun) events.push({ article: article.id, noun, value: timex.value, evidence: timex.text + ' ' + noun });
    }
  }
  return events;
}


/** Share of content words two texts have in common (Jaccard). */
export function textSimilarity(a: string, b: string): number {
  return wordSimilarity(contentWords(a), contentWords(b));
}

function wordSimilarity(wordsA: Set<string>, wordsB: Set<string>): number {
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  const union = wordsA.size + wordsB.size - shared;
  return union === 0 ? 0 : shared / union;
}

const monthIndex = (year: number, month: number): number => year * 12 + month - 1;

/**
 * Publication dates for the undated articles of a corpus, borrowed from what the other articles state.
 * Returns only the articles it could date, keyed by id.
 */
export function inferDatesFromCorpus(articles: readonly CorpusArticle[]): Map<string, PublicationDate> {
  // Indexed by event noun and month, and each article's words read once, so a large corpus is not quadratic.
  const known = new Map<string, DatedEvent[]>();
  for (const event of articles.flatMap((article) => datedEvents(article))) {
    if (!/^\d{4}/.test(event.value)) continue;
    const key = `${event.noun}|${event.value.slice(5, 7)}`;
    known.set(key, [...(known.get(key) ?? []), event]);
  }
  const wordsOf = memoizedWords();
  const result = new Map<string, PublicationDate>();
  for (const article of articles) {
    if (article.published.date !== null) continue;
    const own = datedEvents(article).filter((e) => e.value.startsWith('XXXX-'));
    const years = new Map<number, { own: DatedEvent; other: DatedEvent }>();
    for (const event of own) {
      for (const other of known.get(`${event.noun}|${event.value.slice(5, 7)}`) ?? []) {
        if (other.article !== article.id) years.set(Number(other.value.slice(0, 4)), { own: event, other });
      }
    }
    if (years.size !== 1) continue;
    const [year, link] = [...years][0]!;
    const eventMonth = Number(link.own.value.slice(5, 7));
    // months the article mentions after the event's month are later in the same year: the article is not older
    const laterMonths = tagTimexes(bodyParagraphs(article).join('\n'), null)
      .map((t) => /^XXXX-(\d\d)$/.exec(t.value))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Number(m[1]))
      .filter((m) => m >= eventMonth);
    const notBefore = monthIndex(year, Math.max(eventMonth, ...laterMonths));
    const why = `"${link.own.evidence}" is dated ${link.other.value} by article ${link.other.article} ("${link.other.evidence}")`;
    const story = sameStoryArticle(article, articles, notBefore, wordsOf);
    if (story) {
      result.set(article.id, {
        date: story.published.date!.slice(0, 7),
        evidence: `${why}; the same story is reported by article ${story.id}, published ${story.published.date}`,
        confidence: settings.corpusStoryConfidence,
      });
    } else {
      result.set(article.id, { date: String(year), evidence: why, confidence: settings.corpusEventConfidence });
    }
  }
  return result;
}

/** The most similar dated article published within a year after `notBefore` (a month index), if similar enough. */
function sameStoryArticle(
  article: CorpusArticle,
  articles: readonly CorpusArticle[],
  notBefore: number,
  wordsOf: (article: CorpusArticle) => Set<string>,
): CorpusArticle | null {
  let best: CorpusArticle | null = null;
  let bestScore: number = settings.corpusStorySimilarity;
  for (const other of articles) {
    const date = other.published.date;
    if (other.id === article.id || !date || date.length < 7 || other.published.confidence < settings.corpusMinSourceConfidence) continue;
    const index = monthIndex(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    if (index < notBefore || index >= notBefore + 12) continue;
    const score = wordSimilarity(wordsOf(article), wordsOf(other));
    if (score > bestScore) {
      best = other;
      bestScore = score;
    }
  }
  return best;
}

/** Content words of an article's body, computed once per article. */
function memoizedWords(): (article: CorpusArticle) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (article) => {
    let words = cache.get(article.id);
    if (!words) cache.set(article.id, (words = contentWords(bodyParagraphs(article).join(' '))));
    return words;
  };
}
