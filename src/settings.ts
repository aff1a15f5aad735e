// Every tunable threshold of dossier, named, with why it has its value. Stages import from here only;
// one section per stage. Change a value here, re-run `npm run eval`, and note the figures.

/** Ingest: limits that keep one bad input from taking the machine down. */
export const ingest = {
  /** Larger inputs are refused: a news article, even as a full HTML page, is rarely over a few MB. */
  maxInputBytes: 64 * 1024 * 1024,
  /** Share of U+FFFD or control characters above which decoded text is judged binary, not text. */
  maxGarbageRatio: 0.02,
  /** Bytes sniffed at the start of an input to decide its kind. */
  sniffBytes: 4096,
} as const;

/** Time: temporal expressions, publication dates and event dates (src/nlp/time). */
export const time = {
  /** A month-day date without a year ("Feb. 10") is read in the year that puts it nearest the reference date; a
   * past-tense sentence moves it a year back only when it would otherwise lie more than this many days ahead
   * (news often reports deadlines and schedules in the past tense: "ruled he must return by Jan. 14"). */
  tenseYearShiftDays: 120,
} as const;
