import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { cleanTree } from '../src/extract/html/clean.js';
import { parseHtml, textOf } from '../src/extract/html/dom.js';

const PROSE = [
  'The county library reopened on Monday after a two-year renovation, with a new reading room, a roof terrace and longer hours.',
  'Staff said that visitors, many of them children on their school holidays, queued at the door well before it opened.',
  'The work, paid for by the county and a local trust, cost less than planned because the old shelves were repaired and kept.',
  'A second phase, adding a small café and a workshop for repairs, is due to start next spring, the librarian said.',
];

const page = (template: string): string =>
  `<!doctype html><html><head><title>Library reopens</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
  `<div class="post-body"><h1>Library reopens</h1><script type="text/template">${template}</script></div></body></html>`;

test('reads a post shipped as markup inside <script type="text/template">', () => {
  const result = extractHtml(page(PROSE.map((p) => `<p>${p}</p>`).join('\n')));
  for (const paragraph of PROSE) assert.ok(result.paragraphs.includes(paragraph), paragraph);
});

test('leaves a template with placeholders alone', () => {
  const result = extractHtml(page(PROSE.map((p) => `<p>{{author}} ${p}</p>`).join('\n')));
  assert.ok(!result.paragraphs.some((p) => p.includes('{{author}}')));
});

/** A long site menu: the article is then a small share of the page's text, as on real pages. */
const MENU = Array.from({ length: 60 }, (_, i) => `<a href="/section/${i}">Section number ${i} of the site</a>`).join(' ');

test('keeps an <aside> that the page marks up as the article itself', () => {
  const html = `<!doctype html><html><head><title>Library reopens</title></head><body><nav>${MENU}</nav><main>` +
    `<aside class="content-wrap"><section itemscope itemtype="http://schema.org/NewsArticle"><h1>Library reopens</h1>` +
    PROSE.map((p) => `<p>${p}</p>`).join('') + `</section></aside></main>` +
    `<aside class="rail"><p>Most read: ferry timetable changes, a new bakery opens and the summer fair returns.</p></aside></body></html>`;
  const result = extractHtml(html);
  for (const paragraph of PROSE) assert.ok(result.paragraphs.includes(paragraph), paragraph);
  assert.ok(!result.paragraphs.some((p) => p.startsWith('Most read')));
});

test('a box classed "share" that holds paragraphs of prose is kept when the container is cleaned', () => {
  const markup = `<div><h1>Library reopens</h1><div class="entry share">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>` +
    `<div class="share-tools"><a href="/tw">Tweet</a> <a href="/fb">Facebook</a></div><ul><li>${MENU}</li></ul></div>`;
  const root = parseHtml(markup).document;
  const removed = cleanTree(root, true);
  const text = textOf(root);
  for (const paragraph of PROSE) assert.ok(text.includes(paragraph), paragraph);
  assert.ok(removed.some((r) => r.text.includes('Facebook')));
});
