// Claims of the events stage: slots named by what they measure, values normalised, sources attributed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractClaims, normalizeNumber } from '../src/events/claims.js';
import { parseFigure } from '../src/events/claim-values.js';
import { annotateText } from '../src/nlp/index.js';
import type { Claim, TextAnnotations } from '../src/model.js';

const empty: TextAnnotations = { id: 't', sentences: [], entities: [], timexes: [], quotes: [] };
const slots = (claims: Claim[]) => claims.map((c) => [c.slot, c.normalized]);

test('agreement duration and end are claims with fixed slots', () => {
  const text = 'Ghana and Togo signed a three-year border agreement, state television reported. The pact runs until 2028.';
  const claims = extractClaims(text, empty);
  const duration = claims.find((c) => c.slot === 'agreement duration');
  assert.equal(duration?.normalized, 'P3Y');
  assert.equal(duration?.value, 'three-year');
  assert.equal(duration?.attributedTo, 'state television');
  assert.equal(claims.find((c) => c.slot === 'agreement end')?.normalized, '2028');
});

test('durations name what they measure, in any unit', () => {
  const text =
    'Russia and Myanmar signed a five-year military cooperation agreement. Dockers began a 48-hour strike on Tuesday. ' +
    'The talks lasted nearly three hours. Waiting times could stretch to four days if the strike ran its course. ' +
    'The junta completed a month-long election. He was sentenced to seven years in prison.';
  assert.deepEqual(slots(extractClaims(text, empty)), [
    ['agreement duration', 'P5Y'],
    ['strike duration', 'PT48H'],
    ['meeting duration', 'PT3H'],
    ['election duration', 'P1M'],
    ['prison sentence duration', 'P7Y'],
  ]);
});

test('death tolls carry their hedge, number, precision and source', () => {
  const text = 'The fighting has killed at least 1,200 civilians since March, according to a local rights group.';
  const toll = extractClaims(text, empty).find((c) => c.slot === 'death toll');
  assert.equal(toll?.value, 'at least 1,200');
  assert.equal(toll?.normalized, '1200');
  assert.equal(toll?.qualifier, 'at least');
  assert.equal(toll?.precision, 100);
  assert.equal(toll?.attributedTo, 'a local rights group');
});

test('counts of people: dead, injured, missing, rescued, on board', () => {
  const text =
    'At least 12 people died and 30 others were injured when the ferry capsized, the agency said. ' +
    'The ferry had 61 people on board. Rescuers pulled 41 survivors from the water; six people remain missing. ' +
    'The death toll rose to 14 on Tuesday.';
  assert.deepEqual(slots(extractClaims(text, empty)), [
    ['death toll', '12'],
    ['injured', '30'],
    ['people on board', '61'],
    ['missing', '6'],
    ['rescued', '41'],
    ['death toll', '14'],
  ]);
});

test('magnitude, depth and amounts with currency and scale', () => {
  const text =
    'A 6.2-magnitude earthquake struck at a depth of 10 km. Norway pledged EUR 10m in aid. ' +
    'The contract is worth $1.8 billion. The company paid 3.5 million dollars for the site.';
  const claims = extractClaims(text, empty);
  assert.deepEqual(slots(claims), [
    ['magnitude', '6.2'],
    ['quake depth', '10000 m'],
    ['aid amount', '10000000 EUR'],
    ['deal value', '1800000000 USD'],
    ['deal value', '3500000 USD'],
  ]);
  assert.equal(claims.find((c) => c.slot === 'deal value')?.precision, 1e8);
});

test('figures of an earlier year are background, not claims', () => {
  const text = 'The 2004 tsunami killed 230,000 people. This week the quake killed 12 people.';
  assert.deepEqual(slots(extractClaims(text, empty, { referenceDate: '2025-03-01' })), [['death toll', '12']]);
});

test('titles of offices with their holder; ranks and former holders are left out', () => {
  const text = 'Norwegian Finance Minister Kari Holm pledged aid. General Ola Berg spoke. Former President Per Lund was absent.';
  const claims = extractClaims(text, empty).filter((c) => c.slot === 'title');
  assert.deepEqual(claims.map((c) => [c.subject, c.normalized]), [['holm', 'finance minister']]);
});

