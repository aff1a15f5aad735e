// Ages and clock times of a story's people and event, as a new author writes them: small reports written for these
// tests, read by the NLP and events stages and aligned by the stories stage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
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
