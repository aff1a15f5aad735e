// The date an event happened, from the temporal expressions of the sentence that reports it.
import type { DatePrecision, Span, Timex } from '../../model.js';
import { civilFromDays, daysFromCivil, formatMonth, parseIsoDate } from './calendar.js';

export interface EventDate {
  date: string | null;
  precision: DatePrecision | null;
  evidence: string | null;
}

const NO_DATE: EventDate = { date: null, precision: null, evidence: null };

/** Words before an expression that make it a limit or a start, not the time of the event ("until 2030"). */
const NOT_EVENT_TIME = /\b(?:until|till|through|since|by|before|after)\s+(?:the\s+)?$/i;

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const MONTH = /^(\d{4})-(\d{2})$/;
const WEEK = /^(\d{4})-W(\d{2})/;
const YEARISH = /^(\d{4})(?:$|-(?:Q\d|H\d|SP|SU|FA|WI))/;

/** A TIMEX3 value as a calendar date and its precision; weeks fall to the month of their Thursday. */
export function dateOfValue(value: string): { date: string; precision: DatePrecision } | null {
  const day = DAY.exec(value);
  if (day) return { date: `${day[1]}-${day[2]}-${day[3]}`, precision: 'day' };
  const month = MONTH.exec(value);
  if (month) return { date: value, precision: 'month' };
  const week = WEEK.exec(value);
  if (week) {
    const year = Number(week[1]);
    const jan4 = daysFromCivil(year, 1, 4);
    const mondayOfWeek1 = jan4 - ((((jan4 + 3) % 7) + 7) % 7);
    const thursday = civilFromDays(mondayOfWeek1 + (Number(week[2]) - 1) * 7 + 3);
    return { date: formatMonth(thursday.year, thursday.month), precision: 'month' };
  }
  const year = YEARISH.exec(value);
  if (year) return { date: year[1]!, precision: 'year' };
  return null;
}

const RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1 };

/**
 * The date the event of `sentence` happened: the most precise date or time expression inside the sentence that
 * is not a limit ("until 2030") or a start ("since 2021"); "now"/"currently" is the reference date.
 * `text` is the text the spans point into, needed to read the words before each expression.
 */
export function resolveEventDate(sentence: Span, timexes: readonly Timex[], referenceDate: string | null, text?: string): EventDate {
  let best: { timex: Timex; date: string; precision: DatePrecision } | null = null;
  for (const timex of timexes) {
    if (timex.start < sentence.start || timex.end > sentence.end) continue;
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    if (text && NOT_EVENT_TIME.test(text.slice(Math.max(sentence.start, timex.start - 12), timex.start))) continue;
    let resolved = dateOfValue(timex.value);
    if (!resolved && timex.value === 'PRESENT_REF' && referenceDate) {
      const reference = parseIsoDate(referenceDate);
      if (reference) resolved = { date: referenceDate.slice(0, reference.precision === 'day' ? 10 : reference.precision === 'month' ? 7 : 4), precision: reference.precision };
    }
    if (!resolved) continue;
    if (!best || RANK[resolved.precision] > RANK[best.precision]) best = { timex, ...resolved };
  }
  if (!best) return NO_DATE;
  return { date: best.date, precision: best.precision, evidence: best.timex.text };
}
