import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenFeatures, viewDocument, viewSentence } from '../../src/nlp/ner/features.js';
import { loadNerModel } from '../../src/nlp/ner/model.js';
import { sentenceInputs } from '../../src/nlp/ner/scoring.js';
import { NumberTable } from '../../src/nlp/ner/number-table.js';

test('cached scoring gives every token the same scores as its full feature list', () => {
  const model = loadNerModel();
  const sentences = [
    'Defence Minister Pavel Korin met Senior General Tun Myat Aung in Moscow on Monday .'.split(' '),
    'KORIN TALKS END IN NAYPYIDAW'.split(' '),
    'Korin , 61 , said the U.S. had 1.2bn reasons to worry .'.split(' '),
  ];
  const document = viewDocument(sentences);
  model.passes.forEach((tagger, p) => {
    for (const words of sentences) {
      const view = viewSentence(words, model.lexicon);
      const { partial, context } = sentenceInputs(model, view, document);
      words.forEach((_, i) => {
        const full = tagger.featureVector(tagger.featureIds([tokenFeatures(view, i, document)])[0] as Int32Array);
        const fast = tagger.featureVector(context[i] as Int32Array);
        full.forEach((score, t) => {
          const cached = (partial[p] as Float64Array)[i * model.tags.length + t] as number;
          assert.ok(Math.abs(score - (fast[t] as number) - cached) < 1e-3, `pass ${p}, "${words[i]}", tag ${t}`);
        });
      });
    }
  });
});

test('number table stores, overwrites and grows', () => {
  const table = new NumberTable(4);
  for (let k = 0; k < 1000; k++) table.set(k * 2 ** 30 + 7, k);
  table.set(7, -1);
  assert.equal(table.size, 1000);
  assert.equal(table.get(999 * 2 ** 30 + 7), 999);
  assert.equal(table.get(7), -1);
  assert.equal(table.get(8), undefined);
});
