// Stories stage on small articles written for these tests: joins, look-alikes apart in time, copies (conflicts: conflicts.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildStories, buildTimeline, StoryStream } from '../src/stories/index.js';
import { DuplicateIndex } from '../src/stories/duplicates.js';
import { storyInput } from './fixtures/stories.js';

const input = storyInput;

const bridgeA = input(
  'bridge-a',
  '2024-04-09',
  'Rail bridge over the Varne collapses near Tollmark',
  'A rail bridge over the river Varne collapsed near Tollmark on Tuesday, sending two freight wagons into the water. ' +
    'The Tollmark fire service said the driver of the freight train escaped with minor injuries. ' +
    'Engineers from Nordbahn, which owns the bridge, had inspected the structure in February. ' +
    'Traffic on the line between Tollmark and Ostergaard will be suspended for at least a month.',
);
const bridgeB = input(
  'bridge-b',
  '2024-04-09',
  'Freight wagons plunge into the Varne as Tollmark bridge gives way',
  'Two wagons of a freight train fell into the Varne on Tuesday when the rail bridge near Tollmark gave way. ' +
    'Nordbahn said the bridge had passed an inspection in February and that its engineers were examining the wreck. ' +
    'The driver escaped with minor injuries, according to the Tollmark fire service. ' +
    'The line between Tollmark and Ostergaard is expected to stay closed for weeks.',
);
const transfer = input(
  'transfer',
  '2024-04-10',
  'Harbour City sign striker Ilya Marenko from Kestrel Athletic',
  'Harbour City have signed striker Ilya Marenko from Kestrel Athletic for a club record fee. ' +
    'Marenko scored 21 league goals last season and agreed a contract until the end of the decade. ' +
    'Harbour City manager Pell Duarte said the forward would make his debut against Wexmoor on Saturday.',
);

test('reports of the same event join one story; an unrelated article starts another', () => {
  const { storyOf, stories } = buildStories([bridgeA, bridgeB, transfer]);
  assert.equal(storyOf.get('bridge-a'), storyOf.get('bridge-b'));
  assert.notEqual(storyOf.get('transfer'), storyOf.get('bridge-a'));
  const bridge = stories.find((story) => story.articles.includes('bridge-a'))!;
  assert.deepEqual(bridge.date, { start: '2024-04-09', end: '2024-04-09' });
  assert.ok(bridge.summary.some((sentence) => sentence.sources.length === 2), 'a fact both outlets report cites both');
});

const visit = (id: string, date: string, year: number, background = '') =>
  input(
    id,
    date,
    `President Tamsin Okoro arrives in Lisbon for talks with Portugal`,
    `President Tamsin Okoro of Marevia arrived in Lisbon on Monday for two days of talks with Portuguese leaders on trade and fisheries. ` +
      `Okoro was met at the airport by Portugal's foreign minister and will meet the prime minister on Tuesday. ` +
      `Marevia and Portugal are expected to sign a fisheries memorandum during the ${year} visit. ${background}`,
  );

test('a look-alike event years later stays apart, and its background does not pull it into the old story', () => {
  const first = visit('visit-2019', '2019-05-06', 2019);
  const second = visit('visit-2024', '2024-09-16', 2024, 'Okoro last visited Lisbon in 2019, when the two countries discussed fisheries.');
  const secondB = visit('visit-2024-b', '2024-09-16', 2024);
  const { storyOf } = buildStories([first, second, secondB]);
  assert.notEqual(storyOf.get('visit-2019'), storyOf.get('visit-2024'));
  assert.equal(storyOf.get('visit-2024'), storyOf.get('visit-2024-b'));
});

test('a syndicated copy with one reworded sentence is a duplicate of the earlier original', () => {
  const copyText = bridgeA.article.text.replace('had inspected the structure in February', 'last checked the bridge in February');
  const copy = input('bridge-copy', '2024-04-10', 'Bridge collapse near Tollmark', copyText, 'Valley Post');
  const { duplicateOf, storyOf, stories } = buildStories([copy, bridgeA]);
  assert.equal(duplicateOf.get('bridge-copy'), 'bridge-a');
  assert.equal(storyOf.get('bridge-copy'), storyOf.get('bridge-a'));
  assert.deepEqual(stories[0]!.duplicates, ['bridge-copy']);
  assert.equal(new DuplicateIndex().add('x', 'too short'), null);
  // On a stream the copy may arrive first: when the earlier-published original comes, the direction flips.
  const stream = new StoryStream();
  stream.add(copy);
  assert.equal(stream.add(bridgeA).duplicateOf, null);
  assert.equal(stream.duplicateOf.get('bridge-copy'), 'bridge-a');
});

test('the stream assigns articles one at a time, and the timeline is in date order', () => {
  const stream = new StoryStream();
  const a = stream.add(bridgeA);
  const b = stream.add(transfer);
  const c = stream.add(bridgeB);
  assert.equal(c.story, a.story);
  assert.notEqual(b.story, a.story);
  const { stories } = buildStories([transfer, bridgeA, bridgeB]);
  const timeline = buildTimeline(stories);
  assert.deepEqual(timeline.map((entry) => entry.date), ['2024-04-09', '2024-04-10']);
  assert.equal(timeline[0]!.label, stories.find((story) => story.articles.includes('bridge-a'))!.title);
});

test('a story dated only by year keeps that year as its range; day-level dates win when there are any', async () => {
  const { storyDates } = await import('../src/stories/index.js');
  const { dayRange } = await import('../src/stories/dates.js');
  assert.deepEqual(storyDates([dayRange('2026'), null]), { start: '2026', end: '2026' });
  assert.deepEqual(storyDates([dayRange('2026-06'), dayRange('2026')]), { start: '2026-06', end: '2026-06' });
  assert.deepEqual(storyDates([dayRange('2026'), dayRange('2026-06-12'), dayRange('2026-06-14')]), { start: '2026-06-12', end: '2026-06-14' });
  assert.deepEqual(storyDates([dayRange('2025'), dayRange('2026')]), { start: '2025', end: '2026' });
  assert.deepEqual(storyDates([null]), { start: null, end: null });
});
