import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata, metadataCandidates } from '../src/extract/html/metadata.js';

function page(head: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`;
}

test('title candidates: each text once, with every source that states it, site-cut versions and <title> parts', () => {
  const html = page(
    '<title>Ferry timetable changes for winter - Harbour Gazette</title><meta property="og:title" content="Ferry timetable changes for winter">' +
      '<meta property="og:site_name" content="Harbour Gazette">',
    '<h1>Ferry timetable changes for winter</h1><h2>What changes on the island route</h2><p>Text.</p>',
  );
  const { titles } = metadataCandidates(parseHtml(html).document, 'https://harbourgazette.example/ferry');
  const headline = titles.find((t) => t.text === 'Ferry timetable changes for winter');
  assert.ok(headline);
  assert.deepEqual([...headline.kinds].sort(), ['h1', 'h1-whole', 'og', 'title-part', 'title-tag'].sort());
  // Stated as written by the <h1> and og:title: not only known from a cut.
  assert.equal(headline.stripped, false);
  const whole = titles.find((t) => t.text === 'Ferry timetable changes for winter - Harbour Gazette');
  assert.deepEqual(whole?.kinds, ['title-tag']);
  assert.ok(titles.some((t) => t.kinds.includes('title-part') && t.text === 'Harbour Gazette'));
  assert.ok(titles.some((t) => t.kinds.includes('heading') && t.text === 'What changes on the island route'));
  // Every comparable text is listed once.
  assert.equal(new Set(titles.map((t) => t.text.toLowerCase())).size, titles.length);
});

test('date candidates: the visible page is read for every source, the hand-set choice is unchanged', () => {
  const html = page(
    '<title>Quay repairs begin</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T09:00:00+01:00","dateModified":"2024-03-09T10:00:00+01:00"}</script>',
    '<article><h1>Quay repairs begin</h1><p class="byline">By Ann Reed, 5 March 2024</p><p>Work starts on the north quay.</p></article>',
  );
  const document = parseHtml(html).document;
  const { dates, metadata } = metadataCandidates(document, 'https://quay.example/news/2024/03/05/repairs');
  const families = dates.candidates.map((c) => `${c.date} ${c.family}`);
  assert.ok(families.includes('2024-03-05 json-ld'));
  assert.ok(families.includes('2024-03-05 url'));
  assert.equal(dates.modified?.date, '2024-03-09');
  assert.equal(metadata.published.date, '2024-03-05');
  assert.equal(extractMetadata(document, 'https://quay.example/news/2024/03/05/repairs').published.date, '2024-03-05');
});

function titleOf(head: string, body: string): string | null {
  return extractMetadata(parseHtml(page(head, body)).document, null).title;
}

test('an <h1> "Headline | subtitle" gives way to the leading part that a meta title states', () => {
  const piped = titleOf('<title>Best Ferry Routes in Norway 2025 | Top 12 Crossings</title><meta property="og:title" content="Best Ferry Routes in Norway 2025">',
    '<h1>Best Ferry Routes in Norway 2025 | Top 12 Crossings</h1><p>Text.</p>');
  assert.equal(piped, 'Best Ferry Routes in Norway 2025');
  // The <title> states it (its site name cut off), without og:title.
  const byTitle = titleOf('<title>Best Ferry Routes in Norway 2025 | Ferry Guide</title><meta property="og:site_name" content="Ferry Guide">',
    '<h1>Best Ferry Routes in Norway 2025 | Top 12 Crossings</h1><p>Text.</p>');
  assert.equal(byTitle, 'Best Ferry Routes in Norway 2025');
  // Where every title the page states keeps the subtitle, so does the headline.
  const long = 'Best Ferry Routes in Norway 2025 | Twelve Crossings Our Editors Took Last Summer';
  const kept = titleOf(`<title>${long}</title><meta property="og:title" content="${long}">`, `<h1>${long}</h1><p>Text.</p>`);
  assert.equal(kept, long);
});

test('other separators, short leading parts and headlines no meta title cuts keep the whole <h1>', () => {
  // A dash or slash inside a headline is prose: news headlines keep what follows it.
  const dashed = titleOf('<title>Ferry crews strike – talks resume on Monday</title><meta property="og:title" content="Ferry crews strike">',
    '<h1>Ferry crews strike – talks resume on Monday</h1>');
  assert.equal(dashed, 'Ferry crews strike – talks resume on Monday');
  // A two-word leading part is a section: "Local News | Headline".
  const section = titleOf('<title>Local News | Ferry crews strike over pay</title><meta property="og:title" content="Local News">',
    '<h1>Local News | Ferry crews strike over pay</h1>');
  assert.equal(section, 'Local News | Ferry crews strike over pay');
  // No meta title states the leading part.
  const long = 'Ferry crews strike over pay | What the new rota means for the island commuters';
  const unstated = titleOf(`<title>${long}</title>`, `<h1>${long}</h1><p>Text.</p>`);
  assert.equal(unstated, long);
});
