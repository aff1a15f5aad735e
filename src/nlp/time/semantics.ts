// What a recognised temporal expression means, before it is anchored to a reference date. The grammar builds
// these; the normaliser turns them into TIMEX3 values.
import type { Unit } from './lexicon.js';

/** How a named period without a year is placed: -1 the one before the anchor ("last Friday"), +1 the one after,
 * 0 the one containing the anchor ("this week"), null: decided by the tense of the sentence. */
export type Shift = -1 | 0 | 1 | null;

export type Meaning =
  /** A calendar date with some fields written out ("June 23, 2021", "Feb. 1", "2030", "March"). */
  | { kind: 'date'; year: number | null; month: number | null; day: number | null; shift: Shift }
  | { kind: 'weekday'; weekday: number; shift: Shift }
  /** A named day ("Thanksgiving"), placed in a year like a month and day without one. */
  | { kind: 'holiday'; name: string; year: number | null }
  /** "the 1990s": decade 199. */
  | { kind: 'decade'; decade: number }
  /** "the 20th century": century 19 (TIMEX3 writes the first two digits of its years). */
  | { kind: 'century'; century: number }
  /** A unit counted from the anchor: "yesterday" (day, -1), "this week" (week, 0), "two years ago" (year, -2). */
  | { kind: 'offset'; unit: Unit; offset: number }
  /** A unit counted from the date the text last mentioned: "the following year", "that day", "the day before". */
  | { kind: 'anaphor'; unit: 'day' | 'week' | 'month' | 'year'; offset: number }
  | { kind: 'season'; season: string; year: number | null; shift: Shift }
  /** A quarter or half of a year; `quarter` null: "the quarter", the latest reported one. */
  | { kind: 'quarter'; quarter: number | null; year: number | null; shift: Shift; half: boolean; yearOffset?: number }
  | { kind: 'reference'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  /** A length of time; amount null when vague ("several years" -> PXY). */
  | { kind: 'duration'; amount: number | null; unit: Unit }
  | { kind: 'set'; value: string }
  /** A clock time or a part of a day, on a day (null: the anchor day). */
  | { kind: 'time'; hour: number | null; minute: number; partOfDay: string | null; day: Meaning | null };

/** One expression found by the grammar: a token range and its meaning. */
export interface Parse {
  /** First token index. */
  start: number;
  /** Token index after the last token. */
  end: number;
  meaning: Meaning;
}
