// Clock times written in words (clock-words.ts), read as clock figures by figure-moments.ts, and the numbers inside
// them left out of figures.ts's counts. Each sentence is written for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wordClockTimes } from '../src/stories/clock-words.js';
import { clockIsPlain, readMoments } from '../src/stories/figure-moments.js';
import { readFigures } from '../src/stories/figures.js';

function clocks(sentence: string): string[] {
  return readMoments(sentence, 2026).filter((f) => f.kind === 'clock').map((f) => `${f.text}=${f.normalized}${f.qualifier ? ` ${f.qualifier}` : ''}`);
}

test('hours in words with "o\'clock" or a part of the day', () => {
  assert.deepEqual(clocks("The fire broke out shortly after eight o'clock on Monday."), ["eight o'clock=08:00 about"]);
  assert.deepEqual(clocks('Police arrived at eight in the evening.'), ['eight in the evening=20:00']);
  assert.deepEqual(clocks('The first tremor came at four in the morning.'), ['four in the morning=04:00']);
  assert.deepEqual(clocks('The polls close at ten tonight.'), ['ten tonight=22:00']);
  assert.deepEqual(clocks('The boat sank at eleven at night.'), ['eleven at night=23:00']);
});

test('minutes past and to the hour', () => {
  assert.deepEqual(clocks('The blast happened at half past ten in the morning.'), ['half past ten in the morning=10:30']);
  assert.deepEqual(clocks('The train left at a quarter to nine.'), ['a quarter to nine=08:45']);
  assert.deepEqual(clocks('The alarm went off at ten past six.'), ['ten past six=06:10']);
  assert.deepEqual(clocks('The ferry docked at twenty-five past 7.'), ['twenty-five past 7=07:25']);
  assert.deepEqual(clocks('The vote ended at twenty to eight.'), ['twenty to eight=07:40']);
  assert.deepEqual(clocks('The siren sounded 20 minutes after midnight.'), ['20 minutes after midnight=00:20']);
  assert.deepEqual(clocks('The power failed at ten to midnight.'), ['ten to midnight=23:50']);
});

test('midnight is a time; noon and midday only with settings.clockWords.noonAndMidday', () => {
  assert.deepEqual(clocks('The shooting happened just before midnight.'), ['midnight=00:00 about']);
  assert.deepEqual(clocks('The rally began shortly after noon.'), []);
  assert.deepEqual(wordClockTimes('The rally began shortly after noon.', true).map((c) => c.minutes), [720]);
  // Alone, noon is often the middle of the day at large, no moment.
  assert.deepEqual(wordClockTimes('At noon nobody can work outside.', true), []);
  assert.equal(clockIsPlain({ text: 'midnight', normalized: '00:00' }), true);
  assert.equal(clockIsPlain({ text: 'noon', normalized: '12:00' }), true);
  assert.equal(clockIsPlain({ text: "eight o'clock", normalized: '08:00' }), false);
});

test('not clock times: ranges, bare hours, counts', () => {
  assert.deepEqual(clocks('The toll rose from five to nine.'), []);
  assert.deepEqual(clocks('Ten to twelve people were hurt.'), []);
  assert.deepEqual(clocks('They met at eight.'), []);
  assert.deepEqual(clocks('Half past experiences shaped him.'), []);
  assert.deepEqual(clocks('Five minutes after the blast, two more went off.'), []);
  // Digits with a part of the day keep their reading by figure-moments.ts, once.
  assert.deepEqual(clocks("The ceremony began at 9 o'clock."), ["9 o'clock=09:00"]);
});

test('the numbers of a clock time in words are no counts', () => {
  assert.deepEqual(readFigures('The train left at a quarter to nine with 300 passengers.').map((f) => f.text), ['300']);
  assert.deepEqual(readFigures('The alarm went off at ten past six.'), []);
  assert.deepEqual(readFigures('The tremor struck at half past 10.'), []);
});

test('digit clock times with a dot after a word of time ("at 22.40") or an "h" ("14h30")', () => {
  assert.deepEqual(clocks('The train left at 22.40.'), ['22.40=22:40']);
  assert.deepEqual(clocks('The quake struck at 10.40 on Sunday.'), ['10.40=10:40']);
  assert.deepEqual(clocks('The bomb exploded at 14h30 local time.'), ['14h30=14:30']);
  assert.deepEqual(readFigures('The train left at 22.40.'), []);
  // A price or an amount keeps its reading.
  assert.deepEqual(clocks('Shares closed at 10.40 on Friday.'), []);
  assert.deepEqual(readFigures('The shares traded at 22.40 euros.').map((f) => f.normalized), ['22.4 EUR']);
  assert.deepEqual(clocks('Inflation eased to 3.25 in March.'), []);
});
