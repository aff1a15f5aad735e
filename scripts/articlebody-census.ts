// Census of JSON-LD articleBody on the dev split (never held-out): how many pages ship one, how it compares with our
// text and the gold, how much of our precision loss sits on those pages, and what dropping every kept paragraph the
// articleBody does not contain would give (oracle-style variants). Usage: node dist/scripts/articlebody-census.js
import { extractHtml } from '../src/extract/html/index.js';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';
import { datasets } from '../eval/extraction.js';
import { isHeldOut, meanPR, shinglePR, tokens, type PR } from '../eval/extraction-metrics.js';

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

const tallies: Record<string, Record<string, PR[]>> = {};
interface Census { pages: number; withAb: number; trusted: number; abOverOurs: number[]; abGoldR: number[]; abGoldP: number[]; ourCov: number[]; lossOn: number; lossAll: number }
const census: Record<string, Census> = {};

for (const [name, list] of Object.entries(datasets())) {
  const c: Census = { pages: 0, withAb: 0, trusted: 0, abOverOurs: [], abGoldR: [], abGoldP: [], ourCov: [], lossOn: 0, lossAll: 0 };
  census[name] = c;
  for (const entry of list().filter((e) => !isHeldOut(e.id))) {
    const page = entry.load();
    if (!page.gold.text) continue;
    const out = extractHtml(page.html, page.url ? { url: page.url } : {});
    const ab = extractMetadata(parseHtml(page.html).document, page.url).articleBody;
    c.pages++;
    const ours = out.paragraphs.join('\n\n');
    const base = shinglePR(page.gold.text, ours);
    c.lossAll += 1 - base.precision;
    const hasAb = !!ab && ab.length >= 400;
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
      ((tallies[v.name] ??= {})[name] ??= []).push(shinglePR(page.gold.text, kept.join('\n\n')));
    }
  }
}

const mean = (xs: number[]): string => (xs.length ? (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(3) : '-');
const median = (xs: number[]): string => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(2) : '-');
console.log('dataset                pages withAb trusted  ab/ours(med) abCovOurs(mean) abGoldR abGoldP  lossShareOnAbPages');
for (const [name, c] of Object.entries(census)) {
  console.log(`${name.padEnd(22)} ${String(c.pages).padStart(5)} ${String(c.withAb).padStart(6)} ${String(c.trusted).padStart(7)} ${median(c.abOverOurs).padStart(12)} ${mean(c.ourCov).padStart(15)} ${mean(c.abGoldR).padStart(7)} ${mean(c.abGoldP).padStart(7)} ${(c.lossOn / Math.max(1e-9, c.lossAll)).toFixed(3).padStart(10)}`);
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
