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

/** The value is written as a margin between two sides in its evidence. */
export function isMargin(value: string, evidence: string): boolean {
  // A score gives both sides ("15-13 in front of 11,400 spectators"): the two numbers, never the gap between them.
  if (SCORE_VALUE.test(value.trim())) return false;
  const at = evidence.toLowerCase().indexOf(value.toLowerCase());
  if (at < 0) return false;
  const before = evidence.slice(Math.max(0, at - settings.contextChars), at);
  const after = evidence.slice(at + value.length, at + value.length + settings.contextChars);
  return MARGIN_BEFORE.test(before) || MARGIN_AFTER.test(after);
}

/** The versions of a conflict that are plain figures when some, not all, are margins; every version otherwise. */
export function withoutMixedMargins<V extends { value: string; evidence: string }>(versions: readonly V[]): V[] {
  const plain = versions.filter((version) => !isMargin(version.value, version.evidence));
  return plain.length === 0 ? [...versions] : plain;
}
