// The contrast rule of the story clusterer (cluster.ts): choosing between several stories that all match an article.
import type { StoryState } from './story-state.js';
import type { IncrementalIdf, TermVector } from './text.js';

export interface ScoredStory {
  story: StoryState;
  score: number;
}

/** The article's unit vectors, the IDF they were weighted by, and the IDF of its own keys. */
export interface ArticleVectors {
  terms: TermVector;
  entities: TermVector;
  termIdf: IncrementalIdf;
  entityIdf: IncrementalIdf;
  queryIdf: { terms: TermVector; entities: TermVector };
}

export interface ContrastSettings {
  contrastWeight: number;
  contrastSlack: number;
  joinThreshold: number;
  textWeight: number;
  entityWeight: number;
}

/**
 * Among stories that all match the article (look-alike events of one topic), the choice is made on what tells
 * them apart: the article's terms and names found in one of them only. The words the contenders share are the
 * topic's background and would favour the bigger story. `scored` is best first; null when the rule is off or there
 * is nothing to choose between.
 */
export function contrasted(scored: readonly ScoredStory[], article: ArticleVectors, settings: ContrastSettings): ScoredStory | null {
  const { contrastWeight, contrastSlack, joinThreshold, textWeight, entityWeight } = settings;
  if (contrastWeight <= 0) return null;
  const contenders = scored.filter((entry) => entry.score >= joinThreshold - contrastSlack);
  if (contenders.length < 2) return null;
  const distinctive = (vector: TermVector, field: 'terms' | 'entities') => {
    const kept: TermVector = new Map();
    for (const [key, value] of vector) {
      let holders = 0;
      for (const { story } of contenders) if (story[field].raw.has(key)) holders++;
      if (holders === 1) kept.set(key, value);
    }
    return kept;
  };
  const distinctTerms = distinctive(article.terms, 'terms');
  const distinctNames = distinctive(article.entities, 'entities');
  let best: (ScoredStory & { rank: number }) | null = null;
  for (const entry of contenders) {
    const contrast =
      (textWeight * entry.story.terms.cosine(distinctTerms, article.termIdf, article.queryIdf.terms) +
        entityWeight * entry.story.entities.cosine(distinctNames, article.entityIdf, article.queryIdf.entities)) /
      (textWeight + entityWeight);
    const rank = entry.score + contrastWeight * contrast;
    if (!best || rank > best.rank) best = { ...entry, rank };
  }
  return best && { story: best.story, score: best.score };
}
