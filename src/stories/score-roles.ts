// What a match score is the score of (issue 7, part 3): the final result of the match, the half-time score, a series
// of matches, or set N of a list of set scores. Two outlets' scores are one fact only when they share a role; a
// score of the game in play ("led 8-6", "level at 20-20"), of another match ("last year's final 24-30", "lost that
// match 2-3") or of anything else is no fact to pair. Pure; linear-time regular expressions only.
import { ORDINAL_WORDS } from './number-words.js';

/** The words of a score's sentence a role is read from, with where the score stands in it. */
export interface ScoreInSentence {
  evidence: string;
  start: number;
  end: number;
}

/** The ordinals a set, game or period is numbered by ("a fourth set"): no sport plays more than seven. */
const SET_ORDINALS = Object.keys(ORDINAL_WORDS).slice(0, 7);

/** Two numbers joined by a dash: a score of a list (up to three digits a side, as a basketball score is written). */
const SCORE = /\b\d{1,3}\s?[-–—]\s?\d{1,3}\b/gu;
/** What separates the set scores of a list: "25-20, 23-25, 25-22 and 25-18", "21-25; 25-22". */
const LIST_GAP = /^\s*(?:[,;]\s*(?:and\s+)?|and\s+)$/iu;
/** Words after a list that carry it on ("25-22 and then a fourth set of 25-16"): its last score is no last set. */
const LIST_GOES_ON = /^\s*(?:,|;|and\b|then\b)/iu;

/** Before a score: the game in play, not a result ("led 8-6", "level at 20-20", "a timeout at 12-15", "went ahead 9-6"). */
const IN_PLAY_BEFORE = /\b(?:led|leads?|leading|trail(?:ed|ing|s)?|level(?:led)?|ahead|behind|at)\s+(?:by\s+)?$/iu;
/** Another match than the story's: "last year's final", "lost that match", "the previous meeting", "in March". */
const OTHER_MATCH = /\b(?:last\s+(?:year|season|month|week)|previous|earlier\s+(?:this|in\s+the)|that\s+(?:match|game|final)|semi-?finals?|quarter-?finals?|first\s+leg)\b/iu;
const HALF_TIME = /\b(?:half-?time|at\s+the\s+(?:break|interval)|went\s+in\s+at)\b/iu;
const SERIES = /\bseries\b/iu;
/** "a fourth set of 25-16", "the fifth set 15-13", "won the third set 25-22". */
const SET_ORDINAL = new RegExp(`\\b(${SET_ORDINALS.join('|')})\\s+(?:set|game|frame|period|quarter)\\b`, 'iu');
/** The deciding set: "the tie-break", "the decider", "the deciding set". */
const DECIDER = /\b(?:tie-?break(?:er)?|decider|deciding\s+(?:set|game|frame))\b/iu;
/** A score said to close a set ("closed out the set 15-12"), not the match. */
const THE_SET_BEFORE = /\b(?:the|a)\s+set\s+$/iu;

/**
 * The roles of a score: "match", "half-time", "series", "set N", "set last", or none (in play, another match, a
 * score that is no result). Two scores are one fact's when their roles meet.
 */
export function scoreRoles(score: ScoreInSentence): string[] {
  const { evidence: sentence, start, end } = score;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);
  const clause = sentence.slice(Math.max(0, start - 80), end + 40);
  if (OTHER_MATCH.test(clause)) return [];
  // A list of scores ("21-25, 25-22, 23-25"): each is a set, in order; the last of a list that ends is the last set.
  const list = scoreList(sentence, start);
  if (list) {
    const roles = [`set ${list.index + 1}`];
    if (list.index === list.count - 1 && list.count >= 3 && !LIST_GOES_ON.test(sentence.slice(end))) roles.push('set last');
    return roles;
  }
  if (HALF_TIME.test(after) || HALF_TIME.test(before)) return ['half-time'];
  const ordinal = SET_ORDINAL.exec(before);
  if (ordinal) return [`set ${ORDINAL_WORDS[ordinal[1]!.toLowerCase()]}`];
  if (THE_SET_BEFORE.test(before)) return DECIDER.test(sentence) ? ['set last'] : [];
  if (IN_PLAY_BEFORE.test(before)) return [];
  if (SERIES.test(before.slice(-25)) || SERIES.test(after.slice(0, 15))) return ['series'];
  return ['match'];
}

/** Where a score stands in a list of two or more scores of its sentence, or null when it stands alone. */
function scoreList(sentence: string, start: number): { index: number; count: number } | null {
  const scores = [...sentence.matchAll(SCORE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const at = scores.findIndex((s) => s.start === start);
  if (at < 0) return null;
  let first = at;
  while (first > 0 && LIST_GAP.test(sentence.slice(scores[first - 1]!.end, scores[first]!.start))) first--;
  let last = at;
  while (last < scores.length - 1 && LIST_GAP.test(sentence.slice(scores[last]!.end, scores[last + 1]!.start))) last++;
  return last > first ? { index: at - first, count: last - first + 1 } : null;
}

/** A size the aligner's features can compare: the points of both sides ("29-27" is 56). */
export function scoreSize(normalized: string): number | null {
  const m = /^(\d+)-(\d+)$/u.exec(normalized);
  return m ? Number(m[1]) + Number(m[2]) : null;
}
