// Ages and clock times of a story's people and event, as a new author writes them: small reports written for these
// tests, read by the NLP and events stages and aligned by the stories stage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockClaims } from '../src/events/claim-clock.js';
import { ageClaims } from '../src/events/claim-facts.js';
import { extractClaims } from '../src/events/claims.js';
import { annotateText } from '../src/nlp/index.js';
import { alignClaims, type StoryConflict } from '../src/stories/index.js';

function conflicts(...articles: [string, string | null, string][]): StoryConflict[] {
  return alignClaims(
    articles.map(([article, date, text]) => {
      const annotations = annotateText(text, { id: article, referenceDate: date });
      return { article, date, text, claims: extractClaims(text, annotations, { referenceDate: date }) };
    }),
  );
}

test('an age in brackets after a name is that person\'s age', () => {
  assert.deepEqual(ageClaims('Tomas Velner (27, Club Orla) won the sprint.').map((c) => [c.subject, c.normalized]), [['velner', '27']]);
});

test('a name past "of" is not the aged person: "the 30-year-old rider of Team Borel"', () => {
  const found = ageClaims('The 30-year-old rider of Team Borel Vista won the stage.');
  assert.deepEqual(found.map((c) => [c.subject ?? null, c.normalized]), [[null, '30']]);
});

test('"the driver, 29," and "the 47-year-old" are unnamed ages', () => {
  assert.deepEqual(ageClaims('The driver, 29, was hurt on the route.').map((c) => [c.subject ?? null, c.normalized]), [[null, '29']]);
  assert.deepEqual(ageClaims('The court heard that the 47-year-old signed the payments.').map((c) => [c.subject ?? null, c.normalized]), [[null, '47']]);
});

test('an unnamed age joins the age of the one named person the article mentions', () => {
  const found = conflicts(
    ['a', '2025-03-02', 'Former treasurer Pavel Orlan, 52, was jailed on Monday for fraud, the court said.'],
    ['b', '2025-03-02', 'Pavel Orlan was jailed on Monday. The court heard that the 55-year-old signed false invoices.'],
  );
  const age = found.find((conflict) => conflict.fact === 'age of Orlan');
  assert.ok(age, JSON.stringify(found.map((c) => c.fact)));
  assert.deepEqual(age.versions.map((v) => v.value).sort(), ['52', '55']);
});

test('an unnamed age stays apart when the article names no aged person of the story', () => {
  const found = conflicts(
    ['a', '2025-03-02', 'Former treasurer Pavel Orlan, 52, was jailed on Monday for fraud, the court said.'],
    ['b', '2025-03-02', 'A treasurer was jailed on Monday. A witness said the 55-year-old clerk had warned the board.'],
  );
  assert.equal(found.some((conflict) => conflict.fact.startsWith('age')), false);
});

test('clock times are read in several shapes, after a verb of the past', () => {
  const sentences = (text: string) => [{ start: 0, end: text.length }];
  const read = (text: string) => clockClaims(text, sentences(text)).map((c) => c.normalized);
  assert.deepEqual(read('The fire broke out at around 9:40 a.m. in the weaving hall.'), ['580']);
  assert.deepEqual(read('The fire started at about 10:15 in the morning.'), ['615']);
  assert.deepEqual(read('The tower toppled at about 14:20 local time.'), ['860']);
  assert.deepEqual(read('The mast started swaying shortly after 4pm.'), ['960']);
  assert.deepEqual(read('The ship left port at 9:05.'), ['?545']);
});

test('a programme, a plan or a count is no event time', () => {
  const read = (text: string) => clockClaims(text, [{ start: 0, end: text.length }]);
  assert.equal(read('Watch the full report on our bulletin at 9 p.m.').length, 0);
  assert.equal(read('The union called a rally at 10 a.m. on Monday.').length, 0);
  assert.equal(read('Prices rose at 12 percent last year.').length, 0);
});

test('two outlets an hour apart on the time of the event disagree; ten minutes apart they agree', () => {
  const apart = conflicts(
    ['a', '2025-06-03', 'A fire broke out at a textile mill in Varnel at 9:40 a.m. on Tuesday, officials said.'],
    ['b', '2025-06-03', 'The blaze at the Varnel textile mill started at about 10:45 in the morning on Tuesday, officials said.'],
  );
  assert.ok(apart.some((c) => c.fact === 'time' && c.versions.some((v) => v.value.includes('9:40'))), JSON.stringify(apart));
  const close = conflicts(
    ['a', '2025-06-03', 'A fire broke out at a textile mill in Varnel at 9:40 a.m. on Tuesday, officials said.'],
    ['b', '2025-06-03', 'The blaze at the Varnel textile mill started at about 9:45 in the morning on Tuesday, officials said.'],
  );
  assert.equal(close.some((c) => c.fact === 'time'), false);
});

test('a workforce, the cases of an outbreak and a count with an aside are read', () => {
  const slots = (text: string) => extractClaims(text, annotateText(text, { id: 't', referenceDate: '2025-05-01' }), { referenceDate: '2025-05-01' }).map((c) => [c.slot, c.normalized]);
  assert.ok(slots('The mill employs about 1,700 people in three towns.').some(([slot, value]) => slot === 'workforce' && value === '1700'));
  assert.ok(slots('Measles has spread in the valley, with 63 cases and two deaths reported.').some(([slot, value]) => slot === 'cases' && value === '63'));
  assert.equal(slots('The court has 40 cases of fraud pending.').some(([slot]) => slot === 'cases'), false);
  assert.ok(slots('Six people, including two drivers, were arrested in the port.').some(([slot, value]) => slot === 'arrested' && value === '6'));
});

