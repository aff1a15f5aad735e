// Publication-date rules added from the metadata census (date-scope.ts, published.ts) and the census's own rules
// (eval/metadata-census.ts), one small invented page per rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';
import { articleObject, indexPage } from '../src/extract/html/page.js';
import { dateCensus, dayLocations, titleCensus, titleConflict, titleSources, zoneConvention } from '../eval/metadata-census.js';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
}

function published(head: string, body: string, url: string | null = null) {
  return extractMetadata(parseHtml(page(head, body)).document, url).published;
}

const PARAGRAPHS = '<p>First paragraph of the story.</p><p>Second paragraph.</p><p>Third paragraph.</p>';

test('a date inside a "sidebar"-classed wrapper of the whole layout is the article\'s', () => {
  const result = published('', `<div class="layouttwocolumnsrightsidebar"><div class="content"><ul><li class="artikeldatum">` +
    `<time datetime="2021-11-25 16:11">25. November 2021</time></li></ul>${PARAGRAPHS}</div></div><footer><p>Imprint</p></footer>`);
  assert.equal(result.date, '2021-11-25');
});

test('a date in a real sidebar (a small column beside the article) is still not the article\'s', () => {
  const result = published('', `<div class="main"><h1>Gardening tips</h1>${PARAGRAPHS}${PARAGRAPHS}${PARAGRAPHS}${PARAGRAPHS}</div>` +
    '<div class="sidebar"><div class="widget"><span class="date">2020-01-01</span></div></div>');
  assert.equal(result.date, null);
});

test('a date labelled "Published" in a sidebar fact box is read', () => {
  const result = published('', `<div class="post-content"><div class="post-sidebar"><div class="post-meta"><h4>Published</h4>` +
    `<div class="post-date">July 8, 2025</div></div></div><div class="post-body"><h2>Top companies</h2>${PARAGRAPHS}${PARAGRAPHS}</div></div>`);
  assert.equal(result.date, '2025-07-08');
});

test('itemprop="published-date" (hyphenated) is microdata for the publication date', () => {
  const result = published('', `<h1>Car rental study</h1><p><span itemprop="published-date" content="Published Oct 20, 2025 at 5:00 PM PST">Oct 20, 2025</span></p>${PARAGRAPHS}`);
  assert.equal(result.date, '2025-10-20');
});

test('the page\'s own JSON-LD article speaks for the page, not the teasers listed after it', () => {
  const json = JSON.stringify([
    { '@type': 'NewsArticle', datePublished: '2025-12-19T15:35:13+00:00', dateModified: '2025-12-19T15:44:53+00:00' },
    { '@type': 'NewsArticle', datePublished: '2025-12-16T15:54:20+00:00', dateModified: '2025-12-16T17:09:37+00:00' },
    { '@type': 'NewsArticle', datePublished: '2025-12-10T19:08:06+00:00', dateModified: '2025-12-17T16:09:54+00:00' },
  ]);
  const result = published(`<script type="application/ld+json">${json}</script>`, `<h1>Bakery chain expands</h1>${PARAGRAPHS}`);
  assert.equal(result.date, '2025-12-19');
});

test('a day the page shows its reader is not penalised for coming after the saved modification (scheduled post)', () => {
  const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-10-19T03:00:00.000Z","dateModified":"2019-10-18T20:00:25.850Z"}</script>' +
    '<meta name="datepublished" content="2019-10-18">';
  const result = published(head, `<h1>Tanz in der Halle</h1><div class="byline">Jane Roe 19.10.2019, 05:00 Uhr</div>${PARAGRAPHS}`);
  assert.equal(result.date, '2019-10-19');
});

test('census: a gold day the page never writes is unreachable; a gold that is the modified date is a gold problem', () => {
  const html = page('<script type="application/ld+json">{"@type":"Article","datePublished":"2024-02-01T10:00:00Z","dateModified":"2025-04-19T10:00:00Z"}</script>', '<h1>T</h1>');
  const index = indexPage(parseHtml(html).document);
  assert.deepEqual(dayLocations(index, html, null, '2023-03-03'), []);
  assert.equal(dateCensus('2023-03-03', '2024-02-01', 'JSON-LD datePublished: 2024-02-01T10:00:00Z', '2025-04-19', []), 'gold day not written on the page (unreachable)');
  const where = dayLocations(index, html, null, '2025-04-19');
  assert.ok(where.includes('json-ld dateModified'));
  assert.equal(dateCensus('2025-04-19', '2024-02-01', 'JSON-LD datePublished: 2024-02-01T10:00:00Z', '2025-04-19', where), 'gold = modified date, page states another publication date (gold problem)');
});

