// Features of one token in its sentence and document, for the entity tagger. Shared by training
// (scripts/train-ner.ts) and tagging so the two can never drift apart. Each feature is a short string
// "template=value"; the model keeps a weight per (feature, tag).
import { nlp as settings } from '../../settings.js';
import { gazetteerTags } from '../gazetteer.js';

/** What is known about a sentence before tagging it. */
export interface SentenceView {
  words: readonly string[];
  /** Lower-cased words with digits folded to 0 ("1996" -> "0000"). */
  norms: string[];
  shapes: string[];
  gazetteer: (string | null)[];
  /** Word-cluster path per word ("3710": one digit per level), or undefined for unknown words. */
  clusters: (string | undefined)[];
  /** Frequency band of each word's lower-case form in the embedding vocabulary ("band0" most frequent ... "rare"). */
  bands: string[];
  /** A headline or a table line: most letters are capitals, so case says little. */
  allCaps: boolean;
  /** A headline in title case ("Russia, Myanmar Agree to Bolster Ties"): capitals say little here too. */
  titleCase: boolean;
}

/** What the embedding vocabulary says of a lower-case word: its cluster path and frequency band. */
export interface LexiconEntry {
  cluster: string;
  band: string;
}

/** Word clusters and frequency bands, from the embedding vocabulary (listed most frequent word first). */
export interface Lexicon {
  entries: ReadonlyMap<string, LexiconEntry>;
}

/** A lexicon from clusters listed most frequent word first. */
export function lexiconFrom(clusters: ReadonlyMap<string, string>): Lexicon {
  const entries = new Map<string, LexiconEntry>();
  for (const [word, cluster] of clusters) entries.set(word, { cluster, band: frequencyBand(entries.size) });
  return { entries };
}

function frequencyBand(rank: number): string {
  const band = settings.frequencyBands.findIndex((limit) => rank < limit);
  return band < 0 ? 'known' : `band${band}`;
}

function isTitleCase(words: readonly string[]): boolean {
  let alphabetic = 0;
  let capitalised = 0;
  for (const word of words) {
    if (!LETTER.test(word.charAt(0)) || word.length < 4) continue;
    alphabetic++;
    if (UPPER.test(word.charAt(0))) capitalised++;
  }
  return alphabetic >= settings.titleCaseMinWords && capitalised / alphabetic >= settings.titleCaseShare;
}

/** What is known about the document: which capitalised words also occur in lower case in it. */
export interface DocumentView {
  lowercaseWords: Set<string>;
  /** Entity type the first tagging pass gave each word elsewhere in the document (second pass only). */
  priorTypes?: Map<string, string>;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

/** "Shoigu" -> "Xx", "U.S." -> "X.X.", "1.2bn" -> "d.dx", "five-year" -> "x-x": runs of a class collapse to one. */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const kind = UPPER.test(char) ? 'X' : LOWER.test(char) ? 'x' : DIGIT.test(char) ? 'd' : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape.length > 8 ? shape.slice(0, 8) : shape;
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/\d/g, '0');
}

function isAllCaps(words: readonly string[]): boolean {
  let upper = 0;
  let letters = 0;
  for (const word of words) {
    for (const char of word) {
      if (!LETTER.test(char)) continue;
      letters++;
      if (UPPER.test(char)) upper++;
    }
  }
  return letters >= settings.allCapsMinLetters && upper / letters > settings.allCapsShare;
}

export function viewSentence(words: readonly string[], lexicon: Lexicon): SentenceView {
  const norms = words.map(normalizeWord);
  const entries = words.map((word) => lexicon.entries.get(word.toLowerCase()));
  const allCaps = isAllCaps(words);
  return {
    words,
    norms,
    shapes: words.map(wordShape),
    gazetteer: gazetteerTags(words),
    clusters: entries.map((entry) => entry?.cluster),
    bands: entries.map((entry) => entry?.band ?? 'rare'),
    allCaps,
    titleCase: !allCaps && isTitleCase(words),
  };
}

export function viewDocument(sentences: readonly (readonly string[])[]): DocumentView {
  const lowercaseWords = new Set<string>();
  for (const words of sentences) {
    for (let i = 1; i < words.length; i++) {
      const word = words[i] as string;
      if (LOWER.test(word.charAt(0))) lowercaseWords.add(word);
    }
  }
  return { lowercaseWords };
}

const CLUSTER_PREFIXES = [2, 3, 4];

/** Features of a word by itself: the same wherever it occurs, so a tagger may cache them per word. */
export function selfFeatures(word: string, norm: string, shape: string, cluster: string | undefined, band: string): string[] {
  const features = ['bias', `w=${word}`, `n=${norm}`, `s=${shape}`, `f=${band}|${shape}`];
  const length = norm.length;
  for (let k = 1; k <= 4 && k < length; k++) features.push(`p${k}=${norm.slice(0, k)}`, `x${k}=${norm.slice(length - k)}`);
  if (cluster) for (const k of CLUSTER_PREFIXES) features.push(`c${k}=${cluster.slice(0, k)}`);
  else features.push('c=none');
  return features;
}

export type NeighbourOffset = -2 | -1 | 1 | 2;
export const NEIGHBOUR_OFFSETS: readonly NeighbourOffset[] = [-2, -1, 1, 2];

