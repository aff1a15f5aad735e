import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateText } from '../../src/nlp/index.js';
import { bilouFromChunks, chunksFromBilou, chunksFromIob1 } from '../../src/nlp/ner/conll.js';
import { loadNerModel } from '../../src/nlp/ner/model.js';
import { wordShape } from '../../src/nlp/ner/features.js';

// Load time is measured in bench/ner.ts, not here: timings on shared machines are noise in a unit test.
test('the model loads once and is reused', () => {
  const model = loadNerModel();
  assert.equal(loadNerModel(), model);
  assert.equal(model.passes.length, 2);
});

test('IOB1 chunks convert to BILOU and back', () => {
  const chunks = chunksFromIob1(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG']);
  assert.deepEqual(chunks, [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
  const tags = bilouFromChunks(chunks, 6);
  assert.deepEqual(tags, ['B-PER', 'L-PER', 'O', 'U-LOC', 'U-LOC', 'U-ORG']);
  assert.deepEqual(chunksFromBilou(tags), chunks);
});

test('word shapes collapse runs', () => {
  assert.equal(wordShape('Shoigu'), 'Xx');
  assert.equal(wordShape('U.S.'), 'X.X.');
  assert.equal(wordShape('1.2bn'), 'd.dx');
});

const text =
  'Defence Minister Pavel Korin met Senior General Tun Myat Aung in Moscow on Monday, the ministry said. ' +
  'Korin told reporters that the U.S. had no say in the matter. The talks took place at the Foreign Ministry.\n\n' +
  'Tun Myat Aung later flew home to Burma.';

test('finds people, places and organisations with offsets into the text', () => {
  const { entities } = annotateText(text, { id: 'x' });
  for (const entity of entities) assert.equal(text.slice(entity.start, entity.end), entity.text);
  const byText = new Map(entities.map((e) => [e.text, e]));
  assert.equal(byText.get('Pavel Korin')?.type, 'person');
  assert.equal(byText.get('Tun Myat Aung')?.type, 'person', 'the rank is not part of the name');
  assert.equal(byText.get('Moscow')?.type, 'place');
  assert.equal(byText.get('Foreign Ministry')?.type, 'organization');
});

test('canonical names: a surname takes the full name, countries their common name', () => {
  const { entities } = annotateText(text, { id: 'x' });
  const korin = entities.find((e) => e.text === 'Korin');
  assert.equal(korin?.type, 'person');
  assert.equal(korin?.canonical, 'Pavel Korin');
  assert.equal(entities.find((e) => e.text === 'U.S.')?.canonical, 'United States');
  assert.equal(entities.find((e) => e.text === 'Burma')?.canonical, 'Myanmar');
});

test('every layer is filled: sentences, entities, timexes against the reference date, quotes', () => {
  const annotations = annotateText(text, { id: 'x', referenceDate: '2024-05-08' });
  assert.equal(annotations.sentences.length, 4);
  assert.deepEqual(
    annotations.timexes.map((t) => [t.text, t.value]),
    [['Monday', '2024-05-06']],
  );
  assert.ok(annotations.quotes.every((q) => q.start >= 0 && q.end <= text.length));
});
