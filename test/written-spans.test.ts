import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spansAgree, writtenSpan } from '../src/stories/written-spans.js';

test('a bound written before the value is read from the evidence', () => {
  assert.deepEqual(writtenSpan('a dozen', 'More than a dozen walkers were hurt.'), { low: 12, high: Infinity, exact: false, unit: '' });
  assert.deepEqual(writtenSpan('between two and four months', 'They got between two and four months.'), { low: 2, high: 4, exact: false, unit: 'month' });
  assert.equal(writtenSpan('22', 'At least 22 died.'), null, 'a bound that is not round is a count so far');
  assert.equal(writtenSpan('40', 'roughly 40 boats'), null, 'a hedged figure is an estimate');
});

test('an exact figure inside the span another version writes is no dispute', () => {
  assert.ok(spansAgree([
    { value: '17 walkers', evidence: 'Rescuers said 17 walkers were hurt.' },
    { value: 'more than a dozen walkers', evidence: 'More than a dozen walkers were hurt.' },
  ]));
  assert.ok(spansAgree([
    { value: 'four months', evidence: 'The clerk got four months.' },
    { value: 'between two and four months', evidence: 'The clerks got between two and four months.' },
  ]));
});

test('a figure outside the span, another unit, or a bound of another figure stays a dispute', () => {
  assert.ok(!spansAgree([{ value: '9 walkers', evidence: '9 walkers' }, { value: 'more than a dozen walkers', evidence: '' }]));
  assert.ok(!spansAgree([{ value: '14 boats', evidence: '' }, { value: 'more than a dozen walkers', evidence: '' }]));
  assert.ok(!spansAgree([{ value: '30', evidence: 'more than 20 boats sank and 30 were hurt' }, { value: '26', evidence: '26 were hurt' }]));
  assert.ok(!spansAgree([{ value: '8 years', evidence: 'cut tariffs over 8 years' }, { value: 'ten years', evidence: 'within ten years' }]));
});

test('a term of years and days is one figure, within a span written to the year', () => {
  assert.ok(spansAgree([
    { value: 'between two and four years', evidence: 'The clerks got between two and four years.' },
    { value: 'four years and one day', evidence: 'The clerk got four years and one day.' },
  ]));
  assert.ok(!spansAgree([
    { value: 'between two and four years', evidence: '' },
    { value: 'four years and 200 days', evidence: '' },
  ]));
});

test('an open bound holds figures near it, not figures many times past it', () => {
  const bound = { value: 'more than 200 homes', evidence: 'More than 200 homes were flooded.' };
  assert.ok(spansAgree([bound, { value: '260 homes', evidence: '260 homes were flooded.' }]));
  assert.ok(!spansAgree([bound, { value: '5,000 homes', evidence: '5,000 homes were flooded.' }]));
  const ceiling = { value: 'fewer than 200 homes', evidence: 'Fewer than 200 homes were flooded.' };
  assert.ok(spansAgree([ceiling, { value: '180 homes', evidence: '180 homes were flooded.' }]));
  assert.ok(!spansAgree([ceiling, { value: '3 homes', evidence: '3 homes were flooded.' }]));
});
