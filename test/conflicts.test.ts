// Conflicts between outlets: claims from the events stage aligned by the stories stage, on small articles written
// for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../src/events/claims.js';
import type { Article } from '../src/model.js';
import { buildStories, sameValue, type StoryInput } from '../src/stories/index.js';
import { aligned, noLayers } from './fixtures/claims.js';

function input(id: string, published: string, title: string, text: string): StoryInput {
  const article: Article = {
    id, source: `${id}.txt`, title, publisher: null, byline: [], dateline: null,
    published: { date: published, evidence: null, confidence: 1 }, language: 'en', text, boilerplate: [], agencies: [],
    contentHash: id, warnings: [],
  };
  const annotations = noLayers(id);
  return { article, annotations, events: [], claims: extractClaims(text, annotations, { referenceDate: published }) };
}

const deal = (id: string, date: string, duration: string, amount: string) =>
  input(
    id,
    date,
    'Solvane Energy signs gas supply deal with Kirrin',
    `Solvane Energy signed a ${duration} supply agreement with the state utility of Kirrin on Thursday, officials said. ` +
      `The deal is worth about ${amount}, according to the energy ministry. ` +
      'Deliveries of liquefied gas from the Solvane terminal at Port Abra are due to start next spring.',
  );

test('a conflict is flagged with both versions and their sources; rounding is not a conflict', () => {
  const { stories } = buildStories([
    deal('deal-a', '2025-02-13', 'seven-year', '$1.2 billion'),
    deal('deal-b', '2025-02-13', 'six-year', '$1.24 billion'),
    deal('deal-c', '2025-02-14', 'seven-year', '$1.2 billion'),
  ]);
  assert.equal(stories.length, 1);
  const duration = stories[0]!.conflicts.find((conflict) => conflict.fact === 'agreement duration');
  assert.ok(duration, 'duration conflict flagged');
  assert.deepEqual(
    duration.versions.map((version) => [version.value, version.articles]),
    [
      ['seven-year', ['deal-a', 'deal-c']],
      ['six-year', ['deal-b']],
    ],
  );
  assert.equal(duration.update, false);
  assert.match(duration.versions[1]!.evidence, /six-year supply agreement/);
  assert.deepEqual(duration.versions[1]!.attributed_to, ['officials']);
  assert.ok(!stories[0]!.conflicts.some((conflict) => conflict.fact === 'deal value'), '1.2bn vs 1.24bn is rounding');
});

test('a toll that rises in a later report is an update; a different toll on the same day is a dispute', () => {
  const rising = aligned(
    ['quake-a', '2025-11-03', 'At least 8 people were killed when an earthquake hit Harrow Valley, rescuers said.'],
    ['quake-b', '2025-11-04', 'The death toll from the Harrow Valley earthquake rose to 11 on Monday.'],
  );
  const toll = rising.find((conflict) => conflict.fact === 'death toll');
  assert.ok(toll);
  assert.equal(toll.update, true);
  assert.deepEqual(toll.versions.map((version) => version.value).sort(), ['11', 'at least 8']);
  const disputed = aligned(
    ['clash-a', '2025-11-03', 'Police said 9 protesters were killed in the clashes.'],
    ['clash-b', '2025-11-03', 'Medics said the clashes killed 15 protesters, according to a rights group.'],
  );
  assert.equal(disputed.find((conflict) => conflict.fact === 'death toll')?.update, false);
});

test('hedges, units, currencies and wording of one fact are not conflicts', () => {
  const conflicts = aligned(
    [
      'a', '2025-03-02',
      'The magnitude 6.2 earthquake struck at a depth of 10 km and killed at least 870 people. The government pledged EUR 10m in aid. ' +
        'Rescuers have been working for three days, and a 48-hour curfew was imposed.',
    ],
    [
      'b', '2025-03-02',
      'The 6.2-magnitude earthquake was centred 6 miles below the surface, and 870 people were killed. ' +
        'Officials pledged $11 million in aid. A two-day curfew is in force.',
    ],
  );
  assert.deepEqual(conflicts, []);
});

