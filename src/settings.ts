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
  /** Confidence of a date the page states (metadata or an extractor's dateline). */
  statedConfidence: 0.95,
  /** Confidence of a short line of the text that is a full date ("Wed, June 23, 2021"): usually the dateline,
   * sometimes an unrelated date standing alone. */
  datelineConfidence: 0.85,
  /** A dateline is a short line: longer ones are sentences that mention a date. */
  datelineMaxLength: 60,
  /** Words besides the date a dateline may hold (a place, a weekday, "Published"). */
  datelineMaxOtherWords: 3,
  /** A dateline stands in the first part of the text (share of its characters); lone dates further down are
   * reader comments, lists and tables. */
  datelineMaxPosition: 0.5,
  /** Confidence of a year inferred from the latest past year the text mentions plus an elapsed time in another
   * sentence ("a 2021 coup" ... "after five years of military rule"): a guess, below what counts as asserted. */
  relationConfidence: 0.4,
  /** Confidence of the month of a dated day whose weekday the text also names alone ("Tuesday, June 22, 2021" ...
   * "late on Tuesday"): the article is from the week after it. */
  namedWeekdayConfidence: 0.6,
  /** Confidence of "five years since the 2021 coup": the elapsed time and its start in one phrase. */
  sinceYearConfidence: 0.6,
  /** Longer elapsed times ("for 30 years", an outlet's age) say nothing about when an article was written. */
  maxElapsedYears: 15,
  /** Confidence of a year borrowed from another article that dates the same event ("the February coup"). */
  corpusEventConfidence: 0.45,
  /** Confidence of a month borrowed from a dated article of the same story in the same year. */
  corpusStoryConfidence: 0.5,
  /** Content-word overlap (Jaccard) above which a dated article is taken to report the same story. Articles on one
   * topic share ~0.1-0.2 of their content words, unrelated ones under 0.05; the date window (the same year, not
   * before the latest month the undated article mentions) does most of the work, so this only rules out the
   * unrelated. */
  corpusStorySimilarity: 0.08,
  /** Only dates at least this sure are lent to other articles. */
  corpusMinSourceConfidence: 0.8,
} as const;
