// Near-duplicate detection for syndicated and lightly edited copies: MinHash signatures over word shingles, with
// locality-sensitive hashing (banding) so each new article is compared only with the few earlier articles that
// share a band, not with all of them. Cost per article: O(words x hashes) to sign, O(candidates) to compare.
//
// Parameters (src/settings.ts `stories`): shingles of `shingleWords` words; `minhashes` = bands x rows hash
// functions. With b bands of r rows, two texts of Jaccard similarity J become candidates with probability
// 1 - (1 - J^r)^b: for 32 bands of 4 rows, 0.99+ at J = 0.6 and 0.23 at J = 0.3. Candidates are then kept only if
// their estimated Jaccard (share of equal MinHash values) reaches `duplicateJaccard`.
import { stories as settings } from '../settings.js';
import { plainWords } from './text.js';

/** FNV-1a over a string's UTF-16 units: a fast 32-bit hash of one shingle. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The murmur3 finaliser: turns `value ^ seed` into one of a family of independent-looking hash functions. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: 256 }, (_, i) => mix(i + 1, 0x9e3779b9));

/** MinHash signature of a text's word shingles; null when the text is too short to have any. */
export function minhashSignature(text: string, hashes = settings.minhashBands * settings.minhashRows): Uint32Array | null {
  const words = plainWords(text);
  const width = settings.shingleWords;
  if (words.length < width) return null;
  const signature = new Uint32Array(hashes).fill(0xffffffff);
  for (let i = 0; i + width <= words.length; i++) {
    const shingle = fnv1a(words.slice(i, i + width).join(' '));
    for (let h = 0; h < hashes; h++) {
      const value = mix(shingle, SEEDS[h]!);
      if (value < signature[h]!) signature[h] = value;
    }
  }
  return signature;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

interface Indexed {
  id: string;
  signature: Uint32Array;
  bandKeys: number[];
}

/**
 * LSH index over the most recent `duplicateWindow` articles: syndicated copies appear within days of the
 * original, so older signatures are dropped and memory stays flat on an endless stream.
 */
export class DuplicateIndex {
  private readonly buckets: Map<number, Indexed[]>[] = Array.from({ length: settings.minhashBands }, () => new Map());
  private readonly recent: Indexed[] = [];
  private oldest = 0;

  /** Adds an article and returns the most similar earlier article above the threshold, if any. */
  add(id: string, text: string): { match: string; jaccard: number } | null {
    const signature = minhashSignature(text);
    if (!signature) return null;
    const bandKeys: number[] = [];
    let best: { match: string; jaccard: number } | null = null;
    const seen = new Set<Indexed>();
    for (let band = 0; band < settings.minhashBands; band++) {
      let key = band;
      for (let row = 0; row < settings.minhashRows; row++) key = mix(signature[band * settings.minhashRows + row]!, key);
      bandKeys.push(key);
      for (const other of this.buckets[band]!.get(key) ?? []) {
        if (seen.has(other)) continue;
        seen.add(other);
        const jaccard = estimatedJaccard(signature, other.signature);
        if (jaccard >= settings.duplicateJaccard && (!best || jaccard > best.jaccard)) best = { match: other.id, jaccard };
      }
    }
    const entry: Indexed = { id, signature, bandKeys };
    bandKeys.forEach((key, band) => {
      const bucket = this.buckets[band]!;
      const list = bucket.get(key);
      if (list) list.push(entry);
      else bucket.set(key, [entry]);
    });
    this.recent.push(entry);
    if (this.recent.length - this.oldest > settings.duplicateWindow) this.evictOldest();
    return best;
  }

  private evictOldest(): void {
    const entry = this.recent[this.oldest]!;
    this.recent[this.oldest] = undefined as unknown as Indexed;
    this.oldest++;
    entry.bandKeys.forEach((key, band) => {
      const bucket = this.buckets[band]!;
      const list = bucket.get(key)?.filter((other) => other !== entry);
      if (list && list.length > 0) bucket.set(key, list);
      else bucket.delete(key);
    });
    if (this.oldest > 4096 && this.oldest * 2 > this.recent.length) {
      this.recent.splice(0, this.oldest);
      this.oldest = 0;
    }
  }
}
