// One disagreement stated twice: "GH¢49,600 per tonne, or GH¢3,100 per 64-kg bag" against "GH¢51,660 per tonne ...
// This translates into GH¢3,228.75 per bag". The per-bag figures differ from each other exactly as the per-tonne
// ones do, because each outlet derived one from the other: one conflict, not two. Only measured amounts (money,
// masses, areas, lengths) are joined this way; two counts in the same ratio (10 vs 12 dead, 20 vs 24 hurt) are
// two facts.
import { figureFacts as settings } from '../settings.js';

/** One article's figure in a fact: its size on its kind's scale and where it stands. */
export interface StatedFigure {
  article: number;
  value: number | null;
  kind: string;
  sentence: number;
}
const MEASURED = /^(?:money|t|ha|m)/u;
/** How close two ratios must be to be one derivation: rounding of the derived figure allows a little. */
const SAME_RATIO = settings.restatementRatioShare;

/**
 * Indexes of facts that restate an earlier fact in another unit: the same measured kind, articles of the earlier, and
 * between every two articles the same ratio (not 1) as the earlier fact, at another scale.
 */
export function restatedFacts(facts: StatedFigure[][]): Set<number> {
  const dropped = new Set<number>();
  const byArticle = facts.map((figures) => new Map(figures.map((f) => [f.article, f])));
  const first = facts.map(firstSentence);
  const order = facts.map((_, i) => i).sort((a, b) => first[a]! - first[b]!);
  for (let i = 0; i < order.length; i++) {
    // A restatement is no source of others (only later facts are dropped here, so this holds through the loop).
    if (dropped.has(order[i]!)) continue;
    const earlier = byArticle[order[i]!]!;
    for (let j = i + 1; j < order.length; j++) {
      if (restates(earlier, byArticle[order[j]!]!)) dropped.add(order[j]!);
    }
  }
  return dropped;
}

function firstSentence(figures: StatedFigure[]): number {
  return Math.min(...figures.map((f) => f.sentence));
}

function restates(earlier: Map<number, StatedFigure>, later: Map<number, StatedFigure>): boolean {
  // The derived figure may be left out by an outlet ("per tonne" only): its articles are some of the earlier's.
  const articles = [...later.keys()];
  if (articles.length < 2 || !articles.every((a) => earlier.has(a))) return false;
  const kind = earlier.get(articles[0]!)!.kind;
  if (!MEASURED.test(kind) || [...later.values()].some((f) => f.kind !== kind)) return false;
  let differs = false;
  for (const a of articles) {
    for (const b of articles) {
      if (a >= b) continue;
      const [ea, eb, la, lb] = [earlier.get(a)!.value, earlier.get(b)!.value, later.get(a)!.value, later.get(b)!.value];
      if (!ea || !eb || !la || !lb) return false;
      const ratio = ea / eb;
      if (Math.abs(ratio - la / lb) > SAME_RATIO * ratio) return false;
      if (Math.abs(ratio - 1) > SAME_RATIO) differs = true;
      // The same figures again are one fact already, not a restatement at another scale.
      if (Math.abs(ea / la - 1) < SAME_RATIO) return false;
    }
  }
  return differs;
}
