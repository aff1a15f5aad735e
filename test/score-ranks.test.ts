// Match scores and ranks as figures the learned aligner can pair (issue 7, part 3): a score's role (match, half-time,
// series, set N), which scores of two outlets are a candidate pair, and the rank forms the reader takes. Every
// sentence is written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figurePairConflicts, figurePairs, storyFigures } from '../src/stories/figure-pairs.js';
import { readFigures } from '../src/stories/figures.js';
import { isMargin } from '../src/stories/margins.js';
import { scoreRoles } from '../src/stories/score-roles.js';

const article = (article: string, text: string) => ({ article, date: '2026-04-11', text });

/** The roles of the score written `score` in `sentence`. */
function rolesOf(sentence: string, score: string): string[] {
  const start = sentence.indexOf(score);
  return scoreRoles({ evidence: sentence, start, end: start + score.length });
}

test('a score is the match result, the half-time score, a series, a set in a list, or nothing to pair', () => {
  assert.deepEqual(rolesOf('Brann beat Molde 31-28 in the final on Saturday.', '31-28'), ['match']);
  assert.deepEqual(rolesOf('After a tense 30-29 victory the fans stormed the court.', '30-29'), ['match']);
  assert.deepEqual(rolesOf('Brann led 16-12 at half-time.', '16-12'), ['half-time']);
  assert.deepEqual(rolesOf('The visitors went in at 14-14.', '14-14'), ['half-time']);
  assert.deepEqual(rolesOf('They clinched the best-of-five series 3-1 on Sunday.', '3-1'), ['series']);
  const list = 'Gdansk won 25-21, 22-25, 25-17, 25-23 in front of a full hall.';
  assert.deepEqual(rolesOf(list, '25-21'), ['set 1']);
  assert.deepEqual(rolesOf(list, '25-23'), ['set 4', 'set last']);
  // Three-digit quarters are a list too.
  assert.deepEqual(rolesOf('The Sharks went 101-99, 88-90, 104-100 over the three games.', '104-100'), ['set 3', 'set last']);
  // A list that carries on has no last set yet; an ordinal names the set.
  assert.deepEqual(rolesOf('We won 25-21, 22-25, 25-17 and then a fourth set of 25-19.', '25-17'), ['set 3']);
  assert.deepEqual(rolesOf('We won 25-21, 22-25, 25-17 and then a fourth set of 25-19.', '25-19'), ['set 4']);
  assert.deepEqual(rolesOf('They trailed in the tie-break but closed out the set 15-11.', '15-11'), ['set last']);
  // The game in play and another match give no role.
  assert.deepEqual(rolesOf('Molde were level at 20-20 with ten minutes left.', '20-20'), []);
  assert.deepEqual(rolesOf('Brann lost last year\'s final 22-27 to Molde.', '22-27'), []);
  assert.deepEqual(rolesOf('They lost that match 1-3 to the same side.', '1-3'), []);
});

test('two outlets\' different final scores of one match are a candidate pair; other roles and sides stay apart', () => {
  const story = storyFigures([
    article('wire', 'Brann won the Norwegian cup on Saturday, beating Molde 31-28 in the final in Oslo. Brann led 16-12 at half-time.'),
    article('local', 'A 31-27 win over Molde gave Brann the cup on Saturday evening. The home side led 15-12 at half-time.'),
  ]);
  const scores = figurePairs(story).filter(({ x }) => x.kind === 'score').map(({ x, y }) => `${x.text}|${y.text}`).sort();
  assert.deepEqual(scores, ['16-12|15-12', '31-28|31-27']);
  // The same score written from the loser's side is one value: no pair to weigh.
  const sides = storyFigures([
    article('wire', 'Brann beat Molde 31-28 in the cup final on Saturday.'),
    article('local', 'Molde slumped to a 28-31 defeat by Brann in the cup final on Saturday.'),
  ]);
  assert.equal(figurePairs(sides).filter(({ x }) => x.kind === 'score').length, 0);
  // Two sets' scores are two facts.
  const sets = storyFigures([
    article('wire', 'Gdansk won 25-21, 22-25, 25-17 and then a fourth set of 25-19 to take the title on Sunday.'),
    article('blog', 'We took the title 3-1 with a fourth set of 25-18, after sets of 25-21, 22-25 and 25-17.'),
  ]);
  const setPairs = figurePairs(sets).filter(({ x }) => x.kind === 'score').map(({ x, y }) => `${x.text}|${y.text}`);
  assert.deepEqual(setPairs, ['25-19|25-18']);
});

