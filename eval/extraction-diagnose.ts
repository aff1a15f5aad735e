// Per-page diagnostic for main-text extraction (dev split only): the pages where dossier's shingle precision or
// recall is lowest, and where Readability beats it most, with the gold lines we miss and our paragraphs the gold
// lacks. Usage: node dist/eval/extraction-diagnose.js [--only SET] [--worst N] [--by p|r|gap] [--no-peer]
// [--summary] [--page SET/ID]. --summary also tallies gold text we removed (by reason) and our extra / missing
// characters by place (head, middle, tail); DUMP_REASON=<reason>, DUMP_MISSING=<place> and DUMP_TAIL=1 list them.
// Readability's per-page scores are cached in /tmp (the peer is slow and does not change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractHtml } from '../src/extract/html/index.js';
import { datasets, readabilityExtractor } from './extraction.js';
import { f1, isHeldOut, shinglePR, snippetCounts, tokens, type PR } from './extraction-metrics.js';

interface PageScore {
  set: string;
  id: string;
  ours: PR;
  peer: PR | null;
  missing: string[];
  extra: string[];
}

const CACHE = '/tmp/dossier-readability-scores.json';

function shingleSet(text: string): Set<string> {
  const words = tokens(text);
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  if (words.length > 0 && words.length < 4) out.add(words.join(' '));
  return out;
}

/** Share of a line's shingles found in `have`. */
function covered(line: string, have: Set<string>): number {
  const own = shingleSet(line);
  if (own.size === 0) return 1;
  let hit = 0;
  for (const s of own) if (have.has(s)) hit++;
  return hit / own.size;
}

