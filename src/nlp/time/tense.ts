// The tense around an expression decides which way an unanchored name points: "met on Monday" is the Monday
// before the reference date, "will meet on Monday" the one after. We mark tense cues per token once, then look
// for the cue nearest to each expression inside its sentence.
import { FUTURE_MARKERS, NOT_PAST_ED, PAST_MARKERS } from './lexicon.js';
import type { Token } from './tokens.js';

export type Tense = 'past' | 'future' | 'none';

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a', 'p', 'm', 'u', 's', 'no', 'vs', 'inc', 'corp', 'co', 'jr']);

/** "is to resume", "set to meet": an intention, so a future cue. */
const INTENT_BEFORE_TO = new Set(['going', 'due', 'set', 'is', 'are', 'scheduled', 'expected', 'planned', 'plans', 'poised']);

/** A participle after these is a present or future passive ("will be named", "is expected"), not a past cue. */
const PRESENT_BE = new Set(['be', 'being', 'is', 'are', 'am']);

/** Prepositions that point forward from the reference date: "until May", "by Jan. 14", "through January". */
export const FORWARD_PREPOSITIONS: ReadonlySet<string> = new Set(['until', 'till', 'by', 'through', 'before']);

export interface TenseMap {
  /** Per token: 1 future cue, -1 past cue, 0 none. */
  cues: Int8Array;
  /** Per token: the index of its sentence. */
  sentence: Int32Array;
  /** Per token: the index of its stretch of text between quotation marks or sentence ends; a quoted "will"
   * speaks for the quotation, not for the reporting clause around it. */
  segment: Int32Array;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '``', "''"]);

export function markTense(tokens: readonly Token[]): TenseMap {
  const cues = new Int8Array(tokens.length);
  const sentence = new Int32Array(tokens.length);
  const segment = new Int32Array(tokens.length);
  let current = 0;
  let currentSegment = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    sentence[i] = current;
    segment[i] = currentSegment;
    if (token.kind === 'punct') {
      if (isSentenceEnd(tokens, i)) {
        current += 1;
        currentSegment += 1;
      } else if (QUOTE_MARKS.has(token.text) || (token.text === "'" && tokens[i + 1]?.text === "'" && !tokens[i + 1]!.spaceBefore)) {
        currentSegment += 1;
      }
      continue;
    }
    if (token.kind !== 'word') continue;
    const word = token.lower;
    const previous = tokens[i - 1]?.lower ?? '';
    if (FUTURE_MARKERS.has(word)) cues[i] = 1;
    else if (word === 'to' && INTENT_BEFORE_TO.has(previous)) cues[i] = 1;
    else if (PAST_MARKERS.has(word)) cues[i] = -1;
    else if (word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.has(word) && token.text.charCodeAt(0) > 90 && !PRESENT_BE.has(previous)) {
      cues[i] = -1;
    }
  }
  return { cues, sentence, segment };
}

function isSentenceEnd(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (token.text === '!' || token.text === '?' || token.text === ';') return true;
  if (token.text !== '.') return false;
  const next = tokens[index + 1];
  if (!next) return true;
  if (!next.spaceBefore) return false;
  const previous = tokens[index - 1];
  return !(previous && ABBREVIATIONS.has(previous.lower));
}

/** The tense of the nearest cue to tokens [start, end): first within their quotation or clause segment, then
 * within their sentence. */
export function tenseAround(map: TenseMap, start: number, end: number): Tense {
  return nearestCue(map.segment, map, start, end) ?? nearestCue(map.sentence, map, start, end) ?? 'none';
}

/** True when the word before the expression points forward: "until May", "by Jan. 14". */
export function afterForwardPreposition(tokens: readonly Token[], start: number): boolean {
  return FORWARD_PREPOSITIONS.has(tokens[start - 1]?.lower ?? '');
}

function nearestCue(groups: Int32Array, map: TenseMap, start: number, end: number): Tense | null {
  const group = groups[start] ?? 0;
  const length = map.cues.length;
  for (let distance = 0; distance < 40; distance++) {
    const left = start - 1 - distance;
    const right = end + distance;
    const leftIn = left >= 0 && groups[left] === group;
    const rightIn = right < length && groups[right] === group;
    if (!leftIn && !rightIn) break;
    const cue = (leftIn ? map.cues[left]! : 0) || (rightIn ? map.cues[right]! : 0);
    if (cue !== 0) return cue > 0 ? 'future' : 'past';
  }
  return null;
}
