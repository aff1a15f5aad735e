// Grammar rules for expressions that name a point or period of the calendar: dates, years, decades, centuries,
// weekdays, months, seasons, quarters and unit offsets ("last year", "this week", "yesterday").
// Each rule reads tokens from `start` and returns the parse it recognises there, or null.
import { Tokens } from './cursor.js';
import {
  MONTHS, ORDINALS, PARTS_OF_DAY, RELATIVE_DAYS, SEASONS, SHIFTERS, UNITS, WEEKDAYS,
} from './lexicon.js';
import type { Meaning, Parse, Shift } from './semantics.js';

/** Words before a capitalised ambiguous month ("May", "March") that make it a month. */
const MONTH_CONTEXT = new Set(['in', 'since', 'until', 'till', 'by', 'through', 'from', 'of', 'during', 'before', 'after', 'early', 'late', 'mid', '-', 'last', 'next', 'this', 'the', 'to', 'between', 'as', 'for']);

const FULL_MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Words after a four-digit number that show it counts things rather than names a year. */
const COUNTED_NOUNS = new Set(['percent', 'million', 'billion', 'trillion', 'people', 'troops', 'soldiers', 'shares', 'points', 'dollars', 'yuan', 'euros', 'pounds', 'rubles', 'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres', 'feet', 'tons', 'tonnes', 'hours', 'days', 'votes', 'cases', 'deaths', 'members', 'workers', 'employees', 'units', 'barrels', 'acres', 'hectares', 'cars', 'jobs', 'civilians', 'children', 'men', 'women', 'residents', 'students', 'pages', 'words']);

/** Prepositions that make a number 1000-1899 a year ("in 1947"). */
const YEAR_CONTEXT = new Set(['in', 'since', 'of', 'by', 'from', 'until', 'till', 'before', 'after', 'to', 'year', 'around', 'circa', 'during', 'through', 'early', 'late', 'mid', 'and', 'between']);

/** Words before "year" that place a day and month without a year: "next year", "last year", "this year". */
const YEAR_SHIFTS = new Map<string, Shift>([['next', 1], ['last', -1], ['this', 0]]);

const partOfDayAfter = (t: Tokens, index: number): string | null => PARTS_OF_DAY.get(t.lower(index)) ?? null;

