// The figure aligner's rules for the forms read in words (src/stories/figure-candidates.ts `candidateRefusal`): a clock
// time in words pairs only with a time of a shared role word, a rank or an ordinal only with one of the same noun.
// Small articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLOCK_KIND, clockInWords } from '../src/stories/figure-moments.js';
import { candidateRefusal } from '../src/stories/figure-candidates.js';
import { figurePairs, storyFigures } from '../src/stories/figure-pairs.js';

const article = (article: string, text: string) => ({ article, date: '2026-04-14', text });

/** The candidate pairs of one kind between two articles, and why each other pair of that kind was refused. */
function pairsOf(first: string, second: string, kind: string) {
  const story = storyFigures([article('wire', first), article('local', second)]);
  const [a, b] = story.articles;
  const refusals = a!.figures.flat().filter((x) => x.kind === kind).flatMap((x) => b!.figures.flat().filter((y) => y.kind === kind).map((y) => candidateRefusal(x, y, a!, b!, story)));
  return { pairs: figurePairs(story).filter(({ x }) => x.kind === kind), refusals };
}

test('a clock time is in words when no digit is written in it', () => {
  assert.equal(clockInWords({ kind: CLOCK_KIND, text: 'a quarter to nine' }), true);
  assert.equal(clockInWords({ kind: CLOCK_KIND, text: '8:45 p.m.' }), false);
  assert.equal(clockInWords({ kind: 'count', text: 'nine' }), false);
});

test('a clock time in words pairs only with a time told with a word of the same happening', () => {
  const routine = pairsOf(
    'The fire broke out in the warehouse at 9:40 a.m., the fire service said.',
    'Staff usually arrive for work at eight in the morning, a manager said.',
    CLOCK_KIND,
  );
  assert.deepEqual(routine.pairs, []);
  assert.deepEqual(routine.refusals, ['clock role']);
  const event = pairsOf(
    'The fire broke out in the warehouse at 9:40 a.m., the fire service said.',
    'The fire broke out at half past ten in the morning, a manager said.',
    CLOCK_KIND,
  );
  assert.equal(event.pairs.length, 1);
  assert.equal(event.pairs[0]!.y.text, 'half past ten in the morning');
});

test('two clock times in digits still pair without a shared role word', () => {
  const { pairs } = pairsOf('The rocket left the pad at 10:47 p.m. local time.', 'Lift-off came at 11:17 p.m., the agency said.', CLOCK_KIND);
  assert.equal(pairs.length, 1);
});

test('ranks pair only when they rank the same thing', () => {
  const banks = pairsOf('Lumen, the fourth-largest bank in the country, restored its cards on Friday.', 'Lumen, the third-largest bank in the country, restored its cards on Friday.', 'rank');
  assert.equal(banks.pairs.length, 1);
  const different = pairsOf('Lumen, the fourth-largest bank in the country, restored its cards on Friday.', 'The outage hit Porto, the third-largest city in the country, on Friday.', 'rank');
  assert.deepEqual(different.pairs, []);
  assert.deepEqual(different.refusals, ['order noun']);
});

test('an ordinal that counts how often pairs only with one that counts the same thing', () => {
  const terms = pairsOf('Mensah won a third term as mayor on Sunday.', 'Mensah won a fourth term as mayor on Sunday.', 'ordinal');
  assert.equal(terms.pairs.length, 1);
  const other = pairsOf('Mensah won a third term as mayor on Sunday.', 'The club won its fifth title on Sunday.', 'ordinal');
  assert.deepEqual(other.pairs, []);
  assert.deepEqual(other.refusals, ['order noun']);
});
