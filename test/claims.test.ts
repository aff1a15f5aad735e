import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims, normalizeNumber } from '../src/events/claims.js';
import type { TextAnnotations } from '../src/model.js';

const empty: TextAnnotations = { id: 't', sentences: [], entities: [], timexes: [], quotes: [] };

test('agreement duration and end are claims with fixed slots', () => {
  const text = 'Ghana and Togo signed a three-year border agreement, state television reported. The pact runs until 2028.';
  const claims = extractClaims(text, empty);
  const duration = claims.find((c) => c.slot === 'agreement duration');
  assert.equal(duration?.normalized, 'P3Y');
  assert.equal(duration?.attributedTo, 'state television');
  assert.equal(claims.find((c) => c.slot === 'agreement end')?.normalized, '2028');
});

test('death tolls carry their hedge, number, unit and source', () => {
  const text = 'The fighting has killed at least 1,200 civilians since March, according to a local rights group.';
  const toll = extractClaims(text, empty).find((c) => c.slot === 'death toll');
  assert.equal(toll?.value, 'at least 1,200');
  assert.equal(toll?.normalized, '1200');
  assert.equal(toll?.unit, 'civilians');
  assert.equal(toll?.attributedTo, 'a local rights group');
});

test('amounts with currencies and titles with their holder', () => {
  const text = 'Norwegian Finance Minister Kari Holm pledged $4.5 million to the fund.';
  const claims = extractClaims(text, empty);
  const amount = claims.find((c) => c.slot === 'amount');
  assert.equal(amount?.normalized, '4500000');
  assert.equal(amount?.unit, 'USD');
  const title = claims.find((c) => c.slot === 'title');
  assert.equal(title?.subject, 'Kari Holm');
  assert.equal(title?.normalized, 'Finance Minister');
});

test('numbers normalise from digits, scales and words', () => {
  assert.equal(normalizeNumber('more than 3,000'), '3000');
  assert.equal(normalizeNumber('2.5 billion'), '2500000000');
  assert.equal(normalizeNumber('five'), '5');
});