/** "Wed, June 23, 2021", "Feb. 1", "February 1, 2021", "23 June 2021", "July 1998", "the 1st of June". */
export function monthDate(t: Tokens, start: number): Parse | null {
  let index = start;
  const weekday = WEEKDAYS.get(t.lower(index));
  if (weekday !== undefined) {
    index += t.is(index + 1, '.') ? 1 : 0;
    index += t.is(index + 1, ',') ? 2 : 1;
  }
  // "the first of January": a day of the month as an ordinal word, read only with "the" and "of" before a month.
  const ordinal = weekday === undefined && t.is(index, 'the') && t.is(index + 2, 'of') ? ORDINALS.get(t.lower(index + 1)) : undefined;
  const wordDay = ordinal !== undefined && ordinal >= 1 ? ordinal : null;
  if (wordDay !== null) index += 1;
  // day first: "23 June 2021", "1st of June"
  const leadingDay = wordDay ?? t.dayOfMonth(index);
  if (leadingDay !== null) {
    const monthIndex = MONTHS.has(t.lower(index + 1)) ? index + 1 : t.is(index + 1, 'of') && MONTHS.has(t.lower(index + 2)) ? index + 2 : -1;
    if (monthIndex > 0 && t.isCapitalised(monthIndex)) {
      let end = monthIndex + 1 + (t.is(monthIndex + 1, '.') && !FULL_MONTH_NAMES.has(t.lower(monthIndex)) ? 1 : 0);
      const year = t.year(end);
      if (year !== null) end += 1;
      // "the first of January next year": the year after the anchor's, "... last year" the one before.
      const yearShift = year === null && t.is(end + 1, 'year') ? YEAR_SHIFTS.get(t.lower(end)) ?? null : null;
      if (yearShift !== null) end += 2;
      return { start, end, meaning: { kind: 'date', year, month: MONTHS.get(t.lower(monthIndex))!, day: leadingDay, shift: yearShift } };
    }
  }
  const month = MONTHS.get(t.lower(index));
  if (month === undefined || !t.isCapitalised(index)) return null;
  const word = t.lower(index);
  index += 1;
  if (t.is(index, '.') && !FULL_MONTH_NAMES.has(word)) index += 1;
  const day = t.dayOfMonth(index);
  if (day !== null) {
    let end = index + 1;
    let year: number | null = null;
    if (t.is(end, ',') && t.year(end + 1) !== null) {
      year = t.year(end + 1);
      end += 2;
    } else if (t.year(end) !== null) {
      year = t.year(end);
      end += 1;
    }
    return { start, end, meaning: { kind: 'date', year, month, day, shift: null } };
  }
  const yearIndex = t.is(index, ',') ? index + 1 : index;
  const year = t.year(yearIndex);
  if (year !== null) return { start, end: yearIndex + 1, meaning: { kind: 'date', year, month, day: null, shift: null } };
  if (t.is(index, 'of') && t.year(index + 1) !== null) {
    return { start, end: index + 2, meaning: { kind: 'date', year: t.year(index + 1), month, day: null, shift: null } };
  }
  if (weekday !== undefined) return null;
  // A month alone: full names, abbreviations only with their period, "May"/"March" only after a preposition.
  if (!FULL_MONTH_NAMES.has(word) && !t.is(start + 1, '.')) return null;
  if ((word === 'may' || word === 'march') && !MONTH_CONTEXT.has(t.lower(start - 1))) {
    // "April and May", but not "Theresa May and ...": after a conjunction only when a month comes before it
    const conjunction = t.is(start - 1, 'and') || t.is(start - 1, 'or');
    if (!conjunction || !MONTHS.has(t.lower(start - 2))) return null;
  }
  const end = FULL_MONTH_NAMES.has(word) ? start + 1 : index;
  return { start, end, meaning: { kind: 'date', year: null, month, day: null, shift: null } };
}

/** "2021-06-23", "6/23/2021". */
export function numericDate(t: Tokens, start: number): Parse | null {
  const year = t.year(start);
  if (year !== null && t.isJoiningHyphen(start + 1) && t.isJoiningHyphen(start + 3)) {
    const month = t.plainNumber(start + 2);
    const day = t.plainNumber(start + 4);
    if (month !== null && day !== null && month >= 1 && month <= 12 && day >= 1 && day <= 31 && t.attached(start + 4)) {
      return { start, end: start + 5, meaning: { kind: 'date', year, month, day, shift: null } };
    }
  }
  const month = t.plainNumber(start);
  if (month !== null && month >= 1 && month <= 12 && t.is(start + 1, '/') && t.attached(start + 1) && t.is(start + 3, '/')) {
    const day = t.plainNumber(start + 2);
    let fullYear = t.plainNumber(start + 4);
    if (day !== null && day >= 1 && day <= 31 && fullYear !== null && t.attached(start + 4)) {
      if (fullYear < 100) fullYear += fullYear < 50 ? 2000 : 1900;
      return { start, end: start + 5, meaning: { kind: 'date', year: fullYear, month, day, shift: null } };
    }
  }
  return null;
}

