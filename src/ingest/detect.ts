// Recognises what an input is by its content, not its name: the contract says kinds are detected by content.
import type { DocumentKind } from '../model.js';
import { ingest as settings } from '../settings.js';

export type DetectedKind = DocumentKind | 'binary' | 'empty';

const GZIP_MAGIC = [0x1f, 0x8b];

function startsWithBytes(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** Looks at the first bytes of an input (already stripped of a BOM) and names its kind. */
export function detectKind(bytes: Uint8Array, name = ''): DetectedKind {
  if (bytes.length === 0) return 'empty';
  if (startsWithBytes(bytes, GZIP_MAGIC)) return /\.warc\.gz$/i.test(name) || name === '' ? 'warc' : 'binary';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, settings.sniffBytes));
  if (head.trim() === '') return 'empty';
  if (head.includes('\u0000')) return 'binary';
  const start = head.trimStart();
  if (start.startsWith('WARC/')) return 'warc';
  if (/^\{\s*"/.test(start)) return 'jsonl';
  const lower = start.slice(0, 1024).toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)[\s>]/.test(lower)) return 'feed';
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype html|html|head|body|meta|title|article|div|p)[\s>]/.test(lower)) {
    return 'html';
  }
  return 'text';
}