/** Features a word gives the token `offset` positions away from it ("the word before is 'minister'"). */
export function neighbourFeatures(offset: NeighbourOffset, norm: string, shape: string, cluster: string | undefined): string[] {
  const sign = offset < 0 ? `${offset}` : `+${offset}`;
  if (offset === -2 || offset === 2) return [`n${sign}=${norm}`];
  const features = [`n${sign}=${norm}`, `s${sign}=${shape}`];
  if (cluster) features.push(`c${sign}=${cluster.slice(0, 3)}`);
  return features;
}

/** The word, shape and cluster standing at position `j` of a sentence, or the sentence boundary. */
export function wordAt(sentence: SentenceView, j: number): { norm: string; shape: string; cluster: string | undefined } {
  if (j < 0) return { norm: '<s>', shape: '<s>', cluster: '<s>' };
  if (j >= sentence.words.length) return { norm: '</s>', shape: '</s>', cluster: '</s>' };
  return { norm: sentence.norms[j] as string, shape: sentence.shapes[j] as string, cluster: sentence.clusters[j] };
}

/**
 * A feature made of a template and two or three values, written `template=a|b` or `template=a|b|c`. Taggers may
 * look these up by their parts without building the string; `combinationName` is the one way to spell it.
 */
export type Combination = [template: string, a: string, b: string, c?: string];

export function combinationName([template, a, b, c]: Combination): string {
  return c === undefined ? `${template}=${a}|${b}` : `${template}=${a}|${b}|${c}`;
}

/** The templates of `contextCombinations`, in order, and which of their parts are words ('n') or shapes ('s'). */
export const COMBINATION_TEMPLATES = [
  { name: 'n-1n', parts: 'nn' },
  { name: 'nn+1', parts: 'nn' },
  { name: 's-1ss+1', parts: 'sss' },
  { name: 'n-1s', parts: 'ns' },
  { name: 'sn+1', parts: 'sn' },
] as const;

/** Features pairing the token with its neighbours: word pairs and shape patterns (COMBINATION_TEMPLATES). */
export function contextCombinations(sentence: SentenceView, i: number): Combination[] {
  const { norms, shapes } = sentence;
  const norm = norms[i] as string;
  const shape = shapes[i] as string;
  const before = i > 0 ? (norms[i - 1] as string) : '<s>';
  const after = i + 1 < norms.length ? (norms[i + 1] as string) : '</s>';
  const shapeBefore = i > 0 ? (shapes[i - 1] as string) : '<s>';
  const shapeAfter = i + 1 < shapes.length ? (shapes[i + 1] as string) : '</s>';
  return [
    ['n-1n', before, norm],
    ['nn+1', norm, after],
    ['s-1ss+1', shapeBefore, shape, shapeAfter],
    ['n-1s', before, shape],
    ['sn+1', shape, after],
  ];
}

/** Features of the token's place and case in the sentence and document, and of gazetteer matches around it. */
export function contextFeatures(sentence: SentenceView, i: number, document: DocumentView): string[] {
  const { words, norms, shapes, gazetteer } = sentence;
  const word = words[i] as string;
  const norm = norms[i] as string;
  const shape = shapes[i] as string;
  const features: string[] = [];
  if (i === 0) features.push('first', `first|s=${shape}`);
  if (sentence.allCaps) features.push('allcaps', `allcaps|n=${norm}`);
  if (sentence.titleCase) features.push('titlecase', `titlecase|f=${sentence.bands[i] as string}|${shape}`);
  if (i === 0) features.push(`first|f=${sentence.bands[i] as string}|${shape}`);
  const capitalised = UPPER.test(word.charAt(0));
  if (capitalised && document.lowercaseWords.has(word.toLowerCase())) {
    features.push(i === 0 ? 'lowerseen|first' : 'lowerseen');
  }
  const gazetteerHere = gazetteer[i];
  if (gazetteerHere) features.push(`g=${gazetteerHere}`, `g|s=${gazetteerHere}|${shape}`);
  if (i > 0 && gazetteer[i - 1]) features.push(`g-1=${gazetteer[i - 1]}`);
  if (i + 1 < words.length && gazetteer[i + 1]) features.push(`g+1=${gazetteer[i + 1]}`);
  return features;
}

/** All features of token `i` (what training sees; taggers may assemble the same set from cached parts). */
export function tokenFeatures(sentence: SentenceView, i: number, document: DocumentView): string[] {
  const here = wordAt(sentence, i);
  const features = selfFeatures(sentence.words[i] as string, here.norm, here.shape, here.cluster, sentence.bands[i] as string);
  for (const offset of NEIGHBOUR_OFFSETS) {
    // n-1, s-1, c-1: the word at i - 1 as seen from token i; and so on for each offset.
    const neighbour = wordAt(sentence, i + offset);
    features.push(...neighbourFeatures(offset, neighbour.norm, neighbour.shape, neighbour.cluster));
  }
  for (const combination of contextCombinations(sentence, i)) features.push(combinationName(combination));
  features.push(...contextFeatures(sentence, i, document));
  if (document.priorTypes) features.push(...priorFeatures(sentence, i, document.priorTypes));
  return features;
}

/** Second-pass features: the type the first pass gave this word elsewhere in the document. */
export function priorFeatures(sentence: SentenceView, i: number, priorTypes: ReadonlyMap<string, string>): string[] {
  const prior = priorTypes.get(sentence.words[i] as string);
  return prior ? [`prior=${prior}`, `prior|s=${prior}|${sentence.shapes[i] as string}`] : ['prior=none'];
}
