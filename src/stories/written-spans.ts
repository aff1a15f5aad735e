// The span a written figure allows, read from its words: "between three and five years" holds 3-5 years, "more than
// a dozen pupils" any count above 12, "fewer than 200" any below. A version that states one exact figure inside the
// span another version gives is no dispute ("19 pupils" against "more than a dozen pupils", "five years" against
// "between three and five years"): whichever finder paired them, such a conflict is dropped (claims.ts).
// Linear-time regular expressions only.
import { writtenSpans as settings } from '../settings.js';
import { aroundValue } from './margins.js';
import { NUMBER_WORD, numberValue } from './number-words.js';

/** What one version says of its figure: a single value, or the bounds of a span; `unit` is the word after it. */
export interface WrittenSpan {
  low: number;
  high: number;
  /** True for one figure written without bound or hedge ("14", "five years"). */
  exact: boolean;
  /** The noun after the figure, singular and lower case ("year", "pupil"); '' when none. */
  unit: string;
}

const NUMBER = `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${NUMBER_WORD})`;
const AFTER = '(?:\\s+([\\p{L}]+))?';
/** "between three and five years", "3 to 5 years", "3-5 years". */
const RANGE = new RegExp(`(?:\\bbetween\\s+${NUMBER}\\s+and\\s+${NUMBER}|\\b${NUMBER}\\s*(?:to|-|–)\\s*${NUMBER})${AFTER}`, 'iu');
const LOWER_WORDS = '(?:more\\s+than|over|at\\s+least|upwards\\s+of|in\\s+excess\\s+of)';
const UPPER_WORDS = '(?:fewer\\s+than|less\\s+than|under|up\\s+to|at\\s+most|no\\s+more\\s+than)';
/** Days in the units a term is written in, to read "five years and one day" as one figure. */
const UNIT_DAYS: Record<string, number> = { year: 365.25, month: 365.25 / 12, week: 7, day: 1 };
const DURATION_PART = new RegExp(`^\\s*,?\\s*(?:and\\s+)?${NUMBER}\\s+([\\p{L}]+)`, 'iu');
/** "over 10 years" says when (during them) as often as how long: before a stretch of time it is no bound. */
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade']);
const LOWER = new RegExp(`\\b${LOWER_WORDS}\\s+${NUMBER}\\b${AFTER}`, 'iu');
const UPPER = new RegExp(`\\b${UPPER_WORDS}\\s+${NUMBER}\\b${AFTER}`, 'iu');
/** Hedges that make a figure an estimate: such a version is left to the tolerance of values.ts. */
const HEDGE = /\b(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated|close\s+to|dozens|hundreds|thousands)\b/iu;
const SINGLE = new RegExp(`\\b${NUMBER}(?:[\\s-]+([\\p{L}]+))?`, 'iu');
/** Figures that are not counts of the fact: a year, a clock time, a share. */
const NOT_A_COUNT = /\d{4}\b(?!,)|\d[:.]\d{2}\s*(?:am|pm)\b|%|\bper\s*cent\b/iu;

function unitOf(word: string | undefined): string {
  if (!word) return '';
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** A round bound is a bracket a writer chose ("more than 200", "more than a dozen"); "at least 24" is a count so far. */
function roundBound(written: string, value: number): boolean {
  if (!/^[\d,.]+$/u.test(written)) return true;
  return Number.isInteger(value) && value !== 0 && value % settings.roundBoundMultiple === 0;
}

/** The words just before a version's value in its evidence: where a bound or hedge is written ("More than| a dozen"). */
function leadIn(value: string, evidence: string): string {
  return aroundValue(value, evidence, settings.leadInChars)?.before ?? '';
}

/** A match in lead-in + value that reaches into the value: a bound of another figure before it does not count. */
function reaching(pattern: RegExp, lead: string, value: string): RegExpExecArray | null {
  const match = pattern.exec(lead + value);
  return match && match.index + match[0].length > lead.length ? match : null;
}

/** The span one version's written value allows; null when it is not one plain count or measure of a thing. */
export function writtenSpan(value: string, evidence = ''): WrittenSpan | null {
  if (NOT_A_COUNT.test(value)) return null;
  const lead = leadIn(value, evidence);
  const range = reaching(RANGE, lead, value);
  if (range) {
    const [low, high] = [numberValue(range[1] ?? range[3]!), numberValue(range[2] ?? range[4]!)];
    if (low === null || high === null || low >= high) return null;
    return { low, high, exact: false, unit: unitOf(range[5]) };
  }
  const lower = reaching(LOWER, lead, value);
  if (lower) {
    const bound = numberValue(lower[1]!);
    const unit = unitOf(lower[2]);
    if (bound === null || !roundBound(lower[1]!, bound) || (/^over/iu.test(lower[0]) && TIME_UNITS.has(unit))) return null;
    return { low: bound, high: Infinity, exact: false, unit };
  }
  const upper = reaching(UPPER, lead, value);
  if (upper) {
    const bound = numberValue(upper[1]!);
    const unit = unitOf(upper[2]);
    if (bound === null || !roundBound(upper[1]!, bound)) return null;
    return { low: 0, high: bound, exact: false, unit };
  }
  if (HEDGE.test(lead.slice(-settings.hedgeChars) + value)) return null;
  const single = SINGLE.exec(value);
  if (!single) return null;
  const figure = numberValue(single[1]!);
  if (figure === null) return null;
  const unit = unitOf(single[2]);
  const rest = value.slice(single.index + single[0].length);
  // "five years and one day": one term, in its first unit; any other second figure makes it more than one count.
  const part = DURATION_PART.exec(rest);
  const [big, small] = [UNIT_DAYS[unit], part ? UNIT_DAYS[unitOf(part[2])] : undefined];
  if (part && big !== undefined && small !== undefined && small < big) {
    const count = numberValue(part[1]!);
    if (count === null || SINGLE.exec(rest.slice(part[0].length))) return null;
    const total = figure + (count * small) / big;
    return { low: total, high: total, exact: true, unit };
  }
  if (SINGLE.exec(rest)) return null;
  return { low: figure, high: figure, exact: true, unit };
}

/** One version's exact figure lies inside the span the other writes, in the same unit (or one names none). */
export function withinWrittenSpan(a: WrittenSpan, b: WrittenSpan): boolean {
  if (a.exact === b.exact) return false;
  const [point, span] = a.exact ? [a, b] : [b, a];
  if (point.unit && span.unit && point.unit !== span.unit) return false;
  // An open bound is a bracket near the figure: "more than 200" never stands for 5,000, nor "under 200" for 3.
  const low = span.low === 0 ? span.high / settings.openBoundReach : span.low;
  const high = span.high === Infinity ? span.low * settings.openBoundReach : span.high;
  // A bound is written to its last unit: "five years and one day" is within "between three and five years".
  const room = settings.edgeShare;
  return point.low >= low * (1 - room) && point.low <= high * (1 + room);
}

/**
 * The two versions of a conflict are one exact figure and a span that holds it: no dispute left. (Of three versions
 * two share exactness, and withinWrittenSpan never holds for those.)
 */
export function spansAgree(versions: readonly { value: string; evidence: string }[]): boolean {
  if (versions.length !== 2) return false;
  const [a, b] = versions.map((version) => writtenSpan(version.value, version.evidence));
  return a !== null && b !== null && withinWrittenSpan(a!, b!);
}
