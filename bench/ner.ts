// Speed of entity recognition from raw text (tokens, sentences, two tagging passes, consistency, canonical names)
// against compromise's people/organisations/places on the same texts, in the same process. Speed is reported as
// a ratio, since absolute figures depend on the machine and its load; the tools take turns document by document. Text: CoNLL-2003 eng.testa documents.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { parseConll } from '../src/nlp/ner/conll.js';
import { loadNerModel } from '../src/nlp/ner/model.js';
import { recognizeEntities } from '../src/nlp/ner/index.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { tokenize } from '../src/nlp/tokenize.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devFile = path.resolve(repoRoot, '../shared/data/ner/conll2003/eng.testa');

export interface BenchResult {
  name: string;
  metrics: Record<string, number>;
}

/** Documents as plain text: words joined by spaces, sentences by a newline, so both tools read the same input. */
function texts(): string[] {
  return parseConll(readFileSync(devFile, 'utf8')).map((doc) => doc.map((s) => s.words.join(' ')).join('\n'));
}

/**
 * CPU seconds each tool spent on all documents, per round. CPU time rather than wall time, and the tools take
 * turns document by document (who goes first alternates), so other processes on this shared machine weigh on
 * neither.
 */
function interleavedSeconds(docs: readonly string[], tools: ((text: string) => void)[], rounds: number): number[] {
  for (const tool of tools) for (const text of docs) tool(text); // warm-up: JIT, and the model load for ours
  const spent = tools.map(() => 0);
  for (let round = 0; round < rounds; round++) {
    docs.forEach((text, d) => {
      const order = d % 2 === 0 ? tools.map((_, k) => k) : tools.map((_, k) => tools.length - 1 - k);
      for (const k of order) {
        const started = process.cpuUsage();
        (tools[k] as (text: string) => void)(text);
        const used = process.cpuUsage(started);
        spent[k]! += (used.user + used.system) / 1e6;
      }
    });
  }
  return spent.map((seconds) => seconds / rounds);
}

export async function run(): Promise<BenchResult> {
  if (!existsSync(devFile)) throw new Error(`missing ${devFile}`);
  const loadStarted = performance.now();
  loadNerModel();
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const docs = texts();
  const tokenCount = docs.reduce((sum, text) => sum + tokenize(text).length, 0);
  let found = 0;
  const [oursSeconds, peerSeconds] = interleavedSeconds(
    docs,
    [
      (text) => {
        const tokens = tokenize(text);
        found += recognizeEntities(text, splitSentences(text, tokens), tokens).length;
      },
      (text) => {
        const doc = nlp(text);
        found += doc.people().length + doc.organizations().length + doc.places().length;
      },
    ],
    3,
  ) as [number, number];
  const ours = tokenCount / oursSeconds;
  const peer = tokenCount / peerSeconds;
  console.log(`entity recognition on ${docs.length} CoNLL eng.testa documents, ${tokenCount} tokens`);
  console.log(`dossier     ${Math.round(ours).toString().padStart(9)} tokens/s`);
  console.log(`compromise  ${Math.round(peer).toString().padStart(9)} tokens/s`);
  console.log(`ratio       ${(ours / peer).toFixed(2)}x compromise; model load ${(loadSeconds * 1000).toFixed(0)} ms (${found > 0 ? 'entities found' : 'none found'})`);
  return { name: 'ner', metrics: { speed_ratio_vs_compromise: ours / peer, model_load_seconds: loadSeconds } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
