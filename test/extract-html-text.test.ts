import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { isEndOfArticleHeading, shortTextReason } from '../src/extract/html/hints.js';

const PROSE = [
  'The harbour board met on Tuesday evening, and after a long debate it voted to dredge the northern channel this summer.',
  'Fishermen had asked for the work for years, saying that larger boats, loaded with the morning catch, ran aground at low tide.',
  'The cost, estimated at two million, will be shared by the town, the regional government and the fishing cooperative.',
  'Work is due to start in June, and the channel should reopen to all boats before the autumn storms, the board said.',
];

function page(body: string, after = ''): string {
  return `<!doctype html><html><head><title>Harbour channel to be dredged</title></head><body>${body}</body>${after}</html>`;
}

const paragraphs = (items: string[]): string => items.map((p) => `<p>${p}</p>`).join('');

test('reads text that follows a premature </body> tag', () => {
  const result = extractHtml(page('<header><a href="/">Home</a></header>', `<article><h1>Harbour channel to be dredged</h1>${paragraphs(PROSE)}</article>`));
  for (const p of PROSE) assert.ok(result.paragraphs.includes(p), p);
});

test('keeps code comments whose highlighting class says "comment"', () => {
  const code = '<pre><code><span class="hljs-comment"># start the service first</span>\nservice start</code></pre>';
  const result = extractHtml(page(`<article><h1>Harbour channel to be dredged</h1>${paragraphs(PROSE.slice(0, 2))}${code}${paragraphs(PROSE.slice(2))}</article>`));
  assert.ok(result.paragraphs.some((p) => p.includes('# start the service first')), result.paragraphs.join('\n'));
});

test('keeps the figures of a table inside the article', () => {
  const table = '<table><tr><th>Year</th><th>Boats</th></tr><tr><td>2023</td><td>41</td></tr><tr><td>2024</td><td>+7.5%</td></tr></table>';
  const result = extractHtml(page(`<article><h1>Harbour channel to be dredged</h1>${paragraphs(PROSE.slice(0, 2))}${table}${paragraphs(PROSE.slice(2))}</article>`));
  for (const cell of ['2023', '41', '+7.5%']) assert.ok(result.paragraphs.includes(cell), cell);
});

test('a "Recommended" heading followed by prose is a section, followed by links it ends the article', () => {
  const section = `<h3>Recommended reading:</h3><div><h4>The Tides of the North Sea</h4><p>${PROSE[3]} ${PROSE[1]} This book explains, chapter by chapter and with many maps, how the channels of the coast silt up.</p></div>`;
  const kept = extractHtml(page(`<article><h1>Harbour channel to be dredged</h1>${paragraphs(PROSE.slice(0, 3))}${section}</article>`));
  assert.ok(kept.paragraphs.includes('Recommended reading:'));
  assert.ok(kept.paragraphs.some((p) => p.endsWith('how the channels of the coast silt up.')));
  const teasers = '<h3>Recommended</h3><p><a href="/a">Storm closes the ferry</a></p><p><a href="/b">New lighthouse keeper named</a></p>';
  const ended = extractHtml(page(`<article><h1>Harbour channel to be dredged</h1>${paragraphs(PROSE)}${teasers}</article>`));
  assert.ok(!ended.paragraphs.some((p) => p.includes('ferry')), ended.paragraphs.join('\n'));
});

test('credit and reading-time lines are page furniture', () => {
  assert.equal(shortTextReason('By'), 'byline');
  assert.equal(shortTextReason('Edited by: Jane Doe'), 'byline');
  assert.equal(shortTextReason('Written by:'), 'byline');
  assert.equal(shortTextReason('8 min read'), 'date line');
  assert.equal(shortTextReason('Estimated reading time:'), 'date line');
  assert.equal(shortTextReason('Lesezeit: 3 Min.'), 'date line');
  assert.equal(shortTextReason('Edited versions of the plan were read by the board.'), null);
  assert.equal(shortTextReason('8 minutes'), null);
});

test('finds the standfirst past a run of tiny byline blocks, even without closing punctuation', () => {
  const meta = ['By', 'Jane Doe', '•', 'June 3, 2024', '•', 'Share', '•', 'Share', '•', 'Print'].map((t) => `<div>${t}</div>`).join('');
  const standfirst = 'The northern channel will finally be dredged this summer after years of complaints from the fishing fleet about boats running aground';
  const body = `<div class="top"><h1>Harbour channel to be dredged</h1>${meta}<div class="dek">${standfirst}</div></div><div class="article-body">${paragraphs(PROSE)}</div>`;
  const result = extractHtml(page(body));
  assert.equal(result.paragraphs[0], standfirst);
});

