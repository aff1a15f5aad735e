// Ingest stage: turns command-line inputs (files, folders, `-`, JSONL) into RawDocuments. This is an I/O edge:
// it reads the file system and stdin, and reports each bad input as a failure while the others go on.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { InputFailure, RawDocument } from '../model.js';
import * as settings from '../settings.js';
import { decodeBytes } from './decode.js';
import { detectKind } from './detect.js';
import { parseFeed } from './feed.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { parseJsonl, type JsonlRecord } from './jsonl.js';
import { decodeText, InputError, stripBom } from './text.js';
import { readWarc } from './warc.js';

export { detectKind } from './detect.js';
export { InputError } from './text.js';

export interface IngestOptions {
  /** Charset for inputs that are not UTF-8, e.g. `windows-1252`. */
  encoding?: string;
  /** Read stdin from this stream instead of process.stdin (tests). */
  stdin?: NodeJS.ReadableStream;
  /** Let URLs reach private, loopback and link-local addresses (off: a URL must not reach the local network). */
  allowPrivate?: boolean;
  /** Fetch the page each feed item links to, instead of using the item's own content. */
  follow?: boolean;
  /** Limits for fetching URLs; defaults in settings.webInput. */
  fetch?: Partial<FetchOptions>;
}

export type IngestItem =
  | { type: 'document'; document: RawDocument }
  | { type: 'failure'; failure: InputFailure }
  | { type: 'warning'; source: string; message: string }
  | { type: 'duplicate'; source: string; sameAs: string };

export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The contract's id for a file: its name without the extension (`.warc.gz` counts as one). */
export function idFromPath(file: string): string {
  return path.basename(file).replace(/\.(warc|jsonl|json|txt|html?|xml|rss|atom)(\.gz)?$/i, '').replace(/\.[^.]+$/, '');
}

function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

const HIDDEN = /^\./;

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (HIDDEN.test(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

function failure(source: string, message: string): IngestItem {
  return { type: 'failure', failure: { source, message } };
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function documentFromRecord(record: JsonlRecord, source: string): RawDocument {
  const isHtml = record.html !== undefined && record.text === undefined;
  const content = isHtml ? record.html! : record.text!;
  return {
    id: record.id,
    source,
    kind: 'jsonl',
    contentHash: sha256(content),
    content,
    isHtml,
    supplied: {
      title: record.title ?? undefined,
      url: record.url ?? undefined,
      published: record.published ?? record.reference_date ?? undefined,
      publisher: record.publisher ?? undefined,
    },
  };
}

function* itemsFromJsonl(text: string, source: string): Generator<IngestItem> {
  for (const line of parseJsonl(text)) {
    const where = `${source}:${line.line}`;
    if ('error' in line) yield failure(where, line.error);
    else if ((line.record.text ?? line.record.html ?? '').trim() === '') yield failure(where, 'empty document');
    else yield { type: 'document', document: documentFromRecord(line.record, where) };
  }
}

/** JSONL corpora may be far larger than one document, so they are read line by line. */
async function* streamJsonlFile(file: string): AsyncGenerator<IngestItem> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf-8' }), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.length > settings.ingest.maxInputBytes) {
      yield failure(`${file}:${lineNumber}`, `line of ${megabytes(line.length)} is over the per-document limit`);
      continue;
    }
    for (const item of itemsFromJsonl(line, file)) {
      // parseJsonl numbers lines from 1 within the chunk it sees; restore the file's line number.
      if (item.type === 'failure') item.failure.source = `${file}:${lineNumber}`;
      if (item.type === 'document') item.document.source = `${file}:${lineNumber}`;
      yield item;
    }
  }
}

