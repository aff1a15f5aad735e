import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';

const PROSE = [
  'The harbour board met on Tuesday evening, and after a long debate it voted to dredge the northern channel this summer.',
  'Fishermen had asked for the work for years, saying that larger boats, loaded with the morning catch, ran aground at low tide.',
  'The cost, estimated at two million, will be shared by the town, the regional government and the fishing cooperative.',
  'Work is due to start in June, and the channel should reopen to all boats before the autumn storms, the board said.',
];

function page(inner: string): string {
  return `<!doctype html><html><head><title>Harbour channel to be dredged</title></head><body><article><h1>Harbour channel to be dredged</h1>${inner}</article></body></html>`;
}

const p = (text: string): string => `<p>${text}</p>`;
const pitch = '<div class="highlight-box"><h3>Plan your next trip</h3><p>Harbour Tours: 30 day free trial, no card required.</p><a class="elementor-button" href="/t">Start now</a></div>';

test('a short pitch around a button inside the article goes as a call to action', () => {
  const result = extractHtml(page(`<div class="box">${p(PROSE[0]!)}${p(PROSE[1]!)}</div><div class="wrap">${pitch}</div><div class="box">${p(PROSE[2]!)}${p(PROSE[3]!)}</div>`));
  assert.deepEqual(result.paragraphs, PROSE);
  assert.ok(result.boilerplate.some((b) => b.reason === 'call to action' && b.text.startsWith('Plan your next trip')));
});

test('a paragraph with a plain link, and a long section ending in a button, stay', () => {
  const linked = 'Readers can see the plans at the town hall, or <a href="/plans">read them online</a> before the meeting.';
  const section = `<div class="box">${p(PROSE[2]!)}${p(PROSE[3]!)}<a class="btn" href="/more">Read the report</a></div>`;
  const result = extractHtml(page(`${p(PROSE[0]!)}${p(PROSE[1]!)}${p(linked)}${section}`));
  assert.deepEqual(result.paragraphs.slice(0, 5), [PROSE[0], PROSE[1], 'Readers can see the plans at the town hall, or read them online before the meeting.', PROSE[2], PROSE[3]]);
});

test('product boxes with shop buttons, repeated through the article, are its listing and stay', () => {
  const product = (name: string): string => `<div class="product-card"><h3>${name}</h3><p>A sturdy boat for the channel.</p><a class="button" href="/buy">See it at the shop</a></div>`;
  const result = extractHtml(page(`${p(PROSE[0]!)}${product('Dinghy One')}${p(PROSE[1]!)}${product('Skiff Two')}${p(PROSE[2]!)}${product('Punt Three')}${p(PROSE[3]!)}`));
  for (const name of ['Dinghy One', 'Skiff Two', 'Punt Three']) assert.ok(result.paragraphs.includes(name), name);
});

test('a pitch around a sign-up <button> goes; a box around a player\'s "Watch now" button stays', () => {
  const signUp = '<div class="wrap"><div class="box"><h3>Plan your next trip</h3><p>New visitors get a free harbour tour.</p><button>Get started</button></div></div>';
  const result = extractHtml(page(`<div class="box">${p(PROSE[0]!)}${p(PROSE[1]!)}</div>${signUp}<div class="box">${p(PROSE[2]!)}${p(PROSE[3]!)}</div>`));
  assert.deepEqual(result.paragraphs, PROSE);
  assert.ok(result.boilerplate.some((b) => b.reason === 'call to action' && b.text.startsWith('Plan your next trip')));
  const player = '<div class="wrap"><div class="box"><p>The harbour at dawn, filmed from the pier.</p><button>Watch now</button></div></div>';
  const kept = extractHtml(page(`<div class="box">${p(PROSE[0]!)}${p(PROSE[1]!)}</div>${player}<div class="box">${p(PROSE[2]!)}${p(PROSE[3]!)}</div>`));
  assert.ok(kept.paragraphs.includes('The harbour at dawn, filmed from the pier.'));
});
