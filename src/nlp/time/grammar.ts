// The temporal grammar: at each token, try every rule and keep the longest expression, with the position
// modifiers ("early", "late", "mid-", "the end of") that TimeML keeps inside an expression's extent.
import { Tokens } from './cursor.js';
import {
  FUZZY_REFERENCES, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, RELATIVE_DAYS, SEASONS, SET_WORDS, SHIFTERS,
  UNITS, VAGUE_QUANTITIES, WEEKDAYS,
} from './lexicon.js';
import { anaphor, century, monthDate, numericDate, quarter, relativeDay, season, shifted, theYear, weekday, yearOrDecade } from './rules-calendar.js';
import { clockTime, durationOrOffset, frequency, fuzzy, partOfDay } from './rules-span.js';
import { holiday } from './holidays.js';
import type { Parse } from './semantics.js';
import type { Token } from './tokens.js';

type Rule = (t: Tokens, start: number) => Parse | null;

// anaphors first: on a tie, "the following year" counts from the text's last date, not the reference date
const RULES: readonly Rule[] = [
  anaphor, monthDate, numericDate, yearOrDecade, century, weekday, relativeDay, shifted, season, quarter, durationOrOffset,
  frequency, fuzzy, clockTime, partOfDay, theYear, holiday,
];

/** Words that can open an expression; any other word is skipped without trying the rules. */
const OPENING_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...NUMBER_WORDS.keys(), ...ORDINALS.keys(), ...UNITS.keys(),
  ...SEASONS.keys(), ...PARTS_OF_DAY.keys(), ...FUZZY_REFERENCES.keys(), ...RELATIVE_DAYS.keys(), ...SHIFTERS.keys(),
  ...SET_WORDS.keys(), ...VAGUE_QUANTITIES.keys(),
  'the', 'fiscal', 'every', 'each', 'per', 'noon', 'midnight', 'midday', 'overnight', 'about', 'nearly', 'almost',
  'around', 'roughly', 'approximately', 'more', 'less', 'fewer', 'at', 'up', 'early', 'late', 'mid', 'middle',
  'later', 'earlier', 'end', 'beginning', 'start', 'latest', 'period', "'", 'christmas', 'thanksgiving', 'easter', 'halloween', 'new',
  'good', 'independence', 'labor', 'memorial', 'that',
]);

/** Position words kept in front of an expression: "early next year", "late Tuesday", "mid-2021". */
const POSITION_WORDS = new Set(['early', 'late', 'mid', 'middle']);

/** "earlier this year", "later that day", "later yesterday": kept too (TimeBank does so 16 times in 26). */
const RELATIVE_POSITION_WORDS = new Set(['earlier', 'later']);

/** "the end of", "the beginning of", "the start of", "the middle of". */
const PART_WORDS = new Set(['end', 'beginning', 'start', 'middle', 'turn']);

function longestAt(t: Tokens, start: number): Parse | null {
  let best: Parse | null = null;
  for (const rule of RULES) {
    const parse = rule(t, start);
    if (parse && parse.end > start && (!best || parse.end > best.end)) best = parse;
  }
  return best;
}

function withModifiers(t: Tokens, start: number): Parse | null {
  const word = t.lower(start);
  if (POSITION_WORDS.has(word)) {
    const next = t.isJoiningHyphen(start + 1) ? start + 2 : start + 1;
    const inner = longestAt(t, next);
    if (inner && inner.meaning.kind !== 'duration' && inner.meaning.kind !== 'set') return { ...inner, start };
    return null;
  }
  if (RELATIVE_POSITION_WORDS.has(word)) {
    const inner = longestAt(t, start + 1);
    const offset = inner?.meaning.kind === 'offset' || (inner?.meaning.kind === 'time' && inner.meaning.hour === null);
    if (inner && offset && (t.is(start + 1, 'this') || t.is(start + 1, 'that') || RELATIVE_DAYS.has(t.lower(start + 1)))) return { ...inner, start };
    return null;
  }
  // "the mid-1990s", "the late 1990s"
  if (word === 'the' && POSITION_WORDS.has(t.lower(start + 1))) {
    const inner = withModifiers(t, start + 1);
    if (inner && inner.meaning.kind === 'decade') return { ...inner, start };
  }
  const partIndex = word === 'the' ? start + 1 : start;
  if (PART_WORDS.has(t.lower(partIndex)) && t.is(partIndex + 1, 'of')) {
    const inner = longestAt(t, partIndex + 2);
    if (inner && inner.meaning.kind !== 'duration' && inner.meaning.kind !== 'set' && inner.meaning.kind !== 'reference') {
      return { ...inner, start };
    }
  }
  return null;
}

/** Frequent words that open an expression only when a unit, a number or a time word follows soon after. */
const NEEDS_TIME_WORD_AFTER = new Set(['the', 'a', 'an', 'some', 'many', 'several', 'few', 'numerous', 'various', 'more', 'less', 'fewer', 'at', 'up', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'one', 'each', 'per', 'this', 'same', 'present', 'current', 'following']);

/** Cheap look-ahead that spares the rules most "the" and "a" tokens: is a time word or number within reach? */
function timeWordFollows(tokens: readonly Token[], index: number): boolean {
  const last = Math.min(tokens.length - 1, index + 4);
  for (let i = index + 1; i <= last; i++) {
    const token = tokens[i]!;
    if (token.kind === 'number') return true;
    if (token.kind === 'word' && OPENING_WORDS.has(token.lower) && !NEEDS_TIME_WORD_AFTER.has(token.lower)) return true;
  }
  return false;
}

/** All expressions of a token list, left to right, longest first, not overlapping. */
export function findExpressions(tokens: readonly Token[]): Parse[] {
  const t = new Tokens(tokens);
  const found: Parse[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    if (token.kind === 'punct' && token.text !== "'") {
      index += 1;
      continue;
    }
    if (token.kind === 'word' && (!OPENING_WORDS.has(token.lower) || (NEEDS_TIME_WORD_AFTER.has(token.lower) && !timeWordFollows(tokens, index)))) {
      index += 1;
      continue;
    }
    const modified = withModifiers(t, index);
    const plain = longestAt(t, index);
    const parse = modified && (!plain || modified.end >= plain.end) ? modified : plain;
    if (parse) {
      found.push(parse);
      index = parse.end;
    } else {
      index += 1;
    }
  }
  return found;
}
