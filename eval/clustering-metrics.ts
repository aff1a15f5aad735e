// Clustering scores: pairwise and B-cubed precision, recall and F1 of a predicted partition against gold.
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Pairwise: over all pairs of items, those put together by the system and by the gold. */
export function pairwiseScores(predicted: Map<string, string>, gold: Map<string, string>): Scores {
  const items = [...gold.keys()];
  let together = 0;
  let goldTogether = 0;
  let both = 0;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const p = predicted.get(items[i]!) === predicted.get(items[j]!);
      const g = gold.get(items[i]!) === gold.get(items[j]!);
      if (p) together++;
      if (g) goldTogether++;
      if (p && g) both++;
    }
  }
  const precision = together === 0 ? 1 : both / together;
  const recall = goldTogether === 0 ? 1 : both / goldTogether;
  return { precision, recall, f1: f1(precision, recall) };
}

/**
 * B-cubed (Bagga & Baldwin): per item, the share of its predicted cluster that is in its gold cluster, and back.
 * `over` averages over a subset of the gold's items while the clusters keep all of them (a part of a corpus
 * clustered in one run: a merge with an item outside the subset still costs precision).
 */
export function bcubedScores(predicted: Map<string, string>, gold: Map<string, string>, over?: Iterable<string>): Scores {
  const members = (partition: Map<string, string>) => {
    const groups = new Map<string, string[]>();
    for (const item of gold.keys()) {
      const label = partition.get(item) ?? `unassigned:${item}`;
      const list = groups.get(label);
      if (list) list.push(item);
      else groups.set(label, [item]);
    }
    return groups;
  };
  const predictedGroups = members(predicted);
  const goldGroups = members(gold);
  const items = over ? [...over].filter((item) => gold.has(item)) : [...gold.keys()];
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const mine = predictedGroups.get(predicted.get(item) ?? `unassigned:${item}`)!;
    const truth = goldGroups.get(gold.get(item)!)!;
    const truthSet = new Set(truth);
    const overlap = mine.filter((other) => truthSet.has(other)).length;
    precision += overlap / mine.length;
    recall += overlap / truth.length;
  }
  const n = items.length || 1;
  return { precision: precision / n, recall: recall / n, f1: f1(precision / n, recall / n) };
}
