// The learned figure aligner (src/stories/figure-pairs.ts) on small articles written for these tests, and the
// logistic fitter of its training script.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitLogistic } from '../eval/logistic.js';
import {
  FEATURE_NAMES,
  figurePairConflicts,
  figurePairs,
  pairProbability,
  storedModel,
  storyFigures,
  type FigurePairModel,
} from '../src/stories/figure-pairs.js';

const article = (article: string, date: string, text: string) => ({ article, date, text });

const feature = (features: number[], name: (typeof FEATURE_NAMES)[number]) => features[FEATURE_NAMES.indexOf(name)]!;

const mine = [
  article('mine-wire', '2026-03-02', 'Rescuers pulled 14 miners alive from a flooded gold mine near Obuasi on Monday, officials said. The shaft was sealed.'),
  article('mine-local', '2026-03-02', 'Eleven miners were pulled alive from the flooded Obuasi gold mine on Monday. Engineers said the shaft had been sealed.'),
];

test('two counts of one noun in matching sentences of two outlets are a candidate pair with shared-noun features', () => {
  const pairs = figurePairs(storyFigures(mine));
  const pair = pairs.find(({ x, y }) => x.text === '14' && y.text === 'Eleven');
  assert.ok(pair, 'the two counts of miners are paired');
  assert.equal(feature(pair.features, 'sameNoun'), 1);
  assert.equal(feature(pair.features, 'nounClash'), 0);
  assert.equal(feature(pair.features, 'bothLead'), 1);
  assert.equal(feature(pair.features, 'isCount'), 1);
  assert.ok(feature(pair.features, 'cosine') > 0.2);
  assert.ok(pairProbability(pair.features, storedModel) >= storedModel.threshold);
});

test('the stored model flags the disagreement, named by the noun counted', () => {
  const found = figurePairConflicts(mine, []);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'miner');
  assert.deepEqual(
    found[0]!.versions.map((version) => [version.value, version.articles]).sort(),
    [
      ['14', ['mine-wire']],
      ['Eleven', ['mine-local']],
    ],
  );
  assert.equal(found[0]!.update, false);
});

test('a pair a known conflict already covers is not flagged again', () => {
  const known = [
    {
      versions: [
        { value: '14 miners', articles: ['mine-wire'], evidence: 'Rescuers pulled 14 miners alive' },
        { value: 'Eleven miners', articles: ['mine-local'], evidence: 'Eleven miners were pulled alive' },
      ],
    },
  ];
  assert.deepEqual(figurePairConflicts(mine, known), []);
});

test('values that agree by hedge or unit are no candidates; counts of different nouns clash', () => {
  const story = storyFigures([
    article('a', '2026-04-01', 'At least 30 houses were destroyed and the river rose 2 metres in Kota Bharu.'),
    article('b', '2026-04-01', 'The flood in Kota Bharu destroyed 34 houses, and 12 cars were swept away; the river rose 200 cm.'),
  ]);
  const pairs = figurePairs(story);
  assert.ok(!pairs.some(({ x, y }) => x.text === 'At least 30' && y.text === '34'), '"at least 30" agrees with 34');
  const clash = pairs.find(({ x, y }) => x.text === 'At least 30' && y.text === '12');
  assert.ok(clash === undefined || feature(clash.features, 'nounClash') === 1);
});

test('a higher toll in a later report is an update', () => {
  const found = figurePairConflicts(
    [
      article('early', '2026-05-01', 'At least 9 people were killed when a bus fell into a gorge near Mandi, police said.'),
      article('later', '2026-05-02', 'The death toll from the Mandi bus crash rose to 15 people killed on Tuesday, police said.'),
    ],
    [],
  );
  const toll = found.find((conflict) => conflict.versions.some((version) => version.value === '15'));
  assert.ok(toll);
  assert.equal(toll.update, true);
});

test('a probability is the logistic of the weighted features', () => {
  const weights = Object.fromEntries([['bias', -1], ...FEATURE_NAMES.map((name) => [name, name === 'sameNoun' ? 2 : 0])]) as FigurePairModel['weights'];
  const features = FEATURE_NAMES.map((name) => (name === 'sameNoun' ? 1 : 0.5));
  const p = pairProbability(features, { weights, threshold: 0.5 });
  assert.ok(Math.abs(p - 1 / (1 + Math.exp(-1))) < 1e-12);
});

test('the fitter separates a one-feature problem and its penalty shrinks the weight', () => {
  const rows = [[0], [0], [0], [1], [1], [1], [0], [1]];
  const labels = [0, 0, 0, 1, 1, 1, 1, 0];
  const loose = fitLogistic(rows, labels, 0.01);
  const tight = fitLogistic(rows, labels, 10);
  assert.ok(loose[1]! > 0);
  assert.ok(tight[1]! > 0 && tight[1]! < loose[1]!);
  // Unpenalised the bias is the log-odds of the zero rows: 1 positive of 4.
  assert.ok(Math.abs(fitLogistic(rows, labels, 0)[0]! - Math.log(1 / 3)) < 1e-6);
});

