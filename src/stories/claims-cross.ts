// Figures one outlet gives under one name and another under another: "the raid, which lasted seven minutes" against
// "spent four minutes inside", "a five-year mission" against "will operate for seven years", "48 drones launched"
// against "52 attack drones". After slot alignment, a figure that no other article of the story gives in its slot
// is paired with the best-matching such figure of another article: the same kind (count, duration, length, rate...),
// a similar size, and context that agrees (noun and verb in their synonym classes, content words of the sentence).
// Only mutual best pairs above a threshold are kept, and at least one side must be a generic claim: two named slots
// of different names (a death toll and an injured count) are never one fact.
import { claims as settings } from '../settings.js';
import type { StoryClaim } from './claims-types.js';
import { nounKey, verbKey } from './claims-synonyms.js';
import { numericValue } from './values.js';

export interface LoneFigure {
  article: string;
  claim: StoryClaim;
  /** Every claim of the article: a pair is dropped when one side also states the other's figure. */
  articleClaims: StoryClaim[];
}

export interface FigurePair {
  first: LoneFigure;
  second: LoneFigure;
  score: number;
}

/** What a normalised value measures: two figures of different kinds are never one fact. */
export function kindOf(normalized: string): string | null {
  if (/^PT?\d+(?:\.\d+)?[YMWDHS]$/u.test(normalized)) return 'duration';
  const unit = /^-?\d+(?:\.\d+)? (.+)$/u.exec(normalized)?.[1];
  if (unit) return /^[A-Z]{3}$/u.test(unit) ? 'money' : unit;
  return /^-?\d+(?:\.\d+)?$/u.test(normalized) ? 'count' : null;
}

const STOP_WORDS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'than', 'as', 'was',
  'were', 'is', 'are', 'has', 'had', 'have', 'been', 'be', 'will', 'would', 'could', 'said', 'says', 'its', 'their',
  'his', 'her', 'this', 'that', 'these', 'those', 'which', 'who', 'after', 'before', 'about', 'some', 'more', 'least',
  'nearly', 'around', 'over', 'into', 'it', 'they', 'there', 'also', 'officials', 'told', 'reported', 'according',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'metres', 'meters', 'km', 'per', 'cent', 'percent', 'police',
]);

/** Content words of a sentence by stem, figures and words of time and reporting left out. */
function contentStems(sentence: string): Set<string> {
  const words = sentence.toLowerCase().match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return new Set(words.filter((word) => word.length > 2 && !STOP_WORDS.has(word)).map((word) => word.slice(0, settings.verbStemLetters)));
}

function nounOf(claim: StoryClaim): string {
  // A duration's noun in its class of events ("term duration" and "period duration" are one).
  return nounKey(claim.slot).replace(/ (?:duration|length)$/u, '');
}

/** How well two lone figures of different articles fit one fact; null when they cannot be one. */
function fit(a: StoryClaim, b: StoryClaim, contextA: Set<string>, contextB: Set<string>, common: Set<string>): number | null {
  const kind = kindOf(a.normalized);
  if (!kind || kind !== kindOf(b.normalized)) return null;
  const va = numericValue(a);
  const vb = numericValue(b);
  if (va === null || vb === null || va <= 0 || vb <= 0) return null;
  const ratio = Math.max(va, vb) / Math.min(va, vb);
  if (ratio > settings.crossMaxRatio) return null;
  let shared = 0;
  for (const stem of contextA) if (contextB.has(stem) && !common.has(stem)) shared++;
  // Closer sizes break a tie between two otherwise equal partners.
  const closeness = settings.crossTieBreak * (1 - Math.log(ratio) / Math.log(settings.crossMaxRatio));
  const context = Math.min(shared * settings.crossWordWeight, settings.crossWordCap) + closeness;
  if (kind === 'money') {
    // A sum no slot names pairs with a named sum of the same currency only: two unnamed sums may be about anything.
    if ((a.slot === 'amount') === (b.slot === 'amount') || a.unit !== b.unit) return null;
    return settings.crossMoneyWeight + (ratio <= settings.crossCloseRatio ? settings.crossCloseWeight : 0) + context;
  }
  if (!a.generic && !b.generic) return null;
  const sameNoun = nounOf(a) === nounOf(b);
  const verbA = a.generic && a.subject ? verbKey(a.subject, settings.verbStemLetters) : null;
  const verbB = b.generic && b.subject ? verbKey(b.subject, settings.verbStemLetters) : null;
  // Two verbs that differ name two acts: "48 drones launched", "40 shot down".
  if (verbA && verbB && verbA !== verbB) return null;
  // A count is of a thing: different nouns are different things ("villages" and "towns"). A measure of another
  // noun is another fact too ("strike duration", "closure duration"), unless one side names none ("spent four
  // minutes inside": a time).
  if (!sameNoun && (kind === 'count' || (nounOf(a) !== 'time' && nounOf(b) !== 'time'))) return null;
  let score = sameNoun ? (kind === 'count' ? settings.crossCountNounWeight : settings.crossNounWeight) : settings.crossMeasureWeight;
  if (verbA && verbA === verbB) score += settings.crossVerbWeight;
  if (ratio <= settings.crossCloseRatio) score += settings.crossCloseWeight;
  return score + context;
}

/** Mutual best pairs of lone figures across articles, best first, each figure in at most one pair. */
export function pairLoneFigures(lone: LoneFigure[]): FigurePair[] {
  const contexts = lone.map((figure) => contentStems(figure.claim.evidence));
  // Words in most of the story's sentences (the place, the company, the event) say nothing about which figure is
  // which; only words that set a sentence apart count.
  const sentences = new Map(lone.map((figure, i) => [figure.claim.evidence, contexts[i]!]));
  const frequency = new Map<string, number>();
  for (const stems of sentences.values()) for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const common = new Set(
    sentences.size >= settings.crossCommonMinSentences
      ? [...frequency].filter(([, count]) => count / sentences.size > settings.crossCommonShare).map(([stem]) => stem)
      : [],
  );
  const best = new Map<number, { index: number; score: number }>();
  const candidates: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < lone.length; i++) {
    for (let j = i + 1; j < lone.length; j++) {
      if (lone[i]!.article === lone[j]!.article) continue;
      const score = fit(lone[i]!.claim, lone[j]!.claim, contexts[i]!, contexts[j]!, common);
      if (score === null || score < settings.crossMinScore) continue;
      candidates.push({ i, j, score });
      for (const [from, to] of [[i, j], [j, i]] as const) {
        const current = best.get(from);
        // A tie leaves the figure without a clear partner: no pair.
        if (!current || score > current.score) best.set(from, { index: to, score });
        else if (score === current.score && current.index !== to) best.set(from, { index: -1, score });
      }
    }
  }
  const pairs: FigurePair[] = [];
  for (const { i, j, score } of candidates.sort((x, y) => y.score - x.score)) {
    if (best.get(i)?.index !== j || best.get(j)?.index !== i) continue;
    pairs.push({ first: lone[i]!, second: lone[j]!, score });
  }
  return pairs;
}
