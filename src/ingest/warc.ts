// WARC reader: HTML pages from response (and resource) records of a .warc or .warc.gz, with their target URI
// and capture date. Input is fed to warcio in small slices so that one gzip member can never inflate more than
// a few megabytes at a time, and every record and the whole file have a decompressed-size cap (gzip bombs).
import { WARCParser } from 'warcio';
import { webInput as limits } from '../settings.js';

export interface WarcDocument {
  uri: string;
  date: string | null;
  contentType: string | null;
  body: Uint8Array;
}

/** Compressed bytes handed to the parser per step: bounds what one inflate step can produce (~1000x this). */
const FEED_BYTES = 16 * 1024;
const HTML_TYPE = /text\/html|application\/xhtml\+xml/i;
const HTML_START = /^\s*(?:<!doctype html|<html|<head|<body|<!--)/i;

function* slices(bytes: Uint8Array): Generator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += FEED_BYTES) yield bytes.subarray(offset, offset + FEED_BYTES);
}

export class WarcLimitError extends Error {}

/** Reads a stream of chunks up to `max` bytes; returns null when it is longer (the rest is drained and counted). */
async function readCapped(reader: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, max: number, budget: { left: number }): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of reader) {
    budget.left -= chunk.length;
    if (budget.left < 0) throw new WarcLimitError(`decompresses to more than ${limits.maxWarcTotalBytes} bytes (gzip bomb?)`);
    size += chunk.length;
    if (size > max) {
      over = true;
      continue;
    }
    chunks.push(chunk);
  }
  if (over) return null;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * HTML documents in a WARC file. Records that are not HTML responses are skipped; a record whose body is larger
 * than settings.webInput.maxWarcRecordBytes is skipped with a message in `warnings`; a file that decompresses to
 * more than maxWarcTotalBytes, or that is not a WARC at all, throws an Error naming `source`.
 */
export async function readWarc(bytes: Uint8Array, source: string, warnings: string[] = []): Promise<WarcDocument[]> {
  const documents: WarcDocument[] = [];
  const budget = { left: limits.maxWarcTotalBytes };
  let records = 0;
  try {
    for await (const record of new WARCParser(slices(bytes))) {
      records++;
      if (!record.warcHeaders.statusline.startsWith('WARC/')) throw new Error('no WARC/1.x record header');
      if (records > limits.maxWarcRecords) {
        warnings.push(`${source}: more than ${limits.maxWarcRecords} records; the rest were skipped`);
        break;
      }
      const type = record.warcType;
      const uri = record.warcTargetURI ?? '';
      const contentType = type === 'response' ? (record.httpHeaders?.headers.get('content-type') ?? null) : (record.warcContentType ?? null);
      const wanted = (type === 'response' || type === 'resource') && (contentType === null || HTML_TYPE.test(contentType));
      if (!wanted) {
        await readCapped(record.reader, 0, budget);
        continue;
      }
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      const body = await readCapped(record.contentReader, limits.maxWarcRecordBytes, budget);
      if (body === null) {
        warnings.push(`${source}: record ${uri} is larger than ${limits.maxWarcRecordBytes} bytes once decompressed; skipped`);
        continue;
      }
      if (status >= 300 && status < 400) continue;
      if (contentType === null && !HTML_START.test(new TextDecoder('latin1').decode(body.subarray(0, 512)))) continue;
      documents.push({ uri, date: record.warcDate ?? null, contentType, body });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${source}: not a readable WARC file: ${message}`);
  }
  if (records === 0) throw new Error(`${source}: not a WARC file (no records)`);
  return documents;
}
