import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractHtml } from '../src/extract/html/index.js';
import { dropRepeatedRuns } from '../src/extract/html/repeats.js';
import type { RemovedBlock } from '../src/model.js';

const PROSE = [
  'The library board met on Monday night and agreed, after a long debate, to open the reading rooms on Sundays.',
  'Students had asked for longer hours for years, saying that the rooms were full every evening before exams began.',
  'The cost of the extra staff, about forty thousand a year, will come out of the budget for new furniture.',
  'The first Sunday opening is planned for March, and the board will review the hours again after the summer.',
];

test('a second copy of the article (a print or mobile variant) is dropped', () => {
  const copy = PROSE.map((p) => `<p>${p}</p>`).join('');
  const html = `<html><head><title>Sunday hours</title></head><body><article><h1>Sunday hours</h1>${copy}<h2>Summary</h2>${copy}</article></body></html>`;
  const result = extractHtml(html);
  assert.deepEqual(result.paragraphs, [...PROSE, 'Summary']);
  assert.equal(result.boilerplate.filter((b) => b.reason === 'repeated text').length, PROSE.length);
});

test('a repeated heading, a pull quote or a filler paragraph repeated stays', () => {
  const removed: RemovedBlock[] = [];
  const withHeadings = ['Costs', PROSE[0]!, 'Costs', PROSE[1]!];
  assert.deepEqual(dropRepeatedRuns(withHeadings, removed), withHeadings);
  const pullQuote = [PROSE[0]!, PROSE[1]!, PROSE[0]!, PROSE[2]!];
  assert.deepEqual(dropRepeatedRuns(pullQuote, removed), pullQuote);
  const filler = [PROSE[0]!, PROSE[0]!, PROSE[0]!, PROSE[0]!];
  assert.deepEqual(dropRepeatedRuns(filler, removed), filler);
  assert.equal(removed.length, 0);
});

test('a linked heading of a listed item stays when prose follows it after a short detail line', () => {
  const item = (n: number, name: string, text: string): string =>
    `<h2>${n}. <a href="https://example.com/${n}">${name}</a></h2><p><strong>Rating: 4.${n} of 5</strong></p><p>${text}</p>`;
  // Prose paragraphs long enough to count as the article's text (two sentences each).
  const long = (i: number): string => `${PROSE[i]} ${PROSE[(i + 1) % PROSE.length]}`;
  const body = `<p>${long(0)}</p>${item(1, 'North Hall Reading Room', long(1))}${item(2, 'South Wing Study Hall', long(2))}<p>${long(3)}</p>`;
  const html = `<html><head><title>Sunday hours</title></head><body><article><h1>Sunday hours</h1>${body}</article></body></html>`;
  const result = extractHtml(html);
  assert.ok(result.paragraphs.includes('1. North Hall Reading Room'));
  assert.ok(result.paragraphs.includes('2. South Wing Study Hall'));
});

test('a streamed segment (React SSR) is read in its placeholder, in page order', () => {
  const long = (i: number): string => `${PROSE[i]} ${PROSE[(i + 1) % PROSE.length]}`;
  const quotes = '<div class="ticker"><span>ABC $12.40</span><span>DEF $8.10</span><span>GHI $3.33</span></div>';
  const html = `<html><head><title>Sunday hours</title></head><body><main><article><h1>Sunday hours</h1><p>${long(0)}</p>` +
    `<p>${long(1)}</p><template id="P:3"></template>${quotes}</article></main><footer><p>Site footer text here.</p></footer>` +
    `<div hidden id="S:3"><p>${long(2)}</p><p>${long(3)}</p></div><script>$RS("S:3","P:3")</script></body></html>`;
  const result = extractHtml(html);
  assert.deepEqual(result.paragraphs.slice(0, 4), [long(0), long(1), long(2), long(3)]);
});

test('a card printed twice (with its hover overlay) is read once; a writer repeating lines is not cut', () => {
  const long = (i: number): string => `${PROSE[i]} ${PROSE[(i + 1) % PROSE.length]}`;
  const card = (name: string, text: string): string =>
    `<div class="card"><div class="face"><h3>${name}</h3><p>${text}</p></div><div class="overlay"><h3>${name}</h3><p>${text}</p></div></div>`;
  const html = `<html><head><title>Our rooms</title></head><body><main><h1>Our rooms</h1>` +
    `${card('North Hall', long(0))}${card('South Wing', long(1))}${card('East Annex', long(2))}</main></body></html>`;
  assert.deepEqual(extractHtml(html).paragraphs, ['North Hall', long(0), 'South Wing', long(1), 'East Annex', long(2)]);
  const kicker = `<html><head><title>Our rooms</title></head><body><main><h1>Our rooms</h1><div class="eyebrow"><p>READING ROOMS</p></div>` +
    `<h2>Reading rooms</h2><p>${long(0)}</p><p>${long(1)}</p></main></body></html>`;
  assert.deepEqual(extractHtml(kicker).paragraphs, ['READING ROOMS', long(0), long(1)]);
  const repeated = `<html><head><title>Chant</title></head><body><article><h1>Chant</h1><h2>Verse</h2><p>${long(0)}</p>` +
    `<h2>Verse</h2><p>${long(0)}</p><p>${long(3)}</p></article></body></html>`;
  assert.deepEqual(extractHtml(repeated).paragraphs, ['Verse', long(0), 'Verse', long(0), long(3)]);
});
