// A trained block classifier: logistic regression over hashed sparse features of a block and its neighbours,
// learned from real pages (scripts/train-blocks.ts) to tell page furniture from the story when the hand rules
// leave a block as body. The same feature code serves training and prediction; the weights load lazily once.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { BlockLabel } from '../../model.js';
import * as settings from '../../settings.js';
import type { BlockFeatures } from './features.js';
import { topicalOverlap } from './features.js';
import { blockKey } from './blocks.js';

/** What the features read of a block: its text, measurements and the hand rules' verdict. */
export interface ModelInputBlock {
  text: string;
  afterBlankLine: boolean;
  label: BlockLabel;
  reason: string | null;
  features: BlockFeatures;
}

/** A named feature and its value; the name is hashed into the model's weight table. */
export type FeatureValue = [name: string, value: number];

export interface BlockModel {
  /** Size of the hashed weight table (a power of two). */
  buckets: number;
  bias: number;
  weights: Float32Array;
}

/** The file the trained weights are stored in: sparse bucket indices (delta-coded) and weights in thousandths. */
export interface StoredBlockModel {
  version: 1;
  buckets: number;
  bias: number;
  indexDeltas: number[];
  weightsMilli: number[];
  /** How the model was trained and what it measured on its validation pages, for the record. */
  trainedOn?: Record<string, unknown>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const PUNCTUATION = /[^\p{L}\p{N}\s]/gu;
const DIGIT = /\p{N}/gu;
const UPPER = /\p{Lu}/gu;
const LETTER = /\p{L}/gu;
const CAPITALISED_WORD = /^\p{Lu}/u;
const QUOTE_MARK = /["“”«»]/;
const LIST_MARK = /^([*•·–-]|\d{1,2}[.)])\s/;

/** Bag-of-words features read at most this many tokens of a long paragraph: its start says what it is. */
const MAX_BAG_TOKENS = 60;

/** FNV-1a: a fast, stable string hash for the feature table. */
export function hashFeature(name: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (buckets - 1);
}

function bucket(value: number, bounds: readonly number[]): number {
  let i = 0;
  while (i < bounds.length && value > bounds[i]!) i++;
  return i;
}

const WORD_BOUNDS = [0, 1, 2, 3, 5, 8, 12, 20, 35, 60, 100];
const RATIO_BOUNDS = [0, 0.02, 0.05, 0.1, 0.2, 0.35, 0.6];
const OFFSET_BOUNDS = [0, 1, 2, 4, 8, 16, 32, 64];

/** Where a block stands against the story: the span from the first to the last paragraph that reads as prose. */
type Region = 'above' | 'inside' | 'below' | 'none';

/** Facts about the whole page the block features are measured against. */
export interface PageContext {
  vocabulary: Map<string, number>;
  storyStart: number;
  storyEnd: number;
  keyCounts: Map<string, number>;
  shortLineRuns: number[];
}

function isStoryProse(block: ModelInputBlock): boolean {
  return (block.label === 'body' || block.label === 'standfirst') && block.features.endsLikeSentence && block.features.words >= settings.textExtraction.minBodyWords;
}

export function pageContext(blocks: ModelInputBlock[]): PageContext {
  const vocabulary = new Map<string, number>();
  const keyCounts = new Map<string, number>();
  let storyStart = -1;
  let storyEnd = -1;
  blocks.forEach((block, i) => {
    const key = blockKey(block.text);
    keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
    if (block.label !== 'body') return;
    for (const word of block.features.contentWords) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    if (isStoryProse(block)) {
      if (storyStart < 0) storyStart = i;
      storyEnd = i;
    }
  });
  return { vocabulary, storyStart, storyEnd, keyCounts, shortLineRuns: shortLineRuns(blocks) };
}

function regionOf(index: number, context: PageContext): Region {
  if (context.storyStart < 0) return 'none';
  if (index < context.storyStart) return 'above';
  return index > context.storyEnd ? 'below' : 'inside';
}

function tokensOf(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []).map((token) => token.replace(/\d/g, '0'));
}

