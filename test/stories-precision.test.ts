// Look-alike events on news the clusterer was not developed on: coarse event dates narrowed by the lead's own days and
// weeks, and the anchor bonus asking for a story's day, not its month (small invented inputs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Timex } from '../src/model.js';
import { StoryClusterer, type ArticleSignals } from '../src/stories/cluster.js';
import { articleDating, dayRange, isoRange, refineByLead, weekRange } from '../src/stories/dates.js';
import { repeatCue } from '../src/stories/repeat.js';
import { figuresOf, newFiguresOnly } from '../src/stories/figures-apart.js';

const iso = (range: { start: number; end: number } | null) => (range ? isoRange(range) : null);

test('ISO weeks and weekends are read as their days', () => {
  assert.deepEqual(iso(weekRange('2026-W24')), { start: '2026-06-08', end: '2026-06-14' });
  assert.deepEqual(iso(weekRange('2026-W24-WE')), { start: '2026-06-13', end: '2026-06-14' });
  assert.deepEqual(iso(weekRange('2021-W01')), { start: '2021-01-04', end: '2021-01-10' }, 'a year whose first days belong to last year');
  assert.equal(weekRange('XXXX-WXX'), null);
  assert.equal(weekRange('2026-06'), null);
  assert.equal(weekRange('2026-W60'), null);
});

test('a month-dated event is narrowed to the narrowest day or week of the lead inside it', () => {
  const june = dayRange('2026-06')!;
  assert.deepEqual(iso(refineByLead(june, [weekRange('2026-W24-WE')!])), { start: '2026-06-13', end: '2026-06-14' });
  assert.deepEqual(iso(refineByLead(june, [weekRange('2026-W24')!, dayRange('2026-06-12')!])), { start: '2026-06-12', end: '2026-06-12' });
  assert.deepEqual(iso(refineByLead(june, [dayRange('2026-05-30')!])), iso(june), 'a day outside the month says nothing of it');
  const day = dayRange('2026-06-13')!;
  assert.deepEqual(refineByLead(day, [dayRange('2026-06-12')!]), day, 'a day is not narrowed');
});

const timex = (text: string, value: string, start: number): Timex => ({ text, type: 'DATE', value, start, end: start + text.length });

test('an article dated by a month-dated event takes the weekend its lead names, not a later plan', () => {
  const text = 'A ransomware attack over the weekend shut the hospital. Talks are set for June 30.';
  const base = { published: '2026-06-16', text, sentences: [{ start: 0, end: text.length }], events: [{ date: '2026-06' }] };
  const weekend = articleDating({ ...base, timexes: [timex('the weekend', '2026-W24-WE', 20)] });
  assert.deepEqual(iso(weekend.range), { start: '2026-06-13', end: '2026-06-14' });
  const plan = articleDating({ ...base, timexes: [timex('June 30', '2026-06-30', 75)] });
  assert.deepEqual(iso(plan.range), { start: '2026-06', end: '2026-06' }, 'a day after publication is a plan');
  const published = articleDating({ published: '2026-06-16', text, sentences: [], events: [], timexes: [timex('the weekend', '2026-W24-WE', 20)] });
  assert.deepEqual(iso(published.range), { start: '2026-06-16', end: '2026-06-16' }, 'the publication day stays');
});

const report = (id: string, words: string[], anchors: string[], range: string): ArticleSignals => ({
  id,
  terms: new Map(words.map((word) => [word, 1])),
  entities: new Map(),
  eventKeys: [],
  anchors: new Set(anchors),
  dating: { range: dayRange(range), notBefore: null },
});

test('a shared rare name gives the anchor bonus on the day of a story, not any day of its month', () => {
  const hospital = ['ransomware', 'hospital', 'attack', 'patients', 'systems', 'police'];
  const airline = ['airline', 'route', 'flight', 'launch', 'passengers', 'police'];
  for (const storyDays of [true, false]) {
    const clusterer = new StoryClusterer({ joinThreshold: 0.265, anchors: { storyDays, floor: 0.07, bonus: 0.2 } });
    const monthStory = clusterer.add(report('attack', hospital, ['busan', 'seobu'], '2026-06'));
    const launch = clusterer.add(report('launch', airline, ['busan', 'gimhae'], '2026-06-02'));
    assert.equal(launch === monthStory, !storyDays, storyDays ? 'a month-dated story gives no bonus' : 'the range rule joins it');
  }
  const clusterer = new StoryClusterer({ joinThreshold: 0.265, anchors: { storyDays: true, floor: 0.07, bonus: 0.2 } });
  const dayStory = clusterer.add(report('launch', airline, ['busan', 'gimhae'], '2026-06-02'));
  const next = clusterer.add(report('launch-2', ['airline', 'vancouver', 'cargo', 'seafood', 'police'], ['busan', 'vancouver'], '2026-06-03'));
  assert.equal(next, dayStory, 'a report of the next day with the rare name joins');
});

