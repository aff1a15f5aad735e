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

/** NLP: tokens, sentences and the entity tagger (src/nlp/), and how scripts/train-ner.ts trains it. */
export const nlp = {
  /** Most frequent words of the GloVe vocabulary given a word cluster; rarer words get none. */
  clusterVocabulary: 100_000,
  /** Branching factor and depth of the hierarchical k-means over word vectors: 8^4 = 4,096 leaf clusters. */
  clusterBranching: 8,
  clusterDepth: 4,
  /** k-means iterations per split: assignments barely move after ~10. */
  clusterIterations: 12,
  /** Features seen fewer times than this in the training data are dropped: rare ones only add noise and size. */
  minFeatureCount: 2,
  /** Most passes over the training data; the pass count that scores best on eng.testa is kept. */
  maxEpochs: 14,
  /** Averaged weights smaller than this are pruned from the shipped model (keeps the file small, F1 unchanged). */
  minWeight: 0.02,
  /** A sentence is a headline in capitals when at least this many letters... */
  allCapsMinLetters: 6,
  /** ...and more than this share of them are capitals (CoNLL headlines and sports tables). */
  allCapsShare: 0.8,
  /** A title-case headline has at least this many words of 4+ letters... */
  titleCaseMinWords: 3,
  /** ...and at least this share of them capitalised ("Russia, Myanmar Agree to Bolster Ties"). */
  titleCaseShare: 0.75,
  /** Frequency bands of a word's rank in the embedding vocabulary: a capitalised word that is also a very common
   * lower-case word is rarely a name outside a sentence start. Band limits are ranks. */
  frequencyBands: [1_000, 10_000, 40_000],
  /** Words whose feature ids the tagger keeps cached (a few MB); the cache is emptied when it grows past this. */
  wordCacheLimit: 200_000,
  /** Characters read before a person's name to find their title: the longest titles seen run to ~60 characters. */
  roleLookBehindChars: 120,
} as const;
