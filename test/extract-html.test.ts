import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { boilerplateHint, shortTextReason } from '../src/extract/html/hints.js';
import { parseMachineDate, parseTextDate, parseUrlDate } from '../src/extract/html/dates.js';
import { splitAuthors, stripSiteName } from '../src/extract/html/metadata.js';

const LOREM = [
  'The river rose during the night, and by morning the lower town was under a metre of water, officials said.',
  'Volunteers moved furniture to upper floors, while the mayor, speaking at the town hall, promised help for every family.',
  'Engineers had warned for years that the old levee, built in 1962, would not hold against a flood of this size.',
  'By evening the water had started to fall, but roads to the north remained closed, and schools will stay shut on Monday.',
];

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en-GB"><head><title>Flood hits lower town | The Valley Courier</title>${head}</head><body>${body}</body></html>`;
}

const NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>';
const ARTICLE = `<article><h1>Flood hits lower town</h1><p class="byline">By Jane Doe</p>
  ${LOREM.map((p) => `<p>${p}</p>`).join('\n')}
  <h2>What comes next</h2><ul><li>Sandbags are available at the fire station on Mill Road for all residents.</li></ul>
  <blockquote>We will rebuild, and we will rebuild better than before, the mayor told reporters.</blockquote>
  <figure><img src="x.jpg"><figcaption>Water in the market square. (Photo: Getty Images)</figcaption></figure>
  <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div></article>`;
const RELATED = '<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Storm damage in the hills closes the pass</a></li><li><a href="/b">Council approves new levee plan</a></li></ul></aside>';
const COMMENTS = '<section id="comments"><h3>3 Comments</h3><p>Great article, thanks for the thorough reporting on the flood and its causes!</p></section>';
const FOOTER = '<footer><p>© 2024 The Valley Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>';

test('keeps the article paragraphs, headings, lists and quotes as separate paragraphs', () => {
  const result = extractHtml(page(NAV + ARTICLE + RELATED + COMMENTS + FOOTER));
  for (const paragraph of LOREM) assert.ok(result.paragraphs.includes(paragraph), paragraph);
  assert.ok(result.paragraphs.includes('What comes next'));
  assert.ok(result.paragraphs.some((p) => p.startsWith('Sandbags are available')));
  assert.ok(result.paragraphs.some((p) => p.startsWith('We will rebuild')));
});

test('drops navigation, bylines, captions, share bars, related stories, comments and footers with reasons', () => {
  const result = extractHtml(page(NAV + ARTICLE + RELATED + COMMENTS + FOOTER));
  const text = result.paragraphs.join('\n');
  for (const gone of ['Home', 'By Jane Doe', 'Getty', 'Share on Facebook', 'Storm damage', 'Great article', 'All rights reserved']) {
    assert.ok(!text.includes(gone), `kept: ${gone}`);
  }
  assert.ok(!result.paragraphs.includes('Flood hits lower town'), 'title repeated in the body');
  const reasons = new Set(result.boilerplate.map((b) => b.reason));
  for (const reason of ['navigation', 'footer', 'byline', 'photo caption']) assert.ok(reasons.has(reason), `no ${reason} in ${[...reasons]}`);
  assert.ok(result.boilerplate.some((b) => b.text.includes('Great article')));
});

test('reads title without the site suffix, site name, authors, language and canonical URL', () => {
  const head = `<meta property="og:site_name" content="The Valley Courier"><link rel="canonical" href="/2024/03/flood">
    <meta name="author" content="Jane Doe and John Roe">`;
  const result = extractHtml(page('<div><p>Short page.</p></div>', head), { url: 'https://courier.example/x?utm=1' });
  assert.equal(result.title, 'Flood hits lower town');
  assert.equal(result.publisher, 'The Valley Courier');
  assert.deepEqual(result.byline, ['Jane Doe', 'John Roe']);
  assert.equal(result.language, 'en');
  assert.equal(result.canonicalUrl, 'https://courier.example/2024/03/flood');
});

test('takes the published date from JSON-LD, not the modified date, with evidence', () => {
  const head = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
    "headline":"Flood hits lower town","datePublished":"2021-06-22T08:00:00+02:00","dateModified":"2021-07-01T10:00:00Z",
    "author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Courier"}}</script>
    <meta property="article:modified_time" content="2021-07-01">`;
  const result = extractHtml(page(ARTICLE, head), { url: 'https://courier.example/2020/01/01/flood' });
  assert.equal(result.published.date, '2021-06-22');
  assert.match(result.published.evidence ?? '', /datePublished/);
  assert.deepEqual(result.byline, ['Jane Doe']);
});

test('prefers a date stated on the page over the URL, and uses the URL only as a last resort', () => {
  const dated = extractHtml(page(`<article><time datetime="2019-03-04">4 March 2019</time>${LOREM.map((p) => `<p>${p}</p>`).join('')}</article>`), { url: 'https://x.example/2018/12/31/story' });
  assert.equal(dated.published.date, '2019-03-04');
  const undated = extractHtml(page(`<article>${LOREM.map((p) => `<p>${p}</p>`).join('')}</article>`), { url: 'https://x.example/2018/12/31/story' });
  assert.equal(undated.published.date, '2018-12-31');
  assert.ok(undated.published.confidence < 0.7);
});

test('never takes a sidebar name as the author', () => {
  const html = page(`<aside class="sidebar"><div class="author">Popular Writer</div></aside>${ARTICLE}`);
  assert.ok(!extractHtml(html).byline.includes('Popular Writer'));
});

test('finds the dateline opening the first paragraph', () => {
  const first = 'YANGON, June 22 (Reuters) - Myanmar and Russia signed an agreement on Tuesday, the state broadcaster said.';
  const result = extractHtml(page(`<article><p>${first}</p>${LOREM.map((p) => `<p>${p}</p>`).join('')}</article>`));
  assert.equal(result.dateline, 'YANGON, June 22 (Reuters)');
  assert.equal(result.paragraphs[0], first);
});

test('uses JSON-LD articleBody when the markup holds little of it', () => {
  const body = LOREM.join('\n');
  const head = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: body })}</script>`;
  const result = extractHtml(page('<div id="app"><p>Loading…</p></div>', head));
  assert.deepEqual(result.paragraphs, LOREM);
  assert.ok(result.warnings.some((w) => /articleBody/.test(w.message)));
});

