// Text features of an article for story clustering: tokens, sentences, lead weighting, weighted term vectors and
// an incrementally learned IDF. Everything here is linear in the length of the text.
import type { Span } from '../model.js';
import { stories as settings } from '../settings.js';

/**
 * Function words and news filler that say nothing about which event an article reports. Kept short and named so a
 * reader can see what is ignored: reporting verbs ("said", "told") and calendar words appear in every story.
 */
/** Weekday and month names: capitalised, yet they label a date, not a thing. */
export const CALENDAR_WORDS: readonly string[] = (
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
  'september october november december'
).split(' ');

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him himself ' +
    'his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    'yours yourself yourselves said says say told tell according reported reports report news would could may might must ' +
    'one two new last first year years week weeks day days time monday tuesday wednesday thursday friday saturday sunday ' +
    'mr mrs ms dr also since however including around among per cent percent via'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Lowercased words with possessives and a plural `s` removed, so "talks"/"talk" and "Russia's"/"Russia" meet. */
export function normalizeToken(raw: string): string {
  let word = raw.toLowerCase().replace(/['’]s?$/u, '').replace(/['’]/gu, '');
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) {
    word = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  }
  return word;
}

/** Content tokens of a text: normalised words that are not stopwords, numbers or single letters. */
export function contentTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const token = normalizeToken(match[0]);
    if (token.length < 2 || STOPWORDS.has(token) || /^[\d.,-]+$/u.test(token)) continue;
    tokens.push(token);
  }
  return tokens;
}

/** Lowercased raw words, stopwords kept: the material of shingles for near-duplicate detection. */
export function plainWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => match[0].toLowerCase());
}

// A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and an opening capital,
// digit or quote; a line break always ends one. Abbreviations such as "Gen." or "U.S." are protected below.
const SENTENCE_END = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])|\n+/gu;
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)|\b\p{Lu})\.$/u;

/** Sentence spans of a text: a small fallback for when the NLP layer gives none. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(0, match.index - 6), match.index + 1))) continue;
    pushTrimmed(text, start, match[0].startsWith('\n') ? match.index : end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  if (end - start >= 2) spans.push({ start, end });
}

export type TermVector = Map<string, number>;

export function addTo(vector: TermVector, term: string, weight: number): void {
  vector.set(term, (vector.get(term) ?? 0) + weight);
}

/**
 * Term weights of an article: title and lead sentences count more than the rest, because the lead says what
 * happened and later paragraphs carry background that also fits older stories. Weights are log-scaled counts.
 */
export function leadWeightedTerms(
  title: string | null,
  text: string,
  sentences: Span[],
  weights: { title: number; lead: number; bigram: number } = {
    title: settings.titleWeight,
    lead: settings.leadWeight,
    bigram: settings.bigramWeight,
  },
): TermVector {
  const counts: TermVector = new Map();
  const addTokens = (tokens: string[], weight: number) => {
    for (let i = 0; i < tokens.length; i++) {
      addTo(counts, tokens[i]!, weight);
      if (weights.bigram > 0 && i > 0) addTo(counts, `${tokens[i - 1]} ${tokens[i]}`, weight * weights.bigram);
    }
  };
  if (title) addTokens(contentTokens(title), weights.title);
  sentences.forEach((span, index) => {
    addTokens(contentTokens(text.slice(span.start, span.end)), index < settings.leadSentences ? weights.lead : 1);
  });
  for (const [term, count] of counts) counts.set(term, 1 + Math.log(count));
  return counts;
}

/** Document frequencies learned one document at a time, so weights exist on a stream with no corpus known ahead. */
export class IncrementalIdf {
  private readonly frequency = new Map<string, number>();
  documents = 0;

  observe(terms: Iterable<string>): void {
    this.documents++;
    for (const term of terms) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
  }

  /** Smoothed IDF: ln((N + 1) / (df + 1)) + 1, positive even for a term seen in every document. */
  weight(term: string): number {
    return Math.log((this.documents + 1) / ((this.frequency.get(term) ?? 0) + 1)) + 1;
  }

  documentFrequency(term: string): number {
    return this.frequency.get(term) ?? 0;
  }

  get vocabularySize(): number {
    return this.frequency.size;
  }
}

/** The vector weighted by IDF and scaled to unit length. */
export function weighted(vector: TermVector, idf: IncrementalIdf): TermVector {
  const out: TermVector = new Map();
  for (const [term, value] of vector) out.set(term, value * idf.weight(term));
  return toUnitLength(out);
}

/** Scales a vector, in place, to unit length (an empty or all-zero one stays as it is); returns it. */
export function toUnitLength(vector: TermVector): TermVector {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

export function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}

/** Keeps the `limit` heaviest terms, so a story centroid stays small however many articles join it. */
export function prune(vector: TermVector, limit: number): TermVector {
  if (vector.size <= limit) return vector;
  const kept = [...vector].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return new Map(kept);
}

/**
 * A raw (unweighted) vector whose IDF-weighted norm is cached and refreshed only when the vector changes or the
 * IDF has moved by `NORM_REFRESH` since: comparing an article with it then costs O(article terms), not O(vector).
 */
export class CachedVector {
  private norm = 0;
  private normAtDocuments = -1;

  constructor(public raw: TermVector = new Map()) {}

  changed(): void {
    this.normAtDocuments = -1;
  }

  /**
   * Cosine between a unit IDF-weighted article vector and this vector weighted by the same IDF; `articleIdf` holds
   * the IDF of the article's terms, computed once per article rather than once per comparison.
   */
  cosine(unitArticle: TermVector, idf: IncrementalIdf, articleIdf: TermVector): number {
    if (this.normAtDocuments < 0 || idf.documents > this.normAtDocuments * NORM_REFRESH + 1) {
      let sum = 0;
      for (const [term, value] of this.raw) sum += (value * idf.weight(term)) ** 2;
      this.norm = Math.sqrt(sum) || 1;
      this.normAtDocuments = idf.documents;
    }
    let total = 0;
    if (this.raw.size < unitArticle.size) {
      for (const [term, value] of this.raw) {
        const weight = unitArticle.get(term);
        if (weight !== undefined) total += weight * value * articleIdf.get(term)!;
      }
    } else {
      for (const [term, weight] of unitArticle) {
        const value = this.raw.get(term);
        if (value !== undefined) total += weight * value * articleIdf.get(term)!;
      }
    }
    return total / this.norm;
  }
}

/** A cached norm is recomputed once the corpus has grown by this factor (IDF changes slowly on a stream). */
const NORM_REFRESH = 1.05;
