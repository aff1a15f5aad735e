// Document-level evidence for the second tagging pass: the type a word was given elsewhere in the document.
import type { Chunk } from './conll.js';

const CAPITALISED = /^\p{Lu}/u;

/** Majority entity type of each capitalised word inside the first pass's entities, over one document. */
export function priorTypesFromChunks(sentences: readonly { words: readonly string[]; chunks: readonly Chunk[] }[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const { words, chunks } of sentences) {
    for (const chunk of chunks) {
      for (let i = chunk.start; i < chunk.end; i++) {
        const word = words[i] as string;
        if (!CAPITALISED.test(word)) continue;
        const counts = votes.get(word) ?? new Map<string, number>();
        counts.set(chunk.type, (counts.get(chunk.type) ?? 0) + 1);
        votes.set(word, counts);
      }
    }
  }
  const priors = new Map<string, string>();
  for (const [word, counts] of votes) {
    let bestType = '';
    let bestCount = 0;
    for (const [type, count] of counts) {
      if (count > bestCount) {
        bestType = type;
        bestCount = count;
      }
    }
    priors.set(word, bestType);
  }
  return priors;
}
