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

/** Events: event coding, quotes and claims (src/events, src/nlp/quotes.ts). */
export const events = {
  /** Characters allowed between an intent verb and the act it governs ("agreed on Friday to share information"). */
  intentObjectGap: 40,
  /** Longer sentences are cut into pieces before coding: news sentences are far shorter; run-on text is not prose. */
  maxSentenceChars: 1500,
  /** An event dated more than this many months before the article is background, not news. */
  backgroundMonths: 2,
  /** Sentences after an agreement within which "the pact will last until 2030" still describes that agreement. */
  termCarrySentences: 6,
  /** Characters before a quote searched for its speaker ("X said: ..."), and after it ("..., X said"). */
  speakerWindowBefore: 160,
  speakerWindowAfter: 140,
  /** Shortest quoted text counted as a quote; shorter quoted strings are scare quotes ("undesirable"). */
  minQuoteWords: 2,
} as const;