function ratio(text: string, part: RegExp, whole: RegExp | null): number {
  const count = text.match(part)?.length ?? 0;
  const total = whole ? (text.match(whole)?.length ?? 0) : text.length;
  return total === 0 ? 0 : count / total;
}

const SHORT_LINE_WORDS = 8;

function isShortLine(block: ModelInputBlock | undefined): boolean {
  return block !== undefined && block.features.words <= SHORT_LINE_WORDS && !block.features.endsLikeSentence;
}

/** For each block, how many short unpunctuated lines stand together with it (0 when it is not one). */
function shortLineRuns(blocks: ModelInputBlock[]): number[] {
  const runs = blocks.map(() => 0);
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && isShortLine(blocks[i])) continue;
    for (let j = start; j < i; j++) runs[j] = i - start;
    start = i + 1;
  }
  return runs;
}

/** The short description of a neighbour: its size, whether it is a sentence, and the rules' label. */
function neighbourFeatures(prefix: string, block: ModelInputBlock | undefined, out: FeatureValue[]): void {
  if (!block) {
    out.push([`${prefix}:none`, 1]);
    return;
  }
  const f = block.features;
  out.push([`${prefix}len:${bucket(f.words, WORD_BOUNDS)}`, 1]);
  out.push([`${prefix}sent:${f.endsLikeSentence}`, 1]);
  out.push([`${prefix}rule:${block.reason ?? block.label}`, 1]);
  out.push([`${prefix}len×sent:${bucket(f.words, WORD_BOUNDS)}:${f.endsLikeSentence}`, 1]);
}

