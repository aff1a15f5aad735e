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

/** HTML extraction (src/extract/html): limits, scoring weights and thresholds for main-text selection. */
export const html = {
  /** Longer markup is cut before parsing (with a warning): 20 MB pages exist, articles never need that much. */
  maxHtmlChars: 8_000_000,
  /** Elements nested deeper than this are flattened into their text: keeps every walk bounded and stack-safe. */
  maxDepth: 256,
  /** A text block shorter than this (characters) adds nothing to its ancestors' content score. */
  minScoredBlockChars: 25,
  /** Each 100 characters of a block add one point to its score, up to this many points. */
  maxLengthPoints: 3,
  /** Share of a block's score passed to its ancestors: parent, grandparent, then divided by level * this. */
  ancestorDecay: 3,
  /** Ancestors beyond this level receive no score from a block. */
  scoredAncestorLevels: 5,
  /** A standfirst outside the article container is looked for within this many blocks after the headline... */
  maxLeadGap: 8,
  /** ... as at most this many blocks, each at least this long. */
  maxLeadBlocks: 2,
  minLeadChars: 80,
  /** Score factor for containers that hold the page's headline (the article's title is part of its block). */
  titleContainerBoost: 1.3,
  /** Points added or removed for a class/id that hints at content (article, post-body) or at boilerplate. */
  classWeight: 25,
  /** A boilerplate-hinted element is kept anyway when it holds more than this share of the page's text. */
  protectTextShare: 0.35,
  /** Hidden markup is read only when it holds more than this share of the page's text (streamed-in app pages). */
  keepHiddenShare: 0.6,
  /** A page-level <header> with more text than this, mostly not links, holds the article and is kept. */
  mastheadMaxChars: 1500,
  /** A place-naming hint (sidebar, widget, meta) removes an element only when it holds less text than this... */
  weakHintMaxChars: 400,
  /** A sibling of the best container joins the article when its score is above this share of the best score. */
  siblingScoreShare: 0.2,
  /** ... but never below this absolute score. */
  minSiblingScore: 10,
  /** A sibling also joins when it holds this much prose (characters) with few links: the next chunk of the text. */
  siblingMinProseChars: 400,
  siblingMaxLinkDensity: 0.15,
  /** The chosen container widens to an ancestor holding this many times its prose (articles split in chunks)... */
  widenProseRatio: 1.25,
  /** ... and at least this many more prose characters ... */
  widenMinProseChars: 250,
  /** ... unless the ancestor is this link-heavy (then the extra prose is teasers and menus). */
  widenMaxLinkDensity: 0.3,
  /** Blocks whose text is more than this share link text are link lists (navigation, related stories). */
  maxLinkDensity: 0.5,
  /** Inside the chosen article a block is dropped as a link list only above this share of link text. */
  articleMaxLinkDensity: 0.65,
  /** ... unless they are longer than this (characters): long prose with many links is still prose. */
  linkDensityExemptChars: 400,
  /** Unpunctuated lines shorter than this after the article's last sentence are dropped as leftovers. */
  trailingFragmentChars: 80,
  /** ... unless there are more than this many of them. */
  maxTrailingFragments: 3,
  /** Legal notes and affiliate disclosures are recognised in blocks up to this long. */
  disclaimerMaxChars: 350,
  /** Short blocks (characters) are where bylines, datelines, credits and widgets hide. */
  shortBlockChars: 160,
  /** JSON-LD articleBody is used instead of the DOM text when the DOM text covers less than this share of it. */
  jsonLdMinCoverage: 0.6,
  /** ... and only when the articleBody has at least this many characters. */
  jsonLdMinChars: 400,
  /** An unmarked date line counts only this many elements away from the headline (further is a teaser's date). */
  maxDatelineDistance: 60,
  /** Authors longer than this many words are not names (menu labels, sentences). */
  maxAuthorWords: 5,
} as const;

/** Web inputs (src/ingest/decode, warc, feed, fetch): limits that keep a hostile page, archive or server bounded. */
export const webInput = {
  /** Bytes of a document searched for a <meta charset>; the HTML standard says 1024, pages put it later. */
  sniffBytes: 4096,
  /** A WARC record's body is refused beyond this size once decompressed: gzip bombs stop here. */
  maxWarcRecordBytes: 32 * 1024 * 1024,
  /** A whole WARC file may not decompress to more than this. */
  maxWarcTotalBytes: 512 * 1024 * 1024,
  /** More response records than this in one WARC are skipped with a warning. */
  maxWarcRecords: 10_000,
  /** Feeds with more items than this are cut: no real feed has that many. */
  maxFeedItems: 2_000,
  /** Default fetch limits; the CLI may override them. */
  fetchTimeoutMs: 20_000,
  fetchMaxBytes: 16 * 1024 * 1024,
  fetchMaxRedirects: 5,
  /** A clear User-Agent names the tool, so site owners know who fetched the page. */
  userAgent: 'dossier/0.1 (+https://github.com/dossier; news dossier builder)',
} as const;
