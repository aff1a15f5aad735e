// CoNLL-style exact-match scoring: an entity counts only when both its boundaries and its type are right.
import type { Chunk } from './conll.js';

export interface TypeScore {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

export class ChunkScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();

  private entry(type: string): { gold: number; predicted: number; correct: number } {
    let entry = this.counts.get(type);
    if (!entry) {
      entry = { gold: 0, predicted: 0, correct: 0 };
      this.counts.set(type, entry);
    }
    return entry;
  }

  /** Adds one sentence (or document): chunks with the same start, end and type match. */
  add(gold: readonly Chunk[], predicted: readonly Chunk[]): void {
    const key = (c: Chunk): string => `${c.start}:${c.end}:${c.type}`;
    const goldKeys = new Set(gold.map(key));
    for (const chunk of gold) this.entry(chunk.type).gold++;
    for (const chunk of predicted) {
      const entry = this.entry(chunk.type);
      entry.predicted++;
      if (goldKeys.has(key(chunk))) entry.correct++;
    }
  }

  private static score(gold: number, predicted: number, correct: number): TypeScore {
    const precision = predicted ? correct / predicted : 0;
    const recall = gold ? correct / gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1, gold, predicted, correct };
  }

  byType(): Map<string, TypeScore> {
    const scores = new Map<string, TypeScore>();
    for (const [type, c] of [...this.counts].sort()) scores.set(type, ChunkScorer.score(c.gold, c.predicted, c.correct));
    return scores;
  }

  overall(): TypeScore {
    let gold = 0;
    let predicted = 0;
    let correct = 0;
    for (const c of this.counts.values()) {
      gold += c.gold;
      predicted += c.predicted;
      correct += c.correct;
    }
    return ChunkScorer.score(gold, predicted, correct);
  }
}
