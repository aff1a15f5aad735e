// Web inputs through the whole ingest edge: feeds, WARC archives and URLs become documents like files do.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { readInputs, type IngestItem, type IngestOptions } from '../src/ingest/index.js';
import { extractDocument } from '../src/extract/index.js';

async function collect(inputs: string[], options: IngestOptions = {}): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, options)) items.push(item);
  return items;
}

const documents = (items: IngestItem[]) => items.flatMap((i) => (i.type === 'document' ? [i.document] : []));
const failures = (items: IngestItem[]) => items.flatMap((i) => (i.type === 'failure' ? [i.failure] : []));

const PAGE = `<!doctype html><html lang="en"><head><title>Ferry service resumes in Valdora | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette"><meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Ferry service resumes in Valdora</h1>
<p>Ferries between Valdora and the islands sailed again on Tuesday after a week-long strike ended, the operator said.</p>
<p>The union accepted a pay rise of seven percent after talks that lasted through the weekend, its leader told reporters.</p>
<p>Travellers who had been stranded on the islands were given priority on the first crossings, the port authority said.</p>
</article><footer>© 2025 Harbour Gazette</footer></body></html>`;

test('an RSS feed gives one document per item, with the feed-supplied title, link and date', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-feed-'));
  const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Gazette</title>
<item><title>Ferry service resumes</title><link>https://example.org/ferry</link><pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate>
<description>Ferries between Valdora and the islands sailed again on Tuesday after a week-long strike ended.</description></item>
<item><title>Council backs tram line</title><link>https://example.org/tram</link><pubDate>Wed, 05 Mar 2025 10:00:00 GMT</pubDate>
<description>The council voted on Wednesday to build a tram line to the harbour, the mayor said.</description></item>
</channel></rss>`;
  writeFileSync(path.join(dir, 'gazette.xml'), feed);
  const docs = documents(await collect([dir]));
  assert.deepEqual(docs.map((d) => d.id), ['gazette-1', 'gazette-2']);
  assert.equal(docs[0]!.supplied.title, 'Ferry service resumes');
  assert.equal(docs[0]!.supplied.published, '2025-03-04');
  assert.equal(docs[0]!.source, 'https://example.org/ferry');
  const article = extractDocument(docs[1]!).article;
  assert.equal(article.title, 'Council backs tram line');
  assert.equal(article.published.date, '2025-03-05');
});

test('a WARC archive gives its HTML pages, with target URI and capture date; the page is extracted from HTML', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-warc-'));
  const body = Buffer.from(PAGE);
  const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  const headers =
    `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n` +
    `WARC-Date: 2025-03-05T08:00:00Z\r\nWARC-Target-URI: https://example.org/ferry\r\nContent-Type: application/http; msgtype=response\r\n` +
    `Content-Length: ${http.length}\r\n\r\n`;
  writeFileSync(path.join(dir, 'crawl.warc'), Buffer.concat([Buffer.from(headers), http, Buffer.from('\r\n\r\n')]));
  const items = await collect([path.join(dir, 'crawl.warc')]);
  const [doc] = documents(items);
  assert.ok(doc, JSON.stringify(failures(items)));
  assert.equal(doc.id, 'crawl-1');
  assert.equal(doc.source, 'https://example.org/ferry');
  assert.equal(doc.supplied.captured?.slice(0, 10), '2025-03-05');
  const article = extractDocument(doc).article;
  assert.equal(article.title, 'Ferry service resumes in Valdora');
  assert.equal(article.published.date, '2025-03-04');
  assert.match(article.text, /^Ferries between Valdora/);
});

test('URLs are fetched; a loopback address needs --allow-private', async () => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/ferry-resumes.html`;
  try {
    const refused = failures(await collect([url]));
    assert.equal(refused.length, 1);
    assert.match(refused[0]!.message, /private or loopback/);
    const [doc] = documents(await collect([url], { allowPrivate: true }));
    assert.equal(doc?.id, 'ferry-resumes');
    assert.equal(doc?.supplied.url, url);
    assert.equal(extractDocument(doc!).article.publisher, 'Harbour Gazette');
  } finally {
    server.close();
  }
});
