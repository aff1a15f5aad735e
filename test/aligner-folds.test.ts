// The learned aligners' cross-validation folds (eval/conflict-gold.ts, eval/aligner-folds.ts) on small stories
// written for these tests: which sets are trained on and in which fold, how pairs are labelled against gold, and
// that a fold's fit never reads that fold.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figureExamples, fitWithout, goldStories, modelOf, type Example } from '../eval/aligner-folds.js';
import { foldOf, HELD_OUT_SETS, heldOutBatchOf } from '../eval/conflict-gold.js';
import { scoredByBatchCV } from '../eval/conflicts.js';
import { readFigurePairs } from '../src/stories/figure-pairs.js';
import type { StoryInput } from '../src/stories/index.js';

test('tuned and training sets are folds of their own, a held-out batch is one fold, an unnamed set none', () => {
  assert.equal(foldOf('a'), 'a');
  assert.equal(foldOf('tb'), 'tb');
  assert.equal(foldOf('u'), 'held_out_ux');
  assert.equal(foldOf('x'), 'held_out_ux');
  assert.equal(foldOf('zb'), 'held_out_zab');
  // wa-wd became training data (a held-out batch scored by batch CV, like the older ones) in 72c2509.
  assert.equal(foldOf('wa'), 'held_out_wad');
  assert.equal(HELD_OUT_SETS.test('wa'), true);
  // xa-xd became training data too in 9164601.
  assert.equal(foldOf('xa'), 'held_out_xad');
  assert.equal(HELD_OUT_SETS.test('xa'), true);
  // ya-yd became training data too in session 12.
  assert.equal(foldOf('ya'), 'held_out_yad');
  assert.equal(HELD_OUT_SETS.test('ya'), true);
  // qa-qd became training data late in session 12.
  assert.equal(foldOf('qa'), 'held_out_qad');
  // ra-rd became training data in session 13.
  assert.equal(foldOf('ra'), 'held_out_rad');
  assert.equal(HELD_OUT_SETS.test('rd'), true);
  // sa-sd became training data in session 14.
  assert.equal(foldOf('sa'), 'held_out_sad');
  assert.equal(HELD_OUT_SETS.test('sd'), true);
  assert.equal(HELD_OUT_SETS.test('s'), false);
  // A blind batch (ka-kd, `trained: false`) is held out but never trained on: no fold.
  assert.equal(foldOf('ka'), null);
  assert.equal(HELD_OUT_SETS.test('kd'), true);
  assert.equal(HELD_OUT_SETS.test('k'), false);
  assert.equal(HELD_OUT_SETS.test('r'), false);
  // Training sets (ta-td, pa-pd and ha-hd from session 13, ea-ed from session 14) are folds of their own.
  assert.equal(foldOf('ec'), 'ec');
  assert.equal(foldOf('e'), 'e');
  assert.equal(foldOf('ta'), 'ta');
  assert.equal(foldOf('pd'), 'pd');
  assert.equal(foldOf('hc'), 'hc');
  // A set no group names (a batch being written, not yet filed) has no fold and is not held out either.
  assert.equal(foldOf('ua'), null);
  assert.equal(HELD_OUT_SETS.test('ua'), false);
  assert.equal(heldOutBatchOf('vc')?.key, 'vad');
});

test('the held-out pattern is the union of the batches', () => {
  for (const set of ['l', 'm', 'u', 'v', 'w', 'x', 'y', 'z', 'za', 'zb', 'va', 'vd']) assert.ok(HELD_OUT_SETS.test(set), set);
  for (const set of ['a', 'k', 'n', 't', 'ta', 'zc', 've']) assert.ok(!HELD_OUT_SETS.test(set), set);
});

test('held-out figures scored with fold models are marked as batch CV, the hand rules alone are not', () => {
  assert.ok(scoredByBatchCV('held_out_flagged_recall'));
  assert.ok(scoredByBatchCV('held_out_ux_precision'));
  assert.ok(scoredByBatchCV('model_only_held_out_vad_flagged_recall'));
  assert.ok(scoredByBatchCV('set_y_recall'));
  assert.ok(!scoredByBatchCV('hand_only_held_out_ux_precision'));
  assert.ok(!scoredByBatchCV('set_a_recall'));
  assert.ok(!scoredByBatchCV('invented_all_precision'));
});

const input = (id: string, text: string): StoryInput =>
  ({ article: { id, text, published: { date: '2026-04-03' } }, events: [], claims: [] }) as unknown as StoryInput;

const ferry = [
  input('ferry-wire', 'A ferry carrying 212 passengers ran aground off Naxos on Friday, the coastguard said. Nobody was hurt.'),
  input('ferry-local', 'The ferry, with 240 passengers on board, ran aground near Naxos on Friday. Tugs freed it by night.'),
];

test('a pair stating two versions of a gold conflict is a positive example, the story in its set\'s fold', () => {
  const expected = {
    stories: { 'ferry-wire': 'ferry', 'ferry-local': 'ferry' },
    conflicts: [
      { set: 'u', story: 'ferry', fact: 'passengers', versions: [{ value: '212', articles: ['ferry-wire'] }, { value: '240', articles: ['ferry-local'] }] },
    ],
  };
  const [story] = goldStories('u', ferry, expected);
  assert.ok(story && story.fold === 'held_out_ux');
  assert.equal(story.gold.length, 1);
  const examples = figureExamples({ ...story, fold: story.fold }, readFigurePairs(story.entries));
  const positive = examples.filter((e) => e.label === 1);
  assert.equal(positive.length, 1);
  assert.match(positive[0]!.what, /212 .* 240/u);
  assert.ok(examples.every((e) => e.fold === 'held_out_ux'));
});

test('a fold\'s fit reads no example of that fold', () => {
  // Two folds that disagree on what one feature means: each fold's fit learns only the other's sign.
  const rows = (fold: string, sign: number): Example[] =>
    Array.from({ length: 40 }, (_, i) => ({ fold, set: fold, what: '', features: [i % 2], label: (i % 2 === (sign > 0 ? 1 : 0) ? 1 : 0) as 0 | 1 }));
  const data = [...rows('a', 1), ...rows('b', -1), ...rows('c', 1)];
  const withoutB = modelOf(['f'], fitWithout(data, 'b', 0.3), 0.5);
  const withoutAC = fitWithout(data.filter((e) => e.fold !== 'c'), 'a', 0.3);
  assert.ok(withoutB.weights.f > 2, 'without b, the feature marks positives');
  assert.ok(withoutAC[1]! < -2, 'with b alone, it marks negatives');
});
