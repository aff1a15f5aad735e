// Encoded data in an article (a base64 blob, a hash, minified code pasted into the text): never prose, removed by
// both extractors with its reason, and bounded in cost for the stages after (their name patterns were quadratic in
// the length of one long capitalised word). Small invented inputs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RawDocument } from '../src/model.js';
import { extractAll, analyzeArticles } from '../src/pipeline.js';
import { hasOverlongWord } from '../src/extract/text/patterns.js';

const LEAD = 'Floods hit Lyon on Monday, killing 12 people, officials said. The river rose by three metres overnight.';
const LAST = 'Mayor Ilse Marrow said 400 homes were damaged in the old town and schools would stay shut.';

function document(id: string, content: string, isHtml: boolean): RawDocument {
  return { id, source: `${id}.${isHtml ? 'html' : 'txt'}`, kind: isHtml ? 'html' : 'text', contentHash: id, content, isHtml, supplied: {} } as RawDocument;
}

test('a word longer than 500 characters is encoded data; long URLs and ordinary prose are not', () => {
  assert.equal(hasOverlongWord(`See ${'QmFzZTY0'.repeat(70)} here`), true);
  assert.equal(hasOverlongWord(`Source: https://example.org/${'a'.repeat(300)}`), false);
  assert.equal(hasOverlongWord(`${'word '.repeat(2000)}`), false);
});

test('both extractors remove a paragraph of encoded data with its reason, and the pipeline reads the rest in bounded time', () => {
  const blob = 'A'.repeat(400_000);
  const text = `Flood hits Lyon\n\n${LEAD}\n\n${blob}\n\n${LAST}`;
  const html = `<html><body><article><h1>Flood hits Lyon</h1><p>${LEAD}</p><p>${Array(60_000).fill('Ab').join('-')}</p><p>${LAST}</p></article></body></html>`;
  const started = Date.now();
  const { extracted } = extractAll([document('flood-text', text, false), document('flood-html', html, true)]);
  for (const { article } of extracted) {
    assert.ok(article.text.includes('Ilse Marrow'), article.id);
    assert.ok(!/AAAA|Ab-Ab/.test(article.text), article.id);
    assert.ok(article.boilerplate.some((block) => block.reason === 'encoded data'), article.id);
  }
  const dossier = analyzeArticles(extracted.map((e) => e.article));
  assert.equal(dossier.articles.length, 2);
  // A safety net, not a speed measurement: before the guard this input ran for minutes.
  assert.ok(Date.now() - started < 30_000, `took ${Date.now() - started} ms`);
});
