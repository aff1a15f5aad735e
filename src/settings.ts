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

/** Stories: near-duplicates, same-event clustering, claims alignment (src/stories). Tuned on ECB+ dev topics. */
export const stories = {
  /** Title words count this many times: the headline names the event. */
  titleWeight: 3,
  /**
   * Pairs of adjacent content words ("security conference", "endangered species") count as terms of their own,
   * at this share of a word's weight: they are more specific to one event than either word. 0 turns them off.
   */
  bigramWeight: 0,
  /** The first sentences say what happened; later ones add background that also fits older stories. */
  leadSentences: 3,
  /** ...so lead words count this many times. */
  leadWeight: 2,
  /** Weight of TF-IDF cosine between an article and a story centroid in the combined similarity. */
  textWeight: 0.7,
  /** Weight of cosine between their named-entity vectors (entities are what look-alike events share least). */
  entityWeight: 0.5,
  /** Weight of shared event types and actors, used only when both sides have coded events. */
  eventWeight: 0.2,
  /** A new article joins the most similar story when the combined similarity reaches this; else it starts one. */
  joinThreshold: 0.27,
  /**
   * An article dated more than this many days from a story's date range is another event, however similar. ECB+
   * stories run over weeks (a rehab stay reported for six weeks); repeat events by the same actors (two strikes,
   * two visits) come months or years apart.
   */
  maxGapDays: 120,
  /** A story whose range would grow beyond this many days by a join is not joined (a slow drift is two events). */
  maxStorySpanDays: 180,
  /** Coded events considered for an article's event date: those of the lead. */
  leadEventCount: 3,
  /**
   * An article is also compared with this many latest members of a story, and its text similarity is the best of
   * centroid and members: reports of one event drift (first casualties, then the arrest), and a new report is often
   * closest to the latest one. 0 compares with the centroid only: on ECB+ dev, 10 links changed B3 F1 by under
   * 0.01 at several times the cost, so they are off by default.
   */
  memberLinks: 0,
  /** Story centroids keep their heaviest terms only, so they stay small. */
  centroidTerms: 300,
  /** An article is compared with the stories found through its heaviest terms only (an inverted index). */
  queryTerms: 40,
  /** ...and with at most this many of them, those sharing the most weight first: bounded work per article. */
  maxCandidates: 30,
  /** Query terms found in more open stories than this are skipped in the lookup: they discriminate nothing. */
  maxPostings: 500,
  /** A story no article has joined for this many articles is retired: its centroid is dropped from memory. */
  retireAfterArticles: 20_000,
  /** Words per shingle for near-duplicate detection: 5 is long enough that shared phrases are rare by chance. */
  shingleWords: 5,
  /** MinHash bands and rows per band (bands x rows hash functions); see src/stories/duplicates.ts. */
  minhashBands: 32,
  minhashRows: 4,
  /** Estimated shingle Jaccard at which an article is a copy: lightly edited syndicated copies score 0.7-0.95. */
  duplicateJaccard: 0.6,
  /** Articles kept in the near-duplicate index; copies appear within days of the original. */
  duplicateWindow: 20_000,
  /** A shorter article is the original of a longer copy only if the copy is longer by more than this share. */
  duplicateLengthMargin: 0.1,
  /** Relative difference under which two amounts are the same fact reported with rounding (1.2bn vs 1.24bn). */
  amountTolerance: 0.05,
  /** Currency conversions are rough (fixed rates), so amounts in different currencies get this tolerance. */
  currencyTolerance: 0.15,
  /** Two summary sentences from different articles support each other at this TF-IDF cosine. */
  supportSimilarity: 0.45,
  /** Sentences in a story's summary. */
  summarySentences: 5,
} as const;
