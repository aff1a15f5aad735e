// Look-alike events the clusterer must keep apart on news it was not developed on: a date that ends a term, a report
// that counts its event as the second of its kind weeks after the first (small invented inputs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Timex } from '../src/model.js';
import { StoryClusterer, type ArticleSignals } from '../src/stories/cluster.js';
import { articleDating, boundsATerm, dayRange, isoRange } from '../src/stories/dates.js';
import { repeatCues } from '../src/stories/repeat.js';

const dateAt = (text: string, written: string, value: string): Timex => {
  const start = text.indexOf(written);
  return { text: written, type: 'DATE', value, start, end: start + written.length };
};

test('a date that bounds a term or a deadline is not the day of an event', () => {
  const bound = (text: string, written: string) => boundsATerm(text, text.indexOf(written));
  assert.equal(bound('He signed a contract with the club until June 2028.', 'June 2028'), true);
  assert.equal(bound('The lease expires in March 2027, the council said.', 'March 2027'), true);
  assert.equal(bound('The works must be finished by the end of May.', 'May'), true);
  assert.equal(bound('The ceasefire runs through 2027.', '2027'), true);
  assert.equal(bound('The league season lasts until mid-May.', 'May'), true);
  assert.equal(bound('The club signed the striker on Tuesday.', 'Tuesday'), false);
  assert.equal(bound('The bank raised its rate in March.', 'March'), false);
  assert.equal(bound('Prices rose 5% in the year to February.', 'February'), true, '"to" closes a period, not an event day');
});

test('an undated release is not dated by the end of the contract it announces', () => {
  const text = 'The club announced the signing of a forward. He has signed a contract until June 2028. He arrived in Cairo.';
  const sentences = [...text.matchAll(/[^.]+\./gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const base = { published: null, text, sentences, events: [] };
  assert.equal(articleDating({ ...base, timexes: [dateAt(text, 'June 2028', '2028-06')] }).range, null);
  const signed = text.replace('until June 2028', 'on 3 June 2026');
  const dated = articleDating({ ...base, text: signed, timexes: [dateAt(signed, '3 June 2026', '2026-06-03')] });
  assert.deepEqual(dated.range && isoRange(dated.range), { start: '2026-06-03', end: '2026-06-03' }, 'the day of the signing dates it');
});

test('"the second such scare this summer" counts the event as a later one of its kind', () => {
  const counted = (lead: string) => repeatCues(null, lead, lead.length).counted;
  assert.equal(counted('Toledo lifted its advisory, the second such scare in the city this summer.'), true);
  assert.equal(counted('It was the second water advisory this summer.'), true);
  assert.equal(counted('It was the second such scare in the region of the lake over many years.'), false, 'no stretch of time');
  assert.equal(counted('The second-largest city in the province voted this summer.'), false);
});

test('a report counting its event as a second one, weeks after a story, starts its own story', () => {
  const advisory = (id: string, day: string, countedRepeat: boolean): ArticleSignals => ({
    id,
    terms: new Map(['advisory', 'toxin', 'algae', 'water', 'drink', 'tap'].map((word) => [word, 1])),
    entities: new Map(['toledo', 'erie', 'ashby'].map((name) => [name, 1])),
    eventKeys: [],
    dating: { range: dayRange(day), notBefore: null },
    countedRepeat,
  });
  const settings = { joinThreshold: 0.265, anchors: { apartDays: 6, apartPenalty: 0.1 } };
  const run = (countedRepeatApart: boolean, day: string, counted: boolean) => {
    const clusterer = new StoryClusterer({ ...settings, countedRepeatApart });
    const first = clusterer.add(advisory('july', '2026-07-30', false));
    return clusterer.add(advisory('august', day, counted)) === first;
  };
  assert.equal(run(true, '2026-08-25', true), false, 'three weeks on, a second advisory');
  assert.equal(run(true, '2026-08-25', false), true, 'no count: the similarity decides');
  assert.equal(run(true, '2026-08-01', true), true, 'within days: "the second day" of the same event');
  assert.equal(run(false, '2026-08-25', true), true, 'off');
});

test("the next day's update that names its own weekday pays no weekday conflict", () => {
  const report = (id: string, day: string, weekday: string): ArticleSignals => ({
    id,
    terms: new Map(['building', 'collapse', 'toll', 'rescuers', 'site'].map((word) => [word, 1])),
    entities: new Map(['lagos', 'ikoyi'].map((name) => [name, 1])),
    eventKeys: [],
    dating: { range: dayRange(day), notBefore: null },
    dayKeys: new Set([`weekday:${weekday}`]),
  });
  // The bar sits between the similarity with and without the weekday penalty (0.05).
  const settings = { joinThreshold: 0.97, weekdayConflictPenalty: 0.05, weekdayMinArticles: 2, anchors: { bonus: 0 } };
  const run = (nearDaysNoConflict: boolean, day: string) => {
    const clusterer = new StoryClusterer({ ...settings, nearDaysNoConflict });
    const story = clusterer.add(report('wire', '2025-10-27', 'monday'));
    clusterer.add(report('local', '2025-10-27', 'monday'));
    return clusterer.add(report('update', day, 'tuesday')) === story;
  };
  assert.equal(run(true, '2025-10-28'), true, 'the next day');
  assert.equal(run(false, '2025-10-28'), false, 'off: the weekday conflict holds it back');
  assert.equal(run(true, '2025-11-04'), false, 'a week on, another Tuesday: not joined');
});
