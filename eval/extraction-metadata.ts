// Title and publication-date accuracy of the HTML metadata reader alone (no main-text extraction: fast), per
// dataset and per half of the pages: the "tune" half (by hash of the page id) is the one rules were tuned on, the
// "untouched" half was not looked at while tuning. --failures title|date lists each miss: gold, ours, our source.
// Usage: node dist/eval/extraction-metadata.js [--only NAME] [--half tune|untouched] [--failures title|date] [--json FILE]
import { writeFileSync } from 'node:fs';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';
import { datasets } from './extraction.js';
import { hash, sameDay, sameTitle } from './extraction-metrics.js';

/** Half of the pages, by a hash independent of the main-text held-out split, for tuning metadata rules. */
export function isMetadataTuning(id: string): boolean {
  return hash(`metadata:${id}`) % 2 === 0;
}

export interface MetadataMiss {
  dataset: string;
  id: string;
  url: string | null;
  field: 'title' | 'date';
  gold: string;
  ours: string | null;
  source: string | null;
}

interface Count {
  hit: number;
  total: number;
}

export interface MetadataScores {
  /** `${dataset}.${half}.${field}` -> hits and totals. */
  counts: Map<string, Count>;
  misses: MetadataMiss[];
}

export function scoreMetadata(only: string | null, half: 'tune' | 'untouched' | null): MetadataScores {
  const counts = new Map<string, Count>();
  const misses: MetadataMiss[] = [];
  const add = (key: string, hit: boolean): void => {
    const c = counts.get(key) ?? { hit: 0, total: 0 };
    c.total++;
    if (hit) c.hit++;
    counts.set(key, c);
  };
  for (const [name, list] of Object.entries(datasets())) {
    if (only && only !== name) continue;
    for (const entry of list()) {
      const pageHalf = isMetadataTuning(entry.id) ? 'tune' : 'untouched';
      if (half && half !== pageHalf) continue;
      const page = entry.load();
      if (!page.gold.title && !page.gold.date) continue;
      const meta = extractMetadata(parseHtml(page.html).document, page.url);
      if (page.gold.title) {
        const hit = sameTitle(page.gold.title, meta.title);
        add(`${name}.${pageHalf}.title`, hit);
        if (!hit) misses.push({ dataset: name, id: page.id, url: page.url, field: 'title', gold: page.gold.title, ours: meta.title, source: meta.titleSource });
      }
      if (page.gold.date) {
        const hit = sameDay(page.gold.date, meta.published.date);
        add(`${name}.${pageHalf}.date`, hit);
        if (!hit) misses.push({ dataset: name, id: page.id, url: page.url, field: 'date', gold: page.gold.date, ours: meta.published.date, source: meta.published.evidence });
      }
    }
  }
  return { counts, misses };
}

function main(argv: string[]): void {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const halfArg = value('--half');
  const half = halfArg === 'tune' || halfArg === 'untouched' ? halfArg : null;
  const { counts, misses } = scoreMetadata(value('--only') ?? null, half);
  const failures = value('--failures');
  for (const miss of misses.filter((m) => m.field === failures)) {
    console.log(`${miss.dataset}/${miss.id} ${miss.url ?? ''}\n  gold: ${miss.gold}\n  ours: ${miss.ours}\n  from: ${(miss.source ?? '').slice(0, 160)}`);
  }
  const json = value('--json');
  if (json) writeFileSync(json, JSON.stringify(misses, null, 1));
  const keys = [...counts.keys()].sort();
  for (const key of keys) {
    const c = counts.get(key)!;
    console.log(`${key.padEnd(40)} ${(c.hit / c.total).toFixed(3)}  (${c.hit}/${c.total})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
