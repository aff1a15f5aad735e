import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMargin, withoutMixedMargins } from '../src/stories/margins.js';

test('a gap between two sides is read as a margin', () => {
  assert.ok(isMargin('three goals', 'Odda went into the break three goals up.'));
  assert.ok(isMargin('seven points', 'They built a lead of seven points before the interval.'));
  assert.ok(isMargin('9 seconds', 'She crossed the line 9 seconds ahead of the champion.'));
  assert.ok(!isMargin('9 goals', 'Larsen scored 9 goals in the final.'));
  assert.ok(!isMargin('12 days', 'Crews worked for 12 days to clear the mud.'));
  assert.ok(!isMargin('40', 'The toll went up to 40.'));
});

test('a conflict of a margin and plain figures keeps the plain figures; margins alone stay', () => {
  const player = { value: '9 goals', evidence: 'Larsen scored 9 goals in the final.' };
  const lead = { value: 'three goals', evidence: 'Odda went into the break three goals up.' };
  assert.deepEqual(withoutMixedMargins([player, lead]), [player]);
  const otherLead = { value: 'five goals', evidence: 'Odda were five goals up at the break.' };
  assert.deepEqual(withoutMixedMargins([lead, otherLead]), [lead, otherLead]);
});
