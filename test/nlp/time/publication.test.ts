import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inferDatesFromCorpus, inferPublicationDate } from '../../../src/nlp/time/index.js';

test('a stated date wins', () => {
  const published = inferPublicationDate({ text: 'Troops moved on Monday.\nTue, May 4, 2021', stated: { date: '2022-01-05', evidence: 'meta' } });
  assert.equal(published.date, '2022-01-05');
  assert.ok(published.confidence > 0.9);
});

test('a dateline line is the date, never a photo caption', () => {
  const text = [
    'Army chief flies to Moscow',
    'In this file photo taken on July 19, 2018, the general arrives at a ceremony.',
    'Moscow',
    'Thu, March 3, 2022',
    'The general said at a meeting late on Wednesday that ties would grow.',
  ].join('\n\n');
  const published = inferPublicationDate({ text });
  assert.equal(published.date, '2022-03-03');
  assert.equal(published.evidence, 'Thu, March 3, 2022');
});

test('a caption alone gives no date', () => {
  const text = 'In this file photo taken on July 19, 2018, the general arrives.\n\nThe general met officials on Monday.';
  assert.equal(inferPublicationDate({ text }).date, null);
  const caption = 'The general arrives on July 19, 2018.';
  assert.equal(inferPublicationDate({ text: `${caption}\n\nHe met officials on Monday.`, captionTexts: [caption] }).date, null);
});

test('a stated year plus an elapsed time dates the article', () => {
  const text = 'The military took power in a 2019 coup.\n\nThe vote came after four years of military rule. The treaty runs until 2035.';
  const published = inferPublicationDate({ text });
  assert.equal(published.date, '2023');
  assert.ok(published.confidence > 0 && published.confidence < 0.8);
  assert.match(published.evidence ?? '', /2019/);
});

test('an elapsed time about something else than the dated year gives no date', () => {
  const text = 'You can hear this microphone in a 2022 recording.\n\nI chose it after 10 years of studio work.';
  assert.equal(inferPublicationDate({ text }).date, null);
});

test('"five years since the 2019 coup" dates the article in one phrase', () => {
  const published = inferPublicationDate({ text: 'Protesters marked five years since the 2019 coup with a strike.' });
  assert.equal(published.date, '2024');
});

test('a dated day whose weekday the text names alone puts the article in the week after it', () => {
  const text = 'The general arrived on Tuesday, June 8, 2021.\n\nHe told officials at a meeting late on Tuesday that ties would grow.';
  const published = inferPublicationDate({ text });
  assert.equal(published.date, '2021-06');
  assert.match(published.evidence ?? '', /2021-06-08/);
});

test('unsure means null, with the bound as evidence', () => {
  const published = inferPublicationDate({ text: 'Rebels advanced in 2023. A five-year plan was signed.' });
  assert.equal(published.date, null);
  assert.match(published.evidence ?? '', /not before 2023/);
  assert.equal(inferPublicationDate({ text: 'Nothing dated here.' }).date, null);
});

test('an undated article borrows the year of an event another article dates', () => {
  const none = { date: null, evidence: null, confidence: 0 };
  const articles = [
    { id: 'a', text: 'Tue, August 9, 2022\n\nThe general, who led the March coup on March 2, 2022, visited the port city.', published: { date: '2022-08-09', evidence: 'dateline', confidence: 0.85 } },
    { id: 'b', text: 'Protests continue since the March coup. In May the general visited the port city.', published: none },
    { id: 'c', text: 'Cooking recipes for summer.', published: none },
  ];
  const dated = inferDatesFromCorpus(articles);
  assert.equal(dated.get('b')?.date, '2022-08');
  assert.match(dated.get('b')?.evidence ?? '', /article a/);
  assert.equal(dated.has('c'), false);
  assert.equal(dated.has('a'), false);
});
