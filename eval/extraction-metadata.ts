// Title and publication-date accuracy of the HTML metadata reader alone (no main-text extraction: fast), per
// dataset and per half of the pages: the "tune" half (by hash of the page id) is the one rules were tuned on, the
// "untouched" half was not looked at while tuning. --failures title|date lists each miss: gold, ours, our source.
// --census puts every miss in one computed kind (see metadata-census.ts) and prints the table with each target's
// ceiling, and on pages whose publication stamp falls on different days in UTC and locally, which day each
// dataset's gold follows. The command line reads the dev split only (held-out pages are never printed): --split all for both.
// Usage: node dist/eval/extraction-metadata.js [--only NAME] [--half tune|untouched] [--failures title|date]
//   [--census] [--split dev|all] [--json FILE]
import { writeFileSync } from 'node:fs';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';
import { articleObject, indexPage, typeOf, ARTICLE_TYPES, type PageIndex } from '../src/extract/html/page.js';
import { modifiedDate } from '../src/extract/html/published.js';
import { comparable } from '../src/extract/html/title.js';
import { datasets } from './extraction.js';
import { goldDay, hash, isHeldOut, sameDay, sameTitle } from './extraction-metrics.js';
import { censusTable, dateCensus, dayLocations, pageTextOf, titleCensus, titleConflict, titleSources, writesDay, zoneConvention } from './metadata-census.js';

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
  /** What kind of miss this is (see classifyTitle, classifyDate). */
  kind: string;
  /** The census kind (see metadata-census.ts), when asked for. */
  census?: string;
  /** For a title miss in the census: how our title differs from the gold one. */
  relation?: string;
  /** For a title miss in the census: its kind in the terms of the task (entity, site affix, kicker, element...). */
  error?: string;
}

/** Kinds of title misses: none found, ours cut too much, ours kept extra words, different wording. */
export function classifyTitle(gold: string, ours: string | null): string {
  if (!ours) return 'no title';
  const g = comparable(gold);
  const o = comparable(ours);
  if (g.includes(o)) return 'ours is part of gold (cut too much, or gold keeps the site name)';
  if (o.includes(g)) return 'gold is part of ours (kept a kicker, subtitle or site name)';
  return 'different wording (SEO title vs headline, or another element)';
}

function dayDistance(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Kinds of date misses: none found, one day off (time zone), gold is the page's modified date, other; a miss
 * whose gold day the page's markup never writes (in any common numeric or month-name form) is marked so: no rule
 * reading the page could have found it.
 */
export function classifyDate(gold: string, ours: string | null, modified: string | null, html = ''): string {
  const day = goldDay(gold);
  const unwritten = html && !writesDay(html, day) ? ', gold day not written on the page' : '';
  if (!ours) return `no date found${unwritten}`;
  if (modified && modified === day) return "gold is the page's modified date";
  if (dayDistance(day, ours) === 1) return 'one day off (time zone of the day)';
  return `another date${unwritten}`;
}

interface Count {
  hit: number;
  total: number;
}

export interface MetadataScores {
  /** `${dataset}.${half}.${field}` -> hits and totals. */
  counts: Map<string, Count>;
  misses: MetadataMiss[];
  /** With the census: on pages whose <h1> and meta title differ, which one the gold title follows. */
  conflicts: Map<string, number>;
  /** With the census: on pages whose stamp's UTC and local days differ, which one the gold date follows. */
  zones: Map<string, number>;
}

export function scoreMetadata(only: string | null, half: 'tune' | 'untouched' | null, split: 'dev' | 'all' = 'all', census = false): MetadataScores {
  const counts = new Map<string, Count>();
  const misses: MetadataMiss[] = [];
  const conflicts = new Map<string, number>();
  const zones = new Map<string, number>();
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
      if (split === 'dev' && isHeldOut(entry.id)) continue;
      const page = entry.load();
      if (!page.gold.title && !page.gold.date) continue;
      const document = parseHtml(page.html).document;
      const meta = extractMetadata(document, page.url);
      let indexed: PageIndex | undefined;
      const pageIndex = (): PageIndex => (indexed ??= indexPage(document));
      if (page.gold.title) {
        const hit = sameTitle(page.gold.title, meta.title);
        add(`${name}.${pageHalf}.title`, hit);
        if (census) {
          const kind = titleConflict(pageIndex(), page.gold.title, meta.title, meta.publisher, page.url);
          if (kind) conflicts.set(`${name}: ${kind}`, (conflicts.get(`${name}: ${kind}`) ?? 0) + 1);
        }
        if (!hit) {
          const miss: MetadataMiss = { dataset: name, id: page.id, url: page.url, field: 'title', gold: page.gold.title, ours: meta.title, source: meta.titleSource, kind: classifyTitle(page.gold.title, meta.title) };
          if (census) {
            const index = pageIndex();
            const { reach, relation, error } = titleCensus(page.gold.title, meta.title, titleSources(index, pageTextOf(index)), meta.publisher, page.url);
            miss.census = reach;
            miss.relation = relation;
            miss.error = error;
          }
          misses.push(miss);
        }
      }
      if (page.gold.date) {
        const hit = sameDay(page.gold.date, meta.published.date);
        add(`${name}.${pageHalf}.date`, hit);
        if (census) {
          const index = pageIndex();
          const zone = zoneConvention(articleObject(index.jsonLd), index, page.gold.date, meta.published.date, meta.published.evidence);
          if (zone) zones.set(`${name}: ${zone}`, (zones.get(`${name}: ${zone}`) ?? 0) + 1);
        }
        if (!hit) {
          const index = pageIndex();
          const article = articleObject(index.jsonLd);
          const objects = [article, ...index.jsonLd.filter((o) => o !== article && ARTICLE_TYPES.test(typeOf(o)))];
          const modified = modifiedDate(index, objects)?.date ?? null;
          const kind = classifyDate(page.gold.date, meta.published.date, modified, page.html);
          const miss: MetadataMiss = { dataset: name, id: page.id, url: page.url, field: 'date', gold: page.gold.date, ours: meta.published.date, source: meta.published.evidence, kind };
          if (census) miss.census = dateCensus(page.gold.date, meta.published.date, meta.published.evidence, modified, dayLocations(index, page.html, page.url, goldDay(page.gold.date)));
          misses.push(miss);
        }
      }
    }
  }
  return { counts, misses, conflicts, zones };
}

