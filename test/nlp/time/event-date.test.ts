import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveEventDate, tagTimexes } from '../../../src/nlp/time/index.js';

function eventDate(sentence: string, reference: string | null) {
  const timexes = tagTimexes(sentence, reference);
  return resolveEventDate({ start: 0, end: sentence.length }, timexes, reference, sentence);
}

test('the Monday before a Tuesday report', () => {
  const date = eventDate('Shoigu visited Myanmar on Monday, TASS reported.', '2026-01-13');
  assert.deepEqual(date, { date: '2026-01-12', precision: 'day', evidence: 'Monday' });
});

test('precision follows the expression', () => {
  assert.deepEqual(eventDate('The army seized power in February 2021.', null), { date: '2021-02', precision: 'month', evidence: 'February 2021' });
  assert.deepEqual(eventDate('The coup happened in 2021.', null), { date: '2021', precision: 'year', evidence: '2021' });
  assert.equal(eventDate('They met this week.', '2021-06-23').date, '2021-06');
});

test('limits and durations are not the event date', () => {
  assert.deepEqual(eventDate('The pact will last until 2030.', '2026-01-13'), { date: null, precision: null, evidence: null });
  assert.equal(eventDate('They signed a five-year pact on Monday that runs until 2030.', '2026-01-13').date, '2026-01-12');
});

test('only expressions inside the sentence count', () => {
  const text = 'He left on Monday. Then he spoke.';
  const timexes = tagTimexes(text, '2021-06-23');
  assert.equal(resolveEventDate({ start: 19, end: text.length }, timexes, '2021-06-23', text).date, null);
});
