// Named entities of an article as weighted keys for story similarity. The NLP layer's entities are used when
// present; otherwise a small fallback takes runs of capitalised words, which finds most names in news English.
import type { EntityMention, Span } from '../model.js';
import { stories as settings } from '../settings.js';
import { addTo, normalizeToken, type TermVector } from './text.js';

/** Capitalised words that start sentences or label dates rather than name anything. */
const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'the a an and but or if in on at of for to by with from as this that these those it its he she they we you i his her ' +
    'their our there here when while after before since during under over about said says according more most some many ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december mr mrs ms dr gen president minister officials official police'
  ).split(' '),
);

// A run of capitalised words, allowing lowercase joiners inside ("Bank of England", "Sierra de la Ventana").
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|de|la|del|da|van|von|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*)*/gu;

/** Entity keys: the canonical names, lowercased and with possessives removed, so mentions across outlets meet. */
export function entityKey(name: string): string {
  return name
    .split(/\s+/u)
    .map((word) => normalizeToken(word.replace(/[.]+$/u, '')))
    .filter((word) => word.length > 0 && !NOT_NAMES.has(word))
    .join(' ');
}

/** Capitalised phrases of one sentence, skipping a lone capitalised first word (it is capitalised by position). */
export function capitalisedPhrases(sentence: string): string[] {
  const phrases: string[] = [];
  for (const match of sentence.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/u);
    if (match.index === 0 && words.length === 1) continue;
    const key = entityKey(match[0]);
    if (key.length >= 3) phrases.push(key);
  }
  return phrases;
}

/**
 * Weighted entity keys of an article: lead-sentence mentions count `leadWeight` times. Multi-word names also add
 * their last word ("Min Aung Hlaing" -> "hlaing"), so a later "Hlaing" or "Mr Shoigu" still meets the full name.
 */
export function entityVector(text: string, sentences: Span[], mentions: EntityMention[] | undefined): TermVector {
  const vector: TermVector = new Map();
  const leadEnd = sentences[Math.min(settings.leadSentences, sentences.length) - 1]?.end ?? 0;
  const add = (key: string, offset: number) => {
    if (!key) return;
    const weight = offset < leadEnd ? settings.leadWeight : 1;
    addTo(vector, key, weight);
    const words = key.split(' ');
    if (words.length > 1) addTo(vector, words[words.length - 1]!, weight * 0.5);
  };
  if (mentions && mentions.length > 0) {
    for (const mention of mentions) add(entityKey(mention.canonical || mention.text), mention.start);
  } else {
    for (const span of sentences) {
      for (const phrase of capitalisedPhrases(text.slice(span.start, span.end))) add(phrase, span.start);
    }
  }
  for (const [key, count] of vector) vector.set(key, 1 + Math.log(count));
  return vector;
}

// A capitalised word that does not open a sentence or a line: in news English almost always part of a name.
const INNER_CAPITALISED = /(?<![.!?:"“]\s+|^\s*)\b\p{Lu}[\p{L}'’-]*\p{L}/gmu;
// A number as written: counts, scores, ages, amounts ("31-24", "6.1", "288").
const NUMBER = /\b\d[\d,.]*\d\b|\b\d\b/gu;

/**
 * Names and numbers of an article as single-word keys: capitalised words inside sentences and written numbers.
 * Look-alike events share their kind of event and often a main actor, but rarely the other names or the figures
 * (the opponent, the score, the magnitude); this vector keeps those and nothing else.
 */
export function nameVector(title: string | null, text: string): TermVector {
  const vector: TermVector = new Map();
  for (const part of [title ?? '', text]) {
    for (const match of part.matchAll(INNER_CAPITALISED)) {
      const key = normalizeToken(match[0]);
      if (key.length > 1 && !NOT_NAMES.has(key)) addTo(vector, key, 1);
    }
    for (const match of part.matchAll(NUMBER)) addTo(vector, `#${match[0].replace(/,/gu, '')}`, 1);
  }
  for (const [key, count] of vector) vector.set(key, 1 + Math.log(count));
  return vector;
}
