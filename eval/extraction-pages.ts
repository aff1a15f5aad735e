// Loss by page (dev split only): how much of the shingle loss sits on pages we get badly wrong, how often
// Readability beats us on a page, and the oracle of taking the better of the two texts per page. Readability's
// texts are cached in /tmp (the peer is slow and does not change). Usage: node dist/eval/extraction-pages.js
// [--only SET] [--list BUCKET] (BUCKET: <0.5, 0.5-0.8, 0.8-0.95, >0.95 lists that bucket's pages).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractHtml } from '../src/extract/html/index.js';
import { datasets, readabilityExtractor } from './extraction.js';
import { f1, isHeldOut, meanPR, shinglePR, snippetCounts, type PR } from './extraction-metrics.js';

const PEER_CACHE = '/tmp/dossier-html9-readability-texts.json';

interface PageRecord {
  set: string;
  id: string;
  url: string | null;
  /** Shingle P/R against text gold (null on snippet-only sets). */
  ours: PR | null;
  peer: PR | null;
  /** trafilatura-style snippet counts, where the page has them. */
  oursSnippets: [number, number, number] | null;
  peerSnippets: [number, number, number] | null;
}

/** Readability's text of every dev page, computed once and cached. */
async function peerTexts(): Promise<Record<string, string>> {
  const cache: Record<string, string> = existsSync(PEER_CACHE) ? (JSON.parse(readFileSync(PEER_CACHE, 'utf8')) as Record<string, string>) : {};
  let peer: Awaited<ReturnType<typeof readabilityExtractor>> | null = null;
  let changed = false;
  for (const [set, list] of Object.entries(datasets())) {
    for (const entry of list()) {
      const key = `${set}/${entry.id}`;
      if (isHeldOut(entry.id) || cache[key] !== undefined) continue;
      peer ??= await readabilityExtractor();
      const page = entry.load();
      const out = peer.extract(page.html, page.url);
      cache[key] = peer.paragraphsOf(out).join('\n\n') || out.text;
      changed = true;
    }
  }
  if (changed) writeFileSync(PEER_CACHE, JSON.stringify(cache));
  return cache;
}

function snippetTriple(text: string, withS: string[], withoutS: string[]): [number, number, number] {
  const c = snippetCounts(text, withS, withoutS);
  return [c.tp, c.fn, c.fp];
}

const BUCKETS: Array<[string, number, number]> = [['<0.5', -1, 0.5], ['0.5-0.8', 0.5, 0.8], ['0.8-0.95', 0.8, 0.95], ['>0.95', 0.95, 2]];

function bucketOf(f: number): string {
  return BUCKETS.find(([, lo, hi]) => f >= lo && f < hi)![0];
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const listBucket = argv.includes('--list') ? argv[argv.indexOf('--list') + 1] : undefined;
  const peer = await peerTexts();
  const records: PageRecord[] = [];
  for (const [set, list] of Object.entries(datasets())) {
    if (only && only !== set) continue;
    for (const entry of list()) {
      if (isHeldOut(entry.id)) continue;
      const page = entry.load();
      const ours = extractHtml(page.html, page.url ? { url: page.url } : {}).paragraphs.join('\n\n');
      const theirs = peer[`${set}/${entry.id}`] ?? '';
      const g = page.gold;
      const hasText = g.text !== undefined && g.text.trim() !== '';
      const hasSnippets = !hasText && (g.with !== undefined || g.without !== undefined);
      records.push({
        set, id: entry.id, url: page.url,
        ours: hasText ? shinglePR(g.text!, ours) : null,
        peer: hasText ? shinglePR(g.text!, theirs) : null,
        oursSnippets: hasSnippets ? snippetTriple(ours, g.with ?? [], g.without ?? []) : null,
        peerSnippets: hasSnippets ? snippetTriple(theirs, g.with ?? [], g.without ?? []) : null,
      });
    }
  }
  report(records, listBucket);
}