function main(argv: string[]): void {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const halfArg = value('--half');
  const half = halfArg === 'tune' || halfArg === 'untouched' ? halfArg : null;
  const split = value('--split') === 'all' ? 'all' : 'dev';
  const census = argv.includes('--census');
  const { counts, misses, conflicts, zones } = scoreMetadata(value('--only') ?? null, half, split, census);
  const failures = value('--failures');
  for (const miss of misses.filter((m) => m.field === failures)) {
    console.log(`${miss.dataset}/${miss.id} ${miss.url ?? ''}\n  gold: ${miss.gold}\n  ours: ${miss.ours}\n  from: ${(miss.source ?? '').slice(0, 160)}\n  kind: ${miss.census ?? miss.kind}${miss.relation ? `; ${miss.relation}` : ''}`);
  }
  if (census) {
    const totals = new Map<string, number>();
    for (const [key, c] of counts) {
      const [dataset, , field] = key.split('.') as [string, string, string];
      totals.set(`${dataset}.${field}`, (totals.get(`${dataset}.${field}`) ?? 0) + c.total);
    }
    const rows = misses.map((m) => ({ dataset: m.dataset, field: m.field as string, kind: m.census ?? m.kind }));
    for (const m of misses) if (m.relation) rows.push({ dataset: m.dataset, field: 'title: how ours differs', kind: m.relation });
    for (const m of misses) if (m.error) rows.push({ dataset: m.dataset, field: 'title: kind of error', kind: m.error });
    console.log(censusTable(rows, totals));
    console.log('\npages whose first <h1> and meta title (og:title, else <title>, site name cut) differ in words:');
    for (const [key, n] of [...conflicts].sort()) console.log(`${String(n).padStart(5)}  ${key}`);
    console.log('\npages whose publication stamp falls on different days in UTC and locally (hits and misses): the day the gold follows');
    for (const [key, n] of [...zones].sort()) console.log(`${String(n).padStart(5)}  ${key}`);
  }
  const kinds = new Map<string, number>();
  for (const miss of misses) kinds.set(`${miss.dataset} ${miss.field}: ${miss.kind}`, (kinds.get(`${miss.dataset} ${miss.field}: ${miss.kind}`) ?? 0) + 1);
  for (const [kind, n] of [...kinds].sort()) console.log(`${String(n).padStart(4)}  ${kind}`);
  const json = value('--json');
  if (json) writeFileSync(json, JSON.stringify(misses, null, 1));
  const keys = [...counts.keys()].sort();
  for (const key of keys) {
    const c = counts.get(key)!;
    console.log(`${key.padEnd(40)} ${(c.hit / c.total).toFixed(3)}  (${c.hit}/${c.total})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