test('an unnamed age in a sentence that lists several people by age is paired with no other article\'s age', () => {
  const ages = (wire: string, local: string) => figurePairs(storyFigures([
    article('slide-wire', '2026-02-01', wire),
    article('slide-local', '2026-02-02', local),
  ])).filter(({ x }) => x.kind === 'age');
  const listed = ages(
    'Two climbers died in the rockfall on Saturday, a Danish man aged 33 and an Austrian woman aged 48, police said.',
    'A 57-year-old climber died in hospital on Sunday after the rockfall, police said.',
  );
  assert.deepEqual(listed, []);
  const single = ages('A climber aged 33 died in the rockfall on Saturday, police said.', 'A 37-year-old climber died in the rockfall on Saturday, police said.');
  assert.equal(single.length, 1, 'one unnamed person in each article is still a candidate pair');
});

test('a dateline\'s date is no moment of the story, and years of different events are no candidate pair', () => {
  const pairsOf = (wire: string, local: string, kind: string) => figurePairs(storyFigures([
    article('ferry-wire', '2026-03-12', wire),
    article('ferry-local', '2026-03-12', local),
  ])).filter(({ x }) => x.kind === kind);
  assert.deepEqual(pairsOf('SPLIT, March 12 - A ferry fire in the harbour has injured 14 crew and passengers since the weekend.', 'By 13 March, 16 crew and passengers were reported injured in the harbour since 8 March.', 'date').filter(({ x, y }) => x.text === 'March 12' || y.text === 'March 12'), []);
  assert.equal(pairsOf('The ferry line opened on 3 January, the port said.', 'The ferry line opened on 9 January, the port said.', 'date').length, 1);
  assert.deepEqual(pairsOf('Tarvo, founded in 2011, runs the ferry line.', 'The ferry, which was built in 2017, runs the line.', 'year'), []);
  assert.equal(pairsOf('Tarvo was founded in 2011 and runs the ferry line.', 'Tarvo was founded in 2013 and runs the ferry line.', 'year').length, 1);
});

test('unitsDiffer: a length in miles against one in kilometres, or a week against days, is written in other units', () => {
  const pairOf = (one: string, other: string, kind: string) => figurePairs(storyFigures([
    article('storm-wire', '2026-06-01', one),
    article('storm-local', '2026-06-01', other),
  ])).find(({ x }) => x.kind === kind);
  const miles = pairOf('The storm flattened trees along a 40-mile stretch of the coast road.', 'The storm flattened trees along a 90 km stretch of the coast road.', 'm');
  assert.ok(miles, 'the two lengths are a candidate pair');
  assert.equal(feature(miles.features, 'unitsDiffer'), 1);
  const kilometres = pairOf('The storm flattened trees along a 70 km stretch of the coast road.', 'The storm flattened trees along a 90 km stretch of the coast road.', 'm');
  assert.ok(kilometres);
  assert.equal(feature(kilometres.features, 'unitsDiffer'), 0);
  const week = pairOf('The road will stay closed for a week, the council said.', 'The road will stay closed for 10 days, the council said.', 'duration');
  assert.ok(week);
  assert.equal(feature(week.features, 'unitsDiffer'), 1);
});

test('looseWord: a round quantity with an indefinite article ("a dozen") against an exact count', () => {
  const pairs = figurePairs(storyFigures([
    article('fire-wire', '2026-06-02', 'A dozen firefighters were hurt when the warehouse roof fell in, officials said.'),
    article('fire-local', '2026-06-02', 'Fifteen firefighters were hurt when the warehouse roof fell in, officials said.'),
  ]));
  const loose = pairs.find(({ x, y }) => x.text === 'A dozen' && y.text === 'Fifteen');
  assert.ok(loose, 'the two counts are a candidate pair');
  assert.equal(feature(loose.features, 'looseWord'), 1);
  const exact = figurePairs(storyFigures(mine)).find(({ x, y }) => x.text === '14' && y.text === 'Eleven');
  assert.equal(feature(exact!.features, 'looseWord'), 0);
});

test('a pair the model is all but sure of keeps a figure a hand conflict gave to another fact; a likely one does not', () => {
  const known = [
    {
      versions: [
        { value: '14', articles: ['mine-wire'], evidence: 'Rescuers pulled 14 miners alive' },
        { value: '9', articles: ['mine-radio'], evidence: 'Nine shafts were sealed' },
      ],
    },
  ];
  const modelWithBias = (bias: number): FigurePairModel => ({
    weights: Object.fromEntries([['bias', bias], ...FEATURE_NAMES.map((name) => [name, 0])]) as FigurePairModel['weights'],
    threshold: 0.5,
  });
  assert.equal(figurePairConflicts(mine, known, modelWithBias(0.4)).length, 0, 'p 0.60: the hand conflict keeps the figure');
  assert.equal(figurePairConflicts(mine, known, modelWithBias(1)).length, 1, 'p 0.73: the model pairs it (overHandProbability 0.7)');
  assert.equal(figurePairConflicts(mine, known, modelWithBias(5)).length, 1, 'p 0.99: the model pairs it anyway');
  // The partner's article (mine-local) already gives a version of the hand conflict: below overHeardProbability the
  // pair is taken for that fact told again, and left out.
  const heard = [{ versions: [known[0]!.versions[0]!, { value: '12', articles: ['mine-local', 'mine-radio'], evidence: 'Twelve shafts were sealed' }] }];
  assert.equal(figurePairConflicts(mine, heard, modelWithBias(1)).length, 0, 'p 0.73, heard: the hand conflict keeps the figure');
  assert.equal(figurePairConflicts(mine, heard, modelWithBias(5)).length, 1, 'p 0.99, heard: the model pairs it anyway');
});
