import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';
import { extractHtml } from '../src/extract/html/index.js';
import { hostLabel, stripSiteName } from '../src/extract/html/title.js';
import { dateAtOffset, parseInstant, parseMachineDate, parseTextDate, parseUrlDate } from '../src/extract/html/dates.js';
import { goldDay, sameDay, sameTitle } from '../eval/extraction-metrics.js';

function meta(head: string, body: string, url: string | null = null) {
  return extractMetadata(parseHtml(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`).document, url);
}

// --- titles -----------------------------------------------------------------------------------------------------

test('the headline without its kicker: marked by class, or named by a meta title', () => {
  const kicker = meta('<meta property="og:title" content="Hochwasser: Der Damm hält">',
    '<h1><span class="article-kicker">Hochwasser</span><span class="visually-hidden">: </span><span class="title">Der Damm hält</span></h1>');
  assert.equal(kicker.title, 'Der Damm hält');
  const roofline = meta('<meta property="og:title" content="Schulze: Hilfe für die Region kommt">',
    '<h1><span class="roof">Nach dem Sturm</span> Schulze: Hilfe für die Region kommt</h1>');
  assert.equal(roofline.title, 'Schulze: Hilfe für die Region kommt');
  const subtitle = meta('<meta property="og:title" content="Fish cakes, hot and fresh">',
    '<h1><span>Fish cakes, hot and fresh</span> <small>Welcome to the northern harbour</small></h1>');
  assert.equal(subtitle.title, 'Fish cakes, hot and fresh');
});

test('a plain-text kicker before a separator is dropped when the meta title is the headline alone', () => {
  const result = meta('<meta property="og:title" content="Brothel busted in the harbour district">',
    '<h1>Local News | Brothel busted in the harbour district</h1>');
  assert.equal(result.title, 'Brothel busted in the harbour district');
  const article = meta('<meta property="og:title" content="Best Cameras of 2026">', '<h1>The Best Cameras of 2026</h1>');
  assert.equal(article.title, 'The Best Cameras of 2026');
});

test('a headline in capitals takes its case from the meta title; caseless scripts are left alone', () => {
  const capitals = meta('<meta property="og:title" content="Storm Closes the Pass | Courier">', '<h1>STORM CLOSES THE PASS</h1>');
  assert.equal(capitals.title, 'Storm Closes the Pass');
  const bengali = meta('<meta property="og:title" content="ঢাকায় বৃষ্টি | সংবাদ">', '<h1>ঢাকায় বৃষ্টি</h1>');
  assert.equal(bengali.title, 'ঢাকায় বৃষ্টি');
});

test('site names come off titles: from og:site_name, from the host name, in breadcrumbs and Chinese titles', () => {
  assert.equal(stripSiteName('Podcasts einbinden | Disfunctions.de', null, 'https://disfunctions.de/x'), 'Podcasts einbinden');
  assert.equal(stripSiteName('Disfunctions.de » Blog Archiv » Podcasts einbinden', null, 'https://disfunctions.de/x'), 'Podcasts einbinden');
  assert.equal(stripSiteName('Winterhechte | petri-heil.ch | Dein Fischereimagazin', null, 'https://www.petri-heil.ch/de/x'), 'Winterhechte');
  assert.equal(stripSiteName('Kein App Store mehr über Mobile Daten? | iPhone | Forum | MacNews', 'MacNews'), 'Kein App Store mehr über Mobile Daten?');
  assert.equal(stripSiteName('武汉的声音：有英勇的你！-新华网', null), '武汉的声音：有英勇的你！');
  assert.equal(stripSiteName('Flood hits lower town • Jane Doe', 'Jane Doe'), 'Flood hits lower town');
  // A subtitle is not a site name.
  assert.equal(stripSiteName('Leasing oder Finanzierung – was lohnt sich mehr?', null), 'Leasing oder Finanzierung – was lohnt sich mehr?');
  assert.equal(stripSiteName('Würde des Lebens – ein Projekt', null), 'Würde des Lebens – ein Projekt');
  assert.equal(hostLabel('https://www.bbc.co.uk/news/x'), null);
  assert.equal(hostLabel('https://www.time4talks.com/2013/08/07/x'), 'time4talks');
  // A web-archive copy is named by the site it copies.
  assert.equal(hostLabel('https://web.archive.org/web/20140226054445/http://www.time4talks.com/2013/08/07/x'), 'time4talks');
  assert.equal(hostLabel('https://web.archive.org/web/20110106023242im_/dzs-clan.de/index.php'), 'dzsclan');
});

test('of several <h1>s, the one worded almost like a meta title; a single <h1> in capitals gives way to the meta title', () => {
  const several = meta('<meta property="og:title" content="Join our tester club now!"><title>The Club - Quick fresh hair anywhere with the new Wellaflex dry shampoo</title>',
    '<h1>Wellaflex – Quick fresh hair anywhere with the dry shampoo</h1><p>Text.</p><h1>How to use it</h1>');
  assert.equal(several.title, 'Wellaflex – Quick fresh hair anywhere with the dry shampoo');
  const capitals = meta('<meta property="og:title" content="Best Drip Coffee Maker 2026: Buying Tips">', '<h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS</h1>');
  assert.equal(capitals.title, 'Best Drip Coffee Maker 2026: Buying Tips');
});

test('an <h1> that only names the site (host name) is not the title; a hidden one neither', () => {
  const result = meta('<title>Time 4 talks » Blog Archiv » Weitere Digitalisierung der Kinos</title>', '<h1>Time 4 talks</h1><p>Text</p>',
    'https://www.time4talks.com/2013/08/07/weitere-digitalisierung/');
  assert.equal(result.title, 'Weitere Digitalisierung der Kinos');
  const hidden = meta('<meta property="og:title" content="Auf das erste Elektron kommt es an">',
    '<h1 class="pagetitle hidden">News</h1><h1>Auf das erste Elektron kommt es an</h1>');
  assert.equal(hidden.title, 'Auf das erste Elektron kommt es an');
});

// --- dates ------------------------------------------------------------------------------------------------------

test('text dates: a month name between hyphens or dots, a two-digit year after a dotted day and month', () => {
  assert.equal(parseTextDate('By FlowGuard on 04-ago-2021 5:11:10', true), '2021-08-04');
  assert.equal(parseTextDate('04.Apr.2019', true), '2019-04-04');
  assert.equal(parseTextDate('macbacchi 28.09.19 12:44', true), '2019-09-28');
  assert.equal(parseTextDate('Kultur, 2.11.22', true), '2022-11-02');
  // Version numbers are not dates.
  assert.equal(parseTextDate('Version 2.3.1.14, iOS 13.1.1', true), null);
});

test('JSON-LD wrapped in CDATA is read', () => {
  const result = meta('<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","datePublished":"2020-07-10T14:15:42+00:00"}\n//]]></script>',
    '<h1>Video platform news</h1><div class="author-details"><em>Last Updated:</em> January 7, 2025</div><p>Text.</p>');
  assert.equal(result.published.date, '2020-07-10');
});

test('URL dates: year first, or day first when a number above 12 makes the order certain', () => {
  assert.equal(parseUrlDate('https://x.example/2021/06/22/slug'), '2021-06-22');
  assert.equal(parseUrlDate('https://x.example/meldungen/29-10-2021'), '2021-10-29');
  assert.equal(parseUrlDate('https://x.example/news/10-29-2021.html'), '2021-10-29');
  assert.equal(parseUrlDate('https://x.example/meldungen/03-04-2021'), null);
});

test('a page that states only a "Last updated" note, in its footer, is dated by it (labelled, low confidence)', () => {
  const result = meta('', `<h1>Webcams</h1>${'<p>Views of the valley without any date in them at all.</p>'.repeat(80)}<p>Last updated: November 13, 2025</p>`);
  assert.equal(result.published.date, '2025-11-13');
  assert.ok(result.published.confidence <= 0.3 && /update note/.test(result.published.evidence ?? ''));
});

test('instants: offsets, whole hours and the day at another offset', () => {
  const instant = parseInstant('2018-12-31T23:11:59+00:00')!;
  assert.deepEqual(instant, { date: '2018-12-31', minutes: 23 * 60 + 11, offset: 0, wholeHour: false });
  assert.equal(dateAtOffset(instant, 60), '2019-01-01');
  assert.equal(parseInstant('Sat, 19 Oct 2019 00:04:00 +0200')?.offset, 120);
  assert.equal(parseInstant('2022-11-06T23:00:00.000Z')?.wholeHour, true);
  assert.equal(parseInstant('2022-11-06'), null);
  // A dashed numeric machine date follows the page's region; slashes are US order, dots day-first.
  assert.equal(parseMachineDate('03-09-2026', false), '2026-03-09');
  assert.equal(parseMachineDate('03-09-2026'), '2026-09-03');
  assert.equal(parseMachineDate('03/09/2026', true), '2026-03-09');
  assert.equal(parseMachineDate('03.09.2026', false), '2026-09-03');
});

test('a UTC timestamp takes the neighbouring day a local timestamp or the URL states, else keeps the day as written', () => {
  const offset = meta('<meta property="article:published_time" content="2019-10-18T22:04:00Z"><meta name="date" content="Sat, 19 Oct 2019 00:04:00 +0200">', '<h1>Krebs</h1>');
  assert.equal(offset.published.date, '2019-10-19');
  assert.match(offset.published.evidence ?? '', /UTC/);
  // An offset written only on the modified time, or a whole-hour time, does not move the day.
  const modifiedOffset = meta('<meta property="article:published_time" content="2015-05-12T06:05:27+00:00"><meta property="article:modified_time" content="2026-01-25T12:56:29-07:00">', '<h1>Japan</h1>');
  assert.equal(modifiedOffset.published.date, '2015-05-12');
  const midnight = meta('<meta property="article:published_time" content="2025-12-10T23:00:00+00:00">', '<h1>Conferences</h1>');
  assert.equal(midnight.published.date, '2025-12-10');
  const byUrl = meta('<meta property="article:published_time" content="2018-12-31T23:11:59+00:00">', '<h1>Ins neue Jahr</h1>',
    'https://blog.example/2019/01/01/ins-neue-jahr/');
  assert.equal(byUrl.published.date, '2019-01-01');
  const plain = meta('<meta property="article:published_time" content="2021-06-22T10:00:00Z">', '<h1>Flut</h1>');
  assert.equal(plain.published.date, '2021-06-22');
});

test('visible dates: right before the headline, labelled anywhere, opening a paragraph', () => {
  const before = meta('', '<div id="content"><h3>21.01.2022</h3><h1>Jahresbericht 2021</h1><p>Das Jahr war warm.</p></div>');
  assert.equal(before.published.date, '2022-01-21');
  const labelled = meta('', `<h1>Rezension</h1>${'<p>Ein langer Absatz ohne Datum, der nur Text enthält.</p>'.repeat(80)}<p class="footer">Erschienen am: 01.11.2023<br>Lesungen: 61</p>`);
  assert.equal(labelled.published.date, '2023-11-01');
  const led = meta('', '<h1>Bioenergie gedrosselt</h1><p>29.11.2022 – Mehrfach und vehement hatte die Branche gewarnt.</p>');
  assert.equal(led.published.date, '2022-11-29');
});

test('bylines: the date next to the author name, words of separate elements kept apart, even inside a blog widget', () => {
  const author = meta('', '<h1>Die Events der letzten Zeit</h1><p>Viel los.</p><div class="left author">Autor: <a href="/p/58"><b>Bo</b></a> am 29.12.2010, 13:36 Uhr</div>');
  assert.equal(author.published.date, '2010-12-29');
  const joined = meta('', '<h1>Data accelerators</h1><div class="post-author-details"><p>Luke Kim</p><small>December 17, 2025</small></div><p>Text.</p>');
  assert.equal(joined.published.date, '2025-12-17');
  const widget = meta('', '<div class="widget-type-blog"><h1>My essay tip</h1><span class="meta-date"><a href="/topic">May 18, 2023</a></span><p>Text.</p></div>');
  assert.equal(widget.published.date, '2023-05-18');
});

test('the nearest date: a byline date beats the masthead\'s "today"; a labelled <time> beats a teaser\'s', () => {
  const masthead = meta('', '<header><div class="date">Thursday, November 9, 2023</div></header><main><h1>Mayor elected</h1><div class="byline-date">November 8, 2023</div><p>Text.</p></main>');
  assert.equal(masthead.published.date, '2023-11-08');
  const teaser = meta('', '<h1>Cyber guide</h1><p>Text.</p><div class="layout-sidebar"><h4>Published</h4> <time datetime="2018-11-15T12:00:00Z">15 November 2018</time></div>' +
    '<a href="/other"><h3>Publish date</h3> <time datetime="2019-01-17T12:00:00Z">17 Jan 2019</time></a>');
  assert.equal(teaser.published.date, '2018-11-15');
});

test('a UTC timestamp takes the local day that a wall-clock time without offset states', () => {
  const result = meta('<meta property="article:published_time" content="2023-11-09T05:30:59+00:00">',
    '<h1>Mayor elected</h1><p>PUBLISHED: <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time></p>');
  assert.equal(result.published.date, '2023-11-08');
});

test('agreement: a generic date meta tag loses to the publication date the page and its URL state', () => {
  const result = meta('<meta name="date" content="2020-02-12">',
    '<h1>Faire Lieferketten</h1><div class="news-single-timedata">05.02.2020 - Redaktion</div><p>Text.</p>', 'https://x.example/2020/02/05/lieferketten');
  assert.equal(result.published.date, '2020-02-05');
  assert.ok(result.published.confidence > 0.7);
});

// --- eval comparison ---------------------------------------------------------------------------------------------

test('the eval compares titles after Unicode normalisation and reads year-day-month gold dates', () => {
  assert.ok(sameTitle('বাড়ির', 'বা\u09a1\u09bcির'.normalize('NFC')));
  assert.ok(sameTitle('Deutsch\u00adland steht', 'Deutschland steht'));
  assert.equal(goldDay('2022-29-11'), '2022-11-29');
  assert.ok(sameDay('2022-29-11', '2022-11-29'));
  assert.ok(!sameDay('2022-11-28', '2022-11-29'));
});

// --- live blogs and front pages (best effort) ------------------------------------------------------------------


const NAV = `<header><a href="/">Courier</a><nav><ul>${['Home', 'World', 'Sport'].map((x) => `<li><a href="/${x}">${x}</a></li>`).join('')}</ul></nav></header>`;

test('a live blog keeps every update in page order, with a warning, and dates from its JSON-LD', () => {
  const entries = Array.from({ length: 8 }, (_, i) => `<article class="live-post"><time datetime="2021-06-22T${20 - i}:00:00+02:00">${20 - i}:00</time>
    <p>At ${20 - i}:00 the water at the bridge stood at ${4 + i / 10} metres, the fire brigade said, and the evacuation went on.</p></article>`).join('');
  const html = `<html lang="en"><head><title>Flood live: water still rising | Courier</title>
    <script type="application/ld+json">{"@type":"LiveBlogPosting","headline":"Flood live: water still rising","datePublished":"2021-06-22T06:00:00+02:00"}</script>
    </head><body>${NAV}<main><h1>Flood live: water still rising</h1><div class="feed">${entries}</div></main></body></html>`;
  const result = extractHtml(html, { url: 'https://courier.example/live/flood' });
  assert.equal(result.title, 'Flood live: water still rising');
  assert.equal(result.published.date, '2021-06-22');
  const updates = result.paragraphs.filter((p) => p.startsWith('At '));
  assert.equal(updates.length, 8);
  assert.ok(updates[0]!.startsWith('At 20:00') && updates[7]!.startsWith('At 13:00'));
  assert.ok(result.warnings.some((w) => /live blog/.test(w.message)));
});

test('a home page of teasers gives its teasers as text, with a warning, and does not throw', () => {
  const cards = Array.from({ length: 12 }, (_, i) => `<div class="card"><h2><a href="/s${i}">Story ${i} about the flood</a></h2>
    <p>Teaser ${i}: residents were told to move to higher ground as the water rose overnight.</p></div>`).join('');
  const html = `<html lang="en"><head><title>The Valley Courier</title></head><body>${NAV}<main>${cards}</main><footer>© Courier</footer></body></html>`;
  const result = extractHtml(html, { url: 'https://courier.example/' });
  assert.ok(result.paragraphs.filter((p) => p.startsWith('Teaser')).length >= 10);
  assert.ok(!result.paragraphs.includes('Home'));
  assert.ok(result.warnings.some((w) => /home page/.test(w.message)));
  assert.doesNotThrow(() => extractHtml('<html><body><nav><a href="/">Home</a></nav></body></html>', { url: 'https://courier.example/' }));
});

test('the original date beats a republication stamp that equals the modified date', () => {
  const result = meta(`<meta property="article:published_time" content="2025-12-19T18:06:00Z"><meta property="article:modified_time" content="2025-12-19T18:06:00Z">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-04-03T16:50:31Z","dateModified":"2025-12-19T18:06:00Z"}</script>`, '<h1>Best shoes</h1>');
  assert.equal(result.published.date, '2018-04-03');
  // One <meta itemprop="datePublished"> is one source, not two that agree.
  const once = meta('<meta property="article:published_time" content="2015-09-17T16:57:43+01:00"><meta property="article:modified_time" content="2016-05-08T10:11:51+01:00">',
    '<h1>Hotel secrets</h1><p>Text.</p><meta itemprop="datePublished" content="2016-05-08T10:11:51+01:00">');
  assert.equal(once.published.date, '2015-09-17');
});
