import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { decodeBytes } from '../src/ingest/decode.js';
import { readWarc } from '../src/ingest/warc.js';
import { feedDate, parseFeed } from '../src/ingest/feed.js';
import { fetchUrl, isPrivateAddress, publicOnlyLookup, type Resolver } from '../src/ingest/fetch.js';

// --- decode ---------------------------------------------------------------------------------------------------

test('decodes by BOM, header charset, meta charset, then UTF-8 or windows-1252', () => {
  const cyrillic = 'Москва сообщает';
  const cp1251 = iconv.encode(`<html><head><meta charset="windows-1251"></head><body>${cyrillic}</body></html>`, 'windows-1251');
  assert.equal(decodeBytes(cp1251).encoding, 'windows-1251');
  assert.ok(decodeBytes(cp1251).text.includes(cyrillic));
  const sjis = iconv.encode('東京のニュース', 'shift_jis');
  assert.equal(decodeBytes(sjis, 'text/html; charset=Shift_JIS').text, '東京のニュース');
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('café')]);
  assert.deepEqual(decodeBytes(bom), { text: 'café', encoding: 'utf-8' });
  const latin = iconv.encode('Zürich café', 'latin1');
  assert.deepEqual(decodeBytes(latin), { text: 'Zürich café', encoding: 'windows-1252' });
  const httpEquiv = iconv.encode('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>Łódź</p>', 'iso-8859-2');
  assert.ok(decodeBytes(httpEquiv).text.includes('Łódź'));
});

// --- WARC -----------------------------------------------------------------------------------------------------

function warcRecord(type: string, uri: string, block: Buffer, contentType = 'application/http; msgtype=response'): Buffer {
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2021-06-22T10:00:00Z\r\n` +
    `WARC-Record-ID: <urn:uuid:${Math.random().toString(16).slice(2)}>\r\nContent-Type: ${contentType}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), block, Buffer.from('\r\n\r\n')]);
}

function httpResponse(body: Buffer, contentType: string, extra = ''): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: ${contentType}\r\n${extra}Content-Length: ${body.length}\r\n\r\n`), body]);
}

const PAGE = Buffer.from('<html><head><title>A page</title></head><body><p>Hello from the archive.</p></body></html>');

test('reads HTML responses from a plain and a per-record gzip WARC, keeping URI and date', async () => {
  const records = [
    warcRecord('warcinfo', '', Buffer.from('software: test\r\n'), 'application/warc-fields'),
    warcRecord('request', 'https://a.example/', Buffer.from('GET / HTTP/1.1\r\nHost: a.example\r\n\r\n'), 'application/http; msgtype=request'),
    warcRecord('response', 'https://a.example/', httpResponse(PAGE, 'text/html; charset=utf-8')),
    warcRecord('response', 'https://a.example/logo.png', httpResponse(Buffer.from([1, 2, 3]), 'image/png')),
  ];
  for (const bytes of [Buffer.concat(records), Buffer.concat(records.map((r) => gzipSync(r)))]) {
    const docs = await readWarc(bytes, 'test.warc');
    assert.equal(docs.length, 1);
    assert.equal(docs[0]!.uri, 'https://a.example/');
    assert.equal(docs[0]!.date, '2021-06-22T10:00:00Z');
    assert.match(docs[0]!.contentType ?? '', /text\/html/);
    assert.equal(Buffer.from(docs[0]!.body).toString(), PAGE.toString());
  }
});

test('decodes a gzip-encoded HTTP body inside a WARC record', async () => {
  const record = warcRecord('response', 'https://b.example/', httpResponse(gzipSync(PAGE), 'text/html', 'Content-Encoding: gzip\r\n'));
  const docs = await readWarc(gzipSync(record), 'b.warc.gz');
  assert.equal(Buffer.from(docs[0]!.body).toString(), PAGE.toString());
});

test('a gzip bomb record is skipped with a warning; the other records are read', async () => {
  const bomb = warcRecord('response', 'https://bomb.example/', httpResponse(Buffer.alloc(40 * 1024 * 1024), 'text/html'));
  const good = warcRecord('response', 'https://good.example/', httpResponse(PAGE, 'text/html'));
  const bytes = Buffer.concat([gzipSync(bomb), gzipSync(good)]);
  assert.ok(bytes.length < 200_000, 'the bomb is small when compressed');
  const warnings: string[] = [];
  const start = Date.now();
  const docs = await readWarc(bytes, 'bomb.warc.gz', warnings);
  assert.ok(Date.now() - start < 10_000);
  assert.deepEqual(docs.map((d) => d.uri), ['https://good.example/']);
  assert.ok(warnings.some((w) => /bomb\.example.*larger than/.test(w)), warnings.join('; '));
});

test('a file that is not a WARC gives a clear error naming it', async () => {
  await assert.rejects(readWarc(Buffer.from('<html>not a warc</html>'), 'fake.warc'), /fake\.warc/);
  await assert.rejects(readWarc(gzipSync(Buffer.from('just text')), 'fake.warc.gz'), /fake\.warc\.gz/);
});

// --- feeds ----------------------------------------------------------------------------------------------------

test('parses RSS 2.0 items with HTML content, links and dates', () => {
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
    <title>Valley Courier</title>
    <item><title>Flood hits town</title><link>https://c.example/flood</link><pubDate>Tue, 22 Jun 2021 08:00:00 +0200</pubDate>
      <description>Short text &amp; more</description><content:encoded><![CDATA[<p>The river rose.</p>]]></content:encoded></item>
    <item><title>Second</title><guid>https://c.example/second</guid><description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt;&lt;/p&gt;</description></item>
  </channel></rss>`;
  const feed = parseFeed(rss, 'feed.xml');
  assert.equal(feed.title, 'Valley Courier');
  assert.deepEqual(feed.items[0], { title: 'Flood hits town', url: 'https://c.example/flood', published: '2021-06-22', html: '<p>The river rose.</p>', text: null });
  assert.equal(feed.items[1]!.url, 'https://c.example/second');
  assert.equal(feed.items[1]!.html, '<p>Escaped <b>HTML</b></p>');
});

