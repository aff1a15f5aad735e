import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { shortTextReason } from '../src/extract/html/hints.js';

const PROSE = [
  'The harbour board met on Tuesday evening, and after a long debate it voted to dredge the northern channel this summer, at last, after the town had asked for it for a decade.',
  'Fishermen had asked for the work for years, saying that larger boats, loaded with the morning catch, ran aground at low tide, and that two of them had been damaged last winter.',
  'The cost, estimated at two million, will be shared by the town, the regional government and the fishing cooperative as agreed, with the town paying the largest share of it.',
  'Work is due to start in June, and the channel should reopen to all boats before the autumn storms, the board said on Tuesday, if the weather allows the dredger to work.',
];

function page(inner: string): string {
  return `<!doctype html><html><head><title>Five harbours worth a visit</title></head><body><article><h1>Five harbours worth a visit</h1>${inner}</article></body></html>`;
}

const p = (text: string): string => `<p>${text}</p>`;

test('a numbered linked heading between the article\'s paragraphs is a section title, even before a picture and its caption', () => {
  const section = '<h2><a href="/north">1. Northport</a></h2><figure><img src="a.jpg"><figcaption>Boats at dawn</figcaption></figure><p>Sunny.</p><p>Windy.</p><p>Busy.</p><p>Quiet.</p>';
  const result = extractHtml(page(`${p(PROSE[0]!)}${p(PROSE[1]!)}${section}${p(PROSE[2]!)}${p(PROSE[3]!)}`));
  assert.ok(result.paragraphs.includes('1. Northport'));
  const teaser = '<h2><a href="/north">Northport</a></h2><figure><img src="a.jpg"><figcaption>Boats at dawn</figcaption></figure><p>Sunny.</p><p>Windy.</p><p>Busy.</p><p>Quiet.</p>';
  const unnumbered = extractHtml(page(`${p(PROSE[0]!)}${p(PROSE[1]!)}${teaser}${p(PROSE[2]!)}${p(PROSE[3]!)}`));
  assert.ok(!unnumbered.paragraphs.includes('Northport'));
});

test('whole-line labels over lists of other stories are related links; sentences starting alike are not', () => {
  for (const label of ['Weitere Themen', 'Zum Weiterlesen', 'Explore further', 'Other posts you’ll love:', 'More Stories', 'You may be interested in the following topics as well:']) {
    assert.equal(shortTextReason(label), 'related links', label);
  }
  assert.equal(shortTextReason('Explore further the northern channel by boat, the board suggests.'), null);
});

test('a drop cap set as a block of its own joins the first word of the next paragraph', () => {
  const body = `<p>${PROSE[0]!}</p><div class="dropcap">W</div><p>${PROSE[3]!.slice(1)}</p><p>${PROSE[1]!}</p><p>${PROSE[2]!}</p>`;
  const result = extractHtml(page(body));
  assert.deepEqual(result.paragraphs, [PROSE[0], PROSE[3], PROSE[1], PROSE[2]]);
});

test('a mostly linked sentence between the article\'s paragraphs stays; a linked "Read more" line goes', () => {
  const sentence = 'You can <a href="/review">take a closer look at the new harbour ferry and its timetable in our review</a>.';
  const readMore = '<p><a href="/more">Read more: Ten harbours to visit this summer with the whole family</a></p>';
  const result = extractHtml(page(`${p(PROSE[0]!)}${p(PROSE[1]!)}${p(sentence)}${readMore}${p(PROSE[2]!)}${p(PROSE[3]!)}`));
  assert.deepEqual(result.paragraphs, [PROSE[0], PROSE[1], 'You can take a closer look at the new harbour ferry and its timetable in our review.', PROSE[2], PROSE[3]]);
});

test('a tooltip\'s hidden definition inside a paragraph is not article text', () => {
  const withTip = 'The board also dredged the <span class="term"><dfn>channel</dfn><span class="term-tooltip">A channel is a deep passage for boats.</span></span> last year.';
  const result = extractHtml(page(`${p(PROSE[0]!)}${p(PROSE[1]!)}<div>${withTip}</div>${p(PROSE[2]!)}${p(PROSE[3]!)}`));
  assert.ok(result.paragraphs.includes('The board also dredged the channel last year.'));
  assert.ok(result.boilerplate.some((b) => b.text === 'A channel is a deep passage for boats.'));
});
