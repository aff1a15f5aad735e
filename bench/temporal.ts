// Speed of the temporal tagger against chrono-node on the same texts in the same process: tokens per second.
import * as chrono from 'chrono-node';
import { tagTimexes } from '../src/nlp/time/index.js';
import { loadTempEval } from '../eval/timeml.js';

export interface BenchResult {
  name: string;
  metrics: Record<string, number>;
}

/**
 * Tokens per second of two taggers over the same texts, measured in alternating rounds so that a change in the
 * machine's load (other jobs share its cores) falls on both alike.
 */
function alternatingRates(texts: readonly string[], tokenCount: number, a: (text: string) => void, b: (text: string) => void, totalMs = 4000): [number, number] {
  for (const text of texts.slice(0, 30)) {
    a(text);
    b(text);
  }
  let timeA = 0, timeB = 0, rounds = 0;
  while (timeA + timeB < totalMs) {
    let started = performance.now();
    for (const text of texts) a(text);
    timeA += performance.now() - started;
    started = performance.now();
    for (const text of texts) b(text);
    timeB += performance.now() - started;
    rounds += 1;
  }
  return [(tokenCount * rounds) / (timeA / 1000), (tokenCount * rounds) / (timeB / 1000)];
}

export async function run(): Promise<BenchResult> {
  const documents = loadTempEval();
  if (documents.length === 0) {
    console.error('bench temporal: ../shared/data/temporal/tempeval3/train not found');
    return { name: 'temporal', metrics: {} };
  }
  const texts = documents.map((d) => d.text);
  const tokenCount = texts.reduce((n, text) => n + (text.match(/\S+/g)?.length ?? 0), 0);
  const reference = new Date(1998, 0, 8, 12);
  const [ours, peer] = alternatingRates(texts, tokenCount, (text) => void tagTimexes(text, '1998-01-08'), (text) => void chrono.parse(text, reference));
  console.log(`temporal tagger on ${documents.length} TimeML texts (${tokenCount} whitespace tokens)`);
  console.log(`  dossier      ${Math.round(ours).toLocaleString('en')} tokens/s`);
  console.log(`  chrono-node  ${Math.round(peer).toLocaleString('en')} tokens/s`);
  console.log(`  ratio        ${(ours / peer).toFixed(2)}x`);
  return { name: 'temporal', metrics: { tokens_per_second: ours, chrono_tokens_per_second: peer, speed_ratio: ours / peer } };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) await run();
