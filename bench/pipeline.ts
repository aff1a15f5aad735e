// The issue-6 speed target end to end: NLP (sentences, entities, time expressions, quotes), events and claims for
// 1,000 news-length articles (the seed articles, repeated), against compromise's parse of the same texts (people,
// places, organisations, verbs) in the same process, the two taking turns in rounds of 100 articles. CPU time, so
// other processes on a shared machine weigh on neither side alike.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import type { Article } from '../src/model.js';
import { extractAll, prepareArticles } from '../src/pipeline.js';
import { sharedRoot } from '../eval/paths.js';

const seedsDir = path.join(sharedRoot, 'seeds');
const ARTICLES = 1000;
const ROUND = 100;

function seedArticles(): Article[] {
  const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const documents = files.map((file) => {
    const content = readFileSync(path.join(seedsDir, file), 'utf8');
    return { id: file, source: file, kind: 'text' as const, contentHash: file, content, isHtml: false, supplied: {} };
  });
  return extractAll(documents).extracted.map(({ article }) => article);
}

const cpuSeconds = (work: () => void): number => {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
};

export async function run(): Promise<{ name: string; metrics: Record<string, number> }> {
  const seeds = seedArticles();
  if (seeds.length === 0) throw new Error(`no seed articles in ${seedsDir}`);
  // Distinct ids so nothing is cached across copies; each round is 100 articles.
  const articles = Array.from({ length: ARTICLES }, (_, i) => ({ ...seeds[i % seeds.length]!, id: `a${i}` }));
  let ours = 0;
  let oursWall = 0;
  let peer = 0;
  for (let start = 0; start < ARTICLES; start += ROUND) {
    const round = articles.slice(start, start + ROUND);
    const started = performance.now();
    ours += cpuSeconds(() => void prepareArticles(round));
    oursWall += (performance.now() - started) / 1000;
    peer += cpuSeconds(() => {
      for (const article of round) {
        const doc = nlp(article.text);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
        doc.verbs().out('array');
      }
    });
  }
  const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / ARTICLES;
  const metrics = {
    words_per_article: Math.round(words),
    // CPU time counts the garbage collector's helper threads too; wall time is the one-core figure when idle.
    dossier_nlp_events_claims_cpu_seconds_per_1000: Math.round(ours * 100) / 100,
    dossier_nlp_events_claims_wall_seconds_per_1000: Math.round(oursWall * 100) / 100,
    compromise_cpu_seconds_per_1000: Math.round(peer * 100) / 100,
    ratio_to_compromise: Math.round((ours / peer) * 100) / 100,
  };
  console.log(`pipeline bench (${ARTICLES} articles: NLP + events + quotes + claims, vs compromise people/places/orgs/verbs)`);
  for (const [k, v] of Object.entries(metrics)) console.log(`  ${k.padEnd(50)} ${v}`);
  return { name: 'pipeline', metrics };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  run().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  });
}
