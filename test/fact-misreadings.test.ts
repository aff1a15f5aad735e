// Figures read as dates or ages that the sentence does not state: a bare clock time ("at 7:20 a.m.") gets its day
// from the publication date, and "Civil Defence, 9,412 people" is not an age. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ageClaims, eventDateClaims, isClockOnly } from '../src/events/claim-facts.js';
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
  for (const text of ['7:20 a.m.', 'noon', 'midnight', '10 p.m.', "8 o'clock"]) assert.ok(isClockOnly(text), text);
  for (const text of ['7:20 a.m. on Sunday', 'Tuesday morning', 'tonight', 'June 7', 'Sunday']) assert.ok(!isClockOnly(text), text);
});

test('a figure with thousands separators after a name is not the name\'s age', () => {
  assert.deepEqual(ageClaims('According to the Regional Fire Service, 4,310 homes were left without power.'), []);
  assert.deepEqual(ageClaims('The rider, 2,000 metres from the line, attacked.'), []);
  assert.deepEqual(ageClaims('Marta Lindqvist, 47, led the rescue team.').map((c) => [c.subject, c.normalized]), [['lindqvist', '47']]);
});
