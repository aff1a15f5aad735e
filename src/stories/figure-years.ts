// Years that are a fact of the event rather than its date: the year a bridge was built or opened, the year works
// are due to finish, a target year ("trade of A$35 billion by 2029"). Outlets disagree on them like on any figure;
// a year with no such word before it ("in 2023", "the 2026 budget") stays a date. Linear-time expressions only.

/**
 * What stands before a year that makes it a fact: a building, opening, completion or target word within a few
 * words, then "in", "by", "for" or "until" ("was built in 1961", "completion is scheduled for 2029", "by 2029"),
 * with a part of the year between ("opened in late 2025", "due by the end of 2027", "ready by mid-2028"): the year is
 * the figure.
 */
const YEAR_FACT_BEFORE =
  /\b(?:built|constructed|erected|completed?|completion|finish(?:ed)?|opened|inaugurated|commissioned|founded|established|operational|ready|target(?:ed)?|goal|aim(?:ed|s)?|due|scheduled)\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?:in|by|for|until)\s+(?:(?:early|late|the\s+(?:end|start|beginning|middle)\s+of)\s+|mid-)?$|\bby\s+(?:(?:early|late|the\s+(?:end|start|middle)\s+of)\s+|mid-)?$/iu;

/**
 * A year that starts a state or an office ("who became trade minister in 2024", "has been mayor since 2019", "was
 * elected in 2021") or dates the last time before now ("its first title since 2013"): a fact of a person or a club
 * that outlets give differently, not the date of the story's event.
 */
const YEAR_SINCE_BEFORE =
  /\b(?:became|appointed|elected|named|sworn\s+in|took\s+office|(?:has|have|had)\s+been|serv(?:ed|ing)\s+as)\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?:in|since)\s+$|\bfirst\s+(?:[\p{L}'’-]+\s+){0,3}since\s+$/iu;

/** Whether a four-digit year (the caller keeps it within 1800-2100) whose text starts after `before` is a fact. */
export function isYearFact(before: string): boolean {
  return YEAR_FACT_BEFORE.test(before) || YEAR_SINCE_BEFORE.test(before);
}
