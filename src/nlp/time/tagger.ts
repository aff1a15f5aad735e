// tagTimexes: find and normalise the temporal expressions of a text.
import type { Timex } from '../../model.js';
import { parseIsoDate } from './calendar.js';
import { findExpressions } from './grammar.js';
import { anchorOf, typeOf, valueOf, type Anchor } from './normalise.js';
import { markTense, tenseAround } from './tense.js';
import { tokenize } from './tokens.js';

/** The anchor of a `YYYY-MM-DD` reference date (a coarser date anchors at its first day), or null. */
export function anchorFromReference(referenceDate: string | null): Anchor | null {
  const parsed = parseIsoDate(referenceDate);
  return parsed ? anchorOf(parsed.year, parsed.month, parsed.day) : null;
}

/**
 * Temporal expressions of `text` with UTF-16 offsets, TIMEX3 type and value. Relative expressions are
 * resolved against `referenceDate` (`YYYY-MM-DD`, usually the publication date) and the tense of their sentence;
 * without one, the unknown parts of a value are X.
 */
export function tagTimexes(text: string, referenceDate: string | null): Timex[] {
  const tokens = tokenize(text);
  const anchor = anchorFromReference(referenceDate);
  const tenses = markTense(tokens);
  const timexes: Timex[] = [];
  for (const parse of findExpressions(tokens)) {
    const first = tokens[parse.start]!;
    const last = tokens[parse.end - 1]!;
    const tense = tenseAround(tenses, parse.start, parse.end);
    timexes.push({
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      type: typeOf(parse.meaning),
      value: valueOf(parse.meaning, anchor, tense),
    });
  }
  return timexes;
}
