// The publication date of one article: stated when the page says it, otherwise inferred from the text with the
// evidence and a confidence, and null rather than wrong when the text does not pin it down.
import type { PublicationDate, Timex } from '../../model.js';
import { daysFromCivil, formatDay, parseIsoDate, weekdayOf } from './calendar.js';
import { tagTimexes } from './tagger.js';
import { shareContentWord } from './words.js';
import { time as settings } from '../../settings.js';

export interface PublicationInput {
  text: string;
  /** The article's paragraphs, when the extractor kept them apart; otherwise lines of `text`. */
  paragraphs?: string[];
  /** A date the page states (metadata, dateline) with the text it was read from. */
  stated?: { date: string; evidence: string } | null;
  /** Photo captions: their dates are when a photo was taken, never when the article was published. */
  captionTexts?: string[];
}

/** Wording of photo captions and credits ("In this file photo taken on July 19, 2018", "(AFP/Ye Aung Thu)"). */
const CAPTION_CUE = /\b(?:file (?:photo|picture|image)|photo taken|picture taken|pictured|in this (?:photo|picture|image|handout)|photo:|image:|photograph:|getty images|via wikimedia)|\((?:agence france-presse|afp|reuters|ap|epa)\s*\//i;

/** A sentence about what is to come: its dates say nothing about when the article was written. */
const FUTURE_SENTENCE = /\b(?:will|would|shall|plans?|planned|scheduled|expected|from|starting|effective|until|due)\b/i;

/** Words that make a date line a modification date rather than the publication date. */
const UPDATED_CUE = /\b(?:updated|modified|last edited|revised)\b/i;

/** Prepositions and verbs after which a year lies ahead of the article ("until 2030", "will ... in 2030"). */
const FORWARD_CONTEXT = /\b(?:until|till|through|by|will|would|shall|plans? to|expected to|due to|scheduled|aims? to|targets?)\b[^.!?]{0,60}$/i;

/** "after five years of military rule": the time elapsed up to the article, when it follows "after" and
 * precedes "of". "over the past 15 years", "for the next four years" describe other spans and are left out. */
const ELAPSED_BEFORE = /\bafter\s+(?:more\s+than\s+|nearly\s+|almost\s+|some\s+)?$/i;
const ELAPSED_AFTER = /^\s+of\b/i;
/** "five years since the 2021 coup", "five years after the 2021 coup": the year is in the same sentence. */
const ELAPSED_SINCE = /^\s+(?:since|after)\b/i;

export function isCaption(paragraph: string, captions: readonly string[] = []): boolean {
  if (CAPTION_CUE.test(paragraph)) return true;
  return captions.some((caption) => caption.length > 15 && (paragraph.includes(caption) || caption.includes(paragraph.trim())));
}

function splitParagraphs(input: PublicationInput): string[] {
  const paragraphs = input.paragraphs ?? input.text.split(/\n+/);
  return paragraphs.map((p) => p.trim()).filter((p) => p.length > 0);
}

function normalisedStated(date: string): string | null {
  const parsed = parseIsoDate(date);
  if (!parsed) return null;
  return date.trim().slice(0, parsed.precision === 'day' ? 10 : parsed.precision === 'month' ? 7 : 4);
}

/** Words besides a capitalised place or weekday that a dateline may hold ("Published on", "Posted"). */
const DATELINE_WORDS = new Set(['published', 'posted', 'on', 'at', 'updated']);

/** A short line that is a full date and little else ("Wed, June 23, 2021", "Moscow, June 23, 2021"). */
function datelineOf(paragraph: string): Timex | null {
  if (paragraph.length > settings.datelineMaxLength || UPDATED_CUE.test(paragraph)) return null;
  const dates = tagTimexes(paragraph, null).filter((t) => t.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(t.value));
  if (dates.length !== 1) return null;
  const date = dates[0]!;
  const rest = (paragraph.slice(0, date.start) + paragraph.slice(date.end)).replace(/[\s,.|:;–—·•-]+/g, ' ').trim();
  if (rest === '') return date;
  const words = rest.split(' ');
  // a place or "Published": capitalised words only; "Data as of", "by", numbers make it something else
  const placeLike = words.every((w) => /^[A-Z][A-Za-z]*$/.test(w) || DATELINE_WORDS.has(w.toLowerCase()));
  return placeLike && words.length <= settings.datelineMaxOtherWords ? date : null;
}

interface YearMention {
  year: number;
  forward: boolean;
  text: string;
}

export function inferPublicationDate(input: PublicationInput): PublicationDate {
  if (input.stated) {
    const date = normalisedStated(input.stated.date);
    if (date) return { date, evidence: input.stated.evidence, confidence: settings.statedConfidence };
  }
  const paragraphs = splitParagraphs(input).filter((p) => !isCaption(p, input.captionTexts));
  // a dateline stands near the top, before most of the body; lone dates further down are comments and lists
  let seen = 0;
  const total = paragraphs.reduce((n, p) => n + p.length, 0);
  for (const paragraph of paragraphs) {
    const dateline = seen <= total * settings.datelineMaxPosition ? datelineOf(paragraph) : null;
    if (dateline) return { date: dateline.value, evidence: paragraph, confidence: settings.datelineConfidence };
    seen += paragraph.length;
  }
  const week = weekOfNamedDay(paragraphs);
  if (week) return week;
  const years: YearMention[] = [];
  const elapsed: Array<{ years: number; text: string }> = [];
  const sinceYear: Array<{ year: number; text: string }> = [];
  for (const paragraph of paragraphs) {
    for (const timex of tagTimexes(paragraph, null)) {
      const before = paragraph.slice(Math.max(0, timex.start - 80), timex.start);
      const after = paragraph.slice(timex.end, timex.end + 12);
      const year = /^(\d{4})(?:-\d\d){0,2}$/.exec(timex.value);
      if (timex.type === 'DATE' && year) {
        years.push({ year: Number(year[1]), forward: FORWARD_CONTEXT.test(before), text: sentenceAround(paragraph, timex) });
      }
      const length = /^P(\d+)Y$/.exec(timex.value);
      if (timex.type !== 'DURATION' || !length || timex.text.includes('-')) continue;
      const sentence = sentenceAround(paragraph, timex);
      if (ELAPSED_SINCE.test(after)) {
        const anchorYear = /\b(1[89]\d\d|20\d\d)\b/.exec(paragraph.slice(timex.end, timex.end + 80));
        if (anchorYear) sinceYear.push({ year: Number(anchorYear[1]) + Number(length[1]), text: sentence });
      } else if (ELAPSED_AFTER.test(after) && ELAPSED_BEFORE.test(before)) {
        elapsed.push({ years: Number(length[1]), text: sentence });
      }
    }
  }
  if (sinceYear.length > 0 && new Set(sinceYear.map((s) => s.year)).size === 1) {
    return { date: String(sinceYear[0]!.year), evidence: sinceYear[0]!.text, confidence: settings.sinceYearConfidence };
  }
  const past = years.filter((y) => !y.forward);
  if (past.length === 0) return { date: null, evidence: null, confidence: 0 };
  const latest = past.reduce((a, b) => (b.year > a.year ? b : a));
  const firstAhead = Math.min(...years.filter((y) => y.forward).map((y) => y.year), Infinity);
  // the elapsed time must be about what the year dates ("a 2021 coup" ... "five years of military rule")
  const candidates = new Set(
    elapsed
      .filter((e) => e.years <= settings.maxElapsedYears && latest.year + e.years < firstAhead && shareContentWord(e.text, latest.text))
      .map((e) => latest.year + e.years),
  );
  if (candidates.size === 1) {
    const year = [...candidates][0]!;
    const relation = elapsed.find((e) => latest.year + e.years === year)!;
    return {
      date: String(year),
      evidence: `${latest.year} + ${year - latest.year} years: "${latest.text}" ... "${relation.text}"`,
      confidence: settings.relationConfidence,
    };
  }
  return { date: null, evidence: `not before ${latest.year}, the latest year the text mentions as past: "${latest.text}"`, confidence: 0 };
}

/**
 * "He arrived on Tuesday, June 22, 2021 ... said at a meeting late on Tuesday": a weekday named without a date
 * points into the week before the article, so a dated day with that weekday puts the article within six days
 * after it. Returns the month (or year) that whole window falls in.
 */
function weekOfNamedDay(paragraphs: readonly string[]): PublicationDate | null {
  const weekdays = new Set<number>();
  const dated: Array<{ days: number; text: string }> = [];
  for (const paragraph of paragraphs) {
    for (const timex of tagTimexes(paragraph, null)) {
      if (FORWARD_CONTEXT.test(paragraph.slice(Math.max(0, timex.start - 80), timex.start))) continue;
      const weekday = /^XXXX-WXX-(\d)$/.exec(timex.value);
      if (weekday) weekdays.add(Number(weekday[1]));
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timex.value);
      const sentence = sentenceAround(paragraph, timex);
      if (day && !FUTURE_SENTENCE.test(sentence)) dated.push({ days: daysFromCivil(Number(day[1]), Number(day[2]), Number(day[3])), text: sentence });
    }
  }
  const matching = dated.filter((d) => weekdays.has(weekdayOf(d.days)));
  if (matching.length === 0) return null;
  const latest = matching.reduce((a, b) => (b.days > a.days ? b : a));
  const first = formatDay(latest.days);
  const last = formatDay(latest.days + 6);
  const date = first.slice(0, 7) === last.slice(0, 7) ? first.slice(0, 7) : first.slice(0, 4) === last.slice(0, 4) ? first.slice(0, 4) : null;
  if (!date) return null;
  return { date, evidence: `within six days after ${first}, the weekday the text names: "${latest.text}"`, confidence: settings.namedWeekdayConfidence };
}

function sentenceAround(paragraph: string, timex: Timex): string {
  const previous = paragraph.lastIndexOf('. ', timex.start);
  const start = previous < 0 ? 0 : previous + 2;
  const stop = paragraph.indexOf('. ', timex.end);
  return paragraph.slice(start, stop < 0 ? paragraph.length : stop + 1).trim();
}