/** "2030", "fiscal 1990", "1990s", "'90s". */
export function yearOrDecade(t: Tokens, start: number): Parse | null {
  let index = start;
  if (t.is(index, 'fiscal')) index += 1;
  else if (t.is(index, 'the') && /^\d{4}s$/.test(t.at(index + 1)?.text ?? '')) index += 1;
  const token = t.at(index);
  if (!token || token.kind !== 'number') return null;
  const previous = t.at(start - 1);
  if (previous && (previous.text === '$' || previous.text === '#' || previous.text === '€' || previous.text === '£')) return null;
  if (/^\d{4}s$/.test(token.text)) {
    return { start, end: index + 1, meaning: { kind: 'decade', decade: Math.floor(token.value / 10) } };
  }
  if (index > start && t.is(start, 'the')) {
    return null;
  }
  if (/^\d0s$/.test(token.text) && t.is(index - 1, "'") && t.attached(index)) {
    return { start: index - 1, end: index + 1, meaning: { kind: 'decade', decade: 190 + Math.floor(token.value / 10) } };
  }
  const year = t.year(index);
  if (year === null) return null;
  const next = t.at(index + 1);
  // "ATR2100x", "F2030": part of a model name
  if ((!token.spaceBefore && t.at(index - 1)?.kind === 'word') || (next && !next.spaceBefore && next.kind === 'word')) return null;
  if (next && (next.text === '%' || COUNTED_NOUNS.has(next.lower))) return null;
  if (next && (next.text === ',' || next.text === '.') && !next.spaceBefore && t.at(index + 2)?.kind === 'number' && t.attached(index + 2)) return null;
  if (previous && (previous.text === ',' || previous.text === '.') && !previous.spaceBefore && !token.spaceBefore && t.at(start - 2)?.kind === 'number') return null;
  if (year < 1900 && !YEAR_CONTEXT.has(t.lower(start - 1))) return null;
  return { start, end: index + 1, meaning: { kind: 'date', year, month: null, day: null, shift: null } };
}

/** "the 20th century", "the nineteenth century". */
export function century(t: Tokens, start: number): Parse | null {
  const index = t.is(start, 'the') ? start + 1 : start;
  const token = t.at(index);
  if (!token || !t.is(index + 1, 'century')) return null;
  const ordinal = token.kind === 'number' && /^\d{1,2}(st|nd|rd|th)$/.test(token.text) ? token.value : ORDINALS.get(token.lower);
  if (ordinal === undefined || ordinal < 1) return null;
  return { start, end: index + 2, meaning: { kind: 'century', century: ordinal - 1 } };
}

/** A weekday, alone or with a part of the day: "Monday", "Friday morning". */
export function weekday(t: Tokens, start: number): Parse | null {
  const day = WEEKDAYS.get(t.lower(start));
  if (day === undefined || t.lower(start).length < 6 || !t.isCapitalised(start)) return null;
  const meaning: Meaning = { kind: 'weekday', weekday: day, shift: null };
  return withPartOfDay(t, start, start + 1, meaning);
}

function withPartOfDay(t: Tokens, start: number, end: number, day: Meaning): Parse {
  const partOfDay = partOfDayAfter(t, end);
  if (partOfDay !== null) {
    return { start, end: end + 1, meaning: { kind: 'time', hour: null, minute: 0, partOfDay, day } };
  }
  return { start, end, meaning: day };
}

/** "yesterday", "today", "tomorrow", "tonight", "yesterday morning", "the day before yesterday". */
export function relativeDay(t: Tokens, start: number): Parse | null {
  if (t.is(start, 'the') && t.is(start + 1, 'day') && (t.is(start + 2, 'before') || t.is(start + 2, 'after'))) {
    const offset = RELATIVE_DAYS.get(t.lower(start + 3));
    if (offset !== undefined && offset !== 0) {
      return { start, end: start + 4, meaning: { kind: 'offset', unit: 'day', offset: offset * 2 } };
    }
  }
  const offset = RELATIVE_DAYS.get(t.lower(start));
  if (offset === undefined) return null;
  if (t.is(start, 'tonight')) {
    return { start, end: start + 1, meaning: { kind: 'time', hour: null, minute: 0, partOfDay: 'NI', day: null } };
  }
  return withPartOfDay(t, start, start + 1, { kind: 'offset', unit: 'day', offset });
}

/** "last year", "this week", "next month", "the past year", "last Friday", "next June", "this summer",
 * "this morning", "last night", "the weekend". */
/** Units an anaphoric expression can count in. */
const ANAPHOR_UNITS = new Set(['day', 'week', 'month', 'year']);

/** Shifters that count from the narrative's last date rather than from the reference date. */
const NARRATIVE_SHIFTERS: ReadonlyMap<string, number> = new Map([['following', 1], ['previous', -1], ['preceding', -1], ['same', 0]]);

