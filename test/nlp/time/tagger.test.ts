import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimexes } from '../../../src/nlp/time/index.js';

/** The tagged expressions of `text` as "text=value" strings, for compact assertions. */
function tags(text: string, reference: string | null = '2021-06-23'): string[] {
  return tagTimexes(text, reference).map((t) => `${t.text}=${t.value}`);
}

function only(text: string, reference: string | null = '2021-06-23') {
  const found = tagTimexes(text, reference);
  assert.equal(found.length, 1, `expected one expression in "${text}", got ${JSON.stringify(found)}`);
  return found[0]!;
}

test('absolute dates keep their written precision', () => {
  assert.deepEqual(tags('Wed, June 23, 2021'), ['Wed, June 23, 2021=2021-06-23']);
  assert.deepEqual(tags('The junta seized power on February 1, 2021.'), ['February 1, 2021=2021-02-01']);
  assert.deepEqual(tags('The pact will last until 2030.'), ['2030=2030']);
  assert.deepEqual(tags('a boom in the 1990s'), ['the 1990s=199']);
  assert.deepEqual(tags('prices peaked in mid-2021'), ['mid-2021=2021']);
  assert.deepEqual(tags('in July 1998 and on 2019-03-04'), ['July 1998=1998-07', '2019-03-04=2019-03-04']);
});

test('a month and day without a year take the year nearest the reference date', () => {
  assert.equal(only('The junta came to power in a Feb. 1 coup.').value, '2021-02-01');
  assert.equal(only('Ballots are due by Jan. 4.', '2021-12-20').value, '2022-01-04');
});

test('weekdays point back in past-tense sentences and forward in future ones', () => {
  // 2021-06-23 is a Wednesday
  const visited = only('Shoigu visited Myanmar on Monday.');
  assert.equal(visited.text, 'Monday');
  assert.equal(visited.value, '2021-06-21');
  assert.equal(only('Shoigu will visit Myanmar on Monday.').value, '2021-06-28');
  assert.equal(only('RIA quoted Shoigu as saying at a meeting late on Tuesday.').value, '2021-06-22');
  assert.equal(only('State media reported Tuesday that a pact was signed.', '2026-01-13').value, '2026-01-13');
  // the quotation's own tense counts, not the reporting verb's
  assert.equal(only('"The father will leave on Thursday," Castro said.').value, '2021-06-24');
  // a deadline after "by" lies ahead even in a past-tense report; "until Thursday" in the past does not
  assert.equal(only('The agency ruled he must return by Jan. 14.', '2000-01-06').value, '2000-01-14');
  assert.equal(only('Until Thursday, they had not called him a suspect.').value, '2021-06-17');
});

test('relative expressions are anchored to the reference date', () => {
  assert.deepEqual(tags('this week'), ['this week=2021-W25']);
  assert.deepEqual(tags('Earlier this year, prices fell.'), ['Earlier this year=2021']);
  assert.deepEqual(tags('last year'), ['last year=2020']);
  assert.deepEqual(tags('He arrived yesterday.'), ['yesterday=2021-06-22']);
  assert.deepEqual(tags('It happened two years ago.'), ['two years ago=2019']);
  assert.deepEqual(tags('Prices rise next month.'), ['next month=2021-07']);
  assert.deepEqual(tags('Talks resumed in January.'), ['January=2021-01']);
  assert.deepEqual(tags('Talks will resume in January.'), ['January=2022-01']);
  assert.deepEqual(tags('results for the third quarter', '2021-11-02'), ['the third quarter=2021-Q3']);
});

