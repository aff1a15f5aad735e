import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotes } from '../src/nlp/quotes.js';

test('direct quote with speaker after and agency by "according to"', () => {
  const text = '“We will stand by our partners,” Lindqvist told reporters, according to Reuters.';
  const [q] = findQuotes(text, [], []);
  assert.equal(q?.speaker, 'Lindqvist');
  assert.equal(q?.via, 'Reuters');
  assert.equal(q?.text, 'We will stand by our partners,');
});

test('"X quoted Y as saying" gives the agency and resolves the full name', () => {
  const text = 'Finnish Foreign Minister Elina Saari arrived on Monday.\n"Our ties are strong," Xinhua quoted Saari as saying.';
  const [q] = findQuotes(text, [], []);
  assert.equal(q?.speaker, 'Elina Saari');
  assert.equal(q?.via, 'Xinhua');
});

test('speaker before the quote, past an appositive, with "told AFP"', () => {
  const text = 'Jane Doe, an analyst at a Paris think tank, told AFP: "The sanctions have failed."';
  const [q] = findQuotes(text, [], []);
  assert.equal(q?.speaker, 'Jane Doe');
  assert.equal(q?.via, 'AFP');
});

test('"he said" resolves to the last person named; organisations speak too', () => {
  const text = 'Prime Minister Tomas Novak spoke on Friday.\n"This is a good day for us," he said.\n"Talks will go on," the Kremlin said in a statement.';
  const quotes = findQuotes(text, [], []);
  assert.equal(quotes[0]?.speaker, 'Tomas Novak');
  assert.equal(quotes[1]?.speaker, 'Kremlin');
});

test('partial quotes count; single scare-quoted words do not', () => {
  const text = 'The minister said the two sides discussed the "fight against piracy" and called critics "liars".';
  const quotes = findQuotes(text, [], []);
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.text, 'fight against piracy');
  assert.equal(quotes[0]?.speaker, 'minister');
});

test('the agency named as "Russia\'s RIA news agency" is reduced to RIA', () => {
  const text = '"We are ready," said Ivan Petrov, Russia\'s RIA news agency reported.';
  const [q] = findQuotes(text, [], []);
  assert.equal(q?.speaker, 'Ivan Petrov');
  assert.equal(q?.via, 'RIA');
});

test('indirect quotes: "X said that …" and "…, state media reported"', () => {
  const text = 'Foreign Minister Lena Ortiz said that the talks would resume in May.\nThe border will reopen next week, state media reported.';
  const quotes = findQuotes(text, [], []);
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0]?.speaker, 'Lena Ortiz');
  assert.equal(quotes[0]?.text, 'the talks would resume in May');
  assert.equal(quotes[1]?.speaker, null);
  assert.equal(quotes[1]?.via, 'state media');
  assert.equal(quotes[1]?.text, 'The border will reopen next week');
});
