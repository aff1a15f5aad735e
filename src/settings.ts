// Every tunable threshold of dossier, named, with why it has its value. Stages import from here only;
// one section per stage. Change a value here, re-run `npm run eval`, and note the figures.

/** Ingest: limits that keep one bad input from taking the machine down. */
export const ingest = {
  /**
   * Larger single documents are refused with a clear error: a news article, even as a full HTML page, is rarely
   * over 2 MB, and a bigger file is almost always a dump or a mistake. JSONL corpora are read line by line and may
   * be of any size; this limit then applies to each line.
   */
  maxInputBytes: 16 * 1024 * 1024,
  /** Share of U+FFFD or control characters above which decoded text is judged binary, not text. */
  maxGarbageRatio: 0.02,
  /** Bytes sniffed at the start of an input to decide its kind. */
  sniffBytes: 4096,
} as const;

/** Extraction of the article from scraped plain text (src/extract/text). */
export const textExtraction = {
  /** A line at least this long that ends mid-sentence and is followed by a lowercase line was hard-wrapped. */
  minWrappedLineChars: 50,
  /** A title has at least this many words ("Harbour reopens"); one word is a masthead or a label... */
  minTitleWords: 2,
  /** ...and at most this many; longer unpunctuated lines are paragraphs that lost their full stop. */
  maxTitleWords: 30,
  /** The title is looked for among the first blocks only; further down a title-like line is a subheading. */
  titleSearchBlocks: 12,
  /** Widgets, credits and markers are short: pattern rules for them only fire on blocks up to this many words. */
  maxWidgetWords: 12,
  /** Feedback-form and credit lines are at most this long; a longer block with such words is prose. */
  maxFormWords: 30,
  /** A paragraph with fewer words and no full stop is a heading or a leftover link, never body on its own. */
  minBodyWords: 8,
  /**
   * A block that follows an appeal or form is part of it unless it reads as the story: at least this share of its
   * content words also occurs elsewhere in the article. Appeals talk about the outlet, stories about their topic.
   */
  minTopicalOverlap: 0.35,
  /** Blocks longer than this are never swallowed into a neighbouring boilerplate section. */
  maxSectionBlockWords: 120,
  /** A related-links headline after an "Also read" marker has at least this many words; shorter is a subheading. */
  minRelatedHeadlineWords: 5,
  /** Publisher voice: this many "we/our/you" words outside quotes mark a block as the outlet talking. */
  minVoiceWords: 2,
  /** Blocks seen in at least this many documents of one corpus are page furniture when short or in the outlet's voice. */
  minRepeatedDocuments: 2,
  /** ...and only short ones: a longer shared paragraph is more likely syndicated text than furniture. */
  maxRepeatedBlockWords: 12,
} as const;

/** The local web UI (src/server). */
export const server = {
  /** Loopback only by default: the UI shows and ingests private material and has no login. */
  defaultHost: '127.0.0.1',
  defaultPort: 8787,
  /** Largest accepted POST body (all files and pasted text together); bigger corpora go through the CLI. */
  maxUploadBytes: 16 * 1024 * 1024,
  /** At most this many files per upload, so one request cannot queue unbounded work. */
  maxUploadFiles: 50,
  /** Finished ingestion jobs kept for their status page; older ones are forgotten. */
  keptJobs: 50,
  /** While a job runs, its status page reloads itself after this many seconds (meta refresh, no script). */
  statusRefreshSeconds: 1,
  /** Search results per page. */
  searchLimit: 50,
} as const;
