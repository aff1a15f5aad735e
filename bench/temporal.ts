// Speed of the temporal tagger against chrono-node on the same texts in the same process: tokens per second.
import * as chrono from 'chrono-node';
import { tagTimexes } from '../src/nlp/time/index.js';
import { loadTempEval } from '../eval/timeml.js';

export interface BenchResult {
  name: string;
  metrics: Record<string, number>;
}

function tokensPerSecond(texts: readonly string[], tokenCount: number, work: (text: string) => void, minimumMs = 1500): number {
  for (const text of texts.slice(0, 20)) work(text); // warm up
  const started = performance.now();
  let rounds = 0;
  while (performance.now() - started < minimumMs) {
    for (const text of texts) work(text);
    rounds += 1;
  }
  return (tokenCount * rounds) / ((performance.now() - started) / 1000);
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
  const ours = tokensPerSecond(texts, tokenCount, (text) => void tagTimexes(text, '1998-01-08'));
  const peer = tokensPerSecond(texts, tokenCount, (text) => void chrono.parse(text, reference));
  console.log(`temporal tagger on ${documents.length} TimeML texts (${tokenCount} whitespace tokens)`);
  console.log(`  dossier      ${Math.round(ours).toLocaleString('en')} tokens/s`);
  console.log(`  chrono-node  ${Math.round(peer).toLocaleString('en')} tokens/s`);
  console.log(`  ratio        ${(ours / peer).toFixed(2)}x`);
  return { name: 'temporal', metrics: { tokens_per_second: ours, chrono_tokens_per_second: peer, speed_ratio: ours / peer } };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) await run();
