// Disagreements between outlets written in different words: temperatures, a central bank's rate under another
// name, the age of one unnamed person, verbs of one act, a named sum against an unnamed one, a charge, and counts
// of agreements; and the differences that must stay quiet. Small articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../src/events/claims.js';
import { alignClaims } from '../src/stories/index.js';
import { aligned, noLayers } from './fixtures/claims.js';

function conflicts(...articles: [string, string, string][]): string[] {
  return aligned(...articles).map((c) => `${c.fact}: ${c.versions.map((v) => `${v.value} [${v.articles.join(',')}]`).join(' / ')}`);
}

const facts = (list: string[]) => list.map((line) => line.split(':')[0]);

test('temperatures in C, degrees or Fahrenheit are one fact; a conversion is no disagreement', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-07-01', 'Temperatures reached 41C in Seville on Tuesday, the weather service said.'],
      ['b', '2025-07-01', 'The thermometer climbed to 43 degrees in the city by the afternoon.'],
    ),
    ['temperature: 41C [a] / 43 degrees [b]'],
  );
  assert.deepEqual(
    facts(conflicts(
      ['a', '2025-07-01', 'The heat peaked at 40C in the valley on Tuesday.'],
      ['b', '2025-07-01', 'The heat peaked at 104F in the valley on Tuesday.'],
    )),
    [],
  );
  // A "30 degrees" slope is no temperature.
  assert.equal(extractClaims('The road climbs at 30 degrees for two kilometres.', noLayers('x')).some((c) => c.slot === 'temperature'), false);
});

test('a base or policy rate is the interest rate, stated exactly: 7 per cent is not a rounded 6.75%', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-03-01', 'The central bank raised its policy rate by 25 basis points to 4.75% on Thursday.'],
      ['b', '2025-03-01', 'The bank lifted its benchmark rate to 5 per cent on Thursday.'],
    ),
    ['interest rate: 4.75 [a] / 5 [b]'],
  );
});

test('the age of one unnamed person is compared; two unnamed people are not', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-05-01', 'A 62-year-old French cyclist was taken to hospital after the crash, police said.'],
      ['b', '2025-05-01', 'Police said a 64-year-old man from Lille was seriously hurt in the crash.'],
    ),
    ['age: 62 [a] / 64 [b]'],
  );
  assert.deepEqual(
    facts(conflicts(
      ['a', '2025-05-01', 'A 62-year-old man and a 9-year-old girl were hurt in the crash.'],
      ['b', '2025-05-01', 'A 64-year-old man was hurt in the crash, police said.'],
    )),
    [],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-05-01', 'The board named Ana Ruiz, 47, as chief executive on Monday.'],
      ['b', '2025-05-01', 'Ana Ruiz, the 49-year-old finance director, was named chief executive on Monday.'],
    ),
    ['age of Ruiz: 47 [a] / 49 [b]'],
  );
});

test('verbs of one act meet: treated and assisted', () => {
  assert.deepEqual(
    facts(conflicts(
      ['a', '2025-04-01', 'Paramedics treated 120 fans for heat stroke at the festival on Saturday.'],
      ['b', '2025-04-01', 'Red Cross volunteers assisted 95 fans at the festival, most for dehydration.'],
    )),
    ['fan'],
  );
});

test('a named sum meets an unnamed sum of the same currency, never one of another currency', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-02-01', 'Japan will extend a $3 billion loan to Egypt, the finance ministry said on Monday.'],
      ['b', '2025-02-01', 'Tokyo made available 3.5 billion US dollars to Cairo for rail projects, officials said on Monday.'],
    ),
    ['loan amount: $3 billion [a] / 3.5 billion US dollars [b]'],
  );
  assert.deepEqual(
    facts(conflicts(
      ['a', '2025-02-01', 'Japan will extend a $3 billion loan to Egypt, the finance ministry said on Monday.'],
      ['b', '2025-02-01', 'Tokyo made available 3.5 billion euros to Cairo for rail projects, officials said on Monday.'],
    )),
    [],
  );
});

test('a restructuring charge is its own sum; counts of agreements are the agreements signed', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-09-01', 'The bank will take a restructuring charge of €400 million, it said on Tuesday.'],
      ['b', '2025-09-01', 'The lender is booking a charge of €450m this year, it told investors on Tuesday.'],
    ),
    ['charge: €400 million [a] / €450m [b]'],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-09-01', 'The two presidents signed six agreements on Tuesday.'],
      ['b', '2025-09-01', 'The leaders witnessed the signing of nine agreements on energy and trade on Tuesday.'],
    ),
    ['agreements signed: six [a] / nine agreements [b]'],
  );
});

test('the period of a plan, a term of office and sums in more currencies are compared', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-10-01', 'The carmaker will close three plants over the next 24 months, it said on Monday.'],
      ['b', '2025-10-01', 'The plant closures will be phased in under a timetable of three years, the union said on Monday.'],
    ),
    ['period duration: the next 24 months [a] / three years [b]'],
  );
  // A term of office is no prison term; a court's term is.
  const term = (text: string) => extractClaims(text, noLayers('t')).map((c) => c.slot);
  assert.deepEqual(term('The senate confirmed him for a six-year term.'), ['term duration']);
  assert.deepEqual(term('The court gave him a six-year term for fraud.'), ['prison sentence duration']);
  // A pay rise over two years is a rate, not a plan's period.
  assert.deepEqual(term('Employers offered a pay rise of 3% over two years.'), ['rise']);
  assert.deepEqual(
    conflicts(
      ['a', '2025-10-01', 'The shipyard won a contract worth 2.5 billion zlotys on Monday.'],
      ['b', '2025-10-01', 'The contract is worth about 2.9 billion zloty, the yard said on Monday.'],
    ),
    ['deal value: 2.5 billion zlotys [a] / 2.9 billion zloty [b]'],
  );
});

test('a share of a whole in per cent or as a fraction in words; an update only when worded so at the figure', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-11-01', 'The bank will cut 900 jobs, or 6% of its workforce, it said on Monday.'],
      ['b', '2025-11-01', 'The bank is cutting about 900 posts, roughly a fifth of its staff, it said on Monday.'],
    ),
    ['workforce share: 6% of its workforce [a] / roughly a fifth of its staff [b]'],
  );
  // "Half of the country's hospitals" is a share of the hospitals, not of the country.
  assert.equal(extractClaims("Half of the country's hospitals closed.", noLayers('h')).some((c) => c.slot === 'country share'), false);
  // "climbed to 35C" elsewhere in the sentence does not make a larger count an update.
  const lines = alignClaims([
    { article: 'a', date: '2025-07-01', claims: extractClaims('Medics treated 90 fans as temperatures climbed to 35C.', noLayers('a')) },
    { article: 'b', date: '2025-07-02', claims: extractClaims('Medics treated 120 fans at the concert.', noLayers('b')) },
  ]);
  assert.deepEqual(lines.map((c) => [c.fact, c.update]), [['fan', false]]);
});

test('the year the first of a planned series is due, never a past year', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-05-01', 'The first train is due to enter service in 2028, the maker said on Monday.'],
      ['b', '2025-05-01', 'The first of the trains will be handed over in 2029, officials said on Monday.'],
    ),
    ['first due: 2028 [a] / 2029 [b]'],
  );
  assert.deepEqual(extractClaims('The first train was delivered in 2019.', noLayers('p'), { referenceDate: '2025-05-01' }).map((c) => c.slot), []);
});
