// A margin is a difference between two sides ("a lead of four goals", "six goals down", "12 seconds ahead of"), not a
// count of the thing: a player's 11 goals and a five-goal lead are two facts, as are a winner's votes and the margin.
// A conflict that sets a margin against a plain figure keeps only its plain figures (claims.ts). Linear-time patterns.
import { margins as settings } from '../settings.js';

/** Words before a figure that make it the gap between two sides: "a lead of", "margin to", "trailed by". */
const MARGIN_BEFORE = /\b(?:margin|lead|deficit|gap|trail(?:ed|ing)?|advantage)\s+(?:[\p{L}-]+\s+){0,2}?(?:of|to|by)\s+(?:just\s+|only\s+)?$/iu;
/** Words after a figure that make it the gap: "two goals up", "six goals down", "12 seconds ahead of". */
const MARGIN_AFTER = /^\s*(?:(?!to\b)[\p{L}-]+\s+)?(?:up\b(?!\s+(?:from|to|on)\b)|down\b(?!\s+(?:from|to|on)\b)|ahead\b|behind\b|clear\b|adrift\b|in\s+front\b)/iu;

/** A match score as a version's value: "29-27", "15–13". */
const SCORE_VALUE = /^\d{1,3}\s?[-–—]\s?\d{1,3}$/u;

/** Up to `chars` characters either side of a version's value where its evidence first writes it (case aside). */
export function aroundValue(value: string, evidence: string, chars: number): { before: string; after: string } | null {
  const at = evidence.toLowerCase().indexOf(value.toLowerCase());
  if (at < 0) return null;
  return { before: evidence.slice(Math.max(0, at - chars), at), after: evidence.slice(at + value.length, at + value.length + chars) };
}

/** The value is written as a margin between two sides in its evidence. */
export function isMargin(value: string, evidence: string): boolean {
  // A score gives both sides ("15-13 in front of 11,400 spectators"): the two numbers, never the gap between them.
  if (SCORE_VALUE.test(value.trim())) return false;
  const around = aroundValue(value, evidence, settings.contextChars);
  return around !== null && (MARGIN_BEFORE.test(around.before) || MARGIN_AFTER.test(around.after));
}

/** The versions of a conflict that are plain figures when some, not all, are margins; every version otherwise. */
export function withoutMixedMargins<V extends { value: string; evidence: string }>(versions: readonly V[]): V[] {
  const plain = versions.filter((version) => !isMargin(version.value, version.evidence));
  return plain.length === 0 ? [...versions] : plain;
}
