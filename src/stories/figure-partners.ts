// Which articles of a story the learned figure aligner (figure-pairs.ts) compares: all pairs in a small story; in a
// big one (an ongoing event of hundreds of reports) each article with its nearest few and the first report, so that
// the work grows linearly with the articles rather than with their square.
import type { ArticleSentences } from './claims-sentences.js';
import { addTo, dot, toUnitLength } from './text.js';

/**
 * The pairs of articles to compare (i < j): every pair of a story of up to `maxPartners` + 1 articles; in a bigger
 * story each article with its `maxPartners` most similar (TF-IDF of the whole article) and the earliest article (the
 * first report, which later ones restate or dispute), so the figure comparisons grow linearly with the articles.
 */
export function articlePairs(articles: ArticleSentences[], maxPartners: number): [number, number][] {
  const n = articles.length;
  const all: [number, number][] = [];
  if (n <= maxPartners + 1) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) all.push([i, j]);
    return all;
  }
  const vectors = articles.map(articleVector);
  let earliest = 0;
  articles.forEach((article, i) => {
    if ((article.entry.date ?? '\uffff') < (articles[earliest]!.entry.date ?? '\uffff')) earliest = i;
  });
  const chosen = new Set<number>();
  const add = (i: number, j: number) => {
    if (i !== j) chosen.add(Math.min(i, j) * n + Math.max(i, j));
  };
  for (let i = 0; i < n; i++) {
    add(i, earliest);
    const nearest: { j: number; similarity: number }[] = [];
    for (let j = 0; j < n; j++) {
      if (j === i || j === earliest) continue;
      const similarity = dot(vectors[i]!, vectors[j]!);
      if (nearest.length < maxPartners || similarity > nearest.at(-1)!.similarity) {
        nearest.push({ j, similarity });
        nearest.sort((p, q) => q.similarity - p.similarity);
        if (nearest.length > maxPartners) nearest.pop();
      }
    }
    for (const { j } of nearest) add(i, j);
  }
  return [...chosen].sort((p, q) => p - q).map((key) => [Math.floor(key / n), key % n]);
}

/** An article's TF-IDF vector: the sum of its sentences' (each of unit length), to unit length. */
function articleVector(article: ArticleSentences): Map<string, number> {
  const sum = new Map<string, number>();
  for (const vector of article.vectors) for (const [term, weight] of vector) addTo(sum, term, weight);
  return toUnitLength(sum);
}
