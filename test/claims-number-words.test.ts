// The events stage's figure values on number phrases and thousands set apart by spaces: "two dozen" is 24, not 2.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../src/events/claims.js';
import { parseFigure } from '../src/events/claim-values.js';
import type { TextAnnotations } from '../src/model.js';

const empty: TextAnnotations = { id: 't', sentences: [], entities: [], timexes: [], quotes: [] };
const claim = (text: string) => extractClaims(text, empty).map((c) => [c.slot, c.value, c.normalized]);

test('number phrases in words: dozens and hundreds', () => {
  assert.deepEqual(claim('Two dozen people were killed in the attack.'), [['death toll', 'two dozen', '24']]);
  assert.deepEqual(claim('Three hundred people were injured when the bridge fell.'), [['injured', 'three hundred', '300']]);
  assert.deepEqual(claim('Three hundred and twenty people were injured.'), [['injured', 'three hundred and twenty', '320']]);
  assert.deepEqual(parseFigure('half a dozen'), { value: 6, precision: 1, qualifier: null });
  assert.deepEqual(parseFigure('more than a hundred'), { value: 100, precision: 1, qualifier: 'at least' });
  assert.deepEqual(parseFigure('twenty-six'), { value: 26, precision: 1, qualifier: null });
});

test('thousands set apart by spaces', () => {
  assert.deepEqual(claim('At least 12 000 people were evacuated.'), [['displaced', 'at least 12 000', '12000']]);
  assert.equal(parseFigure('12 000')?.precision, 1000);
});
