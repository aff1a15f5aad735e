// The conflicts census's categoriser on a tiny invented story: each missed gold conflict lands in the kind of the
// first pipeline stage that loses it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyMiss, conflictSources, type CensusArticle } from '../eval/conflicts-census.js';
import type { GoldConflict } from '../eval/conflicts.js';
import type { StoryClaim } from '../src/stories/index.js';

const article = (id: string, text: string, claims: StoryClaim[] = []): CensusArticle => ({ article: id, date: '2026-03-02', text, claims });

const placeClaim = (value: string, text: string): StoryClaim => ({
  slot: 'place',
  value,
  normalized: value,
  sentence: { start: 0, end: text.length },
  evidence: text,
  attributedTo: null,
});

const gold = (fact: string, a: string, b: string): GoldConflict => ({
  story: 'ferry',
  fact,
  versions: [
    { value: a, articles: ['north'] },
    { value: b, articles: ['south'] },
  ],
});

const NORTH = 'A ferry sank off Varno on Monday, killing 14 passengers, officials said. The ferry carried 120 people.';
const SOUTH = 'A ferry sank off Kessel on Monday, killing 19 passengers, the coast guard said. The ferry carried 120 people.';

test('a place is no figure fact: split by whether a claim states each version', () => {
  const bare = [article('north', NORTH), article('south', SOUTH)];
  assert.equal(classifyMiss(gold('place', 'Varno', 'Kessel'), bare, []), '1b not a figure; no claim states some version');
  const claimed = [article('north', NORTH, [placeClaim('off Varno', NORTH)]), article('south', SOUTH, [placeClaim('Kessel', SOUTH)])];
  assert.equal(classifyMiss(gold('place', 'Varno', 'Kessel'), claimed, []), '1a not a figure; a claim states every version');
});

test('a figure no mention of its version gives is unread: written otherwise, or written but not read', () => {
  const story = [article('north', NORTH), article('south', SOUTH)];
  assert.equal(classifyMiss(gold('dead', '14', '23'), story, []), '2b figure fact; a version is not written as the gold gives it');
  // A road's number is no figure to the reader: written, yet not read.
  const road = [article('north', 'The bus crashed on Route 12, killing 14 passengers.'), article('south', 'The bus crashed on Route 66, killing 19 passengers.')];
  assert.equal(classifyMiss(gold('road', '12', '66'), road, []), '2a figure fact; a version is written but not read');
});

test('figures that agree, or lie too far apart, make no candidate pair', () => {
  const story = [article('north', NORTH), article('south', 'A ferry sank off Varno on Monday, killing about 200 passengers. The ferry carried some 120 people.')];
  // "14" against "about 200": more than the largest ratio a pair may have.
  assert.equal(classifyMiss(gold('dead', '14', 'about 200'), story, []), '3 no candidate: ratio');
  assert.equal(classifyMiss(gold('on board', '120', 'some 120'), story, []), '3 no candidate: values agree');
});

test('a disagreement flagged by the hand rules: its finder, "flagged elsewhere" when flagged, and the aligner\'s pair left to the hand conflict when not', () => {
  const story = [article('north', NORTH), article('south', SOUTH)];
  const flagged = conflictSources(story);
  const dead = flagged.find(({ conflict }) => conflict.versions.some((v) => v.value.includes('14')) && conflict.versions.some((v) => v.value.includes('19')));
  assert.ok(dead, 'the 14 against 19 dead are flagged');
  // No claims: no slot; the sentence alignment pairs the two tolls.
  assert.equal(dead.source, 'sentence alignment');
  const entry = gold('dead', '14', '19');
  assert.equal(classifyMiss(entry, story, [dead.conflict]), '6 flagged with its values under another version split or story');
  // Unflagged on purpose (no predictions given): the learned aligner's own pair of the tolls passed its threshold
  // and was left to the hand conflict that holds both figures (covered).
  assert.equal(classifyMiss(entry, story, []), '5 above the threshold; a hand conflict holds both figures');
});
