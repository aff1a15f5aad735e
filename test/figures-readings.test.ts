// Readings of figures the sentence alignment compares across outlets: currencies, temperatures, fractions,
// speeds in words, group sizes, ages. Small sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFigures } from '../src/stories/figures.js';
import { sameValue } from '../src/stories/values.js';

const first = (sentence: string) => readFigures(sentence)[0]!;

test('currencies: signs, words and codes outside the big four are read and converted roughly', () => {
  assert.equal(first('The council approved ₦450 million for repairs.').normalized, '450000000 NGN');
  assert.equal(first('Fines of KSh 2 million were imposed.').normalized, '2000000 KES');
  assert.equal(first('The plan costs R3.5 billion.').normalized, '3500000000 ZAR');
  assert.equal(first('He paid 40 million rand for it.').normalized, '40000000 ZAR');
  assert.equal(first('The levy raised 2 billion cedis.').normalized, '2000000000 GHS');
  assert.equal(first('A bill of PKR 90 billion was passed.').normalized, '90000000000 PKR');
  // 100 million dirhams is about $27 million, not $40 million.
  assert.ok(sameValue('100000000 AED', '27000000 USD'));
  assert.ok(!sameValue('100000000 AED', '40000000 USD'));
  assert.ok(sameValue('1000000000 INR', '12000000 USD'));
});