test('the native spelling of a currency and a vote count restated as a share are read', () => {
  const claims = (text: string) => extractClaims(text, annotateText(text, { id: 't', referenceDate: '2025-05-01' }), { referenceDate: '2025-05-01' });
  assert.ok(claims('The buyer will pay 3.4 billion złoty for the haulier, the companies said.').some((c) => c.normalized === '3400000000 PLN'));
  assert.ok(claims('Ostrowa received 41,200 votes, or 48.7 percent, the electoral board said.').some((c) => c.slot === 'vote share' && c.normalized.startsWith('48.7')));
});

test('a planned length is not the duration of what happened', () => {
  const claims = (text: string) => extractClaims(text, annotateText(text, { id: 't', referenceDate: '2025-05-01' }), { referenceDate: '2025-05-01' });
  assert.equal(claims('The meeting, planned for one hour, went on into the evening.').some((c) => c.normalized === 'PT1H'), false);
});

test('depots and terminals of one company are one count', () => {
  const found = conflicts(
    ['a', '2025-09-08', 'Orlik Freight employs about 900 people and runs 22 depots across Poland, the buyer said.'],
    ['b', '2025-09-08', 'Orlik Freight has 26 terminals in Poland and employs about 900 workers.'],
  );
  assert.ok(found.some((c) => c.versions.some((v) => v.value.includes('22')) && c.versions.some((v) => v.value.includes('26'))), JSON.stringify(found.map((c) => c.fact)));
});

test("a post after its organisation's name is read: \"Orlik's chief executive Jan Mroz\"", () => {
  const found = conflicts(
    ['a', '2025-09-08', "Orlik's chief executive Jan Mroz said the purchase would double the group's fleet."],
    ['b', '2025-09-08', "Jan Mroz, Orlik's chief financial officer, said the deal would be paid in cash."],
  );
  const title = found.find((c) => c.fact === 'title of Mroz');
  assert.ok(title, JSON.stringify(found.map((c) => c.fact)));
  assert.deepEqual(title.versions.map((v) => v.value).sort(), ['chief executive', 'chief financial officer']);
});

test('without an event verb in the lead, the day the event was found dates it', () => {
  const found = conflicts(
    ['a', '2025-10-14', 'Customs officers seized 3 tonnes of heroin at the port of Velsa, the ministry said on Tuesday. The drugs were found on Thursday in a container of coffee.'],
    ['b', '2025-10-14', 'A record haul of heroin at the port of Velsa was announced on Tuesday. The control took place on Friday, after a scanner showed anomalies.'],
  );
  const day = found.find((c) => c.fact === 'date');
  assert.ok(day, JSON.stringify(found.map((c) => c.fact)));
  assert.deepEqual(day.versions.map((v) => v.value).sort(), ['Friday', 'Thursday']);
});

test('rainfall is read in millimetres of rain and as a rainfall of millimetres', () => {
  const claims = (text: string) => extractClaims(text, annotateText(text, { id: 't', referenceDate: '2025-06-13' }), { referenceDate: '2025-06-13' });
  assert.ok(claims('The weather office recorded 96 mm of rain in six hours.').some((c) => c.slot === 'rainfall' && c.normalized === '96'));
  assert.ok(claims('Heavy rainfall of 120 mm caused flash floods in the valley.').some((c) => c.slot === 'rainfall' && c.normalized === '120'));
});

test('a winning margin in seconds is read ahead of or by', () => {
  const claims = (text: string) => extractClaims(text, annotateText(text, { id: 't', referenceDate: '2025-06-13' }), { referenceDate: '2025-06-13' });
  assert.ok(claims('Dara Kole crossed the line 9 seconds ahead of Ivo Marr on the final climb.').some((c) => c.slot === 'winning margin' && c.normalized === '9'));
  assert.ok(claims('Dara Kole won the stage, holding off Ivo Marr by 14 seconds at the line.').some((c) => c.slot === 'winning margin' && c.normalized === '14'));
});

test('a dotted clock time with a.m. or p.m. is read ("3.15pm"); a dotted figure without is a decimal', () => {
  const read = (text: string) => clockClaims(text, [{ start: 0, end: text.length }]).map((claim) => [claim.value, claim.normalized]);
  assert.deepEqual(read('The lights went out at around 3.15pm across the island.'), [['around 3.15pm', '915']]);
  assert.deepEqual(read('The ferry left shortly after 7.40am on Tuesday.'), [['after 7.40am', '460']]);
  assert.deepEqual(read('The bank raised its rate to 6.25 on Tuesday, and shares rose at 9.30 in early trade.'), []);
});

test('a clock time shares its hour and minutes with the same time written otherwise, never bare digits with a toll', async () => {
  const { sharesOutletAndWord } = await import('../src/stories/claims-when-where.js');
  assert.equal(sharesOutletAndWord({ value: '3.15 a.m.', articles: ['a'] }, { value: '3:15am', articles: ['a'] }), true);
  assert.equal(sharesOutletAndWord({ value: '3 p.m.', articles: ['a'] }, { value: '3', articles: ['a'] }), false);
});
