// Speed of the events stage (event coding, quotes, claims) against a peer in the same process: compromise's
// sentence and verb parse of the same texts. Articles: 1,000 of the NGEC synthetic news stories (the seed articles,
// repeated, when those are absent). Prints seconds per 1,000 articles for both and their ratio.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import nlp from 'compromise';
import { codeEvents } from '../src/events/index.js';
import { extractClaims } from '../src/events/claims.js';
import { findQuotes } from '../src/nlp/quotes.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sharedRoot = process.env.DOSSIER_SHARED ?? path.resolve(repoRoot, '../shared');
const seedsDir = path.join(sharedRoot, 'seeds');
const syntheticFile = path.join(sharedRoot, 'data/events/ngec-synthetic-events.jsonl.gz');
const ARTICLES = 1000;

/**
 * Seconds per 1,000 articles for two runners, measured in alternating rounds of 100 articles so that a change in
 * the machine's load (other jobs share its cores) falls on both alike.
 */
function alternating(texts: string[], a: (text: string) => void, b: (text: string) => void): [number, number] {
  let timeA = 0;
  let timeB = 0;
  for (let round = 0; round < ARTICLES / 100; round++) {
    let started = performance.now();
    for (let i = 0; i < 100; i++) a(texts[(round * 100 + i) % texts.length]!);
    timeA += performance.now() - started;
    started = performance.now();
    for (let i = 0; i < 100; i++) b(texts[(round * 100 + i) % texts.length]!);
    timeB += performance.now() - started;
  }
  return [timeA / 1000, timeB / 1000];
}

function articles(): string[] {
  if (fs.existsSync(syntheticFile)) {
    const lines = gunzipSync(fs.readFileSync(syntheticFile)).toString('utf8').split('\n').filter((l) => l.trim());
    return lines.slice(0, ARTICLES).map((l) => (JSON.parse(l) as { text: string }).text);
  }
  return fs.existsSync(seedsDir) ? fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8')) : [];
}

export async function run(): Promise<{ name: string; metrics: Record<string, number> }> {
  const texts = articles();
  if (texts.length === 0) throw new Error(`no articles in ${syntheticFile} or ${seedsDir}`);
  const [ours, peer] = alternating(
    texts,
    (text) => {
      const quotes = findQuotes(text, [], []);
      const annotations = { id: 'bench', sentences: [], entities: [], timexes: [], quotes };
      codeEvents(text, annotations);
      extractClaims(text, annotations);
    },
    (text) => {
      nlp(text).verbs().out('array');
    },
  );
  // Event coding alone (the stage's own share), over the same articles after the warm-up above.
  let started = performance.now();
  for (let i = 0; i < ARTICLES; i++) codeEvents(texts[i % texts.length]!, { id: 'bench', sentences: [], entities: [], timexes: [], quotes: [] });
  const codingOnly = (performance.now() - started) / 1000;
  started = performance.now();
  for (let i = 0; i < ARTICLES; i++) nlp(texts[i % texts.length]!).verbs().out('array');
  const peerAgain = (performance.now() - started) / 1000;
  const metrics = {
    events_seconds_per_1000_articles: Math.round(ours * 100) / 100,
    event_coding_only_seconds_per_1000_articles: Math.round(codingOnly * 100) / 100,
    event_coding_only_ratio_to_compromise: Math.round((codingOnly / peerAgain) * 100) / 100,
    compromise_seconds_per_1000_articles: Math.round(peer * 100) / 100,
    ratio_to_compromise: Math.round((ours / peer) * 100) / 100,
  };
  console.log(`events bench (1,000 articles from ${texts.length} texts, events + quotes + claims, vs compromise sentences+verbs)`);
  for (const [k, v] of Object.entries(metrics)) console.log(`  ${k.padEnd(46)} ${v}`);
  return { name: 'events', metrics };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  run().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
