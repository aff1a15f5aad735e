// Trains the block classifier (src/extract/text/block-model.ts) on WCXB pages rendered as scraped text: logistic
// regression by stochastic gradient descent over hashed features of the blocks the hand rules leave as the story,
// validated on held-out outlets, written pruned and gzipped to models/. Run with `npm run train:blocks`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { classifyByRules, labelPredictedFurniture } from '../src/extract/text/classify.js';
import {
  blockFeatureValues,
  decodeModel,
  hashFeature,
  MODEL_FILE,
  pageContext,
  type BlockModel,
  type StoredBlockModel,
} from '../src/extract/text/block-model.js';
import { loadFundusPages, loadWcxbPages, scoreRemoval, type LabelledPage } from './block-data.js';

const repoRoot = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const sharedRoot = process.env.DOSSIER_SHARED ?? path.resolve(repoRoot, '../shared');

const BUCKETS = 1 << 18;
const EPOCHS = Number(process.env.EPOCHS ?? 3);
const LEARNING_RATE = 0.2;
const L2 = Number(process.env.L2 ?? 1e-5);
const NEWS_WEIGHT = Number(process.env.NEWS_WEIGHT ?? 3);
/** Whether blocks the rules already removed are trained on too (their words teach what furniture says). */
const ALL_BLOCKS = process.env.ALL_BLOCKS === '1';
const THRESHOLDS = [0.5, 0.7, 0.8, 0.85, 0.9, 0.95];
/** Weights smaller than this (in absolute value) are dropped from the stored model. */
const PRUNE_BELOW = 0.01;

interface Example {
  indices: Int32Array;
  values: Float32Array;
  furniture: boolean;
}

/** The blocks the rules leave in the story, with their gold verdicts: what the model is asked about. */
function examplesOf(pages: LabelledPage[], allBlocks = false): Example[] {
  const examples: Example[] = [];
  for (const page of pages) {
    const blocks = classifyByRules(page.blocks);
    const context = pageContext(blocks);
    blocks.forEach((block, i) => {
      const gold = page.gold[i];
      const asked = block.label === 'body' || block.label === 'subheading';
      if ((!asked && !allBlocks) || gold === 'unsure') return;
      const features = blockFeatureValues(blocks, i, context);
      examples.push({
        indices: Int32Array.from(features.map(([name]) => hashFeature(name, BUCKETS))),
        values: Float32Array.from(features.map(([, value]) => value)),
        furniture: gold === 'furniture',
      });
    });
  }
  return examples;
}

/** A small deterministic generator, so that the same data gives the same model. */
function shuffler(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

function train(examples: Example[]): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(BUCKETS);
  // Per-weight step sizes (AdaGrad): rare words learn fast, common ones settle.
  const squared = new Float64Array(BUCKETS).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const order = examples.map((_, i) => i);
  const random = shuffler(7);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = random(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const k of order) {
      const example = examples[k]!;
      let score = bias;
      for (let f = 0; f < example.indices.length; f++) score += weights[example.indices[f]!]! * example.values[f]!;
      const p = 1 / (1 + Math.exp(-score));
      const y = example.furniture ? 1 : 0;
      loss -= Math.log(Math.max(1e-12, y === 1 ? p : 1 - p));
      const error = p - y;
      biasSquared += error * error;
      bias -= (LEARNING_RATE * error) / Math.sqrt(biasSquared);
      for (let f = 0; f < example.indices.length; f++) {
        const index = example.indices[f]!;
        const gradient = error * example.values[f]! + L2 * weights[index]!;
        squared[index]! += gradient * gradient;
        weights[index]! -= (LEARNING_RATE * gradient) / Math.sqrt(squared[index]!);
      }
    }
    console.log(`  epoch ${epoch + 1}: mean log loss ${(loss / examples.length).toFixed(4)}`);
  }
  return { bias, weights };
}

function store(bias: number, weights: Float64Array, trainedOn: Record<string, unknown>): StoredBlockModel {
  const indexDeltas: number[] = [];
  const weightsMilli: number[] = [];
  let previous = 0;
  weights.forEach((weight, index) => {
    const milli = Math.round(weight * 1000);
    if (Math.abs(weight) < PRUNE_BELOW || milli === 0) return;
    indexDeltas.push(index - previous);
    weightsMilli.push(milli);
    previous = index;
  });
  return { version: 1, buckets: BUCKETS, bias: Math.round(bias * 1000) / 1000, indexDeltas, weightsMilli, trainedOn };
}

