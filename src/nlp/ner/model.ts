// The trained entity model: its compact file format (written by scripts/train-ner.ts) and a loader that reads
// models/ner-v1.json.gz once, on first use. Weights are stored sparse and quantised to 16 bits, base64-encoded.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { lexiconFrom, type Lexicon } from './features.js';
import { LinearChainTagger } from './tagger.js';

export const NER_MODEL_VERSION = 1;

/** One tagging pass: its features and their non-zero weights. */
export interface PassFile {
  /** Feature strings, "\n"-separated, in id order. */
  features: string;
  /** Per feature, how many (tag, weight) entries follow: base64 Uint8Array. */
  counts: string;
  /** Tag index of each entry: base64 Uint8Array. */
  tagIds: string;
  /** Quantised weight of each entry: base64 Int16Array; real weight = value * scale. */
  values: string;
  scale: number;
  /** (tags + 1) x tags transition weights, last row for the sentence start. */
  transitions: number[];
}

export interface NerModelFile {
  version: number;
  tags: string[];
  /** "word code" pairs, "\n"-separated, most frequent word first: word clusters computed at training time. */
  clusters: string;
  /** First pass tags from local features; the second pass also sees what the first found in the document. */
  passes: PassFile[];
  /** How the model was trained and how it scored on the development set. */
  notes: Record<string, string | number>;
}

export interface NerModel {
  tags: readonly string[];
  lexicon: Lexicon;
  passes: LinearChainTagger[];
}

/** Sparse, quantised form of dense weights; entries with |weight| < minWeight are pruned. */
export function encodePass(
  featureNames: readonly string[],
  weights: Float64Array,
  transitions: Float64Array,
  tagCount: number,
  minWeight: number,
): PassFile {
  let maxAbs = 1e-9;
  for (const w of weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767;
  const kept: string[] = [];
  const counts: number[] = [];
  const tagIds: number[] = [];
  const values: number[] = [];
  featureNames.forEach((name, f) => {
    let count = 0;
    for (let j = 0; j < tagCount; j++) {
      const w = weights[f * tagCount + j] as number;
      if (Math.abs(w) < minWeight) continue;
      tagIds.push(j);
      values.push(Math.round(w / scale));
      count++;
    }
    if (count === 0) return;
    kept.push(name);
    counts.push(count);
  });
  const base64 = (array: Uint8Array | Int16Array): string => Buffer.from(array.buffer).toString('base64');
  return {
    features: kept.join('\n'),
    counts: base64(Uint8Array.from(counts)),
    tagIds: base64(Uint8Array.from(tagIds)),
    values: base64(Int16Array.from(values)),
    scale,
    transitions: Array.from(transitions, (t) => Math.round(t * 1000) / 1000),
  };
}

/** One feature index shared by all passes, so a token's feature ids are looked up once for every pass. */
function decodePasses(passes: readonly PassFile[], tags: readonly string[]): LinearChainTagger[] {
  const T = tags.length;
  const index = new Map<string, number>();
  const namesByPass = passes.map((pass) => pass.features.split('\n'));
  for (const names of namesByPass) for (const name of names) if (!index.has(name)) index.set(name, index.size);
  return passes.map((pass, p) => {
    const names = namesByPass[p] as string[];
    const counts = new Uint8Array(Buffer.from(pass.counts, 'base64'));
    const tagIds = new Uint8Array(Buffer.from(pass.tagIds, 'base64'));
    // Copied so the Int16Array view starts on an even byte offset.
    const values = new Int16Array(Uint8Array.from(Buffer.from(pass.values, 'base64')).buffer);
    const weights = new Float32Array(index.size * T);
    let entry = 0;
    names.forEach((name, f) => {
      const row = (index.get(name) as number) * T;
      for (let k = 0; k < (counts[f] as number); k++, entry++) {
        weights[row + (tagIds[entry] as number)] = (values[entry] as number) * pass.scale;
      }
    });
    return new LinearChainTagger(tags, index, weights, Float32Array.from(pass.transitions));
  });
}

export function parseClusters(text: string): Map<string, string> {
  const clusters = new Map<string, string>();
  for (const line of text.split('\n')) {
    const space = line.lastIndexOf(' ');
    if (space > 0) clusters.set(line.slice(0, space), line.slice(space + 1));
  }
  return clusters;
}

export function modelFromFile(file: NerModelFile): NerModel {
  if (file.version !== NER_MODEL_VERSION) throw new Error(`entity model version ${file.version} is not ${NER_MODEL_VERSION}`);
  return { tags: file.tags, lexicon: lexiconFrom(parseClusters(file.clusters)), passes: decodePasses(file.passes, file.tags) };
}

/** Where the shipped model lives, from dist/src/nlp/ner/ or src/nlp/ner/ alike: the repository's models/ folder. */
export function defaultModelPath(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = here.includes('/dist/') ? new URL('../../../../', import.meta.url) : new URL('../../../', import.meta.url);
  return fileURLToPath(new URL('models/ner-v1.json.gz', root));
}

let loaded: NerModel | null = null;

/** The shipped model, read and decoded on first call only. */
export function loadNerModel(): NerModel {
  if (!loaded) {
    const file = JSON.parse(gunzipSync(readFileSync(defaultModelPath())).toString('utf8')) as NerModelFile;
    loaded = modelFromFile(file);
  }
  return loaded;
}