function report(records: PageRecord[], listBucket: string | undefined): void {
  const scored = records.filter((r) => r.ours !== null);
  const sets = [...new Set(scored.map((r) => r.set)), 'ALL'];
  console.log('Loss by page bucket (our shingle F1 per page). loss = share of the set\'s total (1 - F1 per page);');
  console.log('same = pages where Readability does no better (F1 within +0.03); meanF1 = F1 of mean P and mean R (the eval\'s');
  console.log('figure); peer>+0.1 / us>+0.1 = pages where Readability beats us / we beat it by > 0.1 (page F1).');
  console.log(`${'set'.padEnd(22)} ${'pages'.padStart(5)} ${'meanF1'.padStart(7)} ${BUCKETS.map(([b]) => `${b}: n/loss/same`.padStart(22)).join(' ')} ${'peer>+0.1'.padStart(9)} ${'us>+0.1'.padStart(8)} ${'oracle'.padStart(7)} ${'peerF1'.padStart(7)}`);
  for (const set of sets) {
    const list = set === 'ALL' ? scored : scored.filter((r) => r.set === set);
    const loss = list.reduce((s, r) => s + (1 - f1(r.ours!)), 0);
    const cells = BUCKETS.map(([b]) => {
      const inB = list.filter((r) => bucketOf(f1(r.ours!)) === b);
      const l = inB.reduce((s, r) => s + (1 - f1(r.ours!)), 0);
      const peerNoBetter = inB.filter((r) => f1(r.peer!) <= f1(r.ours!) + 0.03).length;
      return `${String(inB.length).padStart(4)} / ${(loss > 0 ? l / loss : 0).toFixed(3)} / ${String(peerNoBetter).padStart(3)}`.padStart(22);
    });
    const peerWins = list.filter((r) => f1(r.peer!) - f1(r.ours!) > 0.1).length;
    const ourWins = list.filter((r) => f1(r.ours!) - f1(r.peer!) > 0.1).length;
    const oracle = meanPR(list.map((r) => (f1(r.peer!) > f1(r.ours!) ? r.peer! : r.ours!))).f1;
    console.log(`${set.padEnd(22)} ${String(list.length).padStart(5)} ${meanPR(list.map((r) => r.ours!)).f1.toFixed(4).padStart(7)} ${cells.join(' ')} ${String(peerWins).padStart(9)} ${String(ourWins).padStart(8)} ${oracle.toFixed(4).padStart(7)} ${meanPR(list.map((r) => r.peer!)).f1.toFixed(4).padStart(7)}`);
  }
  const snip = records.filter((r) => r.oursSnippets !== null);
  if (snip.length > 0) {
    const sum = (pick: (r: PageRecord) => [number, number, number]): [number, number, number] =>
      snip.reduce<[number, number, number]>((a, r) => [a[0] + pick(r)[0], a[1] + pick(r)[1], a[2] + pick(r)[2]], [0, 0, 0]);
    const sf1 = ([tp, fn, fp]: [number, number, number]): number => (2 * tp) / (2 * tp + fn + fp);
    const pageF1 = (t: [number, number, number]): number => (t[0] + t[1] + t[2] === 0 ? 1 : sf1(t));
    const oracle = sum((r) => (pageF1(r.peerSnippets!) > pageF1(r.oursSnippets!) ? r.peerSnippets! : r.oursSnippets!));
    const peerWins = snip.filter((r) => pageF1(r.peerSnippets!) - pageF1(r.oursSnippets!) > 0.1).length;
    console.log(`snippet-only pages (trafilatura-eval, 2 of wcxb-dev): ${snip.length}, ours F1 ${sf1(sum((r) => r.oursSnippets!)).toFixed(4)}, peer ${sf1(sum((r) => r.peerSnippets!)).toFixed(4)}, oracle ${sf1(oracle).toFixed(4)}, peer>+0.1 on ${peerWins} pages`);
  }
  if (listBucket) {
    for (const r of scored.filter((x) => bucketOf(f1(x.ours!)) === listBucket).sort((a, b) => f1(a.ours!) - f1(b.ours!))) {
      console.log(`${r.set}/${r.id}\tours P=${r.ours!.precision.toFixed(2)} R=${r.ours!.recall.toFixed(2)}\tpeer P=${r.peer!.precision.toFixed(2)} R=${r.peer!.recall.toFixed(2)}\t${r.url ?? ''}`);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
