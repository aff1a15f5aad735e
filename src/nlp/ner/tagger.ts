// A linear-chain tagger over BILOU tags: emission weights per (feature, tag), transition weights per tag pair,
// decoded with Viterbi under the BILOU constraints (a B or I must be followed by an I or L of its type).
// Training (scripts/train-ner.ts) uses the same scoring and decoding, so what it evaluates is what ships.

export class LinearChainTagger {
  readonly tagCount: number;
  /** allowed[prev * tagCount + next]; row `tagCount` is the sentence start. */
  readonly allowed: Uint8Array;
  readonly canEnd: Uint8Array;
  /** Per tag, the tags that may precede it (BILOU allows 2 or 9 of 17): Viterbi looks only at those. */
  readonly allowedPrevious: Int32Array[];

  constructor(
    readonly tags: readonly string[],
    readonly featureIndex: Map<string, number>,
    /** featureCount x tagCount emission weights. */
    readonly weights: Float32Array,
    /** (tagCount + 1) x tagCount transition weights, last row for the sentence start. */
    readonly transitions: Float32Array,
  ) {
    this.tagCount = tags.length;
    this.allowed = new Uint8Array((this.tagCount + 1) * this.tagCount);
    this.canEnd = new Uint8Array(this.tagCount);
    tags.forEach((next, j) => {
      for (let i = 0; i <= this.tagCount; i++) {
        this.allowed[i * this.tagCount + j] = allowedTransition(i < this.tagCount ? (tags[i] as string) : 'O', next) ? 1 : 0;
      }
      this.canEnd[j] = next[0] === 'O' || next[0] === 'L' || next[0] === 'U' ? 1 : 0;
    });
    this.allowedPrevious = tags.map((_, j) =>
      Int32Array.from(tags.map((__, i) => i).filter((i) => this.allowed[i * this.tagCount + j] === 1)),
    );
  }

  /** Feature ids of each token; features the model never saw are dropped. */
  featureIds(features: readonly string[][]): Int32Array[] {
    return features.map((list) => {
      const ids: number[] = [];
      for (const feature of list) {
        const id = this.featureIndex.get(feature);
        if (id !== undefined) ids.push(id);
      }
      return Int32Array.from(ids);
    });
  }

  /** The summed weights of some features, per tag: a part of a token's score that can be reused. */
  featureVector(ids: Int32Array): Float32Array {
    const T = this.tagCount;
    const vector = new Float32Array(T);
    for (let k = 0; k < ids.length; k++) {
      const base = (ids[k] as number) * T;
      for (let j = 0; j < T; j++) vector[j]! += this.weights[base + j] as number;
    }
    return vector;
  }

  /**
   * Best tag index per token under the given weights (defaults to the model's own). `partial`, if given, holds
   * scores already summed for some of each token's features (tokens x tags); `ids` are then the rest.
   */
  decode(
    ids: readonly Int32Array[],
    weights: Float32Array = this.weights,
    transitions: Float32Array = this.transitions,
    partial?: Float64Array,
  ): number[] {
    const n = ids.length;
    const T = this.tagCount;
    if (n === 0) return [];
    const emissions = partial ? Float64Array.from(partial) : new Float64Array(n * T);
    for (let t = 0; t < n; t++) {
      const row = t * T;
      const list = ids[t] as Int32Array;
      for (let k = 0; k < list.length; k++) {
        const base = (list[k] as number) * T;
        for (let j = 0; j < T; j++) emissions[row + j]! += weights[base + j] as number;
      }
    }
    const score = new Float64Array(n * T);
    const back = new Int32Array(n * T);
    const start = T * T;
    for (let j = 0; j < T; j++) {
      score[j] = this.allowed[start + j] ? (emissions[j] as number) + (transitions[start + j] as number) : -Infinity;
    }
    const previousOf = this.allowedPrevious;
    for (let t = 1; t < n; t++) {
      const here = t * T;
      const last = here - T;
      for (let j = 0; j < T; j++) {
        let best = -Infinity;
        let arg = 0;
        const candidates = previousOf[j] as Int32Array;
        for (let c = 0; c < candidates.length; c++) {
          const i = candidates[c] as number;
          const s = (score[last + i] as number) + (transitions[i * T + j] as number);
          if (s > best) {
            best = s;
            arg = i;
          }
        }
        score[here + j] = best + (emissions[here + j] as number);
        back[here + j] = arg;
      }
    }
    let bestEnd = 0;
    let bestScore = -Infinity;
    for (let j = 0; j < T; j++) {
      const s = score[(n - 1) * T + j] as number;
      if (this.canEnd[j] && s > bestScore) {
        bestScore = s;
        bestEnd = j;
      }
    }
    const path = new Array<number>(n);
    path[n - 1] = bestEnd;
    for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * T + (path[t] as number)] as number;
    return path;
  }
}

/** BILOU: inside an entity (after B or I) only I or L of the same type may follow; outside, only O, B or U. */
function allowedTransition(previous: string, next: string): boolean {
  const inside = previous[0] === 'B' || previous[0] === 'I';
  const continues = next[0] === 'I' || next[0] === 'L';
  if (inside) return continues && next.slice(2) === previous.slice(2);
  return !continues;
}
