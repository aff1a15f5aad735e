// Grammar rules for lengths and frequencies of time, offsets counted in units ("two years ago"), clock times
// and fuzzy references ("now", "recent years", "the future").
import { Tokens } from './cursor.js';
import { FUZZY_REFERENCES, PARTS_OF_DAY, PLURAL_UNITS, SET_WORDS, UNITS, UNIT_LETTER, WEEKDAYS, type Unit } from './lexicon.js';
import type { Meaning, Parse } from './semantics.js';
import { relativeDay, monthDate, weekday } from './rules-calendar.js';

/** Words before "the"/"last"/"next" + count + unit that stay in a duration's extent. */
const DURATION_DETERMINERS = new Set(['past', 'last', 'next', 'first', 'previous', 'coming', 'final', 'following', 'latest', 'initial', 'remaining', 'full']);

/** Words after a count and unit that make the whole an offset from the anchor, with their direction. */
const OFFSET_WORDS = new Map([['ago', -1], ['earlier', -1], ['later', 1], ['hence', 1]]);

/** Words before a bare plural unit that make it a vague duration ("for years"). */
const VAGUE_DURATION_CONTEXT = new Set(['for', 'in', 'within', 'over', 'took', 'take', 'takes', 'lasted', 'spent']);

const TIME_ZONES = new Set(['est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'pt', 'ist', 'jst', 'msk']);

/** Words that count money or rates, after which "a year" is a frequency ("$5 a year"). */
const RATE_CONTEXT = new Set(['%', 'percent', 'million', 'billion', 'trillion', 'times', 'once', 'twice', 'dollars', 'cents']);

interface UnitMatch {
  unit: Unit;
  plural: boolean;
  end: number;
}

function unitAt(t: Tokens, index: number): UnitMatch | null {
  const word = t.lower(index);
  const unit = UNITS.get(word);
  if (unit === undefined) return null;
  return { unit, plural: PLURAL_UNITS.has(word), end: index + 1 };
}

/** A count and a unit, spaced or hyphenated: "three days", "five-year", "a month-long", "24-hour". */
function countedUnit(t: Tokens, start: number): { amount: number | null; unit: Unit; end: number; hyphenated: boolean } | null {
  const quantity = t.quantity(start);
  if (!quantity) return null;
  // "the 1988 second quarter": a year, not a count
  if (t.year(start) !== null && quantity.end === start + 1 && !PLURAL_UNITS.has(t.lower(start + 1))) return null;
  const hyphenated = t.isJoiningHyphen(quantity.end);
  const found = unitAt(t, quantity.end + (hyphenated ? 1 : 0));
  if (!found || (hyphenated && found.plural)) return null;
  // "a second time", "a quarter of the shares": an ordinal or a fraction, not a length of time
  if (quantity.amount === 1 && (found.unit === 'second' || found.unit === 'quarter') && t.at(start)?.kind === 'word') return null;
  if (t.is(found.end, 'of') && found.unit === 'quarter') return null;
  let end = found.end;
  // "-old" makes it an age, not a time expression
  if (t.isJoiningHyphen(end) && t.is(end + 1, 'old')) return null;
  if (t.is(end, 'old')) return null;
  if (t.isJoiningHyphen(end) && t.is(end + 1, 'long')) end += 2;
  else if (t.is(end, 'long') && !t.is(end + 1, 'as')) end += 1;
  return { amount: quantity.amount, unit: found.unit, end, hyphenated };
}

/** Quantity hedges kept in the extent: "nearly", "about", "more than", "at least", "up to". */
function afterHedge(t: Tokens, start: number): number {
  const word = t.lower(start);
  if (word === 'about' || word === 'nearly' || word === 'almost' || word === 'around' || word === 'roughly' || word === 'approximately') return start + 1;
  const next = t.lower(start + 1);
  if ((word === 'more' || word === 'less' || word === 'fewer') && next === 'than') return start + 2;
  if ((word === 'at' && (next === 'least' || next === 'most')) || (word === 'up' && next === 'to')) return start + 2;
  return start;
}

/** "three days", "the past two months", "the first nine months", "five-year", "a month-long", "several years",
 * "nearly two years", "for years" (the bare plural, without "for"). Also "two years ago", "a year earlier". */
export function durationOrOffset(t: Tokens, start: number): Parse | null {
  let index = afterHedge(t, start);
  const hedged = index > start;
  if (t.is(index, 'the')) index += 1;
  if (DURATION_DETERMINERS.has(t.lower(index)) && t.quantity(index + 1)) index += 1;
  const counted = countedUnit(t, index);
  // "the 10-day strike": the adjective form leaves "the" to its noun
  if (counted && counted.hyphenated && t.is(start, 'the')) return null;
  if (!counted) {
    if (index === start && PLURAL_UNITS.has(t.lower(start)) && VAGUE_DURATION_CONTEXT.has(t.lower(start - 1))) {
      const unit = UNITS.get(t.lower(start))!;
      return { start, end: start + 1, meaning: { kind: 'duration', amount: null, unit } };
    }
    return null;
  }
  const direction = OFFSET_WORDS.get(t.lower(counted.end));
  if (direction !== undefined && !counted.hyphenated && index === afterHedge(t, start)) {
    const meaning: Meaning = counted.amount === null
      ? { kind: 'reference', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF' }
      : { kind: 'offset', unit: counted.unit, offset: direction * Math.max(1, Math.round(counted.amount)) };
    return { start, end: counted.end + 1, meaning };
  }
  if (t.is(counted.end, 'from') && t.is(counted.end + 1, 'now') && counted.amount !== null) {
    return { start, end: counted.end + 2, meaning: { kind: 'offset', unit: counted.unit, offset: Math.round(counted.amount) } };
  }
  const first = t.lower(index);
  const previous = t.at(start - 1);
  // "$5 a year", "twice a week": a frequency
  if (!hedged && index === start && (first === 'a' || first === 'an') && previous && (previous.kind === 'number' || RATE_CONTEXT.has(previous.lower))) {
    return { start, end: counted.end, meaning: { kind: 'set', value: durationValue(1, counted.unit) } };
  }
  // "a year" alone after "the"-less determiners is still a duration; "the year" is not counted here
  return { start, end: counted.end, meaning: { kind: 'duration', amount: counted.amount, unit: counted.unit } };
}

export function durationValue(amount: number | null, unit: Unit): string {
  const time = unit === 'hour' || unit === 'minute' || unit === 'second' ? 'T' : '';
  if (amount === null) return `P${time}X${UNIT_LETTER[unit]}`;
  if (unit === 'decade') return `P${formatAmount(amount * 10)}Y`;
  if (unit === 'century') return `P${formatAmount(amount * 100)}Y`;
  if (unit === 'millennium') return `P${formatAmount(amount * 1000)}Y`;
  if (unit === 'quarter') return `P${formatAmount(amount * 3)}M`;
  if (unit === 'weekend') return `P${formatAmount(amount * 2)}D`;
  if (amount % 1 !== 0) {
    if (unit === 'year') return `P${formatAmount(amount * 12)}M`;
    if (unit === 'hour') return `PT${formatAmount(amount * 60)}M`;
    if (unit === 'day') return `PT${formatAmount(amount * 24)}H`;
  }
  return `P${time}${formatAmount(amount)}${UNIT_LETTER[unit]}`;
}

function formatAmount(amount: number): string {
  return Number.isInteger(amount) ? String(amount) : String(Math.round(amount * 100) / 100);
}

/** "every year", "each week", "every two weeks", "every Monday", "daily", "weekly", "per year". */
export function frequency(t: Tokens, start: number): Parse | null {
  const word = t.lower(start);
  const set = SET_WORDS.get(word);
  if (set !== undefined) return { start, end: start + 1, meaning: { kind: 'set', value: set } };
  if (word !== 'every' && word !== 'each' && word !== 'per') return null;
  let index = start + 1;
  if (t.is(index, 'other')) index += 1;
  const day = WEEKDAYS.get(t.lower(index));
  if (day !== undefined && t.lower(index).length >= 6) {
    return { start, end: index + 1, meaning: { kind: 'set', value: `XXXX-WXX-${day}` } };
  }
  const counted = countedUnit(t, index);
  if (counted && !t.is(index, 'a') && counted.amount !== null) {
    return { start, end: counted.end, meaning: { kind: 'set', value: durationValue(counted.amount, counted.unit) } };
  }
  const unit = unitAt(t, index);
  if (unit && !unit.plural) {
    return { start, end: unit.end, meaning: { kind: 'set', value: durationValue(index > start + 1 ? 2 : 1, unit.unit) } };
  }
  const partOfDay = PARTS_OF_DAY.get(t.lower(index));
  if (partOfDay !== undefined && word !== 'per') {
    return { start, end: index + 1, meaning: { kind: 'set', value: `XXXX-XX-XXT${partOfDay}` } };
  }
  return null;
}

/** "now", "currently", "recently", "the future", "the past", "recent years", "in recent months". */
export function fuzzy(t: Tokens, start: number): Parse | null {
  const word = t.lower(start);
  if (word === 'the') {
    let index = start + 1;
    if (t.is(index, 'near') || t.is(index, 'distant') || t.is(index, 'foreseeable') || t.is(index, 'immediate')) index += 1;
    const next = t.lower(index);
    if (next === 'future') return { start, end: index + 1, meaning: { kind: 'reference', value: 'FUTURE_REF' } };
    if (index === start + 1 && (next === 'past' || next === 'present') && !t.quantity(index + 1) && !UNITS.has(t.lower(index + 1))) {
      return { start, end: index + 1, meaning: { kind: 'reference', value: next === 'past' ? 'PAST_REF' : 'PRESENT_REF' } };
    }
    return null;
  }
  if (word === 'recent' && PLURAL_UNITS.has(t.lower(start + 1))) {
    return { start, end: start + 2, meaning: { kind: 'reference', value: 'PAST_REF' } };
  }
  if (word === 'past' || word === 'future' || word === 'current' || word === 'recent') return null;
  const value = FUZZY_REFERENCES.get(word);
  if (value === undefined) return null;
  if (word === 'now' && t.is(start - 1, 'right')) {
    return { start: start - 1, end: start + 1, meaning: { kind: 'reference', value: 'PRESENT_REF' } };
  }
  return { start, end: start + 1, meaning: { kind: 'reference', value: value as 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' } };
}

/** The day written after a clock time: "10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon yesterday". */
function dayAfterTime(t: Tokens, index: number): Parse | null {
  const at = t.is(index, ',') || t.is(index, 'on') ? index + 1 : index;
  return monthDate(t, at) ?? weekday(t, at) ?? relativeDay(t, at);
}

/** "3 p.m.", "10:35 a.m.", "7:15 pm EST", "noon Saturday", "midnight", "4 in the morning", "1430 GMT". */
export function clockTime(t: Tokens, start: number): Parse | null {
  const token = t.at(start);
  if (!token) return null;
  let hour: number | null = null;
  let minute = 0;
  let index = start + 1;
  if (token.lower === 'noon' || token.lower === 'midday') hour = 12;
  else if (token.lower === 'midnight') hour = 24;
  else if (token.kind === 'number') {
    // "0400 GMT", "1430 GMT": a wire-service clock time
    const wire = /^([01]\d|2[0-3])([0-5]\d)$/.exec(token.text);
    if (wire && TIME_ZONES.has(t.lower(index))) {
      return { start, end: index + 1, meaning: { kind: 'time', hour: Number(wire[1]), minute: Number(wire[2]), partOfDay: null, day: null } };
    }
    const clock = /^(\d{1,2})(?::(\d\d))?$/.exec(token.text);
    if (!clock) return null;
    hour = Number(clock[1]);
    minute = clock[2] ? Number(clock[2]) : 0;
    if (hour > 24 || minute > 59) return null;
    const meridiem = readMeridiem(t, index);
    if (meridiem) {
      if (hour > 12 || hour === 0) return null;
      if (meridiem.pm && hour < 12) hour += 12;
      if (!meridiem.pm && hour === 12) hour = 0;
      index = meridiem.end;
    } else if (t.is(index, "o'clock")) {
      index += 1;
    } else if (t.is(index, 'in') && t.is(index + 1, 'the') && PARTS_OF_DAY.has(t.lower(index + 2))) {
      const partOfDay = PARTS_OF_DAY.get(t.lower(index + 2));
      if (partOfDay !== 'MO' && hour < 12) hour += 12;
      index += 3;
    } else if (!(clock[2] && TIME_ZONES.has(t.lower(index)))) {
      return null;
    }
  } else return null;
  if (TIME_ZONES.has(t.lower(index))) index += 1;
  const day = dayAfterTime(t, index);
  if (day) return { start, end: day.end, meaning: { kind: 'time', hour, minute, partOfDay: null, day: day.meaning } };
  return { start, end: index, meaning: { kind: 'time', hour, minute, partOfDay: null, day: null } };
}

/** "a.m.", "p.m", "am", "pm": returns whether it is afternoon and the index after it. */
function readMeridiem(t: Tokens, index: number): { pm: boolean; end: number } | null {
  const word = t.lower(index);
  if (word === 'am' || word === 'pm') return { pm: word === 'pm', end: index + 1 };
  if ((word === 'a' || word === 'p') && t.is(index + 1, '.') && t.is(index + 2, 'm') && t.attached(index + 2)) {
    const end = t.is(index + 3, '.') && t.attached(index + 3) ? index + 4 : index + 3;
    return { pm: word === 'p', end };
  }
  return null;
}

/** "overnight", "mid-afternoon": a part of the anchor day. */
export function partOfDay(t: Tokens, start: number): Parse | null {
  const word = t.lower(start);
  if (word === 'overnight') return { start, end: start + 1, meaning: { kind: 'time', hour: null, minute: 0, partOfDay: 'NI', day: null } };
  return null;
}
