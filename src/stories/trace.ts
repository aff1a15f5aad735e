// What the story clusterer (cluster.ts) reports of its decisions when a trace is set: for diagnostics such as
// scripts/story-merges.ts, which lists the joins that put two gold stories together with the numbers behind them.

/** The parts of one article-to-story score, as `closest` added them up (for tracing decisions). */
export interface ScoreParts {
  similarity: number;
  /** The text and the names cosines the similarity is made of (before weighting). */
  text: number;
  names: number;
  roles: number;
  destinations: number;
  /** Another event of the same kind named (event-names.ts). */
  events: number;
  anchors: number;
  days: number;
  undated: number;
  bridge: number;
}

/** A candidate story's score with its parts. */
export interface TracedScore {
  story: string;
  score: number;
  parts: ScoreParts;
  size: number;
}

/** One decision of the clusterer, reported to `trace` when it is set: a join or new story, an absorption, a split. */
export type ClusterDecision =
  | { kind: 'add'; article: string; story: string; joined: boolean; best: TracedScore | null; others: TracedScore[] }
  | { kind: 'absorb'; story: string; absorbed: string; score: number; parts: ScoreParts }
  | { kind: 'split'; story: string; parted: string; moved: string[] };
