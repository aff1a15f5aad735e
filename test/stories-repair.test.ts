// Story repair on small invented inputs: the two-way split of a story's members, and a chained story split on a stream.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type ArticleSignals } from '../src/stories/cluster.js';
import { articleDating } from '../src/stories/dates.js';
import { eventSplit, twoWaySplit } from '../src/stories/repair.js';
import { StoryStream, type StoryInput } from '../src/stories/stream.js';
import { storyInput } from './fixtures/stories.js';

/** Two blocks of members, tight inside (0.8) and loose across (`cross`). */
function blocks(left: number, right: number, cross: number): number[][] {
  const count = left + right;
  return Array.from({ length: count }, (_, i) =>
    Array.from({ length: count }, (_, j) => (i === j ? 1 : (i < left) === (j < left) ? 0.8 : cross)),
  );
}

const options = { minGroup: 2, crossRatio: 0, maxCross: 0, datedCrossRatio: 0.8, datedShare: 0.5 };

test('average-link finds the two blocks of a similarity matrix, the first member in the first group', () => {
  const split = twoWaySplit(blocks(3, 2, 0.2))!;
  assert.deepEqual(split.groups, [[0, 1, 2], [3, 4]]);
  assert.ok(split.inner.every((inner) => Math.abs(inner - 0.8) < 1e-9));
  assert.ok(Math.abs(split.cross - 0.2) < 1e-9);
});

test('a split is kept when the groups differ in dating and little joins them, or on text alone when that rule is on', () => {
  const dated = [true, true, true, false, false];
  assert.ok(eventSplit(blocks(3, 2, 0.5), dated, options), 'one group undated, the other dated: ratio 0.625');
  assert.equal(eventSplit(blocks(3, 2, 0.7), dated, options), null, 'too close across: one event');
  assert.equal(eventSplit(blocks(3, 2, 0.5), [true, true, true, true, false], options), null, 'both groups dated: the date gate saw them');
  assert.equal(eventSplit(blocks(3, 2, 0.1), [true, true, true, true, true], options), null, 'text rule off');
  assert.ok(eventSplit(blocks(3, 2, 0.1), [true, true, true, true, true], { ...options, crossRatio: 0.5, maxCross: 0.2 }));
  assert.equal(eventSplit(blocks(4, 1, 0.1), [true, true, true, true, false], options), null, 'one odd member is no second event');
});

const topic = ['rehab', 'singer', 'clinic', 'checked', 'treatment'];
const eventA = [...topic, 'avra', 'lindqvist', 'malibu'];
const eventB = [...topic, 'joss', 'brenner', 'utah'];
const undated = { range: null, notBefore: null };
const dated = (day: string) => articleDating({ published: day, text: 'x', sentences: [], timexes: [], events: [] });

function signals(id: string, words: string[], day: string | null): ArticleSignals {
  return { id, terms: new Map(words.map((word) => [word, 1])), entities: new Map(), eventKeys: [], dating: day ? dated(day) : undated };
}

// Dated reports of one check-in, undated reports of another years apart: a low bar chains them into one story.
const chained = [
  signals('a1', eventA, '2008-01-03'),
  signals('a2', eventA, '2008-01-04'),
  signals('b1', eventB, null),
  signals('a3', eventA, '2008-01-05'),
  signals('b2', eventB, null),
];

test('a chained story of two differently dated events is split when it is re-examined; the moves are reported', () => {
  const clusterer = new StoryClusterer({ joinThreshold: 0.2 });
  const ids = chained.map((article) => clusterer.add(article));
  assert.equal(new Set(ids.slice(0, 4)).size, 1, 'the first four chain into one story');
  assert.notEqual(ids[4], ids[0], 'the second undated report splits its event off');
  assert.deepEqual(clusterer.lastMoves, [{ article: 'b1', story: ids[4] }]);
  assert.equal(clusterer.add(signals('a4', eventA, '2008-01-06')), ids[0], 'the first event keeps the story id');
  assert.equal(clusterer.add(signals('b3', eventB, null)), ids[4], 'the split-off story takes the next report');

  const off = new StoryClusterer({ joinThreshold: 0.2, repairMaxMembers: 0 });
  assert.equal(new Set(chained.map((article) => off.add(article))).size, 1, 'without repair the chain stays one story');
});

const input = (id: string, text: string) => storyInput(id, null, null, text);

// Texts with no five-word run in common, so only a copy of `copyText` is a duplicate.
const WORDS = ['amber', 'basil', 'cedar', 'delta', 'ember', 'fjord', 'gravel', 'harbor', 'indigo', 'juniper', 'kestrel', 'lumen'];
const text = (id: string) => WORDS.map((word, i) => `${word}${id}${i}`).join(' ');
const copyText = 'The singer Joss Brenner checked into a clinic in Utah for treatment, his spokesman said on the record today.';

test('the stream reports a moved article with its copies, so a consumer re-files them', () => {
  const stream = new StoryStream({ joinThreshold: 0.2 });
  const stories = new Map<string, string>();
  const file = (id: string, article: ArticleSignals, body: string) => {
    const result = stream.add(input(id, body), article);
    stories.set(id, result.story);
    for (const move of result.moved) stories.set(move.article, move.story);
    return result;
  };
  file('a1', chained[0]!, text('a1'));
  file('a2', chained[1]!, text('a2'));
  file('b1', chained[2]!, copyText);
  assert.equal(file('b1-copy', signals('b1-copy', eventB, null), copyText).duplicateOf, 'b1');
  file('a3', chained[3]!, text('a3'));
  const last = file('b2', chained[4]!, text('b2'));
  assert.deepEqual(last.moved.map((move) => move.article), ['b1', 'b1-copy']);
  assert.equal(stories.get('b1'), stories.get('b2'));
  assert.equal(stories.get('b1-copy'), stories.get('b2'));
  assert.notEqual(stories.get('a1'), stories.get('b2'));
});

test('a moved text takes along an original that arrived after its copy', () => {
  const stream = new StoryStream({ joinThreshold: 0.2 });
  const stories = new Map<string, string>();
  const file = (item: StoryInput, article: ArticleSignals) => {
    const result = stream.add(item, article);
    stories.set(item.article.id, result.story);
    for (const move of result.moved) stories.set(move.article, move.story);
    return result;
  };
  file(input('a1', text('a1')), chained[0]!);
  file(input('a2', text('a2')), chained[1]!);
  // The first report of the text credits the wire that files it next: the wire's report is the original.
  const reprint = input('b1', copyText);
  reprint.article.agencies = ['Wire'];
  file(reprint, chained[2]!);
  const wire = input('b1-wire', copyText);
  wire.article.publisher = 'Wire';
  assert.equal(file(wire, signals('b1-wire', eventB, null)).duplicateOf, null);
  file(input('a3', text('a3')), chained[3]!);
  const last = file(input('b2', text('b2')), chained[4]!);
  assert.deepEqual(new Set(last.moved.map((move) => move.article)), new Set(['b1', 'b1-wire']));
  assert.equal(stories.get('b1-wire'), stories.get('b2'));
  assert.equal(stream.duplicateOf.get('b1'), 'b1-wire');
});
