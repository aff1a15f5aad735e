// Speed of HTML extraction: dossier against @mozilla/readability on linkedom, the same pages in the same process,
// pages decoded beforehand (decoding is not timed). Usage: node dist/bench/extraction.js [--pages N] [--rounds R]
import { performance } from 'node:perf_hooks';
import { datasets, dossierExtractor, readabilityExtractor, type Page } from '../eval/extraction.js';
import { hash } from '../eval/extraction-metrics.js';

export interface BenchResult {
  name: string;
  metrics: Record<string, number>;
}

function samplePages(count: number): Page[] {
  const entries = Object.values(datasets()).flatMap((list) => list());
  return entries.sort((a, b) => hash(a.id) - hash(b.id)).slice(0, count).map((e) => e.load());
}

function time(pages: Page[], extract: (html: string, url: string | null) => unknown): number {
  const start = performance.now();
  for (const page of pages) extract(page.html, page.url);
  return performance.now() - start;
}

export async function bench(pageCount = 200, rounds = 3): Promise<BenchResult> {
  const pages = samplePages(pageCount);
  const peer = await readabilityExtractor();
  // Warm both up so that neither pays for JIT compilation inside the timed rounds.
  time(pages.slice(0, 20), dossierExtractor);
  time(pages.slice(0, 20), peer.extract);
  let ours = Infinity;
  let theirs = Infinity;
  for (let round = 0; round < rounds; round++) {
    ours = Math.min(ours, time(pages, dossierExtractor));
    theirs = Math.min(theirs, time(pages, peer.extract));
  }
  const metrics = {
    pages: pages.length,
    dossier_pages_per_s: (pages.length * 1000) / ours,
    readability_pages_per_s: (pages.length * 1000) / theirs,
    speed_ratio: theirs / ours,
  };
  console.log(`extraction speed on ${pages.length} pages (best of ${rounds}):`);
  console.log(`  dossier                ${metrics.dossier_pages_per_s.toFixed(1)} pages/s`);
  console.log(`  readability+linkedom   ${metrics.readability_pages_per_s.toFixed(1)} pages/s`);
  console.log(`  ratio                  ${metrics.speed_ratio.toFixed(2)}x`);
  return { name: 'extraction', metrics };
}

export async function run(): Promise<BenchResult> {
  return bench();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const value = (name: string): number | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  bench(value('--pages') ?? 200, value('--rounds') ?? 3).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
