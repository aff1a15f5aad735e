// Story repair: a story grown by chaining (A joined, B joined because of A, C because of B) may hold two look-alike
// events. Its members' own similarity graph shows it: two groups, each tight, with little between them. The split is
// found by average-link agglomeration down to two groups (members are few: the caller caps them), then kept only when
// the groups' cross similarity is far below their inner similarity.
import type { ArticleSignals } from './story-state.js';
import { precise } from './dates.js';
import { dot, weighted, type IncrementalIdf, type TermVector } from './text.js';

/** When a two-way split of a story's members is accepted. */
export interface SplitOptions {
  /** Each side needs at least this many members: one odd report is not a second event. */
  minGroup: number;
  /** The mean similarity across the groups must be at most this share of the lower inner mean (0: rule off). */
  crossRatio: number;
  /** ...and at most this, absolutely (two groups that are each loose may still be one event). */
  maxCross: number;
  /**
   * A split whose groups differ in dating (no member of one dated to days or weeks, at least `datedShare` of the
   * other's) is accepted at this looser ratio, with no absolute bar: the date gate could not keep them apart.
   */
  datedCrossRatio: number;
  datedShare: number;
}

export interface Split {
  /** Member indices of the two groups, each in ascending order. */
  groups: [number[], number[]];
  /** Mean pairwise similarity inside each group and across them. */
  inner: [number, number];
  cross: number;
}

/** Mean of `similarity[i][j]` over i in a, j in b (i < j pairs when a and b are the same group). */
function meanSimilarity(similarity: readonly (readonly number[])[], a: readonly number[], b: readonly number[]): number {
  let total = 0;
  let pairs = 0;
  const same = a === b;
  for (const [ai, i] of a.entries()) {
    for (const [bj, j] of b.entries()) {
      if (same && bj <= ai) continue;
      total += similarity[i]![j]!;
      pairs++;
    }
  }
  return pairs > 0 ? total / pairs : 0;
}

/**
 * The two groups average-link agglomeration leaves of `similarity` (a symmetric matrix), with their cohesion.
 * Cubic in the number of members, which the caller keeps small.
 */
export function twoWaySplit(similarity: readonly (readonly number[])[]): Split | null {
  const count = similarity.length;
  if (count < 2) return null;
  let groups: number[][] = Array.from({ length: count }, (_, i) => [i]);
  while (groups.length > 2) {
    let best = { a: 0, b: 1, link: -Infinity };
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const link = meanSimilarity(similarity, groups[a]!, groups[b]!);
        if (link > best.link) best = { a, b, link };
      }
    }
    const merged = [...groups[best.a]!, ...groups[best.b]!].sort((x, y) => x - y);
    groups = groups.filter((_, i) => i !== best.a && i !== best.b);
    groups.push(merged);
  }
  const [first, second] = groups[0]![0]! < groups[1]![0]! ? [groups[0]!, groups[1]!] : [groups[1]!, groups[0]!];
  return {
    groups: [first, second],
    inner: [meanSimilarity(similarity, first, first), meanSimilarity(similarity, second, second)],
    cross: meanSimilarity(similarity, first, second),
  };
}

const textRuleOn = (options: SplitOptions) => options.crossRatio > 0 && options.maxCross > 0;

/**
 * Whether members dated so (`dated[i]`: member i dated to days or weeks) may split at all: without the text-only rule,
 * only members both dated and undated, enough of them undated. Cheap, so a caller asks it before the similarities.
 */
export function splitPossible(dated: readonly boolean[], options: SplitOptions): boolean {
  const datedCount = dated.filter(Boolean).length;
  return textRuleOn(options) || (datedCount > 0 && dated.length - datedCount >= Math.max(options.minGroup, 2));
}

/** The split of a story's members into two events, or null when they read as one. */
export function eventSplit(similarity: readonly (readonly number[])[], dated: readonly boolean[], options: SplitOptions): Split | null {
  if (!splitPossible(dated, options)) return null;
  const split = twoWaySplit(similarity);
  if (!split) return null;
  if (Math.min(split.groups[0].length, split.groups[1].length) < Math.max(options.minGroup, 2)) return null;
  const inner = Math.min(split.inner[0], split.inner[1]);
  const textRule = textRuleOn(options);
  if (textRule && split.cross <= options.maxCross && split.cross <= options.crossRatio * inner) return split;
  const shares = split.groups.map((group) => group.filter((i) => dated[i]).length / group.length);
  const datingDiffers = Math.min(...shares) === 0 && Math.max(...shares) >= options.datedShare;
  return datingDiffers && split.cross <= options.datedCrossRatio * inner ? split : null;
}

/** The vectors of one member as the similarity graph compares them: unit IDF-weighted terms and names. */
export interface MemberVectors {
  terms: TermVector;
  entities: TermVector;
}

/** A member of a story small enough to be re-examined: its signals, vectors, and similarity to earlier members. */
export interface StoryMember {
  signals: ArticleSignals;
  vectors: MemberVectors;
  /** Dated to days or weeks. */
  dated: boolean;
  /** Similarity with each member before it in the story's list, computed once when it joined. */
  links: number[];
}

/**
 * Similarity of two members, weighted as the join compares an article with a story: text cosine, and the names'
 * cosine when both members have names.
 */
export function pairSimilarity(a: MemberVectors, b: MemberVectors, textWeight: number, entityWeight: number): number {
  let total = textWeight * dot(a.terms, b.terms);
  let weights = textWeight;
  if (entityWeight > 0 && a.entities.size > 0 && b.entities.size > 0) {
    total += entityWeight * dot(a.entities, b.entities);
    weights += entityWeight;
  }
  return total / weights;
}

/** A member's record: its vectors under the current IDF and its similarity to the members before it. */
export function memberRecord(
  article: ArticleSignals,
  earlier: readonly StoryMember[],
  termIdf: IncrementalIdf,
  entityIdf: IncrementalIdf,
  weights: { textWeight: number; entityWeight: number },
  vectors: MemberVectors = { terms: weighted(article.terms, termIdf), entities: weighted(article.entities, entityIdf) },
): StoryMember {
  return {
    signals: article,
    vectors,
    dated: precise(article.dating.range) !== null,
    links: earlier.map((other) => pairSimilarity(vectors, other.vectors, weights.textWeight, weights.entityWeight)),
  };
}

/** The members' symmetric similarity matrix from the links each member recorded to those before it. */
export function similarityMatrix(members: readonly StoryMember[]): number[][] {
  const similarity = members.map(() => members.map(() => 1));
  members.forEach((member, i) =>
    member.links.forEach((link, j) => {
      similarity[i]![j] = similarity[j]![i] = link;
    }),
  );
  return similarity;
}
