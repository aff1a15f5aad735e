import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';

function titleOf(head: string, body: string, url: string | null = null): string | null {
  return extractMetadata(parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document, url).title;
}

test('an <h1> that is the blog name part of the <title>, beside an og:title that is the other part, gives way to it', () => {
  const blog = titleOf('<title>Harbour Notes: Mending nets in winter</title><meta property="og:title" content="Mending nets in winter">',
    '<h1>Harbour Notes</h1><p>Text.</p>');
  assert.equal(blog, 'Mending nets in winter');
  // The usual layout, "Headline | Site" with the <h1> as headline, is left alone.
  const usual = titleOf('<title>Mending nets in winter | Harbour Notes</title><meta property="og:title" content="Mending nets in winter">',
    '<h1>Mending nets in winter</h1>');
  assert.equal(usual, 'Mending nets in winter');
});

test('an <h1> spelling the host name plus a short word is the site, when the <title> says something else', () => {
  const site = titleOf('<title>compiler_backend: Progress Report #7</title>', "<h1>Quillon's Blog</h1><p>Text.</p>",
    'https://blog.quillon.dev/progress-report-7');
  assert.equal(site, 'compiler_backend: Progress Report #7');
  // A headline that only opens with the brand is a headline.
  const headline = titleOf('<title>Quillon ships version two of its compiler</title>', '<h1>Quillon ships version two</h1>',
    'https://blog.quillon.dev/v2');
  assert.equal(headline, 'Quillon ships version two');
});

test('one headline printed twice (desktop and mobile copies) is one single headline', () => {
  const twice = titleOf('<title>Run Tables on Mac - Tabler 15 Spreadsheet for Mac</title>',
    '<div class="mobile"><h1>Tabler 15 for Mac</h1></div><div class="desktop"><h1>Tabler 15 for Mac</h1></div>');
  assert.equal(twice, 'Tabler 15 for Mac');
});

test('a single hyphenated <h1> counts its words as the eval does ("North-Quarter" is two)', () => {
  const hyphenated = titleOf('<title>Day trips in the lowlands</title>', '<h1>North-Quarter</h1><p>Text.</p>');
  assert.equal(hyphenated, 'North-Quarter');
});

test('with no <h1> taken as headline, a sub-heading that repeats a part (or a run of parts) of the title is the title', () => {
  const villa = titleOf('<title>Villa Aurora - Holiday villa in Florida</title>',
    '<h2>Details</h2><h2>Villa Aurora</h2><p>Pool, four bedrooms.</p>');
  assert.equal(villa, 'Villa Aurora');
  // A run of parts: what the sub-heading states, without the author and number after it.
  const run = titleOf('<meta property="og:title" content="30.11. | Book of the week - Ann Author (ed.) • 1619">',
    '<h1>Books</h1><h2>30.11. | Book of the week</h2><p>Text.</p>');
  assert.equal(run, '30.11. | Book of the week');
  // A sub-heading that repeats the whole meta title keeps its last part (it was not the site name).
  const whole = titleOf('<meta property="og:title" content="Update spies on old systems // #Privacy #Windows @writer">',
    '<h2>Update spies on old systems // #Privacy #Windows @writer</h2><p>Text.</p>');
  assert.equal(whole, 'Update spies on old systems // #Privacy #Windows @writer');
  // Navigation headings do not count.
  const nav = titleOf('<title>Villa Aurora - Holiday villa in Florida</title>', '<nav><h2>Holiday villa in Florida</h2></nav><p>Text.</p>');
  assert.equal(nav, 'Villa Aurora - Holiday villa in Florida');
});

test('a quotation before a colon opens the headline; a section label before a colon is a kicker', () => {
  const quoted = titleOf('<meta property="og:title" content="Kramer misses the Games - jumpnews.com">',
    '<h1>"Pure emptiness": Kramer misses the Games</h1>', 'https://www.jumpnews.com/kramer');
  assert.equal(quoted, '"Pure emptiness": Kramer misses the Games');
  const label = titleOf('<meta property="og:title" content="Kramer misses the Games - jumpnews.com">',
    '<h1>Ski jumping: Kramer misses the Games</h1>', 'https://www.jumpnews.com/kramer');
  assert.equal(label, 'Kramer misses the Games');
});

test('a part of the <h1> set in small type before the headline ("h1small") is its kicker', () => {
  const title = titleOf('<title>Stromcheck für Haushalte</title>',
    '<h1><span class="h1small">Initiative Energie</span> Kostenloser Stromcheck für private Haushalte</h1><p>Text.</p>');
  assert.equal(title, 'Kostenloser Stromcheck für private Haushalte');
  // A class that only contains the word ("text-smaller") is no kicker.
  const whole = titleOf('<title>Budget passes after late vote</title>', '<h1>Budget passes <span class="text-smaller">after late vote</span></h1><p>Text.</p>');
  assert.equal(whole, 'Budget passes after late vote');
});

