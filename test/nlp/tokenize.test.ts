import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/nlp/tokenize.js';

const words = (text: string): string[] => tokenize(text).map((t) => t.text);

test('offsets point back into the text', () => {
  const text = 'Gen. Ada Stone’s “five-year” plan cost $2 — 1.2bn.';
  for (const token of tokenize(text)) assert.equal(text.slice(token.start, token.end), token.text);
});

test('abbreviations, acronyms and initials keep their dot', () => {
  assert.deepEqual(words('Gen. Tom Reed met U.S. envoy J. R. Hale on Feb. 3.'), [
    'Gen.', 'Tom', 'Reed', 'met', 'U.S.', 'envoy', 'J.', 'R.', 'Hale', 'on', 'Feb.', '3', '.',
  ]);
});

test('possessives and negations are split, hyphenated words are not', () => {
  assert.deepEqual(words("Russia’s army didn't use the O'Neill-made tank"), [
    'Russia', '’s', 'army', 'did', "n't", 'use', 'the', "O'Neill-made", 'tank',
  ]);
});

test('numbers with units, currency and quotes', () => {
  assert.deepEqual(words('"It cost $2, or 1.2bn," said the 21-year-old.'), [
    '"', 'It', 'cost', '$', '2', ',', 'or', '1.2bn', ',', '"', 'said', 'the', '21-year-old', '.',
  ]);
});

test('"No." is an abbreviation only before a number', () => {
  assert.deepEqual(words('He said No. 5 was best. Then he said No.'), [
    'He', 'said', 'No.', '5', 'was', 'best', '.', 'Then', 'he', 'said', 'No', '.',
  ]);
});