test('parses Atom entries', () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title>
    <entry><title>One</title><link rel="alternate" href="https://d.example/1"/><published>2022-01-02T03:04:05Z</published>
    <updated>2022-02-01T00:00:00Z</updated><content type="html">&lt;p&gt;Body one&lt;/p&gt;</content></entry>
    <entry><title>Two</title><link href="https://d.example/2"/><updated>2022-03-04T00:00:00Z</updated><summary>Plain summary</summary></entry></feed>`;
  const feed = parseFeed(atom, 'atom.xml');
  assert.equal(feed.title, 'Atom news');
  assert.deepEqual(feed.items[0], { title: 'One', url: 'https://d.example/1', published: '2022-01-02', html: '<p>Body one</p>', text: null });
  assert.deepEqual(feed.items[1], { title: 'Two', url: 'https://d.example/2', published: '2022-03-04', html: null, text: 'Plain summary' });
});

test('an entity-expansion feed is not expanded', () => {
  const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
  const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol0 "lol">${levels}]><rss><channel><title>&lol9;</title>
    <item><title>&lol9;</title><description>&lol9;</description></item></channel></rss>`;
  const start = Date.now();
  const feed = parseFeed(bomb, 'bomb.xml');
  assert.ok(Date.now() - start < 1000);
  assert.ok((feed.title ?? '').length < 100);
  assert.ok(JSON.stringify(feed).length < 1000);
});

test('non-feeds are refused with the source named; dates are read as written', () => {
  assert.throws(() => parseFeed('<html><body>hi</body></html>', 'page.html'), /page\.html: not an RSS or Atom feed/);
  assert.equal(feedDate('Mon, 3 Jan 2022 23:59:00 -0800'), '2022-01-03');
  assert.equal(feedDate('garbage'), null);
});

// --- fetch ----------------------------------------------------------------------------------------------------