test('figures that differ beyond rounding are conflicts: magnitude, amounts, people on board', () => {
  const conflicts = aligned(
    ['a', '2025-06-01', 'The 6.2-magnitude quake hit at dawn. The ferry had 57 people on board. The contract is worth $1.8 billion.'],
    ['b', '2025-06-01', 'A magnitude 6.4 quake hit at dawn. 61 passengers were on board the ferry. Officials put the value of the deal at $2.1 billion.'],
  );
  assert.deepEqual(conflicts.map((conflict) => conflict.fact).sort(), ['deal value', 'magnitude', 'people on board']);
});

test('an article that also mentions the other value does not dispute it', () => {
  const conflicts = aligned(
    ['a', '2025-06-01', 'The two countries signed a five-year defence agreement. It replaces a ten-year agreement signed in 2015.'],
    ['b', '2025-06-01', 'The ten-year agreement of 2015 was replaced by a five-year pact on Monday.'],
  );
  assert.deepEqual(conflicts, []);
});

test('titles conflict only when one office is not part of the other', () => {
  const conflicts = aligned(
    ['a', '2025-06-01', 'Russian Defence Minister Andrei Belov met his counterpart. Security Council Secretary Ivan Sorin also attended.'],
    ['b', '2025-06-01', 'Minister of Defense Andrei Belov met his counterpart. Deputy Foreign Minister Ivan Sorin also attended.'],
  );
  assert.deepEqual(conflicts.map((conflict) => conflict.fact), ['title of Sorin']);
});

test('sameValue: rounding steps, conversions and exact counts', () => {
  assert.ok(sameValue({ normalized: '1200000000 USD', precision: 1e8 }, { normalized: '1240000000 USD', precision: 1e7 }));
  assert.ok(sameValue('10000000 EUR', '11000000 USD'), 'EUR 10m vs $11m is a conversion');
  assert.ok(!sameValue('10000000 EUR', '14000000 USD'));
  assert.ok(!sameValue('1800000000 USD', '2100000000 USD'));
  assert.ok(!sameValue('12', '14'), 'counts differ');
  assert.ok(!sameValue('12', '13'), 'neighbouring counts differ');
  assert.ok(sameValue({ normalized: '870', qualifier: 'at least' }, '870'));
  assert.ok(!sameValue({ normalized: '12', qualifier: 'at least' }, '14'));
  assert.ok(sameValue('PT48H', 'P2D'));
  assert.ok(!sameValue('P5Y', 'P4Y'));
  assert.ok(sameValue('VNM', 'VNM/Hanoi'), 'a city is in its country');
  assert.ok(!sameValue('VNM/Hanoi', 'VNM/Hai Phong'));
  assert.ok(sameValue('2025-05', '2025-05-21'));
  assert.ok(!sameValue('2025-05-20', '2025-05-21'));
});

test('a round hedged figure is a bracket, a precise one is a count', () => {
  assert.ok(sameValue({ normalized: '200', qualifier: 'at least' }, '212'), '"more than 200" and 212');
  assert.ok(!sameValue({ normalized: '24', qualifier: 'at least' }, '26'), '"at least 24" and 26');
  assert.ok(sameValue('12140.58 ha', '12000 ha'), '30,000 acres and 12,000 hectares');
  assert.ok(sameValue({ normalized: '1100', qualifier: 'about' }, '1150'), '"about 1,100" and 1,150');
  assert.ok(!sameValue({ normalized: '15000', qualifier: 'about' }, { normalized: '14000', qualifier: 'about' }), 'two estimates');
  assert.ok(
    sameValue({ normalized: '1200000', qualifier: 'about', precision: 1e5 }, { normalized: '1240000', qualifier: 'about', precision: 1e4 }),
    '"nearly 1.2 million" and "some 1.24 million": rounding',
  );
});

test('a version holds only figures that agree with all its members; figures deep in an article give no version', () => {
  const conflicts = aligned(
    ['a', '2025-12-02', 'The crash killed at least 68 people, officials said.'],
    ['b', '2025-12-02', 'Sixty-eight people were killed in the crash.'],
    ['c', '2025-12-03', 'The death toll from the crash rose to 70 on Wednesday.'],
  );
  assert.deepEqual(
    conflicts.map((conflict) => [conflict.fact, conflict.update, conflict.versions.map((version) => version.articles)]),
    [['death toll', true, [['a', 'b'], ['c']]]],
  );
  const filler = 'The ministry gave no further details about the investigation. '.repeat(30);
  const deep = aligned(
    ['a', '2025-12-02', 'The company agreed to buy its rival for $4.5 billion.'],
    ['b', '2025-12-02', `The company agreed to buy its rival for $4.5 billion. ${filler}It sold a plant for $2 billion in a deal last year.`],
    ['c', '2025-12-02', `The takeover was announced on Tuesday. ${filler}A smaller deal was worth $125 million.`],
  );
  assert.deepEqual(deep, []);
});

