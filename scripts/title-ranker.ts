// A learned chooser over the page's title candidates (title-candidates.ts): a linear score per candidate from
// features the readers already know (which sources state it, whether the hand-set rules chose it, how it agrees in
// words with the meta titles and the headline, its length, a separator left in it), the highest score wins.
// Measured by scripts/train-metadata-ranker.ts; not used at run time (it did not beat the hand-set rules under CV).
import { isAllCaps } from '../src/extract/text/sources.js';
import { comparable } from '../src/extract/html/title.js';
import type { TitleCandidate, TitleKind } from '../src/extract/html/title-candidates.js';

export const TITLE_FEATURES = [
  'hand', 'h1', 'h1Whole', 'og', 'twitter', 'jsonLd', 'titleTag', 'titlePart', 'heading', 'stripped', 'sources',
  'firstH1', 'manyH1', 'logWords', 'ogShare', 'h1Share', 'tagShare', 'separator', 'insideOther', 'holdsOther',
  'allCaps', 'ogWhenHandH1', 'handDiffersOg', 'startsWithNumber',
] as const;
export type TitleFeature = (typeof TITLE_FEATURES)[number];
export type TitleWeights = Readonly<Record<TitleFeature, number>>;

const KIND_FEATURE: Record<TitleKind, TitleFeature> = {
  'h1': 'h1', 'h1-whole': 'h1Whole', 'og': 'og', 'twitter': 'twitter', 'json-ld': 'jsonLd', 'title-tag': 'titleTag',
  'title-part': 'titlePart', 'heading': 'heading',
};

/** A separator between a title and a site name or subtitle left inside a candidate. */
const INNER_SEPARATOR = /\s[|–—»·•:-]\s|:\s/u;

function words(text: string): Set<string> {
  return new Set(comparable(text).split(' ').filter((w) => w.length > 0));
}

/** Words shared over words in either (Jaccard), 0 when either is missing. */
function share(a: Set<string>, b: Set<string> | null): number {
  if (!b || a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / (a.size + b.size - common);
}

/** Feature rows of a page's candidates (in TITLE_FEATURES order); `hand` is the title the hand-set rules chose. */
export function titleFeatureRows(candidates: TitleCandidate[], hand: string | null): number[][] {
  const handKey = hand ? comparable(hand) : null;
  const find = (kind: TitleKind): TitleCandidate | undefined => candidates.find((c) => c.kinds.includes(kind) && !c.stripped);
  const og = candidates.find((c) => c.kinds.includes('og') && c.stripped) ?? find('og');
  const h1 = candidates.find((c) => c.kinds.includes('h1') && c.order === 0);
  const tag = candidates.find((c) => c.kinds.includes('title-tag') && c.stripped) ?? find('title-tag');
  const ogWords = og ? words(og.text) : null;
  const h1Words = h1 ? words(h1.text) : null;
  const tagWords = tag ? words(tag.text) : null;
  const handCandidate = candidates.find((c) => comparable(c.text) === handKey);
  const handIsH1 = handCandidate?.kinds.includes('h1') ?? false;
  const handDiffersOg = og !== undefined && handCandidate !== undefined && handCandidate !== og ? 1 : 0;
  const h1Count = new Set(candidates.filter((c) => c.kinds.includes('h1')).map((c) => c.order)).size;
  const keys = candidates.map((c) => comparable(c.text));
  return candidates.map((candidate, i) => {
    const key = keys[i]!;
    const own = words(candidate.text);
    const f: Record<TitleFeature, number> = Object.fromEntries(TITLE_FEATURES.map((n) => [n, 0])) as Record<TitleFeature, number>;
    f.hand = key === handKey ? 1 : 0;
    for (const kind of candidate.kinds) f[KIND_FEATURE[kind]] = 1;
    f.stripped = candidate.stripped ? 1 : 0;
    f.sources = candidate.kinds.length;
    f.firstH1 = candidate.kinds.includes('h1') && candidate.order === 0 ? 1 : 0;
    f.manyH1 = candidate.kinds.includes('h1') && h1Count > 1 ? 1 : 0;
    f.logWords = Math.log(1 + own.size);
    f.ogShare = share(own, ogWords);
    f.h1Share = share(own, h1Words);
    f.tagShare = share(own, tagWords);
    f.separator = INNER_SEPARATOR.test(candidate.text) ? 1 : 0;
    f.insideOther = keys.some((k, j) => j !== i && k.length > key.length && k.includes(key)) ? 1 : 0;
    f.holdsOther = keys.some((k, j) => j !== i && k.length < key.length && key.includes(k)) ? 1 : 0;
    f.allCaps = isAllCaps(candidate.text) ? 1 : 0;
    f.ogWhenHandH1 = candidate === og && handIsH1 ? 1 : 0;
    f.handDiffersOg = f.hand * handDiffersOg;
    f.startsWithNumber = /^\d/.test(candidate.text) ? 1 : 0;
    return TITLE_FEATURES.map((n) => f[n]);
  });
}

/** The index of the highest-scoring row (the first on a tie). */
export function bestRow(rows: number[][], weights: readonly number[]): number {
  let best = -1;
  let bestScore = -Infinity;
  rows.forEach((row, i) => {
    let score = 0;
    row.forEach((x, j) => (score += x * weights[j]!));
    if (score > bestScore + 1e-12) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** The ranker's title: the hand-set choice is one of the candidates (added when no source states it as such). */
export function rankTitle(candidates: TitleCandidate[], hand: string | null, weights: TitleWeights): string | null {
  const pool = withHand(candidates, hand);
  if (pool.length === 0) return hand;
  const at = bestRow(titleFeatureRows(pool, hand), TITLE_FEATURES.map((n) => weights[n]));
  return pool[at]?.text ?? hand;
}

/** The candidates with the hand-set title among them. */
export function withHand(candidates: TitleCandidate[], hand: string | null): TitleCandidate[] {
  if (!hand) return candidates;
  const key = comparable(hand);
  if (!key || candidates.some((c) => comparable(c.text) === key)) return candidates;
  return [...candidates, { text: hand, kinds: [], stripped: false, order: 0 }];
}
