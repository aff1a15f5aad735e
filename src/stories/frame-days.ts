// The calendar day a day frame names (frames.ts), against its article's publication date: "on Monday" in a report
// of Tuesday 13 January is 12 January ("will meet on Friday" the Friday after), "yesterday" is the day before the
// report, "last night" its eve. Two outlets that date one act are then compared by calendar day: "yesterday" in a
// Wednesday report and "on Tuesday" agree, "on Monday" disagrees. An undated report's relative day dates nothing.
// Pure: a sentence and a date in, days out.

import { dayRange, isoDay, weekdayIndex } from './dates.js';
import { CALENDAR_WORDS } from './text.js';

/** Sunday first, as weekdayIndex counts (CALENDAR_WORDS starts on Monday). */
const WEEKDAY_NAMES = [CALENDAR_WORDS[6]!, ...CALENDAR_WORDS.slice(0, 6)];

/**
 * A day said relative to the report: "yesterday", "today", "last night", "this morning", "on Tuesday night" is a
 * weekday. Only the group `today` is read (offset 0); the others are the day before.
 */
const RELATIVE_DAY = /\b(?:yesterday(?:\s+(?:morning|afternoon|evening))?|(?<today>today|this\s+(?:morning|afternoon|evening)|tonight)|last\s+night)\b/giu;

/** Words of the clause before a weekday that put it ahead of the report: "will meet on Friday", "is due to sign on Monday". */
const AHEAD = /\b(?:will|would|shall|due|expected|scheduled|plans?|planned|set\s+to|next)\b[^,;:.]*$/iu;

export interface RelativeDay {
  /** As written ("yesterday", "last night"). */
  value: string;
  /** Days from the report's date: -1 for "yesterday" and "last night", 0 for "today". */
  offset: number;
  start: number;
  end: number;
}

/** The days of a sentence said relative to its report's date. */
export function relativeDays(sentence: string): RelativeDay[] {
  return [...sentence.matchAll(RELATIVE_DAY)].map((match) => ({
    value: match[0],
    offset: match.groups!.today ? 0 : -1,
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
  }));
}

/**
 * The calendar day of a weekday ("monday") written in a report of `published`: the latest such day on or before the
 * report, or the next one on or after it when the clause before says the act is ahead ("will meet on Friday").
 */
export function weekdayDate(weekday: string, published: string, clauseBefore: string): string | null {
  const target = WEEKDAY_NAMES.indexOf(weekday.toLowerCase());
  if (target < 0 || !/^\d{4}-\d{2}-\d{2}/u.test(published)) return null;
  const today = weekdayIndex(published);
  const ahead = AHEAD.test(clauseBefore);
  const offset = ahead ? (target - today + 7) % 7 : -((today - target + 7) % 7);
  return isoDay(dayRange(published)!.start + offset);
}

/** The weekday of an ISO day, capitalised ("Monday"): shown beside a relative day ("yesterday (Monday)"). */
export function weekdayOf(iso: string): string {
  const name = WEEKDAY_NAMES[weekdayIndex(iso)]!;
  return name[0]!.toUpperCase() + name.slice(1);
}
