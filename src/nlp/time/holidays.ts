// Named days: fixed ones ("Christmas") and movable ones ("Thanksgiving", "Easter"), with their date in a year.
import { Tokens } from './cursor.js';
import { civilFromDays, daysFromCivil, weekdayOf } from './calendar.js';
import type { Parse } from './semantics.js';

type DateOfYear = (year: number) => { month: number; day: number };

const fixed = (month: number, day: number): DateOfYear => () => ({ month, day });

/** The n-th given weekday (1 Monday .. 7 Sunday) of a month. */
const nthWeekday = (month: number, weekday: number, n: number): DateOfYear => (year) => {
  const first = daysFromCivil(year, month, 1);
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return { month, day: 1 + offset + 7 * (n - 1) };
};

/** Gregorian Easter Sunday (the anonymous Gregorian computus). */
function easter(year: number): { month: number; day: number } {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

const easterOffset = (days: number): DateOfYear => (year) => {
  const sunday = easter(year);
  const date = civilFromDays(daysFromCivil(year, sunday.month, sunday.day) + days);
  return { month: date.month, day: date.day };
};

/** Holiday names (first word, optional second word) -> date in a year. */
const HOLIDAYS: ReadonlyMap<string, { second: readonly string[]; date: DateOfYear }> = new Map([
  ['christmas', { second: ['day'], date: fixed(12, 25) }],
  ['thanksgiving', { second: ['day'], date: nthWeekday(11, 4, 4) }],
  ['easter', { second: ['sunday', 'day'], date: easterOffset(0) }],
  ['halloween', { second: [], date: fixed(10, 31) }],
]);

const TWO_WORD_HOLIDAYS: ReadonlyMap<string, DateOfYear> = new Map([
  ['christmas eve', fixed(12, 24)],
  ["new year's", fixed(1, 1)],
  ['new year', fixed(1, 1)],
  ["new year's day", fixed(1, 1)],
  ["new year's eve", fixed(12, 31)],
  ['good friday', easterOffset(-2)],
  ['independence day', fixed(7, 4)],
  ['labor day', nthWeekday(9, 1, 1)],
  ['memorial day', (year) => { const d = nthWeekday(5, 1, 5)(year); return d.day > 31 ? nthWeekday(5, 1, 4)(year) : d; }],
]);

export function dateOfHoliday(name: string, year: number): { month: number; day: number } | null {
  const rule = TWO_WORD_HOLIDAYS.get(name) ?? HOLIDAYS.get(name)?.date;
  return rule ? rule(year) : null;
}

/** "Thanksgiving Day", "Christmas", "New Year's Eve", "Easter 2020". */
export function holiday(t: Tokens, start: number): Parse | null {
  if (!t.isCapitalised(start)) return null;
  const first = t.lower(start);
  let name: string | null = null;
  let end = start + 1;
  // "New Year's Day": the tokenizer splits "Year's" into "Year", "'", "s"
  const possessive = t.is(start + 2, "'") && t.is(start + 3, 's') ? 2 : 0;
  const pair = `${first} ${t.lower(start + 1)}${possessive ? "'s" : ''}`;
  if (TWO_WORD_HOLIDAYS.has(pair) && t.isCapitalised(start + 1)) {
    name = pair;
    end = start + 2 + possessive;
    const triple = `${pair} ${t.lower(end)}`;
    if (TWO_WORD_HOLIDAYS.has(triple) && t.isCapitalised(end)) {
      name = triple;
      end += 1;
    }
  } else if (HOLIDAYS.has(first)) {
    name = first;
    if (HOLIDAYS.get(first)!.second.includes(t.lower(end)) && t.isCapitalised(end)) end += 1;
    else if (t.is(end, 'eve') && first === 'christmas') return null;
  }
  if (name === null) return null;
  const year = t.year(end);
  if (year !== null) end += 1;
  return { start, end, meaning: { kind: 'holiday', name, year } };
}
