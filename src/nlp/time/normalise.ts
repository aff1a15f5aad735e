// Turns the meaning of an expression into a TIMEX3 type and value, anchored to a reference day. Without a
// reference day, the parts that need one are written as X ("XXXX-02" for "February").
import type { DatePrecision, TimexType } from '../../model.js';
import { addMonths, daysFromCivil, formatDay, formatMonth, formatWeek, pad, weekdayOf } from './calendar.js';
import type { Meaning } from './semantics.js';
import { dateOfHoliday } from './holidays.js';
import { durationValue } from './rules-span.js';
import type { Tense } from './tense.js';
import { time as settings } from '../../settings.js';

/** The reference day: days since 1970-01-01, with its calendar fields. */
export interface Anchor {
  days: number;
  year: number;
  month: number;
  day: number;
  /** How much of the reference date is known: a reference month anchors "last month" but not "yesterday". */
  precision: DatePrecision;
}

export function anchorOf(year: number, month: number, day: number, precision: DatePrecision = 'day'): Anchor {
  return { days: daysFromCivil(year, month, day), year, month, day, precision };
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 1, month: 2, day: 3 };

/** The anchor if it is known at least to `precision`; a reference month cannot place "Monday". */
function known(anchor: Anchor | null, precision: DatePrecision): Anchor | null {
  return anchor && PRECISION_RANK[anchor.precision] >= PRECISION_RANK[precision] ? anchor : null;
}

const DAY_UNITS = new Set(['day', 'week', 'weekend', 'hour', 'minute', 'second']);

const HALF_YEAR_DAYS = 183;

const SEASON_START_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function typeOf(meaning: Meaning): TimexType {
  if (meaning.kind === 'duration') return 'DURATION';
  if (meaning.kind === 'set') return 'SET';
  if (meaning.kind === 'time') return 'TIME';
  return 'DATE';
}

export function valueOf(meaning: Meaning, anchor: Anchor | null, tense: Tense): string {
  switch (meaning.kind) {
    case 'date':
      if (meaning.year === null && meaning.month !== null && anchor && !known(anchor, 'month')) {
        return calendarDate({ ...meaning, year: anchor.year }, null, tense);
      }
      return calendarDate(meaning, known(anchor, 'month'), tense);
    case 'weekday':
      return weekdayDate(meaning.weekday, meaning.shift, known(anchor, 'day'), tense);
    case 'holiday':
      return holidayDate(meaning.name, meaning.year, known(anchor, 'month'), tense);
    case 'decade':
      return String(meaning.decade);
    case 'century':
      return pad(meaning.century, 2);
    case 'offset':
      return offsetDate(meaning.unit, meaning.offset, known(anchor, DAY_UNITS.has(meaning.unit) ? 'day' : meaning.unit === 'month' || meaning.unit === 'quarter' ? 'month' : 'year'), tense);
    case 'season':
      return seasonDate(meaning.season, meaning.year ?? (anchor && !known(anchor, 'month') ? anchor.year : null), meaning.shift, known(anchor, 'month'), tense);
    case 'quarter':
      return quarterDate(meaning, known(anchor, 'month'), tense);
    case 'reference':
      return meaning.value;
    case 'anaphor':
      // resolved by the tagger against the previous date of the text; without one it is unknown
      return anaphorValue(meaning, null);
    case 'duration':
      return durationValue(meaning.amount, meaning.unit);
    case 'set':
      return meaning.value;
    case 'time': {
      const dayAnchor = known(anchor, 'day');
      const day = meaning.day ? valueOf(meaning.day, anchor, tense) : dayAnchor ? formatDay(dayAnchor.days) : 'XXXX-XX-XX';
      if (meaning.hour !== null) return `${day}T${pad(meaning.hour, 2)}:${pad(meaning.minute, 2)}`;
      return `${day}T${meaning.partOfDay ?? 'XX'}`;
    }
  }
}

