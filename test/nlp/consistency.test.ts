import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enforceDocumentConsistency } from '../../src/nlp/ner/consistency.js';

const sentence = (text: string, chunks: [number, number, string][]) => ({
  words: text.split(' '),
  chunks: chunks.map(([start, end, type]) => ({ start, end, type })),
});

test('a surname alone takes the type of the full name it belongs to', () => {
  const [, second] = enforceDocumentConsistency([
    sentence('Pavel Korin arrived on Monday .', [[0, 2, 'PER']]),
    sentence('Korin said the talks went well .', [[0, 1, 'ORG']]),
  ]);
  assert.deepEqual(second?.chunks, [{ start: 0, end: 1, type: 'PER' }]);
});

test('a name tagged elsewhere is tagged where the tagger missed it', () => {
  const [, second] = enforceDocumentConsistency([
    sentence('Talks were held in Naypyidaw .', [[4, 5, 'LOC']]),
    sentence('Officials in Naypyidaw declined to comment .', []),
  ]);
  assert.deepEqual(second?.chunks, [{ start: 2, end: 3, type: 'LOC' }]);
});

test('a name right after an office held by people is a person', () => {
  const [only] = enforceDocumentConsistency([sentence('He met junta leader Tun Myat Aung .', [[4, 7, 'ORG']])]);
  assert.deepEqual(only?.chunks, [{ start: 4, end: 7, type: 'PER' }]);
});

test('a name mostly tagged as a person is a person everywhere', () => {
  const result = enforceDocumentConsistency([
    sentence('Tun Myat Aung spoke .', [[0, 3, 'PER']]),
    sentence('Tun Myat Aung left .', [[0, 3, 'PER']]),
    sentence('Tun Myat Aung returned .', [[0, 3, 'ORG']]),
  ]);
  assert.deepEqual(result.map((s) => s.chunks[0]?.type), ['PER', 'PER', 'PER']);
});
