// A bare clock reading ("at 7:20 a.m.") gets its day from the publication date; it must not date the event, or an
// article published the day after reads the next day as the event's date. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventDateClaims, isClockOnly } from '../src/events/claim-facts.js';
import { tagTimexes } from '../src/nlp/time/tagger.js';

const dates = (sentence: string, published: string) =>
  eventDateClaims(sentence, { start: 0, end: sentence.length }, tagTimexes(sentence, published)).map((c) => [c.slot, c.normalized]);

test('a clock time alone does not date an incident', () => {
  assert.deepEqual(dates('Five wagons of the freight train derailed at around 9:40 a.m. near the river crossing.', '2026-03-11'), []);
  assert.deepEqual(dates('The ferry capsized shortly before midnight off the northern cape.', '2026-03-11'), []);
});

test('a clock time with its day still dates the incident', () => {
  assert.deepEqual(dates('Five wagons of the freight train derailed at 9:40 a.m. on Tuesday near the river crossing.', '2026-03-11'), [['incident date', '2026-03-10']]);
  assert.deepEqual(dates('The ferry capsized on Tuesday morning off the northern cape.', '2026-03-11'), [['incident date', '2026-03-10']]);
});

test('clock-only readings are told from readings that name a day', () => {
  for (const text of ['7:20 a.m.', 'noon', 'midnight', '10 p.m.']) assert.ok(isClockOnly(text), text);
  for (const text of ['7:20 a.m. on Sunday', 'Tuesday morning', 'tonight', 'June 7', 'Sunday']) assert.ok(!isClockOnly(text), text);
});