/** The direction an unplaced name points to: the shift if written, else by tense; news reports the past. */
function direction(shift: -1 | 0 | 1 | null, tense: Tense): -1 | 0 | 1 {
  if (shift !== null) return shift;
  return tense === 'future' ? 1 : tense === 'past' ? -1 : 0;
}

function calendarDate(meaning: Extract<Meaning, { kind: 'date' }>, anchor: Anchor | null, tense: Tense): string {
  const { month, day } = meaning;
  let year = meaning.year;
  if (year === null && month !== null && anchor) {
    year = anchor.year;
    const way = direction(meaning.shift, tense);
    if (day !== null) {
      // the year that puts the date nearest the anchor, unless the tense points clearly the other way
      const distance = daysFromCivil(year, month, day) - anchor.days;
      const limit = settings.tenseYearShiftDays;
      if (meaning.shift === -1) {
        if (distance >= 0) year -= 1;
      } else if (meaning.shift === 1) {
        if (distance <= 0) year += 1;
      } else if (way < 0 && distance > limit) year -= 1;
      else if (way > 0 && distance < -limit) year += 1;
      else if (way === 0 && distance > HALF_YEAR_DAYS) year -= 1;
      else if (way === 0 && distance < -HALF_YEAR_DAYS) year += 1;
    } else {
      // a month alone: the nearest one, or the one before/after the anchor month when shifted or tensed
      const months = month - anchor.month;
      if (meaning.shift === 0) year = anchor.year;
      else if (meaning.shift === -1) year -= months >= 0 ? 1 : 0;
      else if (meaning.shift === 1) year += months <= 0 ? 1 : 0;
      else if (way < 0 && months > 0) year -= 1;
      else if (way > 0 && months < 0) year += 1;
      else if (way === 0 && months > 6) year -= 1;
      else if (way === 0 && months < -6) year += 1;
    }
  }
  const yearText = year === null ? 'XXXX' : pad(year, 4);
  if (month === null) return yearText;
  if (day === null) return `${yearText}-${pad(month, 2)}`;
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}`;
}

function holidayDate(name: string, year: number | null, anchor: Anchor | null, tense: Tense): string {
  const placedYear = year ?? anchor?.year ?? null;
  if (placedYear === null) return 'XXXX-XX-XX';
  const inAnchorYear = dateOfHoliday(name, placedYear);
  if (!inAnchorYear) return 'XXXX-XX-XX';
  if (year !== null) return `${pad(year, 4)}-${pad(inAnchorYear.month, 2)}-${pad(inAnchorYear.day, 2)}`;
  // place it like a written month and day, then take the holiday's own date in that year
  const placed = calendarDate({ kind: 'date', year: null, month: inAnchorYear.month, day: inAnchorYear.day, shift: null }, anchor, tense);
  const finalYear = Number(placed.slice(0, 4));
  const date = dateOfHoliday(name, finalYear)!;
  return `${pad(finalYear, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

function weekdayDate(weekday: number, shift: -1 | 0 | 1 | null, anchor: Anchor | null, tense: Tense): string {
  if (!anchor) return `XXXX-WXX-${weekday}`;
  const today = weekdayOf(anchor.days);
  const way = shift ?? (tense === 'future' ? 1 : -1);
  if (shift === null && weekday === today) return formatDay(anchor.days);
  if (way === 0) return formatDay(anchor.days + (weekday - today));
  if (way > 0) return formatDay(anchor.days + ((weekday - today + 7) % 7 || 7));
  return formatDay(anchor.days - ((today - weekday + 7) % 7 || 7));
}

function offsetDate(unit: string, offset: number, anchor: Anchor | null, tense: Tense): string {
  if (!anchor) {
    const unknown: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX' };
    return unknown[unit] ?? 'XXXX';
  }
  switch (unit) {
    case 'day':
    case 'hour':
    case 'minute':
    case 'second':
      return formatDay(anchor.days + (unit === 'day' ? offset : 0));
    case 'week':
      return formatWeek(anchor.days + 7 * offset);
    case 'weekend':
      // on a weekday, "the weekend" of a news report is the one just past, in the ISO week before
      return `${formatWeek(anchor.days + 7 * offset - (offset === 0 && weekdayOf(anchor.days) <= 5 && tense !== 'future' ? 7 : 0))}-WE`;
    case 'month': {
      const shifted = addMonths(anchor.year, anchor.month, offset);
      return formatMonth(shifted.year, shifted.month);
    }
    case 'quarter': {
      const index = anchor.year * 4 + Math.floor((anchor.month - 1) / 3) + offset;
      return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
    }
    case 'decade':
      return String(Math.floor(anchor.year / 10) + offset);
    case 'century':
      return pad(Math.floor(anchor.year / 100) + offset, 2);
    case 'millennium':
      return String(Math.floor(anchor.year / 1000) + offset);
    default:
      return pad(anchor.year + offset, 4);
  }
}

function seasonDate(code: string, year: number | null, shift: -1 | 0 | 1 | null, anchor: Anchor | null, tense: Tense): string {
  if (year !== null) return `${pad(year, 4)}-${code}`;
  if (!anchor) return `XXXX-${code}`;
  const start = SEASON_START_MONTH[code] ?? 1;
  const way = direction(shift, tense);
  let placed = anchor.year;
  if (way < 0 && (start > anchor.month || (shift === -1 && start + 2 >= anchor.month))) placed -= 1;
  if (way > 0 && (start + 2 < anchor.month || (shift === 1 && start <= anchor.month))) placed += 1;
  return `${pad(placed, 4)}-${code}`;
}

function quarterDate(meaning: Extract<Meaning, { kind: 'quarter' }>, anchor: Anchor | null, tense: Tense): string {
  const letter = meaning.half ? 'H' : 'Q';
  if (meaning.year !== null && meaning.quarter !== null) return `${pad(meaning.year, 4)}-${letter}${meaning.quarter}`;
  if (!anchor) return `${meaning.year === null ? 'XXXX' : pad(meaning.year, 4)}-${letter}${meaning.quarter ?? 'X'}`;
  const current = meaning.half ? (anchor.month <= 6 ? 1 : 2) : Math.floor((anchor.month - 1) / 3) + 1;
  const perYear = meaning.half ? 2 : 4;
  if (meaning.quarter === null) {
    // "the quarter" in a report is the latest finished one; "the year-earlier quarter" the same a year before
    const index = anchor.year * perYear + current - 2 + (meaning.shift === -1 ? -perYear : 0);
    const year = meaning.year ?? Math.floor(index / perYear);
    return `${pad(year, 4)}-${letter}${(index % perYear) + 1}`;
  }
  if (meaning.yearOffset !== undefined) return `${pad(anchor.year + meaning.yearOffset, 4)}-${letter}${meaning.quarter}`;
  let year = meaning.year ?? anchor.year;
  if (meaning.year === null && meaning.quarter > current && tense !== 'future') year -= 1;
  return `${pad(year, 4)}-${letter}${meaning.quarter}`;
}


const ANAPHOR_PRECISION = { day: /^\d{4}-\d{2}-\d{2}/, week: /^\d{4}-\d{2}-\d{2}/, month: /^\d{4}-\d{2}/, year: /^\d{4}/ };

/** The value of "the following year", "that day" from the last date value the text gave before it (or X). */
export function anaphorValue(meaning: Extract<Meaning, { kind: 'anaphor' }>, previous: string | null): string {
  const unknown = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' }[meaning.unit];
  if (!previous || !ANAPHOR_PRECISION[meaning.unit].test(previous)) return unknown;
  const year = Number(previous.slice(0, 4));
  if (meaning.unit === 'year') return pad(year + meaning.offset, 4);
  const month = Number(previous.slice(5, 7));
  if (meaning.unit === 'month') {
    const shifted = addMonths(year, month, meaning.offset);
    return formatMonth(shifted.year, shifted.month);
  }
  const days = daysFromCivil(year, month, Number(previous.slice(8, 10)));
  return meaning.unit === 'week' ? formatWeek(days + 7 * meaning.offset) : formatDay(days + meaning.offset);
}