async function readHead(file: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The id of a fetched page: the last segment of its path without extension, else its host name. */
export function idFromUrl(url: string): string {
  const parsed = new URL(url);
  const last = parsed.pathname.split('/').filter(Boolean).pop();
  return last ? idFromPath(decodeURIComponent(last)) : parsed.hostname;
}

function htmlDocument(id: string, source: string, bytes: Uint8Array, contentType: string | null, supplied: RawDocument['supplied']): RawDocument {
  return { id, source, kind: 'html', contentHash: sha256(bytes), content: decodeBytes(bytes, contentType).text, isHtml: true, supplied };
}

/** Every HTML page captured in a WARC archive, with its target URI and capture date. */
async function* itemsFromWarc(bytes: Uint8Array, source: string, id: string): AsyncGenerator<IngestItem> {
  const warnings: string[] = [];
  let records;
  try {
    records = await readWarc(bytes, source, warnings);
  } catch (error) {
    return yield failure(source, (error as Error).message);
  }
  for (const message of warnings) yield { type: 'warning', source, message };
  if (records.length === 0) return yield failure(source, 'WARC archive holds no HTML pages');
  for (const [i, record] of records.entries()) {
    const supplied = { url: record.uri, captured: record.date ?? undefined };
    yield { type: 'document', document: { ...htmlDocument(`${id}-${i + 1}`, record.uri, record.body, record.contentType, supplied), kind: 'warc' } };
  }
}

/** Each feed item is one article: its own content, or with --follow the page it links to. */
async function* itemsFromFeed(text: string, source: string, id: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  const feed = parseFeed(text, source);
  if (feed.items.length === 0) return yield failure(source, 'feed has no items');
  for (const [i, item] of feed.items.entries()) {
    const itemId = `${id}-${i + 1}`;
    const supplied = { title: item.title ?? undefined, url: item.url ?? undefined, published: item.published ?? undefined, publisher: feed.title ?? undefined };
    if (options.follow && item.url) {
      for await (const fetched of itemsFromUrl(item.url, options)) {
        if (fetched.type === 'document') fetched.document.supplied = { ...supplied, ...fetched.document.supplied };
        yield fetched;
      }
      continue;
    }
    const content = item.html ?? item.text;
    if (content === null || content.trim() === '') {
      yield failure(`${source}#${i + 1}`, `item has no content${item.url ? `; --follow fetches ${item.url}` : ''}`);
      continue;
    }
    const isHtml = item.html !== null;
    const document: RawDocument = { id: itemId, source: item.url ?? `${source}#${i + 1}`, kind: 'feed', contentHash: sha256(content), content, isHtml, supplied };
    yield { type: 'document', document };
  }
}

async function* itemsFromUrl(url: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  let page;
  try {
    page = await fetchUrl(url, { ...options.fetch, allowPrivate: options.allowPrivate ?? false });
  } catch (error) {
    // The fetcher's messages name the URL already; the failure line names it once.
    return yield failure(url, (error as Error).message.replace(`${url}: `, ''));
  }
  // The page is captured now: "3 hours ago" on it is read against this time.
  const captured = new Date().toISOString();
  for await (const item of itemsFromBytes(page.body, page.finalUrl, idFromUrl(page.finalUrl), options, page.contentType)) {
    if (item.type === 'document' && item.document.isHtml) item.document.supplied = { url: page.finalUrl, captured, ...item.document.supplied };
    yield item;
  }
}

/** Turns the bytes of one input into documents (several for JSONL, WARC and feeds), or a failure naming it. */
export async function* itemsFromBytes(
  bytes: Uint8Array,
  source: string,
  id: string,
  options: IngestOptions = {},
  contentType: string | null = null,
): AsyncGenerator<IngestItem> {
  const kind = detectKind(stripBom(bytes), source);
  if (kind === 'empty') return yield failure(source, 'is empty');
  if (kind === 'binary') return yield failure(source, 'looks like binary data, not text or HTML');
  if (kind === 'warc') return yield* itemsFromWarc(bytes, source, id);
  // Markup declares its own charset; plain text and JSONL must be UTF-8 unless --encoding says otherwise.
  if ((kind === 'html' || kind === 'feed') && !options.encoding) {
    if (kind === 'feed') return yield* itemsFromFeed(decodeBytes(bytes, contentType).text, source, id, options);
    return yield { type: 'document', document: htmlDocument(id, source, bytes, contentType, {}) };
  }
  let text: string;
  try {
    text = decodeText(bytes, options.encoding);
  } catch (error) {
    if (error instanceof InputError) return yield failure(source, error.message);
    throw error;
  }
  if (kind === 'jsonl') return yield* itemsFromJsonl(text, source);
  if (kind === 'feed') return yield* itemsFromFeed(text, source, id, options);
  const document: RawDocument = { id, source, kind, contentHash: sha256(bytes), content: text, isHtml: kind === 'html', supplied: {} };
  yield { type: 'document', document };
}

async function* itemsFromFile(file: string, options: IngestOptions): AsyncGenerator<IngestItem> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    return yield failure(file, `cannot read: ${describeFsError(error)}`);
  }
  try {
    const head = stripBom(await readHead(file, settings.ingest.sniffBytes));
    const headKind = detectKind(head, file);
    if (headKind === 'jsonl' && !options.encoding) return yield* streamJsonlFile(file);
    // A WARC archive holds many pages; its own reader bounds what it decompresses.
    const limit = headKind === 'warc' ? settings.ingest.maxArchiveBytes : settings.ingest.maxInputBytes;
    if (size > limit) {
      return yield failure(
        file,
        headKind === 'warc'
          ? `is ${megabytes(size)}; a WARC archive may be at most ${megabytes(limit)} (split it)`
          : `is ${megabytes(size)}; one document may be at most ${megabytes(limit)} (split it, or use JSONL)`,
      );
    }
    yield* itemsFromBytes(await readFile(file), file, idFromPath(file), options);
  } catch (error) {
    yield failure(file, `cannot read: ${describeFsError(error)}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    if (total > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Expands inputs into documents, in input order; folders are read recursively in name order. */
async function* expandInputs(inputs: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  for (const input of inputs) {
    if (input === '-') {
      const bytes = await readStream(options.stdin ?? process.stdin, settings.ingest.maxInputBytes);
      if (bytes === null) yield failure('stdin', `is over ${megabytes(settings.ingest.maxInputBytes)}`);
      else yield* itemsFromBytes(bytes, 'stdin', 'stdin', options);
      continue;
    }
    if (isUrl(input)) {
      yield* itemsFromUrl(input, options);
      continue;
    }
    let isDirectory = false;
    try {
      isDirectory = (await stat(input)).isDirectory();
    } catch (error) {
      yield failure(input, `cannot read: ${describeFsError(error)}`);
      continue;
    }
    if (!isDirectory) {
      yield* itemsFromFile(input, options);
      continue;
    }
    try {
      for await (const file of walk(input)) yield* itemsFromFile(file, options);
    } catch (error) {
      yield failure(input, `cannot read folder: ${describeFsError(error)}`);
    }
  }
}

/**
 * Reads all inputs. The same bytes ingested twice are one document (the later one is reported as a duplicate);
 * two different documents with one id get distinct ids (`name~2`) so neither overwrites the other.
 */
export async function* readInputs(inputs: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const sourceOfHash = new Map<string, string>();
  const idCount = new Map<string, number>();
  for await (const item of expandInputs(inputs, options)) {
    if (item.type !== 'document') {
      yield item;
      continue;
    }
    const { document } = item;
    const earlier = sourceOfHash.get(document.contentHash);
    if (earlier !== undefined) {
      yield { type: 'duplicate', source: document.source, sameAs: earlier };
      continue;
    }
    sourceOfHash.set(document.contentHash, document.source);
    const seen = idCount.get(document.id) ?? 0;
    idCount.set(document.id, seen + 1);
    if (seen > 0) document.id = `${document.id}~${seen + 1}`;
    yield item;
  }
}
