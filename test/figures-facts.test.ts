// Numeric facts outlets phrase differently: vote splits, years that are facts, power, square kilometres, South Asian
// scales, namesake currencies, hedges against rounding, prison terms, displacement and change figures. Small
// sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../src/events/claims.js';
import type { TextAnnotations } from '../src/model.js';
import { sentenceConflicts } from '../src/stories/claims-sentences.js';
import { aligned } from './fixtures/claims.js';
import { restatedFacts } from '../src/stories/figure-restatements.js';
import { readFigures } from '../src/stories/figures.js';
import { sameValue } from '../src/stories/values.js';

const report = (article: string, text: string, date = '2025-05-06') => ({ article, date, text });
const empty: TextAnnotations = { id: 't', sentences: [], entities: [], timexes: [], quotes: [] };
const values = (conflicts: ReturnType<typeof sentenceConflicts>) => conflicts.map((c) => c.versions.map((v) => v.value));

test('a vote split is one figure, the votes in favour, written whole', () => {
  const figures = readFigures('The court ruled by three votes to two that the search was unlawful.');
  assert.deepEqual(figures.map((f) => [f.text, f.normalized]), [['three votes to two', '3']]);
  assert.deepEqual(readFigures('The board backed the plan in a 4-1 vote.').map((f) => [f.text, f.normalized]), [['4-1', '4']]);
  const conflicts = sentenceConflicts([
    report('a', 'The appeal court overturned the conviction by three votes to two on Wednesday.'),
    report('b', 'The appeal was upheld by four votes to one, the court said on Wednesday.'),
  ]);
  assert.deepEqual(values(conflicts), [['three votes to two', 'four votes to one']]);
});

test('a year something was built or is due by is a figure; a year of the date is not', () => {
  assert.deepEqual(readFigures('The bridge was built in 1961.').map((f) => [f.kind, f.normalized]), [['year', '1961']]);
  assert.deepEqual(readFigures('The court heard the case in 2023.'), []);
  const conflicts = sentenceConflicts([
    report('a', 'The new terminal is expected to be completed in 2029, the port authority said.'),
    report('b', 'Work on the terminal is due to be finished in 2030, the port authority said.'),
  ]);
  assert.deepEqual(values(conflicts), [['2029', '2030']]);
});

test('power in megawatts and areas in square kilometres are read in one unit', () => {
  assert.equal(readFigures('It opened a 600-megawatt solar plant.')[0]!.normalized, '600 MW');
  assert.ok(sameValue(readFigures('The plant adds 0.6 GW of capacity.')[0]!, '600 MW'));
  assert.equal(readFigures('The panels cover 30 square kilometres.')[0]!.normalized, '3000 ha');
  // "one million homes" is a figure; a lone "one" is not.
  assert.deepEqual(readFigures('It will supply one million homes.').map((f) => f.normalized), ['1000000']);
  assert.deepEqual(readFigures('One of the homes burned.'), []);
});

test('crore and lakh scale an amount; a rupee crore converts to dollars', () => {
  const cost = readFigures('The recall will cost ₹180 crore, the company said.')[0]!;
  assert.equal(cost.normalized, '1800000000 INR');
  assert.ok(sameValue(cost, '21500000 USD'));
  assert.equal(readFigures('A grant of ₹5 lakh was paid.')[0]!.normalized, '500000 INR');
});

test('a bare dollar may be the local dollar; dirhams may be Moroccan', () => {
  // "three billion dollars" on an Australian channel against A$3.1 billion: one amount.
  assert.ok(sameValue({ normalized: '3000000000 USD', precision: 1e9, qualifier: 'at least' }, '3100000000 AUD'));
  assert.ok(!sameValue('2500000000 USD', '3100000000 AUD'));
  // 11.8 billion Moroccan dirhams are about $1.2 billion.
  assert.ok(sameValue('11800000000 AED', '1200000000 USD'));
  // Two unqualified dollars are never read as two currencies.
  assert.ok(!sameValue('10000000 USD', '15000000 USD'));
});

test('"about" does not add its room to the rounding it states', () => {
  assert.ok(!sameValue({ normalized: '3100 m', qualifier: 'about' }, '2900 m'));
  assert.ok(sameValue({ normalized: '1100', qualifier: 'about' }, '1150'));
  // A bound keeps its room: "more than 200" and 205 agree.
  assert.ok(sameValue({ normalized: '200', qualifier: 'at least' }, '205'));
});

