import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';

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
