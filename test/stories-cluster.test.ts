// Story clustering signals on small invented inputs: names and numbers, titles, trip destinations, dating, merges.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type ArticleSignals } from '../src/stories/cluster.js';
import { articleDating } from '../src/stories/dates.js';
import { destinations, leadDayKeys, nameVector, personRoles } from '../src/stories/entities.js';
import { repeatCue } from '../src/stories/repeat.js';

test('the name vector keeps names inside sentences, adjacent name pairs and numbers', () => {
  const vector = nameVector('Korvel stops Tane Arkin', 'Yesterday Korvel stopped Tane Arkin in round 6.\nThe crowd of 12,500 cheered.');
  assert.ok(vector.has('korvel') && vector.has('arkin') && vector.has('tane arkin'));
  assert.ok(vector.has('#6') && vector.has('#12500'));
  assert.ok(!vector.has('yesterday') && !vector.has('the'), 'words capitalised by position are not names');
});

test('titles before names are read per surname; institutions are not people', () => {
  const roles = personRoles('Defence Minister Ilse Marten met General Pavo Ostrin at the General Assembly. Coach Rudi Vask resigned.');
  assert.deepEqual([...roles.get('marten')!], ['minister']);
  assert.deepEqual([...roles.get('ostrin')!], ['general']);
  assert.deepEqual([...roles.get('vask')!], ['coach']);
  assert.equal(roles.has('assembly'), false);
});

test('destinations of trips and visits are found', () => {
  assert.deepEqual([...destinations('The envoy arrived in Veloria on Monday after a trip to the Osk Islands.')], ['veloria', 'osk island']);
  assert.equal(destinations('The minister spoke in Veloria.').size, 0);
});

test('a bare year on an event does not date the article; a day does', () => {
  const base = { published: '2024-03-05', text: 'x', sentences: [], timexes: [] };
  const byYear = articleDating({ ...base, events: [{ date: '2004' }] });
  assert.equal(byYear.range?.start, Date.UTC(2024, 2, 5) / 86_400_000, 'the publication day is kept');
  const byDay = articleDating({ ...base, events: [{ date: '2024-03-04' }] });
  assert.equal(byDay.range?.start, Date.UTC(2024, 2, 4) / 86_400_000);
});

const signals = (id: string, words: string[], extra: Partial<ArticleSignals> = {}): ArticleSignals => ({
  id,
  terms: new Map(words.map((word) => [word, 1])),
  entities: new Map(),
  eventKeys: [],
  dating: { range: null, notBefore: null },
  ...extra,
});
const words = ['pact', 'signed', 'defence', 'cooperation', 'talks'];

test('a person given another title, or a trip to another place, keeps an otherwise identical report apart', () => {
  const settings = { joinThreshold: 0.5, roleConflictPenalty: 0.6, destinationConflictPenalty: 0.6 };
  const titled = (title: string) => new Map([['marten', new Set([title])]]);
  const roles = new StoryClusterer(settings);
  const first = roles.add(signals('a', words, { roles: titled('minister') }));
  assert.equal(roles.add(signals('b', words, { roles: titled('minister') })), first);
  assert.notEqual(roles.add(signals('c', words, { roles: titled('secretary') })), first);
  assert.equal(roles.add(signals('d', words)), first, 'no title: nothing to disagree on');

  const trips = new StoryClusterer(settings);
  const visit = trips.add(signals('a', words, { destinations: new Set(['veloria']) }));
  assert.equal(trips.add(signals('b', words, { destinations: new Set(['veloria']) })), visit);
  assert.notEqual(trips.add(signals('c', words, { destinations: new Set(['osk']) })), visit);
});

test('an article that bridges two stories merges them when merging is on', () => {
  const clusterer = new StoryClusterer({ joinThreshold: 0.6, mergeThreshold: 0.55 });
  const left = clusterer.add(signals('a', ['quay', 'strike', 'dockers', 'union']));
  const right = clusterer.add(signals('b', ['quay', 'strike', 'wages', 'talks']));
  assert.notEqual(left, right);
  clusterer.add(signals('c', ['quay', 'strike', 'dockers', 'union', 'wages', 'talks']));
  assert.equal(clusterer.resolve(left), clusterer.resolve(right));
  const off = new StoryClusterer({ joinThreshold: 0.6, mergeThreshold: 1 });
  const a = off.add(signals('a', ['quay', 'strike', 'dockers', 'union']));
  const b = off.add(signals('b', ['quay', 'strike', 'wages', 'talks']));
  off.add(signals('c', ['quay', 'strike', 'dockers', 'union', 'wages', 'talks']));
  assert.notEqual(off.resolve(a), off.resolve(b));
});

