// Publication-date rules of src/extract/html/published.ts, one small invented page per rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHtml } from '../src/extract/html/dom.js';
import { extractMetadata } from '../src/extract/html/metadata.js';
import { parseInstant, parseMachineDate } from '../src/extract/html/dates.js';

function published(head: string, body: string, url: string | null = null) {
  return extractMetadata(parseHtml(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`).document, url).published;
}

test('a visible date labelled "Published" beats an article meta tag that states another day', () => {
  const result = published('<meta property="article:published_time" content="2025-08-08T00:00:00-04:00">',
    '<h1>Free accounting tools</h1><div class="article-body__published">Published <time pubdate datetime="2025-08-13">August 13, 2025</time></div><p>Text.</p>');
  assert.equal(result.date, '2025-08-13');
  assert.match(result.evidence ?? '', /Published/);
});

test('a labelled visible date in plain text ("Published Apr 26, 2023") counts as the publication date', () => {
  const result = published('<meta name="publish-date" content="2025-08-21">',
    '<h1>Top electrical companies</h1><div class="post_meta-info">Published <span>Apr 26, 2023</span></div><p>Text.</p>');
  assert.equal(result.date, '2023-04-26');
});

test('an "Erschienen am:" label in the element before the date labels it', () => {
  const result = published('<meta name="date" content="2021-10-15">',
    '<h1>Neue Präsidentin gewählt</h1><p>Text.</p><div><span>Erschienen am:</span><h2>13.10.2021</h2></div>');
  assert.equal(result.date, '2021-10-13');
});

test('a lone source dated after the page\'s last modification loses to an equally strong one', () => {
  const result = published('<meta name="published-time" content="2026-03-09T08:45:32Z"><meta name="published-date" content="2021-02-16"><meta name="modified-time" content="2026-01-15T17:15:38Z">',
    '<h1>Emerging technologies</h1><p>Text.</p>');
  assert.equal(result.date, '2021-02-16');
});

test('a scheduled post (saved before it went out) keeps the day its sources agree on', () => {
  const result = published('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-12-25T11:00:02+00:00","dateModified":"2022-12-07T09:10:52+00:00"}</script>' +
    '<meta property="article:published_time" content="2022-12-25T11:00:02+00:00">', '<h1>Erfinderinnen</h1><div class="meta">07.12.2022</div><p>Text.</p>');
  assert.equal(result.date, '2022-12-25');
});

test('a page stating only an update, in a meta tag named for it, is dated by it as a labelled last resort', () => {
  const result = published('<meta name="updated" content="2025-12-18">', '<h1>Blockchain trends</h1><p>Text without any date.</p>');
  assert.equal(result.date, '2025-12-18');
  assert.ok(result.confidence <= 0.3);
  assert.match(result.evidence ?? '', /modified/);
});

test('a date the page calls the original publication beats the byline\'s later date', () => {
  const result = published('', '<h1>Living in a tiny home</h1><div class="byline">Chris Carroll 30 Sep 2022, 11:07am</div><p>Text.</p>' +
    '<p class="disclaimer">This article was originally published on 26 Sep 2019 at 4:12pm but has been regularly updated.</p>');
  assert.equal(result.date, '2019-09-26');
  const german = published('', '<h1>Wohnen</h1><div class="datum">30.09.2022</div><p>Text.</p><p>Erstmals erschienen am 26. September 2019.</p>');
  assert.equal(german.date, '2019-09-26');
});

test('visible dates in Russian, Polish, Turkish, Czech month names, in 年月日 / 년월일 form, and "19th of February"', () => {
  assert.equal(published('', '<h1>Новости</h1><div class="date">5 марта 2021 г.</div><p>Текст.</p>').date, '2021-03-05');
  assert.equal(published('', '<h1>Wiadomości</h1><div class="date">12 października 2020</div><p>Tekst.</p>').date, '2020-10-12');
  assert.equal(published('', '<h1>Haber</h1><div class="date">14 Nisan 2022</div><p>Metin.</p>').date, '2022-04-14');
  assert.equal(published('', '<h1>Zprávy</h1><div class="date">3. března 2019</div><p>Text.</p>').date, '2019-03-03');
  assert.equal(published('', '<h1>新闻</h1><div class="date">2021年3月5日</div><p>正文。</p>').date, '2021-03-05');
  assert.equal(published('', '<h1>뉴스</h1><div class="date">2021년 3월 5일</div><p>본문.</p>').date, '2021-03-05');
  assert.equal(published('', '<h1>News</h1><div class="date">Tuesday 19th of February 2019</div><p>Text.</p>').date, '2019-02-19');
});

test('a wrapped <time> is labelled by the icon title before its wrapper ("Erscheinungsdatum", "Publication date")', () => {
  const head = '<meta property="og:article:published_time" content="2022-01-15">';
  const body = (label: string) => `<h1>Schneesport mit Rücksicht</h1><ul><li><span><svg><title>${label}</title></svg>` +
    '<span class="note"><time datetime="2022-01-25">25.01.2022</time></span></span></li></ul><p>Text.</p>';
  assert.equal(published(head, body('Erscheinungsdatum')).date, '2022-01-25');
  assert.equal(published(head, body('Publication date')).date, '2022-01-25');
  // Without a label, the article meta tag stays stronger than an unmarked <time>.
  assert.equal(published(head, body('Kalender')).date, '2022-01-15');
});

test('an unmarked <time> in the masthead, far from the headline, yields to any other date of the article', () => {
  const menu = Array.from({ length: 80 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('');
  const page = `<header><div class="navtop"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span></div><ul>${menu}</ul></header>` +
    '<main><h1>Über Dragqueens und Dragkings</h1><p><span class="text_datum">31. Oktober 2023.</span> Dragqueens sind Kunstfiguren.</p></main>';
  assert.equal(published('', page).date, '2023-10-31');
  // Where the page states no other date, the masthead's <time> is still all there is (weakly).
  const alone = published('', page.replace('<span class="text_datum">31. Oktober 2023.</span> ', '').replace('class="mod_datetime"', ''));
  assert.equal(alone.date, '2023-11-01');
  assert.ok(alone.confidence < 0.6);
  // The same <time> right under the headline is the article's.
  assert.equal(published('', '<h1>Über Dragqueens</h1><time datetime="2023-11-01T13:56:20+01:00">01. November 2023</time><p>Text.</p>').date, '2023-11-01');
  // ... and so is one far below it inside the <article> that holds the headline (after a long gallery).
  const gallery = Array.from({ length: 80 }, (_, i) => `<figure><img src="/g${i}.jpg"></figure>`).join('');
  assert.equal(published('', `<article><h1>Über Dragqueens</h1>${gallery}<time datetime="2023-11-01T13:56:20+01:00">01. November 2023</time><p>Text.</p></article>`).date, '2023-11-01');
});

test('a JSON-LD object rendered into a meta tag ("script:ld+json") is read as JSON-LD', () => {
  const json = JSON.stringify({ '@type': 'Article', headline: 'Full EV cars guide', datePublished: '2025-11-17T09:00:00-05:00' }).replace(/"/g, '&quot;');
  const result = published(`<meta name="script:ld+json" content="${json}">`, '<h1>Full EV cars guide</h1><p>Text without a date.</p>');
  assert.equal(result.date, '2025-11-17');
  assert.match(result.evidence ?? '', /JSON-LD/);
});

test('a <time> right by the headline outweighs a JSON-LD date that is also the page\'s modified date', () => {
  const head = '<script type="application/ld+json">{"@type":"Article","datePublished":"2025-12-01T05:10:15Z","dateModified":"2025-12-01T05:10:15Z"}</script>';
  const byHeadline = '<h1>The information bottleneck method</h1><p class="authors">N. Tishby</p><time datetime="4/24/2000 12:00:00 AM">24 Apr 2000</time><p>Text.</p>';
  assert.equal(published(head, byHeadline).date, '2000-04-24');
  // Further down the page (a dozen elements away), the same <time> no longer outweighs it, unless the JSON-LD
  // stamp is the modification stamp itself (the last save; see the savedStampPenalty tests).
  const filler = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
  const edited = '<script type="application/ld+json">{"@type":"Article","datePublished":"2025-12-01T05:10:15Z","dateModified":"2025-12-01T09:40:00Z"}</script>';
  assert.equal(published(edited, `<h1>The information bottleneck method</h1>${filler}<time datetime="4/24/2000 12:00:00 AM">24 Apr 2000</time>`).date, '2025-12-01');
});

test('of two <time>s labelled as publications, the one the meta tags agree with wins', () => {
  const head = '<meta name="citation_date" content="2019-06-25"><meta name="dc.date" content="2019-06-25">';
  const body = '<div class="details"><p>Published on <time datetime="25.Jun.2019">25.Jun.2019</time> in Vol 7.</p>' +
    '<p>Preprints of this paper are available elsewhere, first published <time datetime="04.Apr.2019">04.Apr.2019</time>.</p></div>' +
    '<h1>Mindfulness app use</h1><p>Text.</p>';
  assert.equal(published(head, body).date, '2019-06-25');
});

test('a Unix timestamp (seconds or milliseconds) in a machine value is a UTC instant; other long numbers are not', () => {
  assert.equal(parseMachineDate('1651035600'), '2022-04-27');
  assert.equal(parseMachineDate('1558442573000'), '2019-05-21');
  assert.deepEqual(parseInstant('1651035600'), { date: '2022-04-27', minutes: 300, offset: 0, wholeHour: false });
  assert.equal(parseMachineDate('134888293273302'), null);
  assert.equal(parseMachineDate('0123456789'), null);
  // A page that states its local day beside the UTC stamp keeps the local day.
  const result = published('<meta property="article:published_time" content="1651626439">', '<h1>La Corte</h1><div class="date">3 de mayo de 2022</div><p>Texto.</p>');
  assert.equal(result.date, '2022-05-03');
});

test('a <time> whose text runs two dates together without a space is read element by element', () => {
  const result = published('<meta name="date" content="2022-04-25">', '<h1>Asamblea</h1><time><span>Jueves, 21 de Abril de 2022</span><span>21/04/2022</span></time><p>Texto.</p>');
  assert.equal(result.date, '2022-04-21');
});

test('an "Updated" line before a wrapped <time>\'s parent does not drop that <time>', () => {
  const result = published('<meta name="date" content="2023-12-30">',
    '<h1>Winter tyres</h1><div class="info"><p>Updated: January 9, 2024</p><p><time datetime="2024-01-02">January 2, 2024</time></p></div><p>Text.</p>');
  assert.equal(result.date, '2024-01-02');
});

test('a date line right after the byline dates a page that states no other date, wherever it is', () => {
  const article = Array.from({ length: 80 }, (_, i) => `<p>Paragraph ${i} of the guide.</p>`).join('');
  const page = (dateLine: string) => `<h1>How apps are made</h1>${article}<div class="author-box"><p>Written by <a href="/a/jane">Jane Doe</a></p>${dateLine}</div>`;
  const result = published('', page('<p>April 8, 2024</p>'));
  assert.equal(result.date, '2024-04-08');
  assert.match(result.evidence ?? '', /Written by Jane Doe/);
  // An update note after the byline is not a publication date.
  assert.match(published('', page('<p>Updated: April 8, 2024</p>')).evidence ?? '', /^update note/);
  // Without a byline before it, a lone date far from the headline is not read.
  assert.equal(published('', `<h1>How apps are made</h1>${article}<p>April 8, 2024</p>`).date, null);
});

test('a "Published on" <time> in a teaser far below the article does not compete with the meta tag', () => {
  const article = Array.from({ length: 70 }, (_, i) => `<p>Paragraph ${i}.</p>`).join('');
  const result = published('<meta property="article:published_time" content="2024-03-02T10:00:00+01:00">',
    `<h1>Rail strike ends</h1><p>By Jane Doe</p>${article}<section class="more"><div class="card"><h3>Older story</h3><p>Published on <time datetime="2023-11-20">20 Nov 2023</time></p></div></section>`);
  assert.equal(result.date, '2024-03-02');
});