let server: Server;
let base = '';
const seenAgents: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    seenAgents.push(req.headers['user-agent'] ?? '');
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>ok</p>');
    } else if (path === '/gzip') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.from('<p>zipped</p>')));
    } else if (path === '/loop') {
      res.writeHead(302, { location: '/loop' }).end();
    } else if (path === '/hop') {
      res.writeHead(301, { location: '/page' }).end();
    } else if (path === '/to-named') {
      res.writeHead(302, { location: `http://rebind.test:${(server.address() as AddressInfo).port}/page` }).end();
    } else if (path === '/to-private') {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    } else if (path === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.alloc(2 * 1024 * 1024, 'a'));
    } else if (path === '/bomb') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(8 * 1024 * 1024)));
    } else if (path === '/missing') {
      res.writeHead(404).end('nope');
    } else if (path === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const LOCAL = { allowPrivate: true, timeoutMs: 3000, maxBytes: 1024 * 1024, maxRedirects: 5, userAgent: 'dossier-test/1' };

test('fetches a page with its final URL, status, content type and User-Agent; follows redirects', async () => {
  const page = await fetchUrl(`${base}/hop`, LOCAL);
  assert.equal(page.finalUrl, `${base}/page`);
  assert.equal(page.status, 200);
  assert.equal(page.contentType, 'text/html; charset=utf-8');
  assert.equal(Buffer.from(page.body).toString(), '<p>ok</p>');
  assert.ok(seenAgents.includes('dossier-test/1'));
});

test('gzip bodies are decoded; a gzip bomb stops at the size cap', async () => {
  assert.equal(Buffer.from((await fetchUrl(`${base}/gzip`, LOCAL)).body).toString(), '<p>zipped</p>');
  await assert.rejects(fetchUrl(`${base}/bomb`, LOCAL), /larger than the 1048576-byte limit/);
  await assert.rejects(fetchUrl(`${base}/big`, LOCAL), /larger than/);
});

test('a redirect loop, an HTTP error and a stalled server give clear errors', async () => {
  await assert.rejects(fetchUrl(`${base}/loop`, LOCAL), /more than 5 redirects/);
  await assert.rejects(fetchUrl(`${base}/missing`, LOCAL), /HTTP 404/);
  await assert.rejects(fetchUrl(`${base}/slow`, { ...LOCAL, timeoutMs: 300 }), /no complete answer within 300 ms/);
});

test('loopback and private addresses are refused unless allowed, on every hop', async () => {
  await assert.rejects(fetchUrl(`${base}/page`, { ...LOCAL, allowPrivate: false }), /refused.*127\.0\.0\.1.*--allow-private/);
  // Let the test server itself through, so that the refusal of the redirect's target is what is tested.
  const onlyTestServer = (address: string): boolean => address !== '127.0.0.1';
  await assert.rejects(
    fetchUrl(`${base}/to-private`, { ...LOCAL, allowPrivate: false, refuseAddress: onlyTestServer }),
    /refused.*169\.254\.169\.254/,
  );
  await assert.rejects(fetchUrl('file:///etc/passwd', LOCAL), /only http and https/);
});

test('address classification', () => {
  for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0']) {
    assert.ok(isPrivateAddress(address), address);
  }
  for (const address of ['8.8.8.8', '93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']) assert.ok(!isPrivateAddress(address), address);
});

/** A resolver that answers from a list, one answer per call (the last one repeats): DNS that changes its mind. */
function answers(...list: string[]): Resolver & { calls: number } {
  const resolver = ((hostname: string, _options: unknown, callback: (e: NodeJS.ErrnoException | null, a: Array<{ address: string; family: number }>) => void) => {
    const address = list[Math.min(resolver.calls, list.length - 1)]!;
    resolver.calls++;
    setImmediate(() => callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]));
  }) as Resolver & { calls: number };
  resolver.calls = 0;
  return resolver;
}

test('a host name that resolves to loopback is refused at connect time by default, fetched with allowPrivate', async () => {
  const port = (server.address() as AddressInfo).port;
  const resolve = answers('127.0.0.1');
  await assert.rejects(fetchUrl(`http://dossier.test:${port}/page`, { ...LOCAL, allowPrivate: false, resolve }), /dossier\.test.*refused.*127\.0\.0\.1.*--allow-private/);
  const page = await fetchUrl(`http://dossier.test:${port}/page`, { ...LOCAL, allowPrivate: true, resolve: answers('127.0.0.1') });
  assert.equal(Buffer.from(page.body).toString(), '<p>ok</p>');
  // The real resolver too: localhost is loopback.
  await assert.rejects(fetchUrl(`http://localhost:${port}/page`, { ...LOCAL, allowPrivate: false }), /refused.*--allow-private/);
});

test('DNS rebinding: each connection is checked on the address it connects to, on every redirect hop', async () => {
  const port = (server.address() as AddressInfo).port;
  // Only the test server's address counts as public here; the second answer for the same name is "private".
  const refuseAddress = (address: string): boolean => address !== '127.0.0.1';
  const resolve = answers('127.0.0.1', '10.0.0.7');
  await assert.rejects(
    fetchUrl(`http://rebind.test:${port}/to-named`, { ...LOCAL, allowPrivate: false, refuseAddress, resolve }),
    /rebind\.test.*refused.*10\.0\.0\.7/,
  );
  assert.equal(resolve.calls, 2, 'one lookup per connection, none besides');
});

test('the lookup hook refuses a private answer and passes a public one', async () => {
  const lookup = (resolver: Resolver, all: boolean): Promise<unknown> => new Promise((resolve, reject) => {
    publicOnlyLookup(isPrivateAddress, resolver)('news.example', { all }, (error, address, family) => (error ? reject(error) : resolve(all ? address : { address, family })));
  });
  await assert.rejects(lookup(answers('192.168.0.10'), false), /news\.example.*refused.*192\.168\.0\.10/);
  await assert.rejects(lookup(answers('::ffff:127.0.0.1'), true), /refused/);
  assert.deepEqual(await lookup(answers('93.184.216.34'), false), { address: '93.184.216.34', family: 4 });
  assert.deepEqual(await lookup(answers('93.184.216.34'), true), [{ address: '93.184.216.34', family: 4 }]);
});