test('ordinals, versions and codes are name keys; written-out ordinals meet their digits', () => {
  const text = 'The eleventh Warden was named. Later the 12th Warden, flying an F-16, arrived.';
  const vector = nameVector('Patch MS08-078 fixes Explorer', text, 0, { title: 1, lead: 1, identifier: 1, spelledOrdinals: true });
  assert.ok(vector.has('#ms08-078') && vector.has('#f-16'));
  assert.ok(vector.has('#11th') && vector.has('#12th'));
  const off = nameVector('Patch MS08-078 fixes Explorer', text, 0, { title: 1, lead: 1, identifier: 0, spelledOrdinals: true });
  assert.ok(!off.has('#ms08-078') && !off.has('#12th'));
});

test('between two matching stories the choice is made on the words only one of them has', () => {
  // Both stories carry the topic's words; the bigger one's weight on them wins a plain comparison. The article
  // names one specific of each story; on those alone the smaller, more specific story is closer.
  const topic = ['flood', 'river', 'levee', 'rain', 'evacuated'];
  const build = (contrastWeight: number) => {
    const clusterer = new StoryClusterer({ joinThreshold: 0.5, contrastWeight, contrastSlack: 0 });
    const big = clusterer.add(signals('a', [...topic, 'brenna', 'hull']));
    for (let i = 1; i < 8; i++) clusterer.add(signals(`b${i}`, [...topic, 'brenna', 'hull']));
    const small = clusterer.add(signals('c', [...topic, 'tovar', 'dike', 'marsh']));
    assert.notEqual(big, small);
    return { clusterer, big, small };
  };
  const article = signals('d', [...topic, 'tovar', 'brenna']);
  const plain = build(0);
  assert.equal(plain.clusterer.add(article), plain.big, 'without contrast the shared background wins');
  const contrasted = build(1);
  assert.equal(contrasted.clusterer.add(article), contrasted.small);
});

test('weekdays and days of a month in the title and lead are read; later ones, years and times are not', () => {
  const text = 'The quake struck on Tuesday, Dec. 11, near Osk.\nRelief flights resumed. On Friday a memorial is planned.';
  assert.deepEqual([...leadDayKeys('Quake hits Osk', text, text.indexOf('\n'))], ['weekday:tuesday', 'monthday:12-11']);
  assert.deepEqual([...leadDayKeys('Sunday vote ends', 'Polls opened on 4 May at 10:30 Jan time, after a May 2008 vote.', 99)], [
    'weekday:sunday',
    'monthday:5-4',
  ]);
});

test('a report naming only other days than its story is kept apart', () => {
  const clusterer = new StoryClusterer({ joinThreshold: 0.5, weekdayConflictPenalty: 0.6, monthDayConflictPenalty: 0.6, weekdayMinArticles: 1, entityWeight: 0 });
  const words = ['quake', 'osk', 'magnitude', 'toll'];
  const first = clusterer.add(signals('a', words, { dayKeys: new Set(['weekday:tuesday', 'monthday:3-3']) }));
  assert.equal(clusterer.add(signals('b', words, { dayKeys: new Set(['weekday:tuesday', 'weekday:friday']) })), first, 'a shared weekday agrees');
  assert.equal(clusterer.add(signals('c', words)), first, 'no day named: no conflict');
  assert.notEqual(clusterer.add(signals('d', words, { dayKeys: new Set(['monthday:12-11']) })), first, 'only another date');
  const mixed = clusterer.add(signals('e', words, { dayKeys: new Set(['monthday:3-3', 'weekday:sunday']) }));
  assert.notEqual(mixed, first, 'an agreeing date does not clear a conflicting weekday');
});

