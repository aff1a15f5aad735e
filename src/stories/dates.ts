// When an article's event happened, as a range of day numbers, for keeping look-alike events apart in time.
// Sources in order of trust: dates the caller supplies for the article's events, coded events' dates, the
// publication date, and timexes of the lead. Years mentioned in passing only bound the date from below.
import type { Span, Timex } from '../model.js';
import { stories as settings, storyPrecision } from '../settings.js';

/** Inclusive range of days since 1970-01-01. */
export interface DayRange {
  start: number;
  end: number;
}

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** `2021-06-22` -> that day; `2021-06` -> the month; `2021` -> the year; anything else -> null. */
export function dayRange(value: string | null | undefined): DayRange | null {
  const match = value ? ISO_DATE.exec(value.slice(0, 10)) : null;
  if (!match) return null;
  const year = Number(match[1]);
  if (match[3]) {
    const day = Date.UTC(year, Number(match[2]) - 1, Number(match[3])) / DAY_MS;
    return { start: day, end: day };
  }
  if (match[2]) {
    const month = Number(match[2]) - 1;
    return { start: Date.UTC(year, month, 1) / DAY_MS, end: Date.UTC(year, month + 1, 1) / DAY_MS - 1 };
  }
  return { start: Date.UTC(year, 0, 1) / DAY_MS, end: Date.UTC(year + 1, 0, 1) / DAY_MS - 1 };
}

const ISO_WEEK = /^(\d{4})-W(\d{2})(-WE)?$/u;

/** An ISO week `2026-W24` -> its Monday to Sunday; `2026-W24-WE` -> its Saturday and Sunday; else null. */
export function weekRange(value: string | null | undefined): DayRange | null {
  const match = value ? ISO_WEEK.exec(value) : null;
  if (!match) return null;
  const week = Number(match[2]);
  if (week < 1 || week > 53) return null;
  // Week 1 holds January 4th; its Monday is the first day of the ISO year.
  const january4 = Date.UTC(Number(match[1]), 0, 4) / DAY_MS;
  const monday = january4 - ((new Date(january4 * DAY_MS).getUTCDay() + 6) % 7) + (week - 1) * 7;
  return match[3] ? { start: monday + 5, end: monday + 6 } : { start: monday, end: monday + 6 };
}