/** "the following year", "the previous day", "that day", "the same week", "the next day", "the day before". */
export function anaphor(t: Tokens, start: number): Parse | null {
  if (t.is(start, 'that') && ANAPHOR_UNITS.has(t.lower(start + 1))) {
    return { start, end: start + 2, meaning: { kind: 'anaphor', unit: t.lower(start + 1) as 'day', offset: 0 } };
  }
  if (!t.is(start, 'the')) return null;
  const word = t.lower(start + 1);
  const unit = t.lower(start + 2);
  const shift = NARRATIVE_SHIFTERS.get(word) ?? (word === 'next' && unit === 'day' ? 1 : undefined);
  if (shift !== undefined && ANAPHOR_UNITS.has(unit)) {
    return { start, end: start + 3, meaning: { kind: 'anaphor', unit: unit as 'day', offset: shift } };
  }
  // "the day before", "the day after" (not "the day before yesterday", a relative day)
  if (word === 'day' && (unit === 'before' || unit === 'after') && !t.is(start + 3, 'yesterday') && !t.is(start + 3, 'tomorrow')) {
    return { start, end: start + 3, meaning: { kind: 'anaphor', unit: 'day', offset: unit === 'before' ? -1 : 1 } };
  }
  return null;
}

export function shifted(t: Tokens, start: number): Parse | null {
  let index = t.is(start, 'the') ? start + 1 : start;
  let shift = SHIFTERS.get(t.lower(index));
  if (shift === undefined) {
    if (index > start && (t.is(index, 'weekend'))) {
      return { start, end: index + 1, meaning: { kind: 'offset', unit: 'weekend', offset: 0 } };
    }
    return null;
  }
  if (t.is(index, 'same') || (index > start && t.is(index, 'this'))) return null;
  index += 1;
  if (shift === 0 && t.is(index, 'past')) {
    shift = -1;
    index += 1;
  }
  const word = t.lower(index);
  const unit = UNITS.get(word);
  if (unit !== undefined && !word.endsWith('s') && unit !== 'second' && unit !== 'minute' && unit !== 'hour') {
    if (unit === 'day' && index - start < 2) return null; // "this day", "next day" are rarely dates by themselves
    return { start, end: index + 1, meaning: { kind: 'offset', unit, offset: shift } };
  }
  const asShift = shift as Shift;
  const day = WEEKDAYS.get(word);
  if (day !== undefined && word.length >= 6) {
    return withPartOfDay(t, start, index + 1, { kind: 'weekday', weekday: day, shift: asShift });
  }
  const month = MONTHS.get(word);
  if (month !== undefined && t.isCapitalised(index) && word.length >= 3) {
    const written = monthDate(t, index);
    if (written && written.meaning.kind === 'date' && written.meaning.year === null) {
      return { start, end: written.end, meaning: { ...written.meaning, shift: asShift } };
    }
    return { start, end: index + 1, meaning: { kind: 'date', year: null, month, day: null, shift: asShift } };
  }
  const season = SEASONS.get(word);
  if (season !== undefined) return { start, end: index + 1, meaning: { kind: 'season', season, year: null, shift: asShift } };
  const partOfDay = PARTS_OF_DAY.get(word);
  if (partOfDay !== undefined && index === start + 1 && (t.is(start, 'this') || (t.is(start, 'last') && partOfDay === 'NI'))) {
    const day: Meaning = { kind: 'offset', unit: 'day', offset: t.is(start, 'last') ? -1 : 0 };
    return { start, end: index + 1, meaning: { kind: 'time', hour: null, minute: 0, partOfDay, day } };
  }
  return null;
}

/** "spring 2020", "the summer", "Summer", "the fall of 1998". */
export function season(t: Tokens, start: number): Parse | null {
  const index = t.is(start, 'the') ? start + 1 : start;
  const code = SEASONS.get(t.lower(index));
  if (code === undefined) return null;
  const yearIndex = t.is(index + 1, 'of') ? index + 2 : index + 1;
  const year = t.year(yearIndex);
  if (year !== null) return { start, end: yearIndex + 1, meaning: { kind: 'season', season: code, year, shift: null } };
  if (index === start && (t.is(index, 'fall') || !t.isCapitalised(index))) return null;
  return { start, end: index + 1, meaning: { kind: 'season', season: code, year: null, shift: null } };
}