test('a title that differs between reports months apart is an update, not a dispute', () => {
  const conflicts = aligned(
    ['spring', '2025-03-04', 'Infrastructure Minister Tomasz Wrona urged both sides to talk.'],
    ['autumn', '2025-10-13', 'Deputy Prime Minister Tomasz Wrona urged both sides to talk.'],
  );
  assert.deepEqual(conflicts.map((conflict) => [conflict.fact, conflict.update]), [['title of Wrona', true]]);
});

test('generic slot: a figure with the noun it counts or measures, named from the head noun', () => {
  const slots = (text: string) => extractClaims(text, noLayers('g'), { referenceDate: '2025-06-01' }).map((c) => [c.slot, c.normalized, c.subject ?? null]);
  assert.deepEqual(slots('Kaneda Motors will recall 412,000 vehicles worldwide.'), [['vehicle', '412000', 'recall']]);
  assert.deepEqual(slots('In total, 1,400 flights were cancelled on Thursday.'), [['flight', '1400', 'cancelled']]);
  assert.deepEqual(slots('Eight heads of state met on Friday.'), [['head of state', '8', null]]);
  assert.deepEqual(slots('The 330-metre bridge gave way.'), [['bridge length', '330 m', null]]);
  assert.deepEqual(slots('Kaneda has had 31 reports of fires linked to the fault.'), [['fire', '31', null]]);
  // Increments, negations, years and background figures are no counts of the story.
  assert.deepEqual(slots('The airline ordered 30 more jets.'), []);
  assert.deepEqual(slots('Officials said no villages were evacuated.'), []);
  assert.deepEqual(slots('In 2019, three bridges collapsed in the state.'), []);
  assert.deepEqual(slots('The two ministers signed the agreement.'), []);
});

test('generic slots align when noun and verb agree: different verbs are different facts', () => {
  const conflicts = aligned(
    ['a', '2025-10-07', 'Russia launched 48 drones at the port overnight. Air defences said 2,000 tonnes of grain burned.'],
    ['b', '2025-10-07', 'Air defences destroyed 44 drones over the port overnight.'],
  );
  assert.deepEqual(conflicts.map((c) => c.fact), []);
  const disputed = aligned(
    ['a', '2025-08-13', 'About 1,300 tractors blocked streets around the parliament on Monday.'],
    ['b', '2025-08-13', 'Farmers drove some 2,000 tractors into the city on Monday.'],
    ['c', '2025-08-13', 'Police said 1,250 tractors blocked roads on Monday.'],
  );
  assert.deepEqual(disputed.map((c) => [c.fact, c.versions.map((v) => v.articles)]), [['tractor', [['a', 'c'], ['b']]]]);
});

test('a figure given as replaced ("up from 12") is not disputed by the report that gave it', () => {
  const conflicts = aligned(
    ['a', '2025-10-06', 'Twelve vessels were waiting off the port on Monday.'],
    ['b', '2025-10-07', 'By Tuesday, 15 vessels were waiting to berth, up from 12 on Monday.'],
  );
  assert.deepEqual(conflicts, []);
});

test('a year a thing was built in does not make its sentence background', () => {
  const claims = extractClaims('The 330-metre bridge, opened in 1963, had been due for repairs.', noLayers('y'), { referenceDate: '2025-03-03' });
  // The year itself is a fact of the story (claim-when-where.ts), not a reason to drop the sentence's figures.
  assert.deepEqual(claims.map((c) => [c.slot, c.normalized]), [['bridge length', '330 m'], ['year built', '1963']]);
  const history = extractClaims('In 2019, floods destroyed 400 homes and a 90-metre bridge.', noLayers('y'), { referenceDate: '2025-03-03' });
  assert.deepEqual(history, []);
});
