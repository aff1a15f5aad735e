// Publication-date sources added for pages that state their date in few places: a headline without an <h1>, the
// page's own scripts. One small invented page per rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';

function published(head: string, body: string, url: string | null = null) {
  return extractMetadata(parseHtml(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`).document, url).published;
}

const filler = Array.from({ length: 150 }, (_, i) => `<li><span>Menu ${i}</span></li>`).join('');

test('on a page without an <h1>, the date line next to an <h4> that states the title is read', () => {
  const result = published('<title>Schnelle Batterie</title>',
    `<ul>${filler}</ul><p><em>01.11.2023 11:35</em></p><h4>Schnelle Batterie</h4><p>Ein Forschungsteam stellt eine Batterie vor.</p>`);
  assert.equal(result.date, '2023-11-01');
});

test('on a page without any heading, the styled paragraph that states the title places the headline', () => {
  const result = published('<title>Best garden tools in 2026 | Shed</title>',
    `<div>${filler}</div><div><p class="x-text">Best garden tools in 2026</p></div><div><p class="x-text">Feb 16, 2026</p></div><p>We tried many tools.</p>`);
  assert.equal(result.date, '2026-02-16');
});

test('a page that states its date only in a script\'s state object gets it, labelled as such', () => {
  const result = published('<title>Kaffeebohnen</title><script>window.product = {"id": 7, "published_at": "2019-03-02T06:22:28+01:00", "created_at": "2019-03-02T06:27:24+01:00"};</script>',
    '<h1>Kaffeebohnen</h1><p>Arabica aus Sidamo.</p>');
  assert.equal(result.date, '2019-03-02');
  assert.match(result.evidence ?? '', /script "published_at"/);
  assert.ok(result.confidence < 0.5);
});

test('a creation key is read when the scripts state no publication key', () => {
  const result = published('<script>var state = {"blocks": [{"createdAt": "2022-01-31T15:58:43+01:00"}, {"createdAt": "2022-01-31T16:01:00+01:00"}]};</script>',
    '<h1>Athleten in Form</h1><p>Text.</p>');
  assert.equal(result.date, '2022-01-31');
});

test('script dates that name different days are a list\'s (references, related items): none is taken', () => {
  const result = published('<script>var refs = [{"publishDate": "2012-06-24"}, {"publishDate": "2014-05-19"}];</script>',
    '<h1>Sängerin</h1><p>Text.</p>');
  assert.equal(result.date, null);
});

test('a script date never overrides a date the page states elsewhere', () => {
  const result = published('<meta property="article:published_time" content="2021-05-04T10:00:00+02:00"><script>var s = {"publishedAt": "2020-01-01"};</script>',
    '<h1>Titel</h1><p>Text.</p>');
  assert.equal(result.date, '2021-05-04');
});

test('a numeric date that reads both ways takes the order another source states ("10/03/2023" and /2023/october/03/)', () => {
  // The page is German: day first would read 10 March.
  const result = published('', '<h1>How many wine styles are there?</h1><div class="blog-date"><span>10/03/2023</span></div><p>Text.</p>',
    'https://example.org/blog/2023/october/03/how-many-wine-styles/');
  assert.equal(result.date, '2023-10-03');
});

test('a numeric date that reads both ways keeps the region\'s order when no other source states the other day', () => {
  const result = published('', '<h1>How many wine styles are there?</h1><div class="blog-date"><span>10/03/2023</span></div><p>Text.</p>',
    'https://example.org/blog/how-many-wine-styles/');
  assert.equal(result.date, '2023-03-10');
});

test('microdata dates of a list of teaser cards far below the headline do not date the page', () => {
  const cards = ['2026-03-13', '2026-03-10', '2026-03-09'].map((d, i) =>
    `<div class="card" itemscope itemtype="https://schema.org/Article"><h3>Other story ${i}</h3><span itemprop="datePublished" content="${d}T12:00:00+00:00">${d}</span></div>`).join('');
  const result = published('<meta name="date" content="March 27, 2025">',
    `<h1>Podcasts that inspire leaders</h1><div class="card__info"><span>Mar 27, 2025</span></div><p>Text.</p><ul>${filler}</ul>${cards}`);
  assert.equal(result.date, '2025-03-27');
});

test('one microdata datePublished stays a strong source wherever it is', () => {
  const result = published('', `<h1>Podcasts</h1><p>Text.</p><ul>${filler}</ul><span itemprop="datePublished" content="2025-03-20">March 20, 2025</span>`);
  assert.equal(result.date, '2025-03-20');
});

test('a JSON-LD datePublished equal to its dateModified (the last save) gives way to the earlier byline date', () => {
  const ld = '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-11-20T16:02:46.767Z","dateModified":"2025-11-20T16:02:46.767Z"}</script>';
  const result = published(ld, '<h1>Short video best practices</h1><div class="post-author"><div class="post-date">May 14, 2025</div></div><p>Text.</p>');
  assert.equal(result.date, '2025-05-14');
});

test('a JSON-LD datePublished hours before its dateModified keeps winning over a byline date', () => {
  const ld = '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2025-11-20T09:00:00Z","dateModified":"2025-11-20T16:02:46Z"}</script>';
  const result = published(ld, '<h1>Short video best practices</h1><div class="post-author"><div class="post-date">May 14, 2025</div></div><p>Text.</p>');
  assert.equal(result.date, '2025-11-20');
});

test('a publication label standing alone before a linked date dates a page that states no other date', () => {
  const result = published('<title>Neues Album</title>', `<ul>${filler}</ul><h1>Neues Album</h1><div>Veröffentlichung: <a href="/music/">04.02.2022</a><br>Label: Indie</div><p>Text.</p>`);
  assert.equal(result.date, '2022-02-04');
  assert.match(result.evidence ?? '', /Veröffentlichung/);
});

test('a page without an <h1>, nested deep around a long text, is read in bounded time', () => {
  const text = 'word '.repeat(400_000);
  const nested = `${'<div>'.repeat(250)}<p>${text}</p>${'</div>'.repeat(250)}`;
  const started = Date.now();
  const result = published('<title>Nothing matches this title</title>', `${nested}<div>Posted: <a href="/x">${'<span>'.repeat(50)}${text}${'</span>'.repeat(50)}</a></div>`);
  assert.equal(result.date, null);
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});
