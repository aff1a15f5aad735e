// Which articles the learned figure aligner compares (src/stories/figure-partners.ts), on small articles written
// for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyFigures } from '../src/stories/figure-pairs.js';
import { articlePairs } from '../src/stories/figure-partners.js';

const article = (article: string, date: string, text: string) => ({ article, date, text });

test('a big story compares each article with its nearest few and the earliest, a small one every pair', () => {
  const story = (count: number) => {
    const read = storyFigures(
      Array.from({ length: count }, (_, i) =>
        article(`a${i}`, `2026-03-${String(10 + (i % 9)).padStart(2, '0')}`, `Report ${i}: ${i % 2 ? 'the flood in Tamsel' : 'the quake near Druvik'} killed ${10 + i} people.`),
      ),
    );
    return read.articles;
  };
  assert.equal(articlePairs(story(4), 8).length, 6);
  const pairs = articlePairs(story(40), 3);
  assert.ok(pairs.length <= 40 * 4, `at most 4 partners chosen per article (${pairs.length})`);
  assert.ok(pairs.every(([i, j]) => i < j));
  // The earliest article (a0, dated the 10th) is compared with every other.
  assert.equal(pairs.filter(([i]) => i === 0).length, 39);
  // Nearest partners share the story's words: an odd article's chosen partners (besides the earliest) are odd.
  const partnersOf3 = pairs.filter(([i, j]) => (i === 3 || j === 3) && i !== 0).map(([i, j]) => (i === 3 ? j : i));
  assert.ok(partnersOf3.length >= 3 && partnersOf3.every((j) => j % 2 === 1), String(partnersOf3));
});
