// Clock times and dates as figures of their own kinds (src/stories/figure-moments.ts) and as candidate pairs of the
// learned figure aligner, on small articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMoments } from '../src/stories/figure-moments.js';
import { FEATURE_NAMES, figurePairConflicts, figurePairs, storyFigures } from '../src/stories/figure-pairs.js';

const article = (article: string, date: string, text: string) => ({ article, date, text });
const read = (sentence: string) => readMoments(sentence, 2026).map((f) => [f.kind, f.text, f.normalized, f.qualifier]);

test('clock times read to minutes after midnight, 12- and 24-hour alike, with their hedge', () => {
  assert.deepEqual(read('The fire broke out at 7:40 p.m. near the port.'), [['clock', '7:40 p.m.', '19:40', null]]);
  assert.deepEqual(read('The fire broke out at 19:55 near the port.'), [['clock', '19:55', '19:55', null]]);
  assert.deepEqual(read('It started at about 10:15 in the morning.'), [['clock', '10:15 in the morning', '10:15', 'about']]);
  assert.deepEqual(read('The crane fell shortly after 4pm.'), [['clock', '4pm', '16:00', 'about']]);
  assert.deepEqual(read('Polls close at 8.10pm.'), [['clock', '8.10pm', '20:10', null]]);
});

test('no clock time in a decimal, a score, a duration or a bare hour', () => {
  assert.deepEqual(read('The river rose 3.45 metres, the match ended 2:1 and the strike lasted 14 hrs at 9.'), []);
  assert.deepEqual(read('A run of 2:15:30 won it.'), []);
});

test('dates read to an ISO day in the article year, with their weekday and a written year', () => {
  assert.deepEqual(read('The price takes effect on Friday, October 3, 2025.'), [['date', 'Friday, October 3, 2025', '2025-10-03', null]]);
  assert.deepEqual(read('Repairs begin on 4 June.'), [['date', '4 June', '2026-06-04', null]]);
  assert.deepEqual(read('They may 4 times a year.'), []);
  assert.deepEqual(read('It was due on February 30.'), []);
});

const fire = (wire: string, local: string) => [
  article('fire-wire', '2026-03-02', `A fire broke out at ${wire} at a garment factory in Chattogram, killing six workers, police said.`),
  article('fire-local', '2026-03-02', `The blaze started at ${local} at the garment factory in Chattogram, killing six workers.`),
];

test('two clock times of one event that differ are a flagged conflict whose values keep their figures', () => {
  const found = figurePairConflicts(fire('9:40 a.m.', '10:15 in the morning'), []);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'time');
  assert.deepEqual(found[0]!.versions.map((v) => v.value).sort(), ['10:15 in the morning', '9:40 a.m.']);
});

test('a 12-hour and a 24-hour clock naming one minute agree, a hedged hour agrees with a time near it', () => {
  const clockPairs = (wire: string, local: string) => figurePairs(storyFigures(fire(wire, local))).filter(({ x }) => x.kind === 'clock');
  assert.deepEqual(clockPairs('7:40 p.m.', '19:40'), []);
  assert.deepEqual(clockPairs('about 11 p.m.', '23:05'), []);
  // "9:40" without a.m. or p.m. may be 21:40.
  assert.deepEqual(clockPairs('9:40', '21:40'), []);
  const pair = clockPairs('7:40 p.m.', '19:55')[0];
  assert.ok(pair, 'fifteen minutes apart is a candidate pair');
  assert.equal(pair.features[FEATURE_NAMES.indexOf('isMoment')], 1);
  assert.equal(pair.features[FEATURE_NAMES.indexOf('momentGap')], 0.25);
});

test('two dates pair only when they share a word of what happens on them', () => {
  const story = storyFigures([
    article('a', '2026-09-20', 'The new cocoa price takes effect from October 1, the board said on September 19.'),
    article('b', '2026-09-21', 'The cocoa price takes effect on Friday, October 3, officials said after a meeting on September 20.'),
  ]);
  const dates = figurePairs(story).filter(({ x }) => x.kind === 'date');
  assert.deepEqual(
    dates.map(({ x, y }) => [x.text, y.text]),
    [['October 1', 'Friday, October 3']],
  );
});

test('a known conflict on the time covers the model\'s pair', () => {
  const known = [{ versions: [{ value: '9:40 a.m.', articles: ['fire-wire'], evidence: '' }, { value: 'about 10:15 in the morning', articles: ['fire-local'], evidence: '' }] }];
  assert.deepEqual(figurePairConflicts(fire('9:40 a.m.', '10:15 in the morning'), known), []);
});

test('a month needs its whole word: no date in "4 mayors" or "Marc 3"', () => {
  assert.deepEqual(read('The 4 mayors met Marc 3 times in Sept. 12 talks.'), [['date', 'Sept. 12', '2026-09-12', null]]);
});
