import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../src/extract/text/index.js';

// A short wire report written for this test: its last line is a short sentence of the story, not page furniture.
const SHORT_REPORT = [
  'Storm floods harbour district in Bergen',
  'Heavy rain flooded the harbour district of Bergen overnight and closed two ferry terminals, the city said.',
  'Fire crews pumped water from basements along the quay until the early morning, a spokesman for the crews said.',
  'Some 40 boats sank.',
  'Share this article',
].join('\n\n');

test('a short closing sentence of the story is kept; a share widget after it is not', () => {
  const article = extractText(SHORT_REPORT);
  assert.equal(article.paragraphs.at(-1), 'Some 40 boats sank.');
  assert.ok(article.boilerplate.some((b) => b.text === 'Share this article'));
  assert.ok(!article.boilerplate.some((b) => b.text.includes('boats')));
});