/** "the third quarter", "third-quarter", "the fourth quarter of 1990", "the first half", "the quarter",
 * "the latest quarter", "the year-earlier quarter". */
export function quarter(t: Tokens, start: number): Parse | null {
  let index = t.is(start, 'the') ? start + 1 : start;
  if (t.is(index, 'fiscal')) index += 1;
  // "next year's first quarter": the year shift in front
  let yearShift: number | null = null;
  const shifter = SHIFTERS.get(t.lower(start));
  if (shifter !== undefined && t.is(start + 1, 'year') && t.is(start + 2, "'") && t.is(start + 3, 's')) {
    yearShift = shifter;
    index = start + 4;
  }
  // "the 1988 third quarter", "the 1989 period"
  const leadingYear = index > start && yearShift === null ? t.year(index) : null;
  if (leadingYear !== null) index += 1;
  let number: number | null = null;
  let shift: Shift = null;
  const word = t.lower(index);
  const ordinal = ORDINALS.get(word) ?? (t.at(index)?.kind === 'number' && /^[1-4](st|nd|rd|th)$/.test(t.at(index)!.text) ? t.at(index)!.value : undefined);
  if (ordinal !== undefined && ordinal >= 1 && ordinal <= 4) {
    number = ordinal;
    index += 1;
  } else if (word === 'latest' || word === 'current' || word === 'recent' || word === 'same') {
    index += 1;
  } else if (word === 'year' && (t.lower(index + 2) === 'earlier' || t.lower(index + 2) === 'ago') && t.isJoiningHyphen(index + 1)) {
    shift = -1;
    index += 3;
  } else if (index === start) {
    return null;
  }
  const yearPeriod = leadingYear !== null && t.is(index, 'period');
  if (t.isJoiningHyphen(index)) {
    // "the third-quarter results": the adjective form leaves "the" to its noun
    if (t.is(start, 'the')) return null;
    index += 1;
  }
  if (t.is(index, 'fiscal')) index += 1;
  const unit = t.lower(index);
  const half = unit === 'half';
  const period = unit === 'period' && (shift === -1 || word === 'latest' || yearPeriod);
  if (unit !== 'quarter' && !(half && number !== null && number <= 2) && !period) return null;
  if (half && index === start + 1) return null; // "first half" of something else, unless "the first half"
  let end = index + 1;
  let year: number | null = leadingYear;
  if (year !== null) {
    // the year is written before the quarter
  } else if (t.is(end, 'of') && t.year(end + 1) !== null) {
    year = t.year(end + 1);
    end += 2;
  } else if (t.year(end) !== null) {
    year = t.year(end);
    end += 1;
  }
  if (yearShift !== null) {
    if (number === null) return null;
    return { start, end, meaning: { kind: 'quarter', quarter: number, year: null, shift, half, yearOffset: yearShift } };
  }
  return { start, end, meaning: { kind: 'quarter', quarter: number, year, shift, half } };
}

/** "the year", "the full year", "the fiscal year": the reference year, or a year's length when a report period
 * follows ("the year ended March 31"). */
export function theYear(t: Tokens, start: number): Parse | null {
  if (!t.is(start, 'the')) return null;
  let index = start + 1;
  if (t.is(index, 'full') || t.is(index, 'fiscal') || t.is(index, 'whole') || t.is(index, 'entire')) index += 1;
  if (!t.is(index, 'year') || t.isJoiningHyphen(index + 1)) return null;
  const next = t.lower(index + 1);
  if (next === 'ended' || next === 'ending' || next === 'ends' || next === 'to') {
    return { start, end: index + 1, meaning: { kind: 'duration', amount: 1, unit: 'year' } };
  }
  if (next === 'before' || next === 'after' || next === 'earlier' || next === 'ago' || next === 'in' || next === 'when') return null;
  return { start, end: index + 1, meaning: { kind: 'offset', unit: 'year', offset: 0 } };
}