test('census: a gold that is the UTC day of a stamp the page shows in local time is a gold convention', () => {
  const html = page('<meta property="article:published_time" content="2025-07-05T00:04:00+00:00">', '<h1>T</h1><p class="date">July 4, 2025</p>');
  const index = indexPage(parseHtml(html).document);
  const where = dayLocations(index, html, null, '2025-07-05');
  assert.ok(where.includes('a UTC stamp') && where.includes('meta published'));
  assert.match(dateCensus('2025-07-05', '2025-07-04', 'July 4, 2025', null, where), /gold convention/);
});

test('census: where a gold title is found, and how ours differs from it', () => {
  const html = page('<title>Rates rise again | Daily Planet</title><meta property="og:title" content="Rates rise again">', '<h1>Central bank raises rates for the third time</h1>');
  const index = indexPage(parseHtml(html).document);
  const sources = titleSources(index, 'Central bank raises rates for the third time');
  const census = titleCensus('Rates rise again', 'Central bank raises rates for the third time', sources, 'Daily Planet', null);
  assert.equal(census.reach, 'gold = og/twitter/meta title, ours = <h1>');
  assert.equal(census.relation, 'different wording');
  assert.equal(titleCensus('Rates rise again', 'Rates rise again | Daily Planet', sources, 'Daily Planet', null).relation, 'ours = gold + site-name suffix');
  assert.equal(titleConflict(index, 'Rates rise again', 'Central bank raises rates for the third time', 'Daily Planet', null), 'gold = meta, ours = h1');
});

test('a wiki edit note inside a line dates a page that states nothing else, as an update', () => {
  const english = published('', `<h1>Downloading</h1>${PARAGRAPHS}<p id="pageinfo">Guide/Download (last edited 2019-11-10 13:28:18 by Someone)</p>`);
  assert.equal(english.date, '2019-11-10');
  assert.match(english.evidence ?? '', /update note/);
  const german = published('', `<h1>Stammtisch</h1>${PARAGRAPHS}<ul><li id="lastmod"> Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</li></ul>`);
  assert.equal(german.date, '2020-01-29');
});

test('a dashed date in a URL path followed by an encoded space ("+") is read', async () => {
  const { parseUrlDate } = await import('../src/extract/html/dates.js');
  assert.equal(parseUrlDate('https://blog.example.org/articles/2025-12-15+Why+and+how'), '2025-12-15');
  assert.equal(parseUrlDate('https://example.org/item/2025-12-150'), null);
});

test('census: a gold day the page shows only after an "Updated" label is a gold problem', () => {
  const html = page('<script type="application/ld+json">{"@type":"Article","datePublished":"2016-08-29T21:54:39Z"}</script>',
    '<h1>Hydrangeas</h1><div class="timestamp">Updated <strong>May 06, 2019</strong></div>');
  const index = indexPage(parseHtml(html).document);
  const where = dayLocations(index, html, null, '2019-05-06');
  assert.deepEqual(where.sort(), ['text only', 'text: labelled as an update']);
  assert.equal(dateCensus('2019-05-06', '2016-08-29', 'JSON-LD datePublished: 2016-08-29T21:54:39Z', null, where), 'gold = a date the page labels as an update (gold problem)');
});

test('census: which day the gold follows where a stamp\'s UTC day and local day differ', () => {
  const page = (head: string, body: string) => {
    const document = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`).document;
    const index = indexPage(document);
    return { index, article: articleObject(index.jsonLd), published: extractMetadata(document, null).published };
  };
  const moved = page('<meta property="article:published_time" content="2025-07-05T00:04:00+00:00">', '<h1>Cameras</h1><div class="date">July 4, 2025</div><p>Text.</p>');
  assert.equal(moved.published.date, '2025-07-04');
  assert.equal(zoneConvention(moved.article, moved.index, '2025-07-05', moved.published.date, moved.published.evidence), 'UTC stamp, the page states the neighbouring local day: gold = UTC day');
  assert.equal(zoneConvention(moved.article, moved.index, '2025-07-04', moved.published.date, moved.published.evidence), 'UTC stamp, the page states the neighbouring local day: gold = local day');
  const local = page('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-03T22:46:08-03:00"}</script>', '<h1>Noticia</h1><p>Texto.</p>');
  assert.equal(zoneConvention(local.article, local.index, '2022-05-03', local.published.date, local.published.evidence), 'stamp at a local offset, its UTC day differs: gold = day as written');
  const sameDay = page('<meta property="article:published_time" content="2022-05-03T12:00:00-03:00">', '<h1>Noticia</h1><p>Texto.</p>');
  assert.equal(zoneConvention(sameDay.article, sameDay.index, '2022-05-03', sameDay.published.date, sameDay.published.evidence), null);
});