/** The features of block `index` of a page. */
export function blockFeatureValues(blocks: ModelInputBlock[], index: number, context: PageContext): FeatureValue[] {
  const block = blocks[index]!;
  const f = block.features;
  const out: FeatureValue[] = [['bias', 1]];
  const tokens = tokensOf(block.text);

  // Words: a bag of the block's start, and its first and last words on their own (menus, buttons and
  // credits are told by how they begin and end).
  const bag = new Set<string>();
  const head = tokens.slice(0, MAX_BAG_TOKENS);
  head.forEach((token, i) => {
    bag.add(`u:${token}`);
    if (i > 0) bag.add(`b:${head[i - 1]} ${token}`);
  });
  const bagWeight = 1 / Math.sqrt(Math.max(1, bag.size));
  for (const name of bag) out.push([name, bagWeight]);
  tokens.slice(0, 8).forEach((token, i) => {
    out.push([`f:${token}`, 0.5]);
    if (i < 2) out.push([`f${i}:${token}`, 1]);
  });
  tokens.slice(-4).forEach((token) => out.push([`l:${token}`, 0.5]));
  if (tokens.length > 0) out.push([`last:${tokens[tokens.length - 1]}`, 1]);
  if (tokens.length >= 2) out.push([`f01:${tokens[0]} ${tokens[1]}`, 1]);

  // Form: size, punctuation, digits, capitals.
  const lengthBucket = bucket(f.words, WORD_BOUNDS);
  out.push([`len:${lengthBucket}`, 1]);
  out.push([`chars:${bucket(block.text.length, [5, 10, 20, 40, 80, 160, 320, 640])}`, 1]);
  out.push([`punct:${bucket(ratio(block.text, PUNCTUATION, null), RATIO_BOUNDS)}`, 1]);
  out.push([`digit:${bucket(ratio(block.text, DIGIT, null), RATIO_BOUNDS)}`, 1]);
  out.push([`upper:${bucket(ratio(block.text, UPPER, LETTER), RATIO_BOUNDS)}`, 1]);
  const words = block.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.length === 0 ? 0 : words.filter((w) => CAPITALISED_WORD.test(w)).length / words.length;
  out.push([`capwords:${bucket(capitalised, [0.1, 0.3, 0.5, 0.7, 0.9])}`, 1]);
  out.push([`sent:${f.endsLikeSentence}`, 1]);
  out.push([`len×sent:${lengthBucket}:${f.endsLikeSentence}`, 1]);
  out.push([`titlelike:${f.titleLike}`, 1]);
  out.push([`voice:${Math.min(3, f.voiceWords)}`, 1]);
  out.push([`quoted:${QUOTE_MARK.test(block.text)}`, 1]);
  out.push([`list:${LIST_MARK.test(block.text)}`, 1]);
  out.push([`colonend:${/:\s*$/.test(block.text)}`, 1]);
  out.push([`blank:${block.afterBlankLine}`, 1]);

  // Place in the page and against the story.
  const region = regionOf(index, context);
  out.push([`pos:${Math.floor((10 * index) / Math.max(1, blocks.length))}`, 1]);
  out.push([`top:${bucket(index, OFFSET_BOUNDS)}`, 1]);
  out.push([`bottom:${bucket(blocks.length - 1 - index, OFFSET_BOUNDS)}`, 1]);
  out.push([`region:${region}`, 1]);
  // The story's first and last paragraphs border the furniture, and are the story's all the same.
  if (index === context.storyStart) out.push(['storyedge:first', 1]);
  if (index === context.storyEnd) out.push(['storyedge:last', 1]);
  out.push([`region×len:${region}:${lengthBucket}`, 1]);
  out.push([`region×sent:${region}:${f.endsLikeSentence}`, 1]);
  const overlap = topicalOverlap(f, context.vocabulary, block.label === 'body');
  const overlapBucket = f.contentWords.length === 0 ? 'none' : bucket(overlap, [0, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8]);
  out.push([`topic:${overlapBucket}`, 1]);
  out.push([`topic×region:${overlapBucket}:${region}`, 1]);
  out.push([`repeated:${Math.min(3, context.keyCounts.get(blockKey(block.text)) ?? 1)}`, 1]);
  // Menus and link lists come as runs of short lines; a subheading stands alone between paragraphs.
  const run = context.shortLineRuns[index] ?? 0;
  out.push([`run:${bucket(run, [0, 1, 2, 4, 8, 16])}`, 1]);
  out.push([`run×region:${bucket(run, [0, 1, 2, 4, 8, 16])}:${region}`, 1]);

  // The hand rules' verdict on the block and its neighbours.
  out.push([`rule:${block.label}`, 1]);
  out.push([`reason:${block.reason ?? 'none'}`, 1]);
  neighbourFeatures('prev', blocks[index - 1], out);
  neighbourFeatures('next', blocks[index + 1], out);
  neighbourFeatures('prev2', blocks[index - 2], out);
  neighbourFeatures('next2', blocks[index + 2], out);
  return out;
}

/** The model's log-odds that a block is furniture. */
export function furnitureScore(model: BlockModel, values: FeatureValue[]): number {
  let score = model.bias;
  for (const [name, value] of values) score += model.weights[hashFeature(name, model.buckets)]! * value;
  return score;
}

export function furnitureProbability(model: BlockModel, values: FeatureValue[]): number {
  return 1 / (1 + Math.exp(-furnitureScore(model, values)));
}

export function decodeModel(stored: StoredBlockModel): BlockModel {
  const weights = new Float32Array(stored.buckets);
  let index = 0;
  stored.indexDeltas.forEach((delta, i) => {
    index += delta;
    weights[index] = stored.weightsMilli[i]! / 1000;
  });
  return { buckets: stored.buckets, bias: stored.bias, weights };
}

export const MODEL_FILE = fileURLToPath(new URL(`../../../../models/${settings.blockClassifier.modelFile}`, import.meta.url));

let loaded: BlockModel | null | undefined;

/** The trained model, read once on first use; null when the file is absent (the rules then work alone). */
export function loadBlockModel(): BlockModel | null {
  if (loaded !== undefined) return loaded;
  if (!existsSync(MODEL_FILE)) return (loaded = null);
  const stored = JSON.parse(gunzipSync(readFileSync(MODEL_FILE)).toString('utf-8')) as StoredBlockModel;
  return (loaded = decodeModel(stored));
}
