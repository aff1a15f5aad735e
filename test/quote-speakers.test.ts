// One quotation credited to different speakers (src/stories/quote-speakers.ts) on small texts written for these
// tests: reading quotations and their speakers, and flagging outlets that disagree on who said the words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeakerConflicts, readQuotes, sharedRun, surnameKey, wholeWithin } from '../src/stories/quote-speakers.js';
import { alignClaims } from '../src/stories/claims.js';

const story = (...texts: string[]) => texts.map((text, i) => ({ article: `a${i}`, date: '2031-03-02', text }));

test('a quotation split by its attribution is one, credited to the speaker after the verb', () => {
  const [quote] = readQuotes('“The tunnel is safe,” said harbour master Ines Varga. “We expect the line back by Friday at the latest.”');
  assert.equal(quote?.speaker, 'harbour master Ines Varga');
  assert.equal(quote?.name, 'Ines Varga');
  assert.match(quote!.text, /tunnel is safe.*line back by Friday/u);
});

test('speakers before the verb, before the quotation, and a lone surname given its full name', () => {
  const text =
    'Transport chief Luis Pardo visited the depot on Monday.\n' +
    '"Every carriage will be checked twice before it returns to service," Pardo said.\n' +
    'Mayor Ana Ruiz told reporters: "We will publish every inspection report in full, line by line, before the service restarts."';
  const quotes = readQuotes(text);
  assert.deepEqual(quotes.map((quote) => quote.name), ['Luis Pardo', 'Ana Ruiz']);
});

test('"he said" is the person last named before; an unnamed speaker names nobody', () => {
  const text =
    'Coach Tomas Brenner refused to blame his young players after the defeat.\n' +
    '"Half of this squad is under twenty and they will learn from tonight," he said.\n' +
    '"The club has no plans to sell the stadium or its training ground," a spokesperson said.';
  const [first, second] = readQuotes(text);
  assert.equal(first?.name, 'Tomas Brenner');
  assert.equal(second?.name, null);
});

test('one quotation under two surnames is a "who said" conflict with the speakers as written', () => {
  const found = quoteSpeakerConflicts(
    story(
      '"We expect the line back by Friday once the signals are repaired," said Mayor Ana Ruiz.',
      '"We expect the line back by Friday once the signals are repaired," the city\'s transport chief Luis Pardo told reporters.',
    ),
  );
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'who said');
  assert.deepEqual(found[0]!.versions.map((version) => [version.value, version.articles]), [
    ['Mayor Ana Ruiz', ['a0']],
    ["the city's transport chief Luis Pardo", ['a1']],
  ]);
});

test('no conflict for one speaker under a post, an unnamed speaker, or different words', () => {
  const same = story('"We expect the line back by Friday once the signals are repaired," said Mayor Ana Ruiz.', '"We expect the line back by Friday once the signals are repaired," Ruiz said.');
  assert.deepEqual(quoteSpeakerConflicts(same), []);
  const unnamed = story('"We expect the line back by Friday once the signals are repaired," said Mayor Ana Ruiz.', '"We expect the line back by Friday once the signals are repaired," a city spokesperson said.');
  assert.deepEqual(quoteSpeakerConflicts(unnamed), []);
  const other = story('"We expect the line back by Friday once the signals are repaired," said Mayor Ana Ruiz.', '"Passengers should plan for buses all through next week," said Luis Pardo.');
  assert.deepEqual(quoteSpeakerConflicts(other), []);
});

test('a short quotation with few content words is one with another when all its words stand in it', () => {
  const found = quoteSpeakerConflicts(
    story('"We gave this win to the people of the valley," said coach Ivo Marek after the match.', 'Fans sang for an hour. "We gave this win to the people of the valley," captain Tomas Hale said.'),
  );
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.deepEqual(found[0]!.versions.map((version) => version.value).sort(), ['captain Tomas Hale', 'coach Ivo Marek']);
  // A stock phrase of few words ("We are very proud") is no quotation two speakers can share.
  assert.deepEqual(quoteSpeakerConflicts(story('"We are very proud," said coach Ivo Marek.', '"We are very proud," captain Tomas Hale said.')), []);
});

test('helper: one word list inside the other, in order, long enough', () => {
  const words = (text: string) => text.toLowerCase().split(/\s+/u);
  assert.ok(wholeWithin(words('we gave this win to the people'), words('and we gave this win to the people of the valley')));
  assert.ok(!wholeWithin(words('we gave this win to the people'), words('we gave this cup to the people of the valley')));
  assert.ok(!wholeWithin(words('we are very proud'), words('we are very proud of them')));
});

test('alignClaims flags it unless the switch is off', () => {
  const articles = story(
    'Trains stopped at Vell on Tuesday. "We expect the line back by Friday once the signals are repaired," said Mayor Ana Ruiz.',
    'Trains stopped at Vell on Tuesday. "We expect the line back by Friday once the signals are repaired," transport chief Luis Pardo said.',
  ).map((entry) => ({ ...entry, claims: [] }));
  assert.ok(alignClaims(articles, { figurePairs: null, slotPairs: null }).some((conflict) => conflict.fact === 'who said'));
  assert.ok(!alignClaims(articles, { figurePairs: null, slotPairs: null, quoteSpeakers: false }).some((conflict) => conflict.fact === 'who said'));
});

test('helpers: the longest shared run of words, a surname without accents', () => {
  assert.equal(sharedRun(['a', 'b', 'c', 'd'], ['x', 'b', 'c', 'd', 'y']), 3);
  assert.equal(surnameKey('Lucía Ferráz'), 'ferraz');
});

test('a quotation without its own attribution is the paragraph\'s last named person; an unnamed speaker ends "he said"', () => {
  const text =
    'Harbour master Ines Varga walked the damaged quay on Monday. "Every crane on this side will stay shut until the engineers sign it off."\n' +
    'The owner of a fish stall said he had lost a week of trade. "Nobody told us the quay would close for the whole of the season," he said.';
  const [first, second] = readQuotes(text);
  assert.equal(first?.name, 'Ines Varga');
  assert.equal(second?.name, null);
});