test('durations, sets and fuzzy references', () => {
  assert.deepEqual(tags('a five-year agreement'), ['five-year=P5Y']);
  assert.deepEqual(tags('a four-year pact'), ['four-year=P4Y']);
  assert.deepEqual(tags('completed a month-long election'), ['a month-long=P1M']);
  assert.deepEqual(tags('a three-day conference'), ['three-day=P3D']);
  assert.deepEqual(tags('after five years of military rule'), ['five years=P5Y']);
  assert.deepEqual(tags('ties have grown in recent years'), ['recent years=PAST_REF']);
  assert.deepEqual(tags('He is now in Moscow and currently talks'), ['now=PRESENT_REF', 'currently=PRESENT_REF']);
  assert.deepEqual(tags('plans for the future'), ['the future=FUTURE_REF']);
  assert.deepEqual(tags('They meet every year and publish weekly.'), ['every year=P1Y', 'weekly=P1W']);
  assert.equal(only('for several years').value, 'PXY');
});

test('times of day', () => {
  const time = only('The vote closed at 3 p.m. local time.');
  assert.equal(time.type, 'TIME');
  assert.equal(time.value, '2021-06-23T15:00');
  assert.equal(only('Shots were heard Friday morning.').value, '2021-06-18TMO');
});

test('without a reference date the unknown parts are X', () => {
  assert.deepEqual(tags('in February', null), ['February=XXXX-02']);
  assert.deepEqual(tags('on Monday', null), ['Monday=XXXX-WXX-1']);
  assert.deepEqual(tags('last year', null), ['last year=XXXX']);
  assert.deepEqual(tags('on Feb. 1', null), ['Feb. 1=XXXX-02-01']);
});

test('numbers, names and verbs that are not dates are left alone', () => {
  assert.deepEqual(tags('It sold 2000 shares for $1999 and May said she may march.'), []);
  assert.deepEqual(tags('a 10-year-old boy'), []);
});

test('offsets are UTF-16 offsets into the text', () => {
  const text = 'Myanmar’s “junta” met on Monday.';
  const found = only(text);
  assert.equal(text.slice(found.start, found.end), 'Monday');
});

test('neighbours share a year or a day', () => {
  assert.deepEqual(tags('Between March and May 2020 prices fell.'), ['March=2020-03', 'May 2020=2020-05']);
  assert.deepEqual(tags('On Dec. 1, 2023, at 10:30 a.m. troops moved.'), ['Dec. 1, 2023=2023-12-01', '10:30 a.m.=2023-12-01T10:30']);
  assert.deepEqual(tags('Elections are due in next year\'s first quarter.'), ["next year's first quarter=2022-Q1"]);
});

test('holidays', () => {
  assert.deepEqual(tags('He was found on Thanksgiving Day.', '2000-01-07'), ['Thanksgiving Day=1999-11-25']);
  assert.deepEqual(tags('They will meet at Easter.', '2000-01-07'), ['Easter=2000-04-23']);
});

test('a reference month anchors months and years, not days', () => {
  assert.deepEqual(tags('He met them on Monday, last month and last year, in February.', '2021-06'), [
    'Monday=XXXX-WXX-1', 'last month=2021-05', 'last year=2020', 'February=2021-02',
  ]);
  assert.deepEqual(tags('He met them yesterday and in February.', '2021'), ['yesterday=XXXX-XX-XX', 'February=2021-02']);
});

test('"the following year" and "the next day" count from the last date the text gave', () => {
  assert.deepEqual(tags('The party was founded in 1995 and won the following year.'), ['1995=1995', 'the following year=1996']);
  assert.deepEqual(tags('He arrived on June 3, 2020, and left the next day.'), ['June 3, 2020=2020-06-03', 'the next day=2020-06-04']);
  assert.deepEqual(tags('That day it rained.'), ['That day=XXXX-XX-XX']);
});

test('a day of the month as an ordinal word: "the first of January", placed by "next year"', () => {
  const [first] = tagTimexes('The cut kicks in on the first of January next year.', '2026-03-10');
  assert.equal(first?.text, 'the first of January next year');
  assert.equal(first?.value, '2027-01-01');
  const [third] = tagTimexes('The fair opened on the third of May.', '2026-06-10');
  assert.equal(third?.value, '2026-05-03');
});
