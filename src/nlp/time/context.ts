// Expressions that borrow from their neighbours: "between March and May 2020" (March takes 2020),
// "Dec. 1, 2023, at 10:30 a.m." (the time is on that day). Works on parses before they are anchored.
import type { Parse } from './semantics.js';
import type { Token } from './tokens.js';

/** Words between two dates of a range or a list. */
const RANGE_JOINERS = new Set(['and', 'to', 'through', 'until', 'till', 'or', '-', '–', '—']);

/** Words between a date and the clock time that follows it. */
const TIME_JOINERS = new Set([',', 'at', 'around', 'about']);

function wordsBetween(tokens: readonly Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let i = from; i < to; i++) words.push(tokens[i]!.lower);
  return words;
}

/** Fills a missing year from the next date of a range, and a missing day of a time from the date before it. */
export function shareWithNeighbours(parses: Parse[], tokens: readonly Token[]): Parse[] {
  for (let i = 0; i + 1 < parses.length; i++) {
    const first = parses[i]!;
    const second = parses[i + 1]!;
    const between = wordsBetween(tokens, first.end, second.start);
    const a = first.meaning;
    const b = second.meaning;
    if (between.length >= 1 && between.length <= 2 && between.every((w) => RANGE_JOINERS.has(w))) {
      if (a.kind === 'date' && b.kind === 'date' && a.year === null && a.month !== null && b.year !== null && a.shift === null) {
        first.meaning = { ...a, year: a.month <= (b.month ?? 12) ? b.year : b.year - 1 };
      }
    }
    if (between.length <= 2 && between.every((w) => TIME_JOINERS.has(w)) && b.kind === 'time' && b.day === null && b.hour !== null) {
      if ((a.kind === 'date' && a.day !== null) || a.kind === 'weekday' || (a.kind === 'offset' && a.unit === 'day')) {
        second.meaning = { ...b, day: a };
      }
    }
  }
  return parses;
}
