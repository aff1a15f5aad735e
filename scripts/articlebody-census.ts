// Census of JSON-LD articleBody on the dev split (never held-out): how many pages ship one, how it compares with our
// text and the gold, how much of our precision loss sits on those pages, and what dropping every kept paragraph the
// articleBody does not contain would give (oracle-style variants). Usage: node dist/scripts/articlebody-census.js
import { extractHtml } from '../src/extract/html/index.js';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';
import { datasets } from '../eval/extraction.js';
import { isHeldOut, meanPR, shinglePR, snippetCounts, snippetScores, tokens, type PR, type SnippetCounts } from '../eval/extraction-metrics.js';

function shingles(text: string): string[] {
  const w = tokens(text);
  if (w.length < 4) return w.length > 0 ? [w.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + 4 <= w.length; i++) out.push(w.slice(i, i + 4).join(' '));
  return out;
}

function share(text: string, have: Set<string>): number {
  const own = shingles(text);
  if (own.length === 0) return 1;
  return own.filter((s) => have.has(s)).length / own.length;
}

interface Variant {
  name: string;
  keep: (p: string, cover: number, page: { trusted: boolean }) => boolean;
}

const variants: Variant[] = [
  { name: 'base', keep: () => true },
  { name: 'drop<0.5 any ab', keep: (_p, c) => c >= 0.5 },
  { name: 'drop<0.5 exempt<80ch', keep: (p, c) => c >= 0.5 || p.length < 80 },
  { name: 'drop<0.2 exempt<80ch', keep: (p, c) => c >= 0.2 || p.length < 80 },
  { name: 'trusted drop<0.5 ex<80', keep: (p, c, pg) => !pg.trusted || c >= 0.5 || p.length < 80 },
  { name: 'trusted drop<0.2 ex<80', keep: (p, c, pg) => !pg.trusted || c >= 0.2 || p.length < 80 },
];

/** The markup names a string articleBody somewhere (JSON-LD we may not read, or read as too short). */
const RAW_ARTICLE_BODY = /"articleBody"\s*:\s*"/;
const snippets: Record<string, SnippetCounts> = {};
const onAbPages: Record<string, PR[]> = {};
const tallies: Record<string, Record<string, PR[]>> = {};
interface Census { pages: number; rawAb: number; withAb: number; trusted: number; abOverOurs: number[]; abGoldR: number[]; abGoldP: number[]; ourCov: number[]; lossOn: number; lossAll: number }
const census: Record<string, Census> = {};

for (const [name, list] of Object.entries(datasets())) {
  const c: Census = { pages: 0, rawAb: 0, withAb: 0, trusted: 0, abOverOurs: [], abGoldR: [], abGoldP: [], ourCov: [], lossOn: 0, lossAll: 0 };
  census[name] = c;
  for (const entry of list().filter((e) => !isHeldOut(e.id))) {
    const page = entry.load();
    const out = extractHtml(page.html, page.url ? { url: page.url } : {});
    const ab = extractMetadata(parseHtml(page.html).document, page.url).articleBody;
    c.pages++;
    if (RAW_ARTICLE_BODY.test(page.html)) c.rawAb++;
    const ours = out.paragraphs.join('\n\n');
    const hasAb = !!ab && ab.length >= 400;
    if (!page.gold.text) {
      // Snippet gold only (trafilatura-eval): with/without counts under each variant.
      if (hasAb) c.withAb++;
      const have = new Set(shingles(ab ?? ''));
      for (const v of variants) {
        const kept = hasAb ? out.paragraphs.filter((p) => v.keep(p, share(p, have), { trusted: true })) : out.paragraphs;
        const counts = snippetCounts(kept.join('\n\n'), page.gold.with ?? [], page.gold.without ?? []);
        const sum = (snippets[v.name] ??= { tp: 0, fn: 0, fp: 0, tn: 0 });
        for (const k of ['tp', 'fn', 'fp', 'tn'] as const) sum[k] += counts[k];
      }
      continue;
    }
    const base = shinglePR(page.gold.text, ours);
    c.lossAll += 1 - base.precision;
    let trusted = false;
    let have = new Set<string>();
    if (hasAb) {
      c.withAb++;
      c.lossOn += 1 - base.precision;
      have = new Set(shingles(ab));
      const cov = share(ours, have);
      c.abOverOurs.push(ab.length / Math.max(1, ours.length));
      c.ourCov.push(cov);
      const g = shinglePR(page.gold.text, ab);
      c.abGoldR.push(g.recall);
      c.abGoldP.push(g.precision);
      trusted = cov >= 0.6 && ab.length >= 0.6 * ours.length;
      if (trusted) c.trusted++;
    }
    for (const v of variants) {
      const kept = hasAb ? out.paragraphs.filter((p) => v.keep(p, share(p, have), { trusted })) : out.paragraphs;
      const pr = shinglePR(page.gold.text, kept.join('\n\n'));
      ((tallies[v.name] ??= {})[name] ??= []).push(pr);
      if (hasAb) (onAbPages[v.name] ??= []).push(pr);
    }
    if (hasAb) (onAbPages['articleBody as the text'] ??= []).push(shinglePR(page.gold.text, ab!));
  }
}

const mean = (xs: number[]): string => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3) : '-');
const median = (xs: number[]): string => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(2) : '-');
console.log('dataset                pages rawAb withAb(>=400) trusted  ab/ours(med) abCovOurs(mean) abGoldR abGoldP  lossShareOnAbPages');
for (const [name, c] of Object.entries(census)) {
  console.log(`${name.padEnd(22)} ${String(c.pages).padStart(5)} ${String(c.rawAb).padStart(5)} ${String(c.withAb).padStart(13)} ${String(c.trusted).padStart(7)} ${median(c.abOverOurs).padStart(12)} ${mean(c.ourCov).padStart(15)} ${mean(c.abGoldR).padStart(7)} ${mean(c.abGoldP).padStart(7)} ${(c.lossOn / Math.max(1e-9, c.lossAll)).toFixed(3).padStart(10)}`);
}
console.log(`\n${'variant'.padEnd(26)} ${Object.keys(census).map((n) => n.slice(0, 12).padStart(12)).join(' ')}          ALL`);
for (const v of variants) {
  const all: PR[] = [];
  const cells = Object.keys(census).map((n) => {
    const list = tallies[v.name]?.[n] ?? [];
    all.push(...list);
    return list.length ? meanPR(list).f1.toFixed(4).padStart(12) : '-'.padStart(12);
  });
  console.log(`${v.name.padEnd(26)} ${cells.join(' ')} ${meanPR(all).f1.toFixed(4).padStart(12)}`);
}
console.log('\nshingle F1 on the text-gold pages that ship an articleBody only, and snippet F1 on trafilatura-eval:');
for (const [name, list] of Object.entries(onAbPages)) {
  const snip = snippets[name] ? snippetScores(snippets[name]).f1.toFixed(4) : '-';
  console.log(`${name.padEnd(26)} pages ${list.length}  shingle F1 ${meanPR(list).f1.toFixed(4)}  snippet F1 ${snip}`);
}
