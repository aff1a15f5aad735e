// An undated report's lead naming its event's year bounds the stories it may join (issue 7).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datingFits, dayRange, notAfterDay, notBeforeDay } from '../src/stories/dates.js';

const lead = 'The 2031 grape harvest began in Mendoza with low prices. Growers said the 2030 crop had been larger.';

test('a year written as the event\'s own in the lead bounds an undated report from above', () => {
  const notAfter = notAfterDay('', lead, notBeforeDay(lead));
  assert.equal(notAfter, dayRange('2031')!.end);
});

test('a later year mentioned as past context anywhere leaves the report unbounded', () => {
  const text = `${lead} Exports rose in 2032, officials recalled.`;
  assert.equal(notAfterDay('', lead, notBeforeDay(text)), null);
});

test('comparisons with a past year ("since 2019") are not the event\'s year', () => {
  const text = 'Prices in Mendoza are the lowest since 2019, growers said.';
  assert.equal(notAfterDay('', text, notBeforeDay(text)), null);
});

test('a story starting well after the named year is not a candidate; one in that year is', () => {
  const article = { range: null, notBefore: dayRange('2031')!.start, notAfter: dayRange('2031')!.end };
  const nextYear = { range: dayRange('2032-03-10'), notBefore: null };
  const sameYear = { range: dayRange('2031-03-12'), notBefore: null };
  const earlyJanuary = { range: dayRange('2032-01-05'), notBefore: null };
  assert.equal(datingFits(article, nextYear, 120, 180), false);
  assert.equal(datingFits(article, sameYear, 120, 180), true);
  assert.equal(datingFits(article, earlyJanuary, 120, 180), true);
});
