// Entity recognition on CoNLL-2003 eng.testa (development set), CoNLL-style exact match: an entity counts when its
// boundaries and type are both right. The peer, compromise, runs on the same text in the same run; it has no MISC
// type, so it is scored on PER/ORG/LOC only, and ours is shown on the same three types beside it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { parseConll, type Chunk } from '../src/nlp/ner/conll.js';
import { recognizeEntities } from '../src/nlp/ner/index.js';
import { ChunkScorer } from '../src/nlp/ner/score.js';
import { chunksFromSpans, conllText, type ConllText } from './conll-text.js';

import type { EvalResult } from './types.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const devFile = path.resolve(repoRoot, '../shared/data/ner/conll2003/eng.testa');
const CONLL_TYPE: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', misc: 'MISC' };
const THREE_TYPES = new Set(['PER', 'ORG', 'LOC']);

function ours(doc: ConllText): Chunk[][] {
  const mentions = recognizeEntities(doc.text, doc.sentences, doc.tokens);
  return chunksFromSpans(doc, mentions.map((m) => ({ start: m.start, end: m.end, type: CONLL_TYPE[m.type] as string })));
}

/** compromise's people, organisations and places, trimmed of the punctuation it keeps around a match. */
function compromise(doc: ConllText): Chunk[][] {
  const parsed = nlp(doc.text);
  const spans: { start: number; end: number; type: string }[] = [];
  const add = (matches: { offset: { start: number; length: number } }[], type: string): void => {
    for (const { offset } of matches) {
      let start = offset.start;
      let end = offset.start + offset.length;
      while (start < end && /[^\p{L}\p{N}]/u.test(doc.text.charAt(start))) start++;
      while (end > start && /[^\p{L}\p{N}.]/u.test(doc.text.charAt(end - 1))) end--;
      if (end > start && doc.text.charAt(end - 1) === '.' && !doc.tokens.some((t) => t.end === end)) end--;
      spans.push({ start, end, type });
    }
  };
  add(parsed.people().json({ offset: true }), 'PER');
  add(parsed.organizations().json({ offset: true }), 'ORG');
  add(parsed.places().json({ offset: true }), 'LOC');
  return chunksFromSpans(doc, spans);
}

const only = (chunks: Chunk[], types: Set<string>): Chunk[] => chunks.filter((c) => types.has(c.type));

function row(label: string, s: { precision: number; recall: number; f1: number; gold: number; predicted: number }): string {
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
  return `${label.padEnd(28)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.gold).padStart(6)} ${String(s.predicted).padStart(6)}`;
}

export async function run(): Promise<EvalResult> {
  if (!existsSync(devFile)) throw new Error(`missing ${devFile}`);
  const docs = parseConll(readFileSync(devFile, 'utf8')).map(conllText);
  const all = new ChunkScorer();
  const ourThree = new ChunkScorer();
  const peerThree = new ChunkScorer();
  for (const doc of docs) {
    const predicted = ours(doc);
    const peer = compromise(doc);
    doc.gold.forEach((gold, s) => {
      all.add(gold, predicted[s] ?? []);
      ourThree.add(only(gold, THREE_TYPES), only(predicted[s] ?? [], THREE_TYPES));
      peerThree.add(only(gold, THREE_TYPES), peer[s] ?? []);
    });
  }
  console.log(`CoNLL-2003 eng.testa (development set): ${docs.length} documents, exact-match entity scores`);
  console.log(`${'system / type'.padEnd(28)}  prec.  recall     F1   gold   found`);
  for (const [type, score] of all.byType()) console.log(row(`dossier ${type}`, score));
  console.log(row('dossier overall (4 types)', all.overall()));
  console.log(row('dossier PER/ORG/LOC', ourThree.overall()));
  for (const [type, score] of peerThree.byType()) console.log(row(`compromise ${type}`, score));
  console.log(row('compromise PER/ORG/LOC', peerThree.overall()));
  console.log('compromise has no MISC type: it is scored on PER/ORG/LOC only, beside ours on the same three.');
  const metrics: Record<string, number> = {
    f1: all.overall().f1,
    precision: all.overall().precision,
    recall: all.overall().recall,
    f1_per_org_loc: ourThree.overall().f1,
    compromise_f1_per_org_loc: peerThree.overall().f1,
  };
  for (const [type, score] of all.byType()) metrics[`f1_${type}`] = score.f1;
  return { name: 'ner', metrics, floors: { f1: 0.9, f1_per_org_loc: 0.91 } };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
