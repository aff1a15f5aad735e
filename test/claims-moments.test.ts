// Minutes of a match's moments (src/events/claim-moments.ts) and their conflicts across outlets: sentences written
// for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { momentClaims } from '../src/events/claim-moments.js';
import { alignClaims } from '../src/stories/index.js';

const claimsOf = (text: string, slot: string) => momentClaims(text, [{ start: 0, end: text.length }]).filter((claim) => claim.slot === slot);
const read = (text: string) => claimsOf(text, 'minute').map((claim) => [claim.subject, claim.value, claim.normalized]);
const scorers = (text: string) => claimsOf(text, 'role scorer').map((claim) => claim.value);

test('a minute of play is read with the kind of moment its clause names: a dismissal or the winning score', () => {
  assert.deepEqual(read('Brill was sent off in the 62nd minute for a late tackle, but the visitors held on for a winner.'), [['sending-off', '62nd minute', 'minute 62']]);
  assert.deepEqual(read('Substitute Ana Lenz headed the winner in the 101st minute.'), [['winning score', '101st minute', 'minute 101']]);
  // The words after the minute name the moment when the clause before it names none.
  assert.deepEqual(read('Then, in the 77th minute, Dario Pell finally struck the winner from close range.'), [['winning score', '77th minute', 'minute 77']]);
  assert.deepEqual(read('A 12th-minute dismissal left the hosts with ten men.'), [['sending-off', '12th-minute', 'minute 12']]);
});

test('a minute of no such moment, of what did not happen, or no minute of play, is not read', () => {
  // Any goal: a match has several, and two outlets may lead with different ones.
  assert.deepEqual(read('Okafor put Tamsin ahead in the 34th minute with a curling shot.'), []);
  assert.deepEqual(read('Play was stopped in the 40th minute while a fan received treatment.'), []);
  assert.deepEqual(read('The deal was agreed at the last minute, 12 minutes before the deadline.'), []);
  assert.deepEqual(read('Lenz missed a penalty in the 70th minute that would have been the winner.'), []);
  assert.deepEqual(read('The winner of the 2019 final was substituted in the 60th minute.'), []);
});

test('two outlets that time one winner apart disagree; a goal and a red card are two moments', () => {
  const article = (id: string, text: string) => ({ article: id, date: '2025-05-04', claims: momentClaims(text, [{ start: 0, end: text.length }]) });
  const found = alignClaims(
    [
      article('a', 'Dario Pell scored the winner in the 64th minute. Brill was sent off in the 80th minute.'),
      article('b', 'Dario Pell struck in the 69th minute to score the winning goal. Brill was sent off in the 80th minute.'),
    ],
    { figurePairs: null, slotPairs: null, frameRoles: [], quoteSpeakers: false },
  );
  const minutes = found.filter((conflict) => conflict.fact.startsWith('minute'));
  assert.equal(minutes.length, 1, JSON.stringify(found));
  assert.deepEqual(minutes[0]!.versions.map((version) => version.value).sort(), ['64th minute', '69th minute']);
});

test('the player who made the deciding score is read by name, with or without an aside or a position', () => {
  assert.deepEqual(scorers('Substitute Ana Lenz headed the winner in the 101st minute.'), ['Ana Lenz']);
  assert.deepEqual(scorers('Tomas Brill converted the winning penalty to seal a 3-2 win.'), ['Tomas Brill']);
  assert.deepEqual(scorers('Then captain Marek Holm stepped up to score the decisive kick.'), ['Marek Holm']);
  assert.deepEqual(scorers('Kemi Adeyo, on for the last ten minutes, scored the winner from close range.'), ['Kemi Adeyo']);
});

test('a score that decided nothing, or a deciding score with no name, gives no scorer', () => {
  assert.deepEqual(scorers('Tomas Brill scored the opening goal after ten minutes.'), []);
  assert.deepEqual(scorers('The hosts scored the winner in stoppage time.'), []);
  assert.deepEqual(scorers('Coach Ida Varga said the team was proud, and her side later scored the winner.'), []);
});

test('the deciding scorer is the player who scored it, not a coach who said so, nor one who nearly did', () => {
  const scorers = (text: string) => momentClaims(text, [{ start: 0, end: text.length }]).filter((claim) => claim.slot === 'role scorer').map((claim) => claim.value);
  assert.deepEqual(scorers('Coach Ivo Horvat said his players scored the winner.'), []);
  assert.deepEqual(scorers('Ana Lenz nearly scored the winner in the last minute.'), []);
  assert.deepEqual(scorers("Croatia's Luka Peric headed the winner."), ['Luka Peric']);
});
