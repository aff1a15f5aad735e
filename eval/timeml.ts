// Reads TimeML (.tml) files: the document creation time, the plain text of <TEXT> and its gold TIMEX3
// expressions with offsets into that text. Used by eval/temporal.ts and bench/temporal.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Timex, TimexType } from '../src/model.js';

export interface TimeMLDocument {
  name: string;
  /** Document creation time, `YYYY-MM-DD`. */
  dct: string | null;
  text: string;
  gold: Timex[];
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const TEMPEVAL_DIR = path.resolve(repoRoot, '../shared/data/temporal/tempeval3/train');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string): string => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);
const attribute = (tag: string, name: string): string | null => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;

export function parseTimeML(name: string, xml: string): TimeMLDocument {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml)?.[1] ?? '';
  const dct = attribute(dctTag, 'value')?.slice(0, 10) ?? null;
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: Timex[] = [];
  let open: { start: number; type: string; value: string } | null = null;
  for (const piece of body.matchAll(/<[^>]+>|[^<]+/g)) {
    const chunk = piece[0];
    if (chunk.startsWith('<TIMEX3')) {
      open = { start: text.length, type: attribute(chunk, 'type') ?? 'DATE', value: attribute(chunk, 'value') ?? '' };
    } else if (chunk === '</TIMEX3>' && open) {
      gold.push({ start: open.start, end: text.length, text: text.slice(open.start, text.length), type: open.type as TimexType, value: open.value });
      open = null;
    } else if (!chunk.startsWith('<')) {
      text += decode(chunk);
    }
  }
  return { name, dct, text, gold };
}

/** All .tml files of the TempEval-3 training folder, sorted by name; empty when the data is missing. */
export function loadTempEval(): TimeMLDocument[] {
  if (!fs.existsSync(TEMPEVAL_DIR)) return [];
  const files: string[] = [];
  for (const sub of fs.readdirSync(TEMPEVAL_DIR).sort()) {
    const dir = path.join(TEMPEVAL_DIR, sub);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).sort()) if (file.endsWith('.tml')) files.push(path.join(dir, file));
  }
  return files.map((file) => parseTimeML(path.basename(file, '.tml'), fs.readFileSync(file, 'utf8')));
}
