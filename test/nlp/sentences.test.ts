import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../src/nlp/sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('does not split after titles, initials or acronyms inside a sentence', () => {
  assert.deepEqual(split('Lt. Gen. Ko Ko met J. R. Hale of the U.S. Navy on Feb. 12. They talked.'), [
    'Lt. Gen. Ko Ko met J. R. Hale of the U.S. Navy on Feb. 12.',
    'They talked.',
  ]);
});

test('an acronym ends the sentence when a usual sentence opener follows', () => {
  assert.deepEqual(split('The envoy flew to the U.S. The talks failed.'), [
    'The envoy flew to the U.S.',
    'The talks failed.',
  ]);
});

test('closing quotes stay with their sentence', () => {
  assert.deepEqual(split('“We will win,” she said. “No doubt.” Then she left.'), [
    '“We will win,” she said.',
    '“No doubt.”',
    'Then she left.',
  ]);
  assert.deepEqual(split('He asked "Why?" and left. "Go!" Anna shouted.'), [
    'He asked "Why?" and left.',
    '"Go!"',
    'Anna shouted.',
  ]);
});

test('a question inside a quote goes on when a lower-case word follows', () => {
  assert.deepEqual(split('"Why now?" he asked. Nobody knew.'), ['"Why now?" he asked.', 'Nobody knew.']);
});

test('blank lines always end a sentence; single line breaks do unless the text goes on in lower case', () => {
  assert.deepEqual(split('Army Signs Pact With Navy\n\nThe deal was signed\nin the capital. It lasts\n\nfive years'), [
    'Army Signs Pact With Navy',
    'The deal was signed\nin the capital.',
    'It lasts',
    'five years',
  ]);
});

test('empty and whitespace-only text has no sentences', () => {
  assert.deepEqual(splitSentences(''), []);
  assert.deepEqual(splitSentences('  \n\n '), []);
});