test('a headline "again" and an n-th event within a time are repeats; a rank or a day is not', () => {
  assert.equal(repeatCue('Metro shuts for two days as workers walk out again', 'x', 0), true);
  assert.equal(repeatCue('Port terminal hit by second cyberattack this year', 'x', 0), true);
  assert.equal(repeatCue(null, 'It was the third flood in two months. More follows.', 40), true);
  assert.equal(repeatCue(null, 'The second ransomware attack in the past year hit the port.', 60), true);
  assert.equal(repeatCue('Metro shuts as workers walk out again', 'x', 0, false), false, 'the narrow cues only');
  assert.equal(repeatCue(null, 'Agencies will again be required to consult biologists.', 60), false, '"again" in a lead');
  assert.equal(repeatCue(null, "Voters in Slovakia's second-largest city chose a mayor.", 60), false);
  assert.equal(repeatCue(null, 'On the second day of the talks the ministers met.', 60), false);
});

test('the same-names bridge joins a report months from its story only when one side is dated by its text alone', () => {
  const names = ['oskemen', 'irtysh', 'qyran', 'karaganda'];
  const cup = (id: string, day: string, published: boolean): ArticleSignals => ({
    id,
    terms: new Map(['cup', 'final', 'hockey', 'goal', 'overtime'].map((word) => [word, 1])),
    entities: new Map(names.map((name) => [name, 1])),
    eventKeys: [],
    dating: { range: dayRange(day), notBefore: null },
    published,
  });
  const settings = { joinThreshold: 0.3, maxGapDays: 120, maxStorySpanDays: 180, sameNamesGapDays: 730, sameNamesSimilarity: 0.6, sameNamesPenalty: 0.05 };
  for (const [lastYearPublished, thisYearPublished, joined] of [[true, true, false], [false, true, true], [true, false, true]] as const) {
    const clusterer = new StoryClusterer({ ...settings, bridgeNeedsTextDate: true });
    const first = clusterer.add(cup('2025', '2025-11-22', lastYearPublished));
    assert.equal(clusterer.add(cup('2026', '2026-11-20', thisYearPublished)) === first, joined, `published ${lastYearPublished} / ${thisYearPublished}`);
  }
  const off = new StoryClusterer({ ...settings, bridgeNeedsTextDate: false });
  const first = off.add(cup('2025', '2025-11-22', true));
  assert.equal(off.add(cup('2026', '2026-11-20', true)), first, 'off: the bridge joins them');
});

test('a report weeks from a story whose lead figures the story never wrote is another event', () => {
  assert.deepEqual([...figuresOf('Won 41,208 votes (52.4%) in 2026, 3 days after 29,870 in 2025.')], ['41,208', '52.4', '29,870']);
  assert.equal(newFiguresOnly(new Set(['5:37.82', '1.4', '300']), new Set(['5:41.06', '0.37', '1,500']), 3), true);
  assert.equal(newFiguresOnly(new Set(['5:37.82', '1.4', '300']), new Set(['5:41.06', '300']), 3), false, 'one figure in common');
  assert.equal(newFiguresOnly(new Set(['5:37.82', '1.4']), new Set(['5:41.06']), 3), false, 'too few figures to tell');
  assert.equal(newFiguresOnly(new Set(['5:37.82', '1.4', '300']), new Set(), 0), false, '0 turns it off');

  const regatta = (id: string, day: string, lead: string[]): ArticleSignals => ({
    id,
    terms: new Map(['quad', 'sculls', 'crew', 'final', 'rowing', 'silver'].map((word) => [word, 1])),
    entities: new Map(['vrba', 'sedlak', 'hanzl'].map((name) => [name, 1])),
    eventKeys: [],
    dating: { range: dayRange(day), notBefore: null },
    leadFigures: new Set(lead),
    figures: new Set(lead),
  });
  const settings = { joinThreshold: 0.265, anchors: { apartDays: 7, apartPenalty: 0.1 } };
  const on = new StoryClusterer({ ...settings, leadFiguresApart: 3 });
  const euros = on.add(regatta('euros', '2026-05-31', ['5:41.06', '0.37', '1,500']));
  assert.notEqual(on.add(regatta('worldcup', '2026-06-14', ['5:37.82', '1.4', '300'])), euros, 'two weeks on, new figures');
  const later = new StoryClusterer({ ...settings, leadFiguresApart: 3 });
  const story = later.add(regatta('euros', '2026-05-31', ['5:41.06', '0.37', '1,500']));
  assert.equal(later.add(regatta('follow-up', '2026-06-14', ['5:41.06', '12', '40'])), story, 'a figure of the story: a follow-up');
  const sameWeek = new StoryClusterer({ ...settings, leadFiguresApart: 3 });
  const first = sameWeek.add(regatta('euros', '2026-05-31', ['5:41.06', '0.37', '1,500']));
  assert.equal(sameWeek.add(regatta('euros-2', '2026-06-02', ['5:41.10', '0.4', '2,000'])), first, 'within days figures may differ');
  const off = new StoryClusterer({ ...settings, leadFiguresApart: 0 });
  const offFirst = off.add(regatta('euros', '2026-05-31', ['5:41.06', '0.37', '1,500']));
  assert.equal(off.add(regatta('worldcup', '2026-06-14', ['5:37.82', '1.4', '300'])), offFirst, 'off: similarity decides');
});