test('dates and places of an event come from the time layer and the place after the verb', () => {
  const text = 'The two ministers signed the agreement in Hanoi on Wednesday.';
  const annotations = annotateText(text, { id: 'd', referenceDate: '2025-05-22' });
  const claims = extractClaims(text, annotations, { referenceDate: '2025-05-22' });
  assert.deepEqual(slots(claims), [
    ['agreement date', '2025-05-21'],
    ['agreement place', 'VNM/Hanoi'],
    // The lead's place and day of the main event, whatever the event (claim-when-where.ts).
    ['event place', 'VNM/hanoi'],
    ['event day', '2025-05-21'],
  ]);
});

test('numbers normalise from digits, scales and words, with their precision', () => {
  assert.equal(normalizeNumber('more than 3,000'), '3000');
  assert.equal(normalizeNumber('2.5 billion'), '2500000000');
  assert.equal(normalizeNumber('five'), '5');
  assert.deepEqual(parseFigure('about 1,100'), { value: 1100, precision: 100, qualifier: 'about' });
  assert.deepEqual(parseFigure('1.24bn'), { value: 1240000000, precision: 1e7, qualifier: null });
});

test('more slots: trapped, freed, power cuts, vote and economic rates, agreements signed, measures', () => {
  const text =
    'Fifteen miners remain trapped underground. Ostria freed 24 soldiers in the exchange. ' +
    'The storm left 200,000 homes without power, with winds of up to 110 mph. Turnout was 61 percent. ' +
    'The bank raised its interest rate to 6.25% on Thursday. The two leaders signed 14 cooperation agreements. ' +
    'The wildfire has burned about 30,000 acres. Officials ordered 35,000 residents to leave their homes.';
  assert.deepEqual(slots(extractClaims(text, empty)), [
    ['trapped', '15'],
    ['people released', '24'],
    ['homes without power', '200000'],
    ['wind speed', '177.028 km/h'],
    ['turnout', '61'],
    ['interest rate', '6.25'],
    ['agreements signed', '14'],
    ['area burned', '12140.58 ha'],
    ['displaced', '35000'],
  ]);
});

test('no negations, increments or singular verbs as counts; old "since" periods are history', () => {
  const text =
    'Officials said no one was killed in the attack. Four other people died in hospital. ' +
    'A mother of 12 was killed in the shooting. Some 2 million people died in the war waged since 1955.';
  assert.deepEqual(slots(extractClaims(text, empty, { referenceDate: '2025-01-10' })), []);
  const recent = 'The crackdown has killed at least 870 civilians since the 2021 coup.';
  assert.deepEqual(slots(extractClaims(recent, empty, { referenceDate: '2021-06-22' })), [['death toll', '870']]);
});

test('a part or a rate of an amount is not the deal value; ages before and after names', () => {
  const deal = 'AMD agreed to acquire SeaMicro for approximately $334 million, of which approximately $281 million is cash.';
  assert.deepEqual(slots(extractClaims(deal, empty)), [
    ['deal value', '334000000 USD'],
    ['amount', '281000000 USD'],
  ]);
  const ages = 'The suspect, Daniel Mercer, 34, was arrested. Police named 35-year-old Daniel Mercer.';
  assert.deepEqual(extractClaims(ages, empty).map((c) => [c.slot, c.subject, c.normalized]), [
    ['age', 'mercer', '34'],
    ['age', 'mercer', '35'],
  ]);
});

test("a part of an owner's things counts the part: \"nine of the town's 14 bakeries\", \"three of its mills\"", () => {
  const text = "Nine of the town's 14 bakeries closed on Friday. Officials said three of its mills had stopped work.";
  const claims = extractClaims(text, empty).filter((c) => c.slot === 'bakery' || c.slot === 'mill');
  assert.deepEqual(claims.map((c) => [c.slot, c.value, c.normalized]), [
    ['bakery', "nine of the town's 14 bakeries", '9'],
    ['mill', 'three of its mills', '3'],
  ]);
});
