// The figure aligner's candidate rules (figure-pairs.ts): which two figures of two articles may be weighed as one
// fact at all, and the name of the rule that refuses a pair (for the conflicts census). Pure: figures in, verdicts out.
import { figurePairs as settings } from '../settings.js';
import { agrees, isGrowing, reading, WEAK_ROLES, type ArticleSentences, type Located } from './claims-sentences.js';
import { escaped, wholeWord } from './claims-when-where.js';
import { ORDINAL_KIND } from './figure-joins.js';
import { CLOCK_KIND, clockInWords, clockIsPlain, DATE_KIND } from './figure-moments.js';
// Type only: figure-pairs.ts imports this file at run time, so a value import back would be a cycle.
import type { StoryFigures } from './figure-pairs.js';
import { sameValue } from './values.js';

/** Places in an order: a rank ("third-largest", "finished fifth") or an ordinal that counts how often ("a fifth term"). */
const ORDER_KINDS = new Set(['rank', ORDINAL_KIND]);

/** How far apart two moments of one kind are, in minutes (around the clock) or days. */
export function momentGap(x: Located, y: Located): number {
  const difference = Math.abs(x.value! - y.value!);
  return x.kind === CLOCK_KIND ? Math.min(difference, 1440 - difference) : difference;
}

/**
 * Two clock times agree as values.ts reads them (rounding, hedges), or, when one does not say a.m. or p.m. ("9:40"),
 * twelve hours on ("9:40" and "21:40" may be one moment).
 */
function clocksAgree(x: Located, y: Located): boolean {
  if (agrees(x, y, false)) return true;
  const later = (f: Located) => ({ ...reading(f), normalized: `${String((Number(f.normalized.slice(0, 2)) + 12) % 24).padStart(2, '0')}${f.normalized.slice(2)}` });
  return (!clockIsPlain(x) && sameValue(later(x), reading(y))) || (!clockIsPlain(y) && sameValue(reading(x), later(y)));
}

/**
 * Two figures may be one fact only when they measure the same kind and their values differ, not by more than
 * `maxRatio` (12 dead against 1,200 homes is no pair to weigh). Ages are of one person:
 * two named people are two, and an unnamed age ("the 55-year-old") is the named one's only in an article that names
 * that person (as claims.ts reads unnamed ages).
 */
export function candidate(x: Located, y: Located, a: ArticleSentences, b: ArticleSentences, story: StoryFigures): boolean {
  return candidateRefusal(x, y, a, b, story) === null;
}

/** Why two figures are no candidate pair (`candidate`'s rules, in the order they are checked, named for the conflicts census). */
export const CANDIDATE_REFUSALS = ['kind', 'no value', 'clock gap', 'clock role', 'clocks agree', 'date gap', 'date role', 'dates agree', 'ratio', 'order noun', 'other person', 'score role', 'values agree'] as const;
export type CandidateRefusal = (typeof CANDIDATE_REFUSALS)[number];

export function candidateRefusal(x: Located, y: Located, a: ArticleSentences, b: ArticleSentences, story: StoryFigures): CandidateRefusal | null {
  if (x.kind !== y.kind) return 'kind';
  if (x.value === null || y.value === null || x.value <= 0 || y.value <= 0) return 'no value';
  if (x.kind === CLOCK_KIND) {
    if (momentGap(x, y) > settings.maxClockGapMinutes) return 'clock gap';
    // A time in words is as often the round hour of a routine ("staff arrive at eight in the morning") as the moment
    // of the story's event: it pairs only with a time told with a word of the same happening ("the fire started").
    if ((clockInWords(x) || clockInWords(y)) && !sharesRole(x, y)) return 'clock role';
    return clocksAgree(x, y) ? 'clocks agree' : null;
  }
  // A story names many days (of the event, the announcement, the next step): two are one fact's only when they
  // share a word of what happens on them ("takes effect", "repairs begin").
  if (x.kind === DATE_KIND) {
    // A month or a part of a year (figure-moments.ts) is as far from a day as its middle, less half its length.
    if (momentGap(x, y) > settings.maxDateGapDays + ((x.precision ?? 0) + (y.precision ?? 0)) / 2) return 'date gap';
    return !sharesRole(x, y) ? 'date role' : agrees(x, y, false) ? 'dates agree' : null;
  }
  // Years, like days, are many a story's ("founded in 2014", "opened in 2019"): one fact's only with a shared role.
  if (x.kind === 'year' && !sharesRole(x, y)) return 'date role';
  if (Math.max(x.value, y.value) / Math.min(x.value, y.value) > settings.maxRatio) return 'ratio';
  // A place in an order is a place of something ("the third-largest bank", "a fifth term"): two of different
  // things ("finished fifth" in a race, "the second-biggest city") are two facts.
  if (ORDER_KINDS.has(x.kind) && !sharesNoun(x, y)) return 'order noun';
  if (x.kind === 'age' && !samePerson(x, y, a, b)) return 'other person';
  // Scores of one match, set or series only (the final result against a set's or the half-time score is no pair).
  if (x.kind === 'score' && !story.scoreRoles(y).some((role) => story.scoreRoles(x).includes(role))) return 'score role';
  const growing = isGrowing(x) || isGrowing(y);
  const key = `${readingKey(x)}\u0000${readingKey(y)}\u0000${growing}`;
  let agreeing = story.agreement.get(key);
  if (agreeing === undefined) story.agreement.set(key, (agreeing = agrees(x, y, growing)));
  return agreeing ? 'values agree' : null;
}

/** The noun after one figure is among the nouns after or the role words of the other (the `nounShared` feature). */
export function sharesNoun(x: Located, y: Located): boolean {
  return x.after.some((word) => y.after.includes(word)) || x.after.some((word) => y.role.includes(word)) || y.after.some((word) => x.role.includes(word));
}

function sharesRole(x: Located, y: Located): boolean {
  const words = new Set([...y.role, ...y.after].filter((word) => !WEAK_ROLES.has(word)));
  return [...x.role, ...x.after].some((word) => words.has(word));
}

/** Everything `agrees` reads of a figure. */
export function readingKey(figure: Located): string {
  return `${figure.normalized}|${figure.precision ?? ''}|${figure.qualifier ?? ''}|${figure.bound}|${figure.value}`;
}

function samePerson(x: Located, y: Located, a: ArticleSentences, b: ArticleSentences): boolean {
  const [px, py] = [personOf(x), personOf(y)];
  if (px && py) return px === py;
  const named = px ?? py;
  // Two unnamed people's ages are one person's unless a sentence lists several people by age ("a man aged 34, a
  // woman aged 29 and a man aged 41"): then which of them the other article's age is can't be told.
  if (!named) return !listsAges(x, a) && !listsAges(y, b);
  const other = px ? b : a;
  return new RegExp(wholeWord(escaped(named)), 'iu').test(other.entry.text);
}

/** The figure's sentence gives another age besides it: a list of people. */
function listsAges(figure: Located, article: ArticleSentences): boolean {
  return (article.figures[figure.sentence] ?? []).some((other) => other !== figure && other.kind === 'age' && other.value !== figure.value);
}

/** The person an age is told of by name (figures.ts puts "name:<surname>" in its role), or null. */
function personOf(figure: Located): string | null {
  return figure.role.find((word) => word.startsWith('name:'))?.slice(5).replace(/[^\p{L}'’-]/gu, '') ?? null;
}
