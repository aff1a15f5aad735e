import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelBlocks } from '../scripts/block-data.js';
import { renderHtmlAsText } from '../scripts/render-html.js';
import {
  blockFeatureValues,
  decodeModel,
  furnitureProbability,
  hashFeature,
  loadBlockModel,
  pageContext,
  type BlockModel,
} from '../src/extract/text/block-model.js';
import { splitBlocks } from '../src/extract/text/blocks.js';
import { classifyBlocks, classifyByRules, labelPredictedFurniture } from '../src/extract/text/classify.js';

test('renderer: one line per block element, inline text joined, invisible parts dropped', () => {
  const html = `<html><head><title>Tab title</title><style>p{color:red}</style></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
    <script>var x = "not text";</script>
    <article><h1>Ferry <em>workers</em> vote</h1>
    <p>The union <a href="#">said</a> on Sunday that the strike &amp; the blockade were over.<br>Second line.</p>
    <div hidden>Hidden promo</div><div style="display: none">Also hidden</div>
    <table><tr><td>Shots</td><td>7</td></tr></table>
    <noscript>Enable scripts</noscript><svg><text>icon</text></svg></article></body></html>`;
  assert.deepEqual(renderHtmlAsText(html).split('\n'), [
    'Home',
    'World',
    'Ferry workers vote',
    'The union said on Sunday that the strike & the blockade were over.',
    'Second line.',
    'Shots 7',
  ]);
});

test('gold labels: blocks inside the article text are body, others furniture, short ambiguous ones unsure', () => {
  const gold = 'Ferry workers voted on Sunday to end the strike.\nNext steps\nThe operator said services would resume on Tuesday morning.';
  const blocks = splitBlocks(['Home', 'Sign up for our newsletter today', 'Ferry workers voted on Sunday to end the strike.', 'Next steps', 'Sunday', 'The operator said services would resume.'].join('\n'));
  assert.deepEqual(labelBlocks(blocks, gold), ['furniture', 'furniture', 'body', 'body', 'unsure', 'body']);
});

test('features: form, place against the story, neighbours and the rules are all described', () => {
  const blocks = classifyByRules(
    splitBlocks(
      [
        'Menu',
        'Ferry workers in Valdora vote to end walkout',
        'Ferry workers in the port of Valdora voted on Sunday to end a week-long strike, the union said.',
        'The operator, Nordline Ferries, said services on the island routes would resume on Tuesday.',
        'Sign up to our morning briefing',
      ].join('\n'),
    ),
  );
  const context = pageContext(blocks);
  assert.equal(context.storyStart, 2);
  assert.equal(context.storyEnd, 3);
  const names = blockFeatureValues(blocks, 4, context).map(([name]) => name);
  for (const expected of ['bias', 'u:sign', 'b:sign up', 'f0:sign', 'last:briefing', 'region:below', 'sent:false', 'prevsent:true', 'next:none']) {
    assert.ok(names.includes(expected), `missing ${expected}`);
  }
  assert.ok(names.some((name) => name.startsWith('rule:')) && names.some((name) => name.startsWith('prevrule:')));
  assert.deepEqual(context.shortLineRuns, [2, 2, 0, 0, 1]);
  assert.ok(blockFeatureValues(blocks, 3, context).some(([name]) => name === 'storyedge:last'));
  const bucket = hashFeature('u:sign', 1 << 10);
  assert.ok(bucket >= 0 && bucket < 1 << 10);
  assert.equal(bucket, hashFeature('u:sign', 1 << 10));
});

test('model file format: delta-coded indices and weights in thousandths decode to the weight table', () => {
  const model = decodeModel({ version: 1, buckets: 16, bias: -1, indexDeltas: [2, 3, 10], weightsMilli: [500, -250, 1000] });
  assert.equal(model.weights.length, 16);
  assert.deepEqual([model.weights[2], model.weights[5], model.weights[15]], [0.5, -0.25, 1]);
});

/** A model that calls furniture every block with the made-up word "zorblat" in it, and nothing else. */
function zorblatModel(): BlockModel {
  const buckets = 1 << 12;
  const weights = new Float32Array(buckets);
  weights[hashFeature('u:zorblat', buckets)] = 40;
  return { buckets, bias: -6, weights };
}

test('fourth pass: confident furniture goes, while quotes, long reporter prose and story sentences stay', () => {
  const text = [
    'Harbour council approves new ferry terminal for Valdora',
    'The Valdora harbour council approved on Monday a new ferry terminal for the island routes, officials said.',
    'Zorblat premium members read this first',
    'The terminal will replace the old pier, which has served the island routes since 1962, the council said.',
    '"The zorblat pier is finished," the mayor said.',
    'Zorblat crews will begin work in June.',
    'Construction of the terminal is expected to take two years and will be paid for by the regional budget.',
    'Zorblat offers for readers',
    'A zorblat is a kind of regional pastry that is commonly sold at harbour kiosks and eaten by tourists from across the country.',
  ].join('\n');
  const blocks = classifyByRules(splitBlocks(text));
  const model = zorblatModel();
  const context = pageContext(blocks);
  assert.ok(furnitureProbability(model, blockFeatureValues(blocks, 2, context)) > 0.99);
  labelPredictedFurniture(blocks, model, { threshold: 0.9 });
  const reasons = blocks.map((b) => b.reason);
  assert.equal(reasons[2], 'predicted furniture');
  assert.equal(reasons[7], 'predicted furniture');
  assert.notEqual(blocks[4]!.label, 'boilerplate', 'a quotation is the story');
  assert.notEqual(blocks[5]!.label, 'boilerplate', 'a reporter sentence inside the story is the story');
  assert.notEqual(blocks[8]!.label, 'boilerplate', 'a long reporter-voice paragraph is the story');
  assert.equal(blocks[1]!.label, 'body');
});

test('trained model: loads once and keeps every paragraph of a plain news story', () => {
  const model = loadBlockModel();
  assert.ok(model !== null, 'models/ holds the trained weights');
  assert.equal(loadBlockModel(), model);
  const paragraphs = [
    'Ferry workers in the port of Valdora voted on Sunday to end a week-long strike, the union said.',
    'The operator, Nordline Ferries, said services on the island routes would resume on Tuesday.',
    'Crossings had been cancelled since last Monday, stranding hundreds of travellers.',
    'Talks on a new contract are due to start next month.',
  ];
  const text = ['Home', 'World', 'Ferry workers in Valdora vote to end week-long walkout', ...paragraphs, 'Copyright 2025 Harbour Gazette. All rights reserved.'].join('\n');
  const kept = classifyBlocks(splitBlocks(text)).filter((b) => b.label === 'body' || b.label === 'standfirst' || b.label === 'subheading');
  assert.deepEqual(kept.map((b) => b.text), paragraphs);
});