/** A day, month, year or ISO week value as a range. */
export function anyRange(value: string | null | undefined): DayRange | null {
  return dayRange(value) ?? weekRange(value);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The day of the week of an ISO day ("2026-01-13..."), as getUTCDay counts it: 0 for Sunday. */
export function weekdayIndex(iso: string): number {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`).getUTCDay();
}

/** A range written at its own precision: one calendar year -> `2026`, one month -> `2026-06`, else its days. */
export function isoRange(range: DayRange): { start: string; end: string } {
  const first = isoDay(range.start);
  const last = isoDay(range.end);
  const nextDay = isoDay(range.end + 1);
  if (first.endsWith('-01-01') && nextDay.endsWith('-01-01') && first.slice(0, 4) === last.slice(0, 4)) {
    return { start: first.slice(0, 4), end: first.slice(0, 4) };
  }
  if (first.endsWith('-01') && nextDay.endsWith('-01') && first.slice(0, 7) === last.slice(0, 7)) {
    return { start: first.slice(0, 7), end: first.slice(0, 7) };
  }
  return { start: first, end: last };
}

/** Days between two ranges; 0 when they overlap. */
export function gapDays(a: DayRange, b: DayRange): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

/** The narrowest range among the given date values, preferring day precision. */
function narrowest(values: (string | null | undefined)[]): DayRange | null {
  let best: DayRange | null = null;
  for (const value of values) {
    const range = dayRange(value);
    if (range && (!best || range.end - range.start < best.end - best.start)) best = range;
  }
  return best;
}

// A year named as past context: "in 2023", "since 2021", "a 2021 coup", "the 2022 invasion". Years after
// "until", "by" or "through" are often the future ("the pact will last until 2030") and are left out.
const PAST_YEAR = /\b(?:in|since|after|of|during|the|a|early|late|mid-?)\s+((?:19|20)\d{2})\b(?!\s*-\d)/giu;
/** Sentences about plans speak of future years ("deliveries will start in 2027"): their years are skipped. */
const FUTURE_TALK = /\b(?:will|would|shall|expected|plans?|planned|due|next|scheduled|by|until|target)\b/iu;
const ROUGH_SENTENCE = /[^.!?\n]+/gu;

/**
 * The earliest day the article can have been written: the start of the latest year it mentions as past context.
 * An undated article that speaks of "rebel offensives in 2023" is not a report from 2021.
 */
export function notBeforeDay(text: string): number | null {
  let latest = 0;
  for (const sentence of text.matchAll(ROUGH_SENTENCE)) {
    if (FUTURE_TALK.test(sentence[0])) continue;
    for (const match of sentence[0].matchAll(PAST_YEAR)) latest = Math.max(latest, Number(match[1]));
  }
  return latest > 0 ? Date.UTC(latest, 0, 1) / DAY_MS : null;
}

// Words that make the date after them the end or the start of a term, or a deadline, not the day of an event:
// "until June 2028", "runs through 2027", "expires in March", "by the end of May", "due on 3 July". Read on the few
// characters before a date only (TERM_BOUND_REACH), so the match is linear in the text.
const TERM_BOUND =
  /\b(?:until|till|through|thru|by|before|to|(?:expir|conclud|finish|run|last|due|valid|deadline)[\p{L}]*(?:[^\S\n]+(?:in|on|at|until|through|to|by))?)[^\S\n]+(?:(?:the[^\S\n]+)?(?:end|start|beginning|middle|close)[^\S\n]+of[^\S\n]+)?(?:(?:early|late|mid)[-\s]+)?$/iu;
const TERM_BOUND_REACH = 40;

/** True when the words right before a date at `start` make it a term's bound or a deadline (TERM_BOUND). */
export function boundsATerm(text: string, start: number): boolean {
  return TERM_BOUND.test(text.slice(Math.max(0, start - TERM_BOUND_REACH), start));
}

const WEEK_DAYS = 7;

/** A range from a week to a month wide: what a day or week the lead names may narrow (refineByLead). */
function coarse(range: DayRange): boolean {
  return range.end - range.start >= WEEK_DAYS && range.end - range.start <= MAX_PRECISE_RANGE_DAYS;
}

export interface ArticleDating {
  range: DayRange | null;
  notBefore: number | null;
  /** The last day of the year an undated lead names as its event's ("The 2025 season opened..."), else null. */
  notAfter?: number | null;
}

// A year written as the event's own, right before what it qualifies: "the 2025 tobacco season", "this 2026 edition".
// "since 2019" or "than in 2023" compare with the past and are not read.
const EVENT_YEAR = /\b(?:the|this|its)\s+((?:19|20)\d{2})\s+\p{L}/giu;

/**
 * For an undated article whose title or lead names a year as its event's ("The 2025 marketing season got off...") and
 * mentions no later year as past context anywhere: the last day of that year. Reports of an event of that year are
 * written in it or just after, so a story that starts well after it is another year's look-alike.
 */
export function notAfterDay(title: string, lead: string, notBefore: number | null): number | null {
  let year = 0;
  for (const match of `${title}\n${lead}`.matchAll(EVENT_YEAR)) year = Math.max(year, Number(match[1]));
  if (year === 0 || notBefore === null || notBefore > Date.UTC(year, 0, 1) / DAY_MS) return null;
  return Date.UTC(year + 1, 0, 1) / DAY_MS - 1;
}

export function articleDating(options: {
  eventDates?: string[];
  events: { date: string | null; attributes?: { background?: boolean } }[];
  published: string | null;
  title?: string | null;
  text: string;
  sentences: Span[];
  timexes: Timex[];
  /** The lead counts its event as a repeat ("for the second time in three years", repeat.ts). */
  countedRepeat?: boolean;
}): ArticleDating {
  const leadEnd = leadEndOf(options.sentences);
  // A date that bounds a term or a plan ("a contract until June 2028", "expires in March") is not the event's day.
  const leadDates = options.timexes.filter(
    (timex) => timex.type === 'DATE' && timex.start < leadEnd && !(storyPrecision.skipTermBounds && boundsATerm(options.text, timex.start)),
  );
  const published = dayRange(options.published);
  // An event dated after the publication day is a plan ("a strike called for October 2"), not what is reported.
  // One dated long before it is something the article recalls ("In June 2025, floods in the same city killed 24").
  const reported = (event: { date: string | null }) => {
    const range = dayRange(event.date);
    return !published || !range || (range.start <= published.end && range.end >= published.start - settings.recalledEventDays);
  };
  const range =
    narrowest(options.eventDates ?? []) ??
    // Background events ("took power in a 2021 coup") say when the story's past happened, not the story; a bare
    // year on an event is most often such a mention ("the 2004 tsunami"), so only day or month dates count.
    precise(
      narrowest(
        options.events
          .filter((event) => !event.attributes?.background && reported(event))
          .slice(0, settings.leadEventCount)
          .map((event) => event.date),
      ),
    ) ??
    published ??
    // An undated report that counts its event as a repeat recalls the earlier one in its lead ("Readers will
    // remember February 2024, when..."): a date written there may be the earlier event's, so it dates nothing.
    (options.countedRepeat && storyPrecision.repeatLeadDatesRecalled ? null : precise(narrowest(leadDates.map((timex) => timex.value))));
  const refined = storyPrecision.refineCoarseEventDates && range && coarse(range) ? refineByLead(range, leadDays(leadDates, published)) : range;
  // Years mentioned in passing matter only for an undated article; a dated one is dated.
  if (refined) return { range: refined, notBefore: null };
  const notBefore = notBeforeDay(options.text);
  const yearRead = storyPrecision.leadYearBoundsUndated && !options.countedRepeat;
  const notAfter = yearRead ? notAfterDay(options.title ?? '', options.text.slice(0, leadEnd), notBefore) : null;
  return { range: null, notBefore, notAfter };
}

/** The days and weeks the lead's DATE timexes name, none after the publication day (a plan, not the event). */
function leadDays(leadDates: readonly Timex[], published: DayRange | null): DayRange[] {
  const ranges: DayRange[] = [];
  for (const timex of leadDates) {
    const range = anyRange(timex.value);
    if (!range || range.end - range.start > WEEK_DAYS - 1 || (published && range.start > published.end)) continue;
    ranges.push(range);
  }
  return ranges;
}

/**
 * A coarse event date (a month: coded events keep "the weekend" or "this week" only to their month) narrowed to the
 * narrowest day or week the lead names inside it: "the weekend" of a report published on June 16 is June 13-14, not
 * any day of June, and a report of any other June day is then no longer on the same day.
 */
export function refineByLead(range: DayRange, lead: readonly DayRange[]): DayRange {
  if (!coarse(range)) return range;
  let best = range;
  for (const day of lead) {
    if (day.start < range.start || day.end > range.end) continue;
    if (day.end - day.start < best.end - best.start) best = day;
  }
  return best;
}

/**
 * Ranges up to a month say when something happened; a bare year is too coarse to date an event by (it gates a
 * join when it is the publication year, but does not widen a story's range).
 */
export const MAX_PRECISE_RANGE_DAYS = 31;

/** The range when it is precise enough to date an event by, else null. */
export function precise(range: DayRange | null): DayRange | null {
  return range && range.end - range.start <= MAX_PRECISE_RANGE_DAYS ? range : null;
}

/**
 * Whether an article's dating fits a story's: their ranges at most `maxGapDays` apart, a precisely dated article not
 * stretching the story past `maxSpanDays`, and neither ending more than `maxGapDays` before the other's earliest day.
 */
export function datingFits(article: ArticleDating, story: ArticleDating, maxGapDays: number, maxSpanDays: number): boolean {
  const range = article.range;
  if (range && story.range) {
    if (gapDays(range, story.range) > maxGapDays) return false;
    if (precise(range)) {
      const span = Math.max(range.end, story.range.end) - Math.min(range.start, story.range.start);
      if (span > maxSpanDays) return false;
    }
  }
  if (article.notBefore !== null && story.range && story.range.end < article.notBefore - maxGapDays) return false;
  if (story.notBefore !== null && range && range.end < story.notBefore - maxGapDays) return false;
  const slack = settings.eventYearSlackDays;
  if (article.notAfter != null && story.range && story.range.start > article.notAfter + slack) return false;
  if (story.notAfter != null && range && range.start > story.notAfter + slack) return false;
  return true;
}

/** Where an article's lead (its first `leadSentences` sentences) ends. */
export function leadEndOf(sentences: readonly Span[]): number {
  return sentences[Math.min(settings.leadSentences, sentences.length) - 1]?.end ?? 0;
}
