import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestClass, loadEventModel, modelFromFile, scoreFeatures, sentenceFeatures, stem } from '../src/events/classifier.js';
import { codeEvents, ruleSignals } from '../src/events/index.js';
import type { TextAnnotations } from '../src/model.js';

const one = (text: string): TextAnnotations => ({ id: 't', sentences: [{ start: 0, end: text.length }], entities: [], timexes: [], quotes: [] });
const noRules = { primary: null, types: [], negated: false, planned: false };

test('features: words, stems, pairs and what the rules found', () => {
  assert.equal(stem('attacked'), 'attack');
  assert.equal(stem('attacks'), 'attack');
  const features = sentenceFeatures('Rebels attacked the town', { primary: 'ASSAULT', types: ['ASSAULT'], negated: false, planned: false });
  for (const f of ['bias', 'w=rebels', 's=attack', 'b=rebel_attack', 'r=ASSAULT', 't=ASSAULT']) assert.ok(features.includes(f), f);
  assert.ok(!features.includes('w=the'));
});

test('a model file decodes to sparse weights, and the best class can be limited to allowed ones', () => {
  const model = modelFromFile({ version: 1, classes: ['AGREE', 'ASSAULT', 'PROTEST'], weights: { 's=attack': [1, 2000, 2, 500], bias: [0, 100] } });
  const scores = scoreFeatures(model, ['bias', 's=attack', 'unknown']);
  assert.deepEqual([...scores], [0.1, 2, 0.5]);
  assert.deepEqual(bestClass(model, scores), { type: 'ASSAULT', margin: 1.5 });
  assert.equal(bestClass(model, scores, ['AGREE', 'PROTEST'])?.type, 'PROTEST');
});

test('the shipped model loads and names a type for an unpatterned sentence', () => {
  const model = loadEventModel();
  assert.ok(model, 'models/events-v1.json.gz is missing');
  const best = bestClass(model, scoreFeatures(model, sentenceFeatures('Gunmen stormed a village and torched houses.', noRules)));
  assert.ok(best && model.classes.includes(best.type));
});

test('rules win where they find an act; the model fallback can be turned off', () => {
  const text = 'Chile and Peru signed a trade agreement in Lima on Monday.';
  const withModel = codeEvents(text, one(text), { modelFallback: true });
  assert.ok(withModel.every((e) => !e.attributes.modelCoded));
  assert.equal(ruleSignals(withModel).primary, 'AGREE');
  const quiet = 'Officials of Chile gathered quietly with their counterparts of Peru near Lima on Monday morning.';
  assert.ok(codeEvents(quiet, one(quiet), { modelFallback: false }).every((e) => !e.attributes.modelCoded));
});