test('a linked section heading between prose paragraphs is kept, a linked teaser headline is not', () => {
  const longer = PROSE.map((p) => `${p} ${p}`);
  const body = `<article><h1>Harbour channel to be dredged</h1><p>${longer[0]}</p><h2><a href="/dredging">How dredging works</a></h2><p>${longer[1]}</p>` +
    `<h3><a href="/other">Ferry fares rise again</a></h3><p>Short teaser.</p><p>${longer[2]}</p><p>${longer[3]}</p></article>`;
  const result = extractHtml(page(body));
  assert.ok(result.paragraphs.includes('How dredging works'), result.paragraphs.join('\n'));
  assert.ok(!result.paragraphs.includes('Ferry fares rise again'), result.paragraphs.join('\n'));
});

test('a caption between the headline and the article is not taken for the standfirst', () => {
  const caption = 'Fishing boats wait for the tide in the northern channel of the harbour on Monday morning, before the board met.';
  const body = `<div class="hero"><h1>Harbour channel to be dredged</h1><div class="image__caption"><span>${caption}</span></div></div>` +
    `<nav><a href="/">Home</a></nav><div class="article-body">${paragraphs([...PROSE, ...PROSE])}</div>`;
  const result = extractHtml(page(body));
  assert.ok(!result.paragraphs.includes(caption), result.paragraphs.join('\n'));
  assert.equal(result.paragraphs[0], PROSE[0]);
});

test('most-read and latest-posts labels in German, French, Spanish and Italian are related links and end the article', () => {
  for (const label of ['Am meisten gelesen...', 'Meistgelesen', 'Articles les plus lus', 'Lo más leído', 'Letzte Kommentare', 'Neueste Beiträge', 'Articles similaires', 'Articoli correlati']) {
    assert.equal(shortTextReason(label), 'related links', label);
    assert.ok(isEndOfArticleHeading(label), label);
  }
  assert.equal(shortTextReason('Meistgelesene Bücher des Jahres stehen in der Bibliothek am Hafen.'), null);
  assert.equal(shortTextReason('Les plus lusitaniens des marins sont partis.'), null);
});

test('lone table-of-contents, search and category labels, German like widgets and zero-width lines are furniture', () => {
  assert.equal(shortTextReason('Table of Contents'), 'navigation');
  assert.equal(shortTextReason('Inhaltsverzeichnis'), 'navigation');
  assert.equal(shortTextReason('Suche'), 'navigation');
  assert.equal(shortTextReason('Kategorien'), 'tag list');
  assert.equal(shortTextReason('Gefällt mir:'), 'share or text-size widget');
  assert.equal(shortTextReason('\u200d'), 'empty or symbol-only');
  assert.equal(shortTextReason('Contents of the harbour report'), null);
  assert.equal(shortTextReason('Search and rescue'), null);
});

test('read-next prompts, feedback thanks, audio-player labels and "Last updated" lines are furniture', () => {
  assert.equal(shortTextReason('What to read next...'), 'related links');
  assert.equal(shortTextReason('Thank you for your feedback!'), 'share or text-size widget');
  assert.equal(shortTextReason('Listen to this article in summarized format'), 'share or text-size widget');
  assert.equal(shortTextReason('Loading paragraph...'), 'share or text-size widget');
  assert.equal(shortTextReason('Listen to this article and tell us what you think of the dredging plan.'), null);
  const PROSE = 'The harbour board met on Tuesday evening, and after a long debate it voted to dredge the northern channel this summer.';
  const more = 'Fishermen had asked for the work for years, saying that larger boats, loaded with the morning catch, ran aground at low tide.';
  const result = extractHtml(`<html><head><title>Harbour channel</title></head><body><article><h1>Harbour channel</h1><p>Last updated on September 16th, 2023 at 09:27 am</p><p>${PROSE}</p><p>${more}</p></article></body></html>`);
  assert.deepEqual(result.paragraphs, [PROSE, more]);
  assert.ok(result.boilerplate.some((b) => b.reason === 'date line' && b.text.startsWith('Last updated')));
});
