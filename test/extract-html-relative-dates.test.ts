// Dates written relative to the capture time ("3 hours ago") and the capture time as a bound on the publication
// date (src/extract/html/relative-dates.ts, published.ts), on small invented pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';
import { minutesAgo } from '../src/extract/html/relative-dates.js';
import { extractDocument } from '../src/extract/index.js';

function published(body: string, captured: string | null, head = '') {
  return extractMetadata(parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document, null, captured).published;
}

test('relative date lines in several languages read as minutes before the capture', () => {
  assert.equal(minutesAgo('3 hours ago'), 180);
  assert.equal(minutesAgo('Published an hour ago'), 60);
  assert.equal(minutesAgo('45 mins ago'), 45);
  assert.equal(minutesAgo('2 days ago'), 2880);
  assert.equal(minutesAgo('vor 2 Tagen'), 2880);
  assert.equal(minutesAgo('vor einer Stunde'), 60);
  assert.equal(minutesAgo('il y a 3 jours'), 4320);
  assert.equal(minutesAgo('hace 2 semanas'), 20160);
  assert.equal(minutesAgo('Yesterday, 18:30'), 1440);
  assert.equal(minutesAgo('Three years of war'), null);
  assert.equal(minutesAgo('The day before yesterday'), null);
  // A byline before the line is allowed; a sentence around it is not a date line.
  assert.equal(minutesAgo('By A. Writer · 3 hours ago'), 180);
  assert.equal(minutesAgo('Yesterday the council voted'), null);
  assert.equal(minutesAgo('Police arrived 20 minutes ago'), null);
});

test('"5 hours ago" by the headline dates the page against its capture time', () => {
  const body = '<h1>Storm hits the coast</h1><div class="meta"><span>5 hours ago</span></div><p>Text.</p>';
  const result = published(body, '2026-03-10T03:00:00Z');
  assert.equal(result.date, '2026-03-09');
  assert.match(result.evidence ?? '', /5 hours ago.*capture time/);
  // Without a capture time, the line says nothing.
  assert.equal(published(body, null).date, null);
});

test('an update note written relative to the capture is not the publication', () => {
  const result = published('<h1>Storm hits the coast</h1><div class="meta"><span>Updated 2 hours ago</span></div><p>Text.</p>', '2026-03-10T12:00:00Z');
  assert.equal(result.date, null);
});

test('a stated date the page stands by outweighs a relative line', () => {
  const body = '<h1>Storm hits the coast</h1><div class="meta"><span>2 days ago</span></div><p>Text.</p>';
  // Alone, the line dates the page...
  assert.equal(published(body, '2026-03-10T12:00:00Z').date, '2026-03-08');
  // ...but not against a stated publication time.
  const result = published(body, '2026-03-10T12:00:00Z', '<meta property="article:published_time" content="2026-03-07T09:00:00+01:00">');
  assert.equal(result.date, '2026-03-07');
});

test('a date after the capture time cannot be the publication (a template clock): the next source is taken', () => {
  const head = '<meta name="date" content="2026-05-01"><meta property="article:published_time" content="2026-03-07T09:00:00Z">';
  const result = published('<h1>Storm</h1><p>Text.</p>', '2026-03-10T12:00:00Z', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-05-01"}</script>' + head);
  assert.equal(result.date, '2026-03-07');
});

test('an HTML document captured from a WARC record reads its relative date against the record\'s date', () => {
  const document = {
    id: 'warc-1', source: 'https://example.org/story', kind: 'warc' as const, contentHash: 'x', isHtml: true,
    content: '<html><body><h1>Council votes on budget</h1><div class="byline">By A. Writer · 3 hours ago</div><p>The council voted on the budget on Monday after a long debate about schools and roads.</p></body></html>',
    supplied: { url: 'https://example.org/story', captured: '2026-03-10T02:00:00Z' },
  };
  assert.equal(extractDocument(document).article.published.date, '2026-03-09');
});

test('the capture bound holds for the last-resort sources too: a script date after the capture is no publication', () => {
  const body = '<h1>Storm</h1><p>Text.</p><script>window.state = {"publishedAt": "2026-05-01T10:00:00Z"}</script>';
  assert.equal(published(body, null).date, '2026-05-01');
  assert.equal(published(body, '2026-03-10T12:00:00Z').date, null);
});