function clip(text: string, n = 160): string {
  return text.length > n ? `${text.slice(0, n)}…` : text;
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const only = arg(argv, '--only');
  const worst = Number(arg(argv, '--worst') ?? 15);
  const by = arg(argv, '--by') ?? 'f';
  const usePeer = !argv.includes('--no-peer');
  const one = arg(argv, '--page');
  if (one) return showPage(one);
  const cache: Record<string, PR> = existsSync(CACHE) ? (JSON.parse(readFileSync(CACHE, 'utf8')) as Record<string, PR>) : {};
  const peer = usePeer ? await readabilityExtractor() : null;
  let cacheChanged = false;
  const scores: PageScore[] = [];
  const extraWhere: Record<string, number> = {};
  const missingWhere: Record<string, number> = {};
  const wrongReasons: Record<string, number> = {};
  for (const [set, list] of Object.entries(datasets())) {
    if (only && only !== set) continue;
    for (const entry of list()) {
      if (isHeldOut(entry.id)) continue;
      const page = entry.load();
      const full = extractHtml(page.html, page.url ? { url: page.url } : {});
      const out = { paragraphs: full.paragraphs };
      const text = out.paragraphs.join('\n\n');
      const key = `${set}/${entry.id}`;
      let ours: PR;
      let peerPR: PR | null = null;
      let missing: string[] = [];
      let extra: string[] = [];
      if (page.gold.text) {
        ours = shinglePR(page.gold.text, text);
        const goldSet = shingleSet(page.gold.text);
        const ourSet = shingleSet(text);
        const lines = page.gold.text.split(/\n+/).filter((l) => l.trim());
        const got = lines.map((l) => covered(l, ourSet) >= 0.5);
        missing = lines.filter((_, i) => !got[i]);
        const firstGot = got.indexOf(true);
        const lastGot = got.lastIndexOf(true);
        lines.forEach((l, i) => {
          if (got[i]) return;
          const where = firstGot < 0 ? 'all' : i < firstGot ? 'head' : i > lastGot ? 'tail' : 'middle';
          missingWhere[where] = (missingWhere[where] ?? 0) + l.length;
          if (process.env['DUMP_MISSING'] === where) console.log(`${entry.id}\t${clip(l, 120)}`);
        });
        extra = out.paragraphs.filter((p) => covered(p, goldSet) < 0.5);
        for (const b of full.boilerplate) {
          const t = b.text.replace(/…$/, '');
          if (t.length >= 20 && covered(t, goldSet) >= 0.7 && covered(t, ourSet) < 0.5) {
            wrongReasons[b.reason] = (wrongReasons[b.reason] ?? 0) + t.length;
            if (process.env['DUMP_REASON'] === b.reason) console.log(`${entry.id}\t${clip(t, 120)}`);
          }
        }
        const inGold = out.paragraphs.map((p) => covered(p, goldSet) >= 0.5);
        const first = inGold.indexOf(true);
        const last = inGold.lastIndexOf(true);
        out.paragraphs.forEach((p, i) => {
          if (inGold[i]) return;
          const where = first < 0 ? 'all' : i < first ? 'head' : i > last ? 'tail' : 'middle';
          extraWhere[where] = (extraWhere[where] ?? 0) + p.length;
          if (where === 'tail' && process.env['DUMP_TAIL']) console.log(`${entry.id}\t${clip(p, 120)}`);
        });
        if (peer) {
          peerPR = cache[key] ?? null;
          if (!peerPR) {
            const o = peer.extract(page.html, page.url);
            peerPR = shinglePR(page.gold.text, peer.paragraphsOf(o).join('\n\n') || o.text);
            cache[key] = peerPR;
            cacheChanged = true;
          }
        }
      } else {
        const c = snippetCounts(text, page.gold.with ?? [], page.gold.without ?? []);
        ours = { precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1 };
        const flat = text.replace(/\s+/g, ' ');
        missing = (page.gold.with ?? []).filter((s) => !flat.includes(s.replace(/\s+/g, ' ').trim()));
        extra = (page.gold.without ?? []).filter((s) => flat.includes(s.replace(/\s+/g, ' ').trim()));
      }
      scores.push({ set, id: entry.id, ours, peer: peerPR, missing, extra });
    }
  }
  if (cacheChanged) writeFileSync(CACHE, JSON.stringify(cache));
  const gap = (s: PageScore): number => (s.peer ? f1(s.peer) - f1(s.ours) : 0);
  const key = (s: PageScore): number => by === 'p' ? s.ours.precision : by === 'r' ? s.ours.recall : by === 'gap' ? -gap(s) : f1(s.ours);
  if (argv.includes('--summary')) {
    console.log(`gold text removed, by reason (chars): ${JSON.stringify(Object.entries(wrongReasons).sort((a, b) => b[1] - a[1]))}`);
    console.log(`extra characters by place: ${JSON.stringify(extraWhere)}; missing: ${JSON.stringify(missingWhere)}`);
    for (const set of new Set(scores.map((s) => s.set))) {
      const list = scores.filter((s) => s.set === set);
      const mean = (f: (s: PageScore) => number): string => (list.reduce((a, s) => a + f(s), 0) / list.length).toFixed(4);
      console.log(`${set.padEnd(22)} n=${list.length} P=${mean((s) => s.ours.precision)} R=${mean((s) => s.ours.recall)} F(ours)=${mean((s) => f1(s.ours))} peerwins=${list.filter((s) => gap(s) > 0.05).length} ourwins=${list.filter((s) => gap(s) < -0.05).length}`);
    }
    return;
  }
  const ranked = [...scores].sort((a, b) => key(a) - key(b)).slice(0, worst);
  for (const s of ranked) {
    const peerText = s.peer ? ` peer P=${s.peer.precision.toFixed(2)} R=${s.peer.recall.toFixed(2)}` : '';
    console.log(`\n== ${s.set}/${s.id} ours P=${s.ours.precision.toFixed(2)} R=${s.ours.recall.toFixed(2)}${peerText}`);
    for (const m of s.missing.slice(0, 8)) console.log(`  - ${clip(m)}`);
    if (s.missing.length > 8) console.log(`  - ... ${s.missing.length - 8} more missing`);
    for (const e of s.extra.slice(0, 8)) console.log(`  + ${clip(e)}`);
    if (s.extra.length > 8) console.log(`  + ... ${s.extra.length - 8} more extra`);
  }
}

/** One page (SET/ID): our paragraphs, the removed blocks with their reasons, and the gold lines we miss. */
function showPage(key: string): void {
  const [set, id] = key.split('/');
  const entry = datasets()[set!]?.().find((e) => e.id === id);
  if (!entry) throw new Error(`no page ${key}`);
  const page = entry.load();
  const result = extractHtml(page.html, page.url ? { url: page.url } : {});
  for (const p of result.paragraphs) console.log(`| ${clip(p, 200)}`);
  for (const b of result.boilerplate) console.log(`x [${b.reason}] ${clip(b.text, 150)}`);
  if (page.gold.text) {
    const have = shingleSet(result.paragraphs.join(' '));
    for (const l of page.gold.text.split(/\n+/)) if (l.trim() && covered(l, have) < 0.5) console.log(`- ${clip(l, 200)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