test('the same names bridge a longer gap in time than other reports may', () => {
  const settings = { joinThreshold: 0.3, maxGapDays: 120, maxStorySpanDays: 180, sameNamesGapDays: 730, sameNamesSimilarity: 0.6 };
  const dated = (day: string) => articleDating({ published: day, text: 'x', sentences: [], timexes: [], events: [] });
  const names = (keys: string[]) => new Map(keys.map((key) => [key, 1]));
  const words = ['shooting', 'trial', 'verdict', 'jury'];
  const clusterer = new StoryClusterer(settings);
  const shooting = clusterer.add(signals('a', words, { entities: names(['horvat', 'brookfield', 'lena horvat']), dating: dated('2011-10-29') }));
  const trial = signals('b', words, { entities: names(['horvat', 'brookfield', 'lena horvat', 'keller']), dating: dated('2012-11-10') });
  assert.equal(clusterer.add(trial), shooting, 'a year later, same people: one story');
  const other = signals('c', words, { entities: names(['osk', 'marten']), dating: dated('2013-06-01') });
  assert.notEqual(clusterer.add(other), shooting, 'other names: the gate holds');
  const gated = new StoryClusterer({ ...settings, sameNamesGapDays: 0 });
  const first = gated.add(signals('a', words, { entities: names(['horvat', 'brookfield', 'lena horvat']), dating: dated('2011-10-29') }));
  assert.notEqual(gated.add(trial), first, 'without the bridge the gap gates');
  const repeat = new StoryClusterer(settings);
  const visit = repeat.add(signals('a', words, { entities: names(['horvat', 'brookfield', 'lena horvat']), dating: dated('2011-10-29') }));
  assert.notEqual(repeat.add({ ...trial, repeat: true }), visit, 'a report of a return is not bridged to the old story');
});

test('a report that started its own story too early is absorbed when a larger story grows towards it', () => {
  const settings = { joinThreshold: 0.6, absorbMaxSize: 1, absorbThreshold: 0.4, entityWeight: 0 };
  const run = (absorbMaxSize: number) => {
    const clusterer = new StoryClusterer({ ...settings, absorbMaxSize });
    const ids = [
      clusterer.add(signals('a', ['quake', 'osk', 'toll'])),
      clusterer.add(signals('b', ['quake', 'osk', 'toll'])),
      clusterer.add(signals('early', ['quake', 'osk', 'rescue', 'tent', 'aid'])),
      clusterer.add(signals('c', ['quake', 'osk', 'rescue', 'toll'])),
      clusterer.add(signals('other', ['election', 'vote', 'ballot'])),
    ];
    return ids.map((id) => clusterer.resolve(id));
  };
  const [a, b, early, c, other] = run(1);
  assert.ok(a === b && b === c && early === a, 'the early report now resolves to the grown story');
  assert.notEqual(other, a, 'an unrelated story is not absorbed');
  const [offA, , offEarly] = run(0);
  assert.notEqual(offEarly, offA, 'off: the early report stays alone');
});

test('returns and repeats are found in the title or lead only', () => {
  assert.equal(repeatCue('Suharjo back in Canberra with a bigger delegation', 'x', 0), true);
  assert.equal(repeatCue(null, 'The minister returned to Osk on Tuesday. More.', 40), true);
  assert.equal(repeatCue(null, 'The envoy is back in Veloria for talks.', 40), true);
  assert.equal(repeatCue(null, 'The striker scored for the second time this season.', 60), true);
  assert.equal(repeatCue('Envoy arrives in Veloria', 'The envoy arrived on Monday. Last year he returned to Osk.', 30), false, 'past the lead');
  assert.equal(repeatCue('Back pain keeps Korvel out', 'Korvel will miss the final.', 30), false);
});

test('a dated report and an undated story (or the other way) need more similarity to join', () => {
  const day = { start: 19_800, end: 19_800 };
  const dated = (id: string) => signals(id, words, { dating: { range: day, notBefore: null } });
  // The second report shares four of the five words with the first: a cosine near 0.8.
  const partial = (id: string, extra: Partial<ArticleSignals> = {}) => signals(id, words.slice(0, 4), extra);
  const run = (undatedPenalty: number, first: ArticleSignals, second: ArticleSignals) => {
    const clusterer = new StoryClusterer({ joinThreshold: 0.7, entityWeight: 0, undatedPenalty });
    return [clusterer.add(first), clusterer.add(second)];
  };
  const [a, b] = run(0.2, dated('a'), partial('b'));
  assert.notEqual(a, b, 'an undated report does not join a dated story (about 0.8 - 0.2 < 0.7)');
  const [c, d] = run(0.2, signals('c', words), partial('d', { dating: { range: day, notBefore: null } }));
  assert.notEqual(c, d, 'nor a dated report an undated story');
  const [e, f] = run(0.2, dated('e'), partial('f', { dating: { range: day, notBefore: null } }));
  assert.equal(e, f, 'both dated to the same day: no penalty');
  const [g, h] = run(0, dated('g'), partial('h'));
  assert.equal(g, h, 'the penalty off: they join');
});
