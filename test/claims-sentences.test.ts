// The slot-free alignment: figures read from sentences (figures.ts) and paired across articles by role
// (claims-sentences.ts). Small invented reports only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceConflicts } from '../src/stories/claims-sentences.js';
import { readFigures } from '../src/stories/figures.js';
import { alignClaims } from '../src/stories/index.js';

const report = (article: string, text: string, date = '2025-05-06') => ({ article, date, text });

test('figures: counts with their noun and hedge, durations, sums; dates and clock times are no figures', () => {
  const figures = readFigures('Some 8,000 dockworkers began a three-day strike on March 4 at 10:30, costing €80 million a day.');
  assert.deepEqual(
    figures.map((f) => [f.kind, f.normalized, f.qualifier]),
    [
      ['count', '8000', 'about'],
      ['duration', 'P3D', null],
      ['money', '80000000 EUR', null],
    ],
  );
  assert.equal(figures[0]!.noun, 'dockworker');
  assert.deepEqual(readFigures('The 280-metre bridge and a 72-hour walkout')[1]!.normalized, 'PT72H');
  assert.equal(readFigures('The 280-metre bridge')[0]!.normalized, '280 m');
});

test('figures: "seven more bodies" is an increment, "one of the" no figure, "a 41-year-old" an age', () => {
  assert.equal(readFigures('Divers recovered seven more bodies.').length, 0);
  assert.equal(readFigures('One of the boats sank.').length, 0);
  assert.deepEqual(readFigures('A 41-year-old runner collapsed.').map((f) => [f.kind, f.normalized]), [['age', '41']]);
  assert.deepEqual(readFigures('The suspect, Daniel Mercer, 34, was arrested.')[0]!.role, ['name:mercer']);
});

test("two outlets giving one person's age differently: a conflict on her age", () => {
  const conflicts = sentenceConflicts([
    report('a', 'The president nominated Grace Wanjiru, 51, to lead the central bank on Tuesday.'),
    report('b', 'Grace Wanjiru, the 53-year-old chief economist, was picked on Tuesday to head the central bank.'),
  ]);
  assert.deepEqual(conflicts.map((c) => [c.fact, c.versions.map((v) => v.value)]), [['age of Wanjiru', ['51', '53-year-old']]]);
});

test('two outlets giving different tolls and the same rescued count: one conflict, with both articles', () => {
  const conflicts = sentenceConflicts([
    report('a', 'At least 12 people died when a ferry capsized on Lake Victoria on Tuesday, police said. Rescuers pulled 80 survivors from the water.'),
    report('b', 'Fifteen people were killed when an overloaded ferry overturned on Lake Victoria on Tuesday. Divers rescued 80 survivors, officials said.'),
  ]);
  assert.equal(conflicts.length, 1);
  const [conflict] = conflicts;
  assert.deepEqual(conflict!.versions.map((v) => [v.value, v.articles]), [['12', ['a']], ['Fifteen', ['b']]]);
  assert.match(conflict!.versions[1]!.evidence, /Fifteen people were killed/u);
  assert.equal(conflict!.update, false);
});

test('units, wording, currencies and hedges are no conflict; a background year gives no version', () => {
  const conflicts = sentenceConflicts([
    report('a', 'Dock workers in Rotterdam began a two-day strike on Tuesday. Operators put the cost at EUR 10m a day. More than 250 ships were waiting.'),
    report('b', 'Rotterdam dockers started a 48-hour strike on Tuesday, costing operators $11 million a day. Some 300 ships were waiting. In 2019, a similar strike lasted five days.'),
  ]);
  assert.deepEqual(conflicts, []);
});

test('a higher toll in a later report is an update', () => {
  const conflicts = sentenceConflicts([
    report('a', 'A landslide in West Sumatra killed nine people on Monday, officials said.', '2025-05-05'),
    report('b', 'The number of people killed by a landslide in West Sumatra rose to 14 on Tuesday, officials said.', '2025-05-06'),
  ]);
  assert.equal(conflicts.length, 1);
  assert.equal(conflicts[0]!.update, true);
});

test('a figure an article also states is not disputed by it', () => {
  const conflicts = sentenceConflicts([
    report('a', 'About 1,300 tractors blocked Brussels on Monday, police said. Organisers put the number of tractors at 3,000.'),
    report('b', 'Some 3,000 tractors blocked Brussels on Monday, organisers said.'),
  ]);
  assert.deepEqual(conflicts, []);
});

test('alignClaims adds the sentence conflicts when the articles give their text', () => {
  const articles = [
    { article: 'a', date: '2025-05-06', claims: [], text: 'Medical teams treated 230 runners for heat exhaustion at the Porto marathon on Sunday.' },
    { article: 'b', date: '2025-05-06', claims: [], text: 'Paramedics treated 180 runners for dehydration at the Porto marathon on Sunday.' },
  ];
  const conflicts = alignClaims(articles);
  assert.equal(conflicts.length, 1);
  assert.deepEqual(conflicts[0]!.versions.map((v) => v.value), ['230', '180']);
  assert.deepEqual(alignClaims(articles.map(({ text: _text, ...rest }) => rest)), []);
});