/** Block-level precision and recall of the model alone, on the blocks it is asked about. */
function modelScores(model: BlockModel, examples: Example[], threshold: number): { precision: number; recall: number } {
  let truePositive = 0, predicted = 0, actual = 0;
  for (const example of examples) {
    let score = model.bias;
    example.indices.forEach((index, f) => (score += model.weights[index]! * example.values[f]!));
    const furniture = 1 / (1 + Math.exp(-score)) >= threshold;
    if (furniture) predicted++;
    if (example.furniture) actual++;
    if (furniture && example.furniture) truePositive++;
  }
  return { precision: predicted === 0 ? 1 : truePositive / predicted, recall: actual === 0 ? 0 : truePositive / actual };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

console.log('Rendering and labelling WCXB and Fundus pages...');
const wcxbTrain = loadWcxbPages(sharedRoot, 'train');
const fundusTrain = loadFundusPages(sharedRoot, 'train');
const validationSets = [
  { name: 'WCXB validation outlets', pages: loadWcxbPages(sharedRoot, 'validation') },
  { name: 'Fundus validation publishers', pages: loadFundusPages(sharedRoot, 'validation') },
];
if (wcxbTrain.length === 0) {
  console.error(`No WCXB pages under ${sharedRoot}/data/extraction/wcxb-dev`);
  process.exit(1);
}
// News pages are what dossier reads; the few Fundus ones count this many times over the varied WCXB pages.
const trainExamples = [...examplesOf(wcxbTrain, ALL_BLOCKS), ...Array.from({ length: NEWS_WEIGHT }, () => examplesOf(fundusTrain, ALL_BLOCKS)).flat()];
const share = (examples: Example[]) => pct(examples.filter((e) => e.furniture).length / examples.length);
console.log(`train: ${wcxbTrain.length} WCXB + ${fundusTrain.length} Fundus pages (x${NEWS_WEIGHT}), ${trainExamples.length} rule-kept blocks (${share(trainExamples)} furniture)`);

const { bias, weights } = train(trainExamples);
const stored = store(bias, weights, { wcxbPages: wcxbTrain.length, fundusPages: fundusTrain.length, blocks: trainExamples.length, buckets: BUCKETS, epochs: EPOCHS, l2: L2 });
const model = decodeModel(stored);
console.log(`stored weights: ${stored.weightsMilli.length}`);

for (const { name, pages } of validationSets) {
  const examples = examplesOf(pages);
  console.log(`\n${name}: ${pages.length} pages, ${examples.length} rule-kept blocks (${share(examples)} furniture)`);
  console.log('Model alone on the blocks the rules keep (furniture = positive class):');
  for (const threshold of THRESHOLDS) {
    const { precision, recall } = modelScores(model, examples, threshold);
    console.log(`  p >= ${threshold}: precision ${pct(precision)}  recall ${pct(recall)}`);
  }
  console.log('Whole extraction (rules, then rules + model with the story protections):');
  const rules = scoreRemoval(pages, (blocks) => classifyByRules(blocks));
  console.log(`  rules alone:        furniture removed ${pct(rules.furnitureRemoved)} (words ${pct(rules.furnitureWordsRemoved)})  body lost ${pct(rules.bodyLost)} (words ${pct(rules.bodyWordsLost)})`);
  for (const [threshold, protectStorySentences] of THRESHOLDS.flatMap((t) => [[t, false], [t, true]] as const)) {
    const score = scoreRemoval(pages, (blocks) => {
      const classified = classifyByRules(blocks);
      labelPredictedFurniture(classified, model, { threshold, protectStorySentences });
      return classified;
    });
    console.log(`  + model p >= ${threshold}${protectStorySentences ? ' (story sentences kept)' : ''}: furniture removed ${pct(score.furnitureRemoved)} (words ${pct(score.furnitureWordsRemoved)})  body lost ${pct(score.bodyLost)} (words ${pct(score.bodyWordsLost)})`);
  }
}

const bytes = gzipSync(JSON.stringify(stored), { level: 9 });
writeFileSync(MODEL_FILE, bytes);
console.log(`\nwrote ${path.relative(repoRoot, MODEL_FILE)} (${(bytes.length / 1024).toFixed(0)} KiB)`);