test('broken and truncated markup gives a best-effort article', () => {
  const broken = `<html><body><div><p>${LOREM[0]}<p>${LOREM[1]}</div><p>${LOREM[2]}<div><b><i>${LOREM[3]!.slice(0, 60)}`;
  const result = extractHtml(broken);
  assert.ok(result.paragraphs.some((p) => p.includes('The river rose')));
  assert.ok(result.paragraphs.some((p) => p.includes('Engineers had warned')));
  assert.doesNotThrow(() => extractHtml(''));
  assert.doesNotThrow(() => extractHtml('<<<>>> not html at all &&& </div></p>'));
});

test('10,000-deep nesting is flattened in bounded time without a stack overflow', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>${LOREM[0]}</p>${'</div>'.repeat(depth)}<p>${LOREM[1]}</p></body></html>`;
  const start = Date.now();
  const result = extractHtml(html);
  assert.ok(Date.now() - start < 5000);
  assert.ok(result.paragraphs.join(' ').includes('The river rose'));
  assert.ok(result.warnings.some((w) => /nested/.test(w.message)));
});

test('a 20 MB page is cut and read in bounded time', () => {
  const filler = `<div class="teaser"><a href="/x">Another link in a long list of links</a></div>`;
  const html = page(ARTICLE + filler.repeat(Math.ceil(20_000_000 / filler.length)));
  assert.ok(html.length >= 20_000_000);
  const start = Date.now();
  const result = extractHtml(html);
  assert.ok(Date.now() - start < 15_000, `took ${Date.now() - start} ms`);
  assert.ok(result.paragraphs.includes(LOREM[0]!));
  assert.ok(result.warnings.some((w) => /cut/.test(w.message)));
});

test('class and text hints', () => {
  assert.equal(boilerplateHint('share-buttons'), 'share or text-size widget');
  assert.equal(boilerplateHint('pagebuilder-pagerow'), null);
  assert.equal(boilerplateHint('elementor-widget-container'), null);
  assert.equal(boilerplateHint('related-posts'), 'related links');
  assert.equal(shortTextReason('Advertisement'), 'advert');
  assert.equal(shortTextReason('By Jane Doe'), 'byline');
  assert.equal(shortTextReason('Photo: Jane Doe/Reuters'), 'photo credit');
  assert.equal(shortTextReason('The mayor spoke to the press on Monday.'), null);
});

test('dates and names', () => {
  assert.equal(parseMachineDate('2021-06-22T23:30:00-05:00'), '2021-06-22');
  assert.equal(parseMachineDate('11/01/2023 12:43'), '2023-11-01');
  assert.equal(parseTextDate('22. Juni 2021', true), '2021-06-22');
  assert.equal(parseTextDate('June 22, 2021', false), '2021-06-22');
  assert.equal(parseTextDate('03/04/2021', true), '2021-04-03');
  assert.equal(parseTextDate('31.02.2021', true), null);
  assert.equal(parseUrlDate('https://x.example/2021/06/22/slug'), '2021-06-22');
  assert.deepEqual(splitAuthors('By Jane Doe, John Roe and Ann Poe'), ['Jane Doe', 'John Roe', 'Ann Poe']);
  assert.deepEqual(splitAuthors('Home'), []);
  assert.deepEqual(splitAuthors('Subscribe to our newsletter today for free'), []);
  assert.equal(stripSiteName('Flood hits lower town | The Valley Courier', 'The Valley Courier'), 'Flood hits lower town');
  assert.equal(stripSiteName('Courier - Flood hits lower town', 'Courier'), 'Flood hits lower town');
});

test('hostile JSON-LD (deeply nested, broken) is ignored, not fatal', () => {
  const deep = `{"@type":"NewsArticle","author":${'{"name":'.repeat(5000)}"x"${'}'.repeat(5000)}}`;
  const head = `<script type="application/ld+json">${deep}</script><script type="application/ld+json">{"broken": </script>`;
  const result = extractHtml(page(ARTICLE, head));
  assert.ok(result.paragraphs.includes(LOREM[0]!));
});

test('a headline in capitals takes its case from the meta title', () => {
  const head = '<meta property="og:title" content="Flood Hits Lower Town">';
  assert.equal(extractHtml(page('<h1>FLOOD HITS LOWER TOWN</h1><p>Text.</p>', head)).title, 'Flood Hits Lower Town');
});
