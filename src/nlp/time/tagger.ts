// tagTimexes: find and normalise the temporal expressions of a text.
import type { Timex } from '../../model.js';
import { parseIsoDate } from './calendar.js';
import { findExpressions } from './grammar.js';
import { shareWithNeighbours } from './context.js';
import { anchorOf, anaphorValue, typeOf, valueOf, type Anchor } from './normalise.js';
import { afterForwardPreposition, markTense, tenseAround } from './tense.js';
import { tokenize, type Token } from './tokens.js';
import type { Parse } from './semantics.js';

/** The latest value before this point that names a calendar date ("1996", "2021-06-22"), for anaphors. */
function lastCalendarValue(timexes: readonly Timex[]): string | null {
  for (let i = timexes.length - 1; i >= 0; i--) {
    const timex = timexes[i]!;
    if ((timex.type === 'DATE' || timex.type === 'TIME') && /^\d{4}(?:-\d\d){0,2}(?:T|$)/.test(timex.value)) return timex.value;
  }
  return null;
}

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;

/**
 * Results are compared quarter by quarter in company reports: "a year ago" or "a year earlier" after a quarter
 * in the same or the previous sentence is that quarter a year before, not the whole year.
 */
function comparedQuarter(parses: readonly Parse[], index: number, values: readonly Timex[], tokens: readonly Token[], sentence: Int32Array): string | null {
  const parse = parses[index]!;
  const meaning = parse.meaning;
  if (meaning.kind !== 'offset' || meaning.unit !== 'year' || Math.abs(meaning.offset) !== 1) return null;
  const lastWord = tokens[parse.end - 1]?.lower;
  if (lastWord !== 'ago' && lastWord !== 'earlier') return null;
  const here = sentence[parse.start] ?? 0;
  for (let i = index - 1; i >= 0; i--) {
    if ((sentence[parses[i]!.start] ?? 0) < here - 1) break;
    const match = QUARTER_VALUE.exec(values[i]!.value);
    if (match) return `${Number(match[1]) + meaning.offset}-Q${match[2]}`;
  }
  return null;
}

/** The anchor of a `YYYY-MM-DD`, `YYYY-MM` or `YYYY` reference date, or null. A coarser reference anchors only
 * what it can: with `2021-06`, "last month" is 2021-05 but "Monday" stays XXXX-WXX-1. */
export function anchorFromReference(referenceDate: string | null): Anchor | null {
  const parsed = parseIsoDate(referenceDate);
  return parsed ? anchorOf(parsed.year, parsed.month, parsed.day, parsed.precision) : null;
}

/**
 * Temporal expressions of `text` with UTF-16 offsets, TIMEX3 type and value. Relative expressions are
 * resolved against `referenceDate` (`YYYY-MM-DD`, or a coarser `YYYY-MM`/`YYYY`; usually the publication date)
 * and the tense of their sentence; without one, the unknown parts of a value are X.
 */
export function tagTimexes(text: string, referenceDate: string | null): Timex[] {
  const tokens = tokenize(text);
  const anchor = anchorFromReference(referenceDate);
  const tenses = markTense(tokens);
  const timexes: Timex[] = [];
  const parses = shareWithNeighbours(findExpressions(tokens), tokens);
  parses.forEach((parse, index) => {
    const first = tokens[parse.start]!;
    const last = tokens[parse.end - 1]!;
    // "by Jan. 14", "until March 6": a deadline lies ahead even in a past-tense report (not so "until Thursday")
    const datedDeadline = (parse.meaning.kind === 'date' || parse.meaning.kind === 'holiday') && afterForwardPreposition(tokens, parse.start);
    const tense = datedDeadline ? 'future' : tenseAround(tenses, parse.start, parse.end);
    const quarter = comparedQuarter(parses, index, timexes, tokens, tenses.sentence);
    const value = parse.meaning.kind === 'anaphor'
      ? anaphorValue(parse.meaning, lastCalendarValue(timexes))
      : quarter ?? valueOf(parse.meaning, anchor, tense);
    timexes.push({ start: first.start, end: last.end, text: text.slice(first.start, last.end), type: typeOf(parse.meaning), value });
  });
  return timexes;
}