test('an og:title that is only the site name is no title: the headline the other titles state is taken', () => {
  const title = titleOf('<meta property="og:site_name" content="Lawnbot"><meta property="og:title" content="Lawnbot">' +
    '<meta name="twitter:title" content="Which mower suits which lawn? | Lawnbot"><title>Which mower suits which lawn? | Lawnbot</title>',
  '<h1>Which mower suits which lawn?</h1><p>Text.</p>', 'https://www.lawnbot.example/blog/mowers');
  assert.equal(title, 'Which mower suits which lawn?');
});

test('a title part that opens with the host name ("Pinecart App Store") is the site name', () => {
  // The site part first, where cutting a short last part would keep the site's name.
  const title = titleOf('<meta property="og:title" content="Pinecart App Store | Harbour Roasters">',
    '<h1><span>Get that tech stack</span> <span>Harbour Roasters</span></h1><p>Text.</p>', 'https://apps.pinecart.example/stories/harbour');
  assert.equal(title, 'Harbour Roasters');
  // A headline about the brand on the brand's own site is no site name.
  const brand = titleOf('<title>Pinecart reports record sales | News</title>', '<p>Text.</p>', 'https://www.pinecart.example/news/sales');
  assert.equal(brand, 'Pinecart reports record sales');
});

test('an aria-hidden copy of the headline beside a screen-reader copy keeps the headline once', () => {
  const title = titleOf('<title>Tram line reopens after repairs</title>',
    '<h1><span class="sr-only">Tram line reopens after repairs</span><span aria-hidden="true">Tram line reopens after repairs</span></h1><p>Text.</p>');
  assert.equal(title, 'Tram line reopens after repairs');
});

test('of several <h1>s none stated as a title, the first is the headline when it shares words with a stated title', () => {
  const first = titleOf('<meta property="og:title" content="Our favourite cycling spots in Dunmore">',
    '<h1>The best trails and parks in Dunmore for cycling</h1><p>Text.</p><h1>Next in your guide</h1><h1>Five lakes to swim in</h1>');
  assert.equal(first, 'The best trails and parks in Dunmore for cycling');
  // A first <h1> on another topic (a widget, a menu) is not taken.
  const widget = titleOf('<meta property="og:title" content="Our favourite cycling spots in Dunmore">',
    '<h1>Newsletter</h1><p>Text.</p><h1>Next in your guide</h1>');
  assert.equal(widget, 'Our favourite cycling spots in Dunmore');
});

test('a one-word <h1> under a long headline-like title is a section label, not the headline', () => {
  assert.equal(titleOf('<meta property="og:title" content="Sport chiefs back new stadium plan">', '<h1>Sport</h1><p>Text.</p>'), 'Sport chiefs back new stadium plan');
});

test('a one-word <h1> that a stated title holds inside a longer part is the headline', () => {
  assert.equal(titleOf('<title>BOLLARD Definition & Meaning | Wordbook.example</title>', '<h1>bollard</h1><p>Text.</p>'), 'bollard');
  // A compound whose head is a word of the title ("Geschichte" in "Chorgeschichte").
  assert.equal(titleOf('<title>Geschichte - Knabenchor Aalen</title>', '<h1>Chorgeschichte</h1><p>Text.</p>'), 'Chorgeschichte');
  // A one-word <h1> that is a whole part of the title on its own is a section: the title keeps the headline.
  assert.equal(titleOf('<title>News: Harbour reopens after storm</title>', '<h1>News</h1><p>Text.</p>'), 'News: Harbour reopens after storm');
});

test('a "title header" span inside the <h1> is its kicker', () => {
  const title = titleOf('<meta property="og:title" content="Storms and floods – How the coast protects itself">',
    '<h1><span class="head_titleheader">Storms and floods</span><span aria-hidden="true"> – </span><span class="head_text">How the coast protects itself</span></h1>');
  assert.equal(title, 'How the coast protects itself');
});

test('character references a CMS left in a JSON-LD headline or escaped twice in a heading are decoded', () => {
  const jsonLd = titleOf('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rates &amp; Fees for 2026"}</script>', '<p>Text.</p>');
  assert.equal(jsonLd, 'Rates & Fees for 2026');
  const twice = titleOf('<title>Tools for 2026</title>', '<h1>Python, SQL &amp;#x26; AI tools for 2026</h1><p>Text.</p>');
  assert.equal(twice, 'Python, SQL & AI tools for 2026');
});
