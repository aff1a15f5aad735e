// The inverted index of the open stories (cluster.ts): each story is posted under the terms and entities of its
// pruned centroid, so an article is scored against the few stories that share its heaviest words, not all of them.
import type { StoryState } from './story-state.js';
import { prune, type TermVector } from './text.js';

/** Entity keys share the index with terms under this prefix. */
const ENTITY_PREFIX = '@';

/** How far a candidate lookup reaches. */
export interface CandidateLimits {
  /** The article's heaviest terms (and entities) looked up. */
  queryTerms: number;
  /** A key posted for more open stories than this is skipped. */
  maxPostings: number;
  /** Stories returned at most. */
  maxCandidates: number;
}

export class StoryIndex {
  private readonly postings = new Map<string, Set<StoryState>>();

  /** Prunes a story's vector to its `centroidTerms` heaviest entries and keeps the index in step with it. */
  post(story: StoryState, field: 'terms' | 'entities', centroidTerms: number): void {
    const prefix = field === 'entities' ? ENTITY_PREFIX : '';
    const before = story[field].raw;
    const after = prune(before, centroidTerms);
    if (after !== before) {
      for (const term of before.keys()) if (!after.has(term)) this.unpost(prefix + term, story);
      story[field].raw = after;
      story[field].changed();
    }
    for (const term of after.keys()) {
      const list = this.postings.get(prefix + term);
      if (list) list.add(story);
      else this.postings.set(prefix + term, new Set([story]));
    }
  }

  /** Takes a story out of the index (merged away, split or retired). */
  remove(story: StoryState): void {
    for (const term of story.terms.raw.keys()) this.unpost(term, story);
    for (const key of story.entities.raw.keys()) this.unpost(ENTITY_PREFIX + key, story);
  }

  /**
   * Stories that share the article's heaviest terms or entities, best first by the summed weight of what they share,
   * at most `maxCandidates` of them.
   */
  candidates(terms: TermVector, entities: TermVector, limits: CandidateLimits): StoryState[] {
    const found = new Map<StoryState, number>();
    for (const [vector, prefix] of [[terms, ''], [entities, ENTITY_PREFIX]] as const) {
      const heaviest = [...vector].sort((a, b) => b[1] - a[1]).slice(0, limits.queryTerms);
      for (const [term, weight] of heaviest) {
        const list = this.postings.get(prefix + term);
        // A term in very many open stories does not tell them apart and would make lookups grow with the stream.
        if (!list || list.size > limits.maxPostings) continue;
        for (const story of list) found.set(story, (found.get(story) ?? 0) + weight);
      }
    }
    const ranked = [...found].sort((a, b) => b[1] - a[1]);
    return ranked.slice(0, limits.maxCandidates).map(([story]) => story);
  }

  private unpost(key: string, story: StoryState): void {
    const list = this.postings.get(key);
    list?.delete(story);
    if (list && list.size === 0) this.postings.delete(key);
  }
}
