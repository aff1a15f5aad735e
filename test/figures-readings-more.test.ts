// More forms of figures news sentences write (figures12): millions after a bare "m" before a counted noun, small
// length units (rain in millimetres, hail in centimetres, snow in inches), digits before "dozen", "half
// the staff", an ordinal that is no fraction ("a third day"), a clock time after "opened fire". Small sentences
// written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFigures } from '../src/stories/figures.js';
import { readMoments } from '../src/stories/figure-moments.js';
import { sameValue } from '../src/stories/values.js';

const first = (sentence: string) => readFigures(sentence)[0]!;
const readings = (sentence: string) => readFigures(sentence).map((f) => `${f.kind}:${f.normalized}`);

test('a bare "m" before people or things counted is millions, before anything else metres', () => {
  assert.deepEqual(readings('The earthquake displaced 2.3m people.'), ['count:2300000']);
  assert.deepEqual(readings('The outage hit 1.2m customers on Monday.'), ['count:1200000']);
  assert.deepEqual(readings('The wave was 12m high.'), ['m:12 m']);
  assert.deepEqual(readings('A 5m section of the wall collapsed.'), ['m:5 m']);
  // Written to the hundred thousand: 2.3m and 2,310,000 are one figure, 2.3m and 2.6m two.
  assert.ok(sameValue(first('It displaced 2.3m people.'), first('It displaced 2,310,000 people.')));
  assert.ok(!sameValue(first('It displaced 2.3m people.'), first('It displaced 2.6m people.')));
});

test('rain, hail and snow in millimetres, centimetres and inches are lengths, compared to their own digits', () => {
  assert.deepEqual(readings('Some 150mm of rain fell overnight.'), ['m:0.15 m']);
  assert.deepEqual(readings('Hailstones 5cm across smashed windows.'), ['m:0.05 m']);
  assert.deepEqual(readings('Up to 30 inches of snow fell.'), ['m:0.762 m']);
  assert.deepEqual(readings('The tunnel is 800 yards long.'), ['m:731.52 m']);
  // 145 mm and 154 mm are two rainfalls (each written to the millimetre), 150 mm and 6 inches one.
  assert.ok(!sameValue(first('Rain of 145 mm fell.'), first('Rain of 154 mm fell.')));
  assert.ok(sameValue(first('Rain of 150 mm fell.'), first('Rain of 6 inches fell.')));
});

test('digits before "dozen" are counted in dozens', () => {
  assert.deepEqual(readings('The fire destroyed 2 dozen homes.'), ['count:24']);
});

test('"half the staff" is a share without "of"; "a third day" is an ordinal, no fraction of a day', () => {
  assert.deepEqual(readings('Roughly half the staff were laid off.'), ['%:50 %']);
  assert.deepEqual(readings('Half its workforce went on strike.'), ['%:50 %']);
  assert.deepEqual(readings('The fire burned for a third day.'), []);
  assert.deepEqual(readings('The fire burned for a fifth week.'), []);
  // A half or a quarter still takes a unit: half a kilometre, a quarter mile.
  assert.deepEqual(readings('The queue stretched half a kilometre.'), ['m:500 m']);
});

test('a clock time with a dot after "opened fire" is a time, not a price; "06.50 hrs" is no duration', () => {
  assert.deepEqual(readMoments('Gunmen opened fire at around 10.40 last night.', 2026).map((m) => m.normalized), ['10:40']);
  assert.deepEqual(readFigures('Gunmen opened fire at around 10.40 last night.'), []);
  assert.deepEqual(readFigures('The accident occurred at 06.50 hrs.'), []);
});