test('a score is never a margin between two sides', () => {
  assert.equal(isMargin('15-13', 'Odra took the deciding set 15-13 in front of 9,000 spectators.'), false);
  assert.equal(isMargin('12 seconds', 'He crossed the line 12 seconds ahead of the pack.'), true);
});

test('ranks and ordinals of the forms outlets write are read as ranks with the noun they rank', () => {
  const cases: [string, string, string, string | null][] = [
    ["Lisbon's Banco Norte is the country's fourth-largest bank.", 'fourth-largest', '4', 'bank'],
    ['It is now the second biggest port in the region.', 'second biggest', '2', 'port'],
    ['Tartu is the third most visited city in Estonia.', 'third most visited', '3', 'city'],
    ['The rider took the 14th stage in the rain.', '14th', '14', 'stage'],
    ['The No. 3 seed went out in the first round.', 'No. 3', '3', 'seed'],
    ['Ravens are second in the table after the win.', 'second', '2', null],
    ['Kaur came second at the national championships.', 'second', '2', null],
  ];
  for (const [sentence, text, normalized, noun] of cases) {
    const rank = readFigures(sentence).find((figure) => figure.kind === 'rank');
    assert.ok(rank, sentence);
    assert.equal(rank.text, text, sentence);
    assert.equal(rank.normalized, normalized, sentence);
    if (noun !== null) assert.equal(rank.noun, noun, sentence);
  }
  // Dates, centuries and parts of a game are no ranks.
  for (const sentence of ['Talks resume on the 14th of June.', 'A 19th century mill burned down.', 'Molde scored early in the 2nd half.']) {
    assert.equal(readFigures(sentence).filter((figure) => figure.kind === 'rank').length, 0, sentence);
  }
});

test('two outlets\' ranks of one noun are a candidate pair', () => {
  const story = storyFigures([
    article('wire', "Banco Norte, Portugal's fourth-largest bank, agreed to buy a rival on Monday."),
    article('local', "Portugal's third-largest bank, Banco Norte, said on Monday it would buy a smaller rival."),
  ]);
  const ranks = figurePairs(story).filter(({ x }) => x.kind === 'rank').map(({ x, y }) => `${x.text}|${y.text}`);
  assert.deepEqual(ranks, ['fourth-largest|third-largest']);
});

test('the aligner flags two outlets\' ranks of one bank and final scores of one match as conflicts', () => {
  const banks = figurePairConflicts([
    article('wire', "Banco Norte, Portugal's fourth-largest bank, agreed on Monday to buy Banco Sul for 1.2 billion euros."),
    article('local', "Portugal's third-largest bank, Banco Norte, said on Monday it would buy Banco Sul for 1.2 billion euros."),
  ], []);
  assert.deepEqual(banks.map((conflict) => conflict.versions.map((version) => version.value).sort()), [['fourth-largest', 'third-largest']]);
  const finals = figurePairConflicts([
    article('wire', 'Brann won the Norwegian cup on Saturday, beating Molde 31-28 in the final in front of 8,000 fans.'),
    article('local', 'A 31-27 win over Molde in the final gave Brann the Norwegian cup on Saturday.'),
  ], []);
  assert.deepEqual(finals.map((conflict) => conflict.versions.map((version) => version.value).sort()), [['31-27', '31-28']]);
});