test('a prison term without a sentencing verb is a sentence; time served before is not', () => {
  const slots = (text: string) => extractClaims(text, empty).filter((c) => c.slot === 'prison sentence duration').map((c) => c.normalized);
  assert.deepEqual(slots('The former mayor was handed an effective 12 years behind bars on Monday.'), ['P12Y']);
  assert.deepEqual(slots('The activist, who had spent 27 years in prison, spoke on Monday.'), []);
  assert.deepEqual(slots('The court handed the clerk four years and 100 days in prison.'), [], 'the last part of a longer term is no term');
  const conflicts = sentenceConflicts([
    report('a', 'The former mayor was sentenced to 15 years in prison on Thursday for fraud.'),
    report('b', 'The former mayor was handed an effective 12 years behind bars for looting the housing budget.'),
  ]);
  assert.deepEqual(values(conflicts), [['15 years', '12 years']]);
});

test('people driven from their homes and people in shelters are one count of the displaced', () => {
  const conflicts = sentenceConflicts([
    report('a', 'The cyclone killed nine people and drove 15,000 from their homes on Monday.'),
    report('b', 'Officials said 22,000 people have been accommodated in temporary shelters since Monday.'),
  ]);
  assert.deepEqual(values(conflicts), [['15,000', '22,000']]);
});

test('brand names before the noun counted are its modifiers', () => {
  assert.deepEqual(readFigures('Kestrel will recall 118,000 Arrow and Swift cars.')[0]!.after, ['cars']);
});

test('a change measured over the previous season is a figure of today; a season is no earlier year', () => {
  const conflicts = sentenceConflicts([
    report('a', 'The board raised the cocoa price by 45% for the 2025/26 season on Wednesday.'),
    report('b', 'The new cocoa price is an increase of 50 per cent over the previous season, the minister said on Wednesday.'),
  ]);
  assert.deepEqual(values(conflicts), [['45%', '50 per cent']]);
});

test('a price per bag derived from the price per tonne is no second conflict; two counts in one ratio are two', () => {
  const conflicts = sentenceConflicts([
    report('a', 'The board will pay GH¢49,600 per tonne, or GH¢3,100 per 64-kg bag, from Wednesday.'),
    report('b', 'The board said the price would be GH¢51,660 per tonne from Wednesday. This translates into GH¢3,228.75 per bag of 64 kilogrammes.'),
  ]);
  assert.deepEqual(values(conflicts), [['GH¢49,600', 'GH¢51,660']]);
  assert.deepEqual(
    restatedFacts([
      [{ article: 0, value: 10, kind: 'count', sentence: 0 }, { article: 1, value: 12, kind: 'count', sentence: 0 }],
      [{ article: 0, value: 20, kind: 'count', sentence: 1 }, { article: 1, value: 24, kind: 'count', sentence: 1 }],
    ]),
    new Set(),
  );
});

test('an age said to be "now" is an age; a grade on a scale is compared only with grades', () => {
  assert.deepEqual(readFigures('Daniels, now 61, was not in court.').map((f) => [f.kind, f.normalized]), [['age', '61']]);
  const grades = readFigures('The avalanche risk was rated at level 4 on a scale of five.');
  assert.deepEqual(grades.map((f) => [f.kind, f.normalized]), [['rating', '4']]);
  const conflicts = sentenceConflicts([
    report('a', 'The avalanche warning level was 3 on the five-level European scale on Saturday.'),
    report('b', 'The avalanche risk was rated at level 4 on a scale of five on Saturday.'),
  ]);
  assert.deepEqual(values(conflicts), [['3', '4']]);
});

test('distances from one point, target years and added capacity are figures of the event', () => {
  const distance = sentenceConflicts([
    report('a', 'The train derailed about 2 km from Swarzedz station shortly after 3 a.m.'),
    report('b', 'The wagons lay on their sides, about five kilometres from Swarzedz station.'),
  ]);
  assert.deepEqual(values(distance), [['2 km', 'five kilometres']]);
  const target = sentenceConflicts([
    report('a', 'The two countries aimed to lift two-way trade to A$35 billion by 2029.'),
    report('b', 'The two governments agreed on a bilateral trade target of A$35 billion by 2028.'),
  ]);
  assert.deepEqual(values(target), [['2029', '2028']]);
  const capacity = sentenceConflicts([
    report('a', "The expansion will raise the terminal's annual capacity by 450,000 containers."),
    report('b', "The project will raise the terminal's capacity by 600,000 TEUs a year."),
  ]);
  assert.deepEqual(values(capacity), [['450,000', '600,000']]);
});

test('what "units of" count is the noun after it', () => {
  assert.deepEqual(readFigures('It recalled 42,000 units of its Arrow SUV on Monday.')[0]!.noun, 'arrow');
});

test('"fire tenders took an hour to arrive" is no duration of the fire', () => {
  const text = 'The blaze raged through the market overnight. Another trader says the fire tenders took more than an hour to arrive.';
  assert.deepEqual(extractClaims(text, empty).filter((c) => /fire|blaze/u.test(c.slot)).map((c) => c.normalized), []);
});

