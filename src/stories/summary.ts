// Multi-source extractive summary of a story: sentences that several outlets confirm come first, each citing the
// articles that carry a similar sentence. Cost is quadratic in a story's sentences, so long stories are capped.
import type { SummarySentence } from '../model.js';
import { stories as settings } from '../settings.js';
import { contentTokens, dot, IncrementalIdf, weighted, addTo, type TermVector } from './text.js';

export interface SummarySource {
  article: string;
  sentences: string[];
}

/** Sentences read per article and articles read per story: enough for a summary, bounded in cost. */
const MAX_SENTENCES_PER_ARTICLE = 25;
const MAX_ARTICLES = 20;
/** Shorter sentences are headlines, datelines or fragments, not summary material. */
const MIN_SENTENCE_WORDS = 8;

interface Candidate {
  text: string;
  article: string;
  position: number;
  vector: TermVector;
  support: Set<string>;
  score: number;
}

export function storySummary(sources: SummarySource[], size = settings.summarySentences): SummarySentence[] {
  const idf = new IncrementalIdf();
  const raw: { text: string; article: string; position: number; terms: TermVector }[] = [];
  for (const source of sources.slice(0, MAX_ARTICLES)) {
    source.sentences.slice(0, MAX_SENTENCES_PER_ARTICLE).forEach((text, position) => {
      if (text.split(/\s+/u).length < MIN_SENTENCE_WORDS) return;
      const terms: TermVector = new Map();
      for (const token of contentTokens(text)) addTo(terms, token, 1);
      idf.observe(terms.keys());
      raw.push({ text, article: source.article, position, terms });
    });
  }
  const candidates: Candidate[] = raw.map((sentence) => ({
    ...sentence,
    vector: weighted(sentence.terms, idf),
    support: new Set([sentence.article]),
    score: 0,
  }));
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!;
      const b = candidates[j]!;
      if (a.article === b.article || dot(a.vector, b.vector) < settings.supportSimilarity) continue;
      a.support.add(b.article);
      b.support.add(a.article);
    }
  }
  // Confirmation by other outlets counts most; early sentences say what happened, so position breaks ties.
  for (const candidate of candidates) candidate.score = candidate.support.size + 1 / (2 + candidate.position);
  const chosen: Candidate[] = [];
  for (const candidate of [...candidates].sort((a, b) => b.score - a.score)) {
    if (chosen.length >= size) break;
    if (chosen.some((other) => dot(other.vector, candidate.vector) >= settings.supportSimilarity)) continue;
    chosen.push(candidate);
  }
  return chosen
    .sort((a, b) => a.position - b.position || b.score - a.score)
    .map((candidate) => ({ text: candidate.text, sources: [...candidate.support] }));
}