test('"schools in 40 towns" is no count of flooded towns; "hidden in six suitcases" still counts suitcases', () => {
  const towns = sentenceConflicts([
    report('a', 'More than 250 landslides were recorded on Thursday, and 37 towns were flooded.'),
    report('b', 'Schools in 40 towns will remain closed on Friday after the floods.'),
  ]);
  assert.deepEqual(values(towns), []);
  const suitcases = sentenceConflicts([
    report('a', 'Customs officers seized tortoises hidden in six suitcases at the airport on Saturday.'),
    report('b', 'Customs officers found tortoises in five suitcases at the airport on Saturday.'),
  ]);
  assert.deepEqual(values(suitcases), [['six', 'five']]);
});

test('an order of "30 more" jets is the size of the order; "seven more bodies" is no toll', () => {
  const order = sentenceConflicts([
    report('a', 'The airline has ordered 30 more wide-body jets, it said at the air show on Tuesday.'),
    report('b', 'The airline signed a firm order for 40 wide-body jets at the air show on Tuesday.'),
  ]);
  assert.deepEqual(values(order), [['30', '40']]);
  assert.deepEqual(readFigures('Divers recovered seven more bodies on Monday.'), []);
});

test('shares of things each outlet names its own way are one fact', () => {
  const shares = sentenceConflicts([
    report('a', 'The agreement will remove tariffs on 95% of the goods traded between them, the governments said on Tuesday.'),
    report('b', 'The agreement opens the way for the elimination of tariffs on 90 per cent of tariff lines, the ministry said on Tuesday.'),
  ]);
  assert.deepEqual(values(shares), [['95%', '90 per cent']]);
});

test('a version is shown by its exact figure, not by a bound that agrees with it', () => {
  const conflicts = aligned(
    ['a', '2025-09-14', 'An earthquake struck the province on Sunday, killing 23 people and injuring more than 300, the agency said.'],
    ['b', '2025-09-14', 'An earthquake struck the province on Sunday. Officials said 23 people were killed and 310 people were injured.'],
    ['c', '2025-09-15', 'The earthquake killed 23 people and injured 315 people, according to the governor.'],
  );
  const injured = conflicts.find((c) => c.versions.some((v) => /315/u.test(v.value)));
  assert.ok(injured);
  assert.deepEqual(injured.versions.map((v) => v.value).sort(), ['310', '315']);
});

test('a place in a top list is a rank, not a count', () => {
  const counts = (sentence: string) => readFigures(sentence).filter((figure) => figure.kind === 'count').map((figure) => figure.text);
  assert.deepEqual(counts('Harrow is one of the top ten bakers in the county and employs 40 people.'), ['40']);
  assert.deepEqual(counts('The band had a top-5 single last year.'), []);
  assert.deepEqual(counts('Ten bakers closed this year.'), ['Ten']);
});

test('the parts of one duration are one figure', () => {
  const durations = (sentence: string) => readFigures(sentence).filter((figure) => figure.kind === 'duration').map((figure) => [figure.text, figure.normalized]);
  assert.deepEqual(durations('The judge gave him four years and 100 days in jail.'), [['four years and 100 days', 'P1561D']]);
  assert.deepEqual(durations('The final lasted three hours and 12 minutes.'), [['three hours and 12 minutes', 'PT192M']]);
  assert.deepEqual(durations('The engine cut out 75 seconds after launch, not one minute and 40 seconds.'), [['75 seconds', 'PT75S'], ['one minute and 40 seconds', 'PT100S']]);
  assert.deepEqual(durations('The strike lasted two days, and 300 hours of work were lost.'), [['two days', 'P2D'], ['300 hours', 'PT300H']]);
});

test('the day of a dateline is no figure of the story', () => {
  const tolls = (text: string) => extractClaims(text, empty).filter((c) => c.slot === 'death toll').map((c) => [c.normalized, c.evidence.slice(0, 6)]);
  assert.deepEqual(tolls('LISBON, May 21 - Three people were killed when a tram left the rails.'), [['3', 'LISBON']]);
  assert.deepEqual(tolls('LISBON, May 21, 2026 (Harbour Wire) - Three people were killed when a tram left the rails.'), [['3', 'LISBON']]);
  assert.deepEqual(tolls('At least 21 people were killed when a tram left the rails.'), [['21', 'At lea']]);
});

test('a duration of one unit is written back in the singular', () => {
  const values = (text: string) => extractClaims(text, empty).filter((c) => c.slot.endsWith('duration')).map((c) => c.value);
  assert.deepEqual(values('The port is expected to be closed for at least a week, the operator said.'), ['at least a week']);
  assert.deepEqual(values('The port was closed for three days.'), ['three days']);
});
