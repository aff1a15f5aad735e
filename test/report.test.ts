import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dossierHtml, escapeHtml, REPORT_CSP } from '../src/report/html.js';
import { dossierMarkdown } from '../src/report/markdown.js';
import { anchor } from '../src/report/util.js';
import { daySpan } from '../src/report/timeline.js';

const dayOf = (date: string) => daySpan(date)?.[0] ?? null;
import { articlesOnlyDossier, fixtureDossier, hostileDossier } from './fixtures/dossier.js';

test('the HTML report holds every view of the fixture, with citations linking to article anchors', () => {
  const page = dossierHtml(fixtureDossier);
  for (const id of ['overview', 'timeline', 'stories', 'quotes', 'entities', 'articles']) assert.match(page, new RegExp(`<section id="${id}"`));
  assert.match(page, /<section class="story" id="story-story-strike"/);
  assert.match(page, /Outlets disagree: number of strikers/);
  assert.match(page, /<span class="value">3,000<\/span>/);
  assert.match(page, /href="#article-valmora-wire-1">Meridian Wire, 2024-03-04<\/a>/);
  assert.match(page, /<article class="full" id="article-valmora-wire-1"/);
  assert.match(page, /relayed by Coastal Times/);
  assert.match(page, /labour minister/);
  assert.match(page, /<svg viewBox=/);
  assert.match(page, /2 removed blocks/);
  assert.match(page, /copy of/);
  assert.ok(page.includes(`content="${escapeHtml(REPORT_CSP)}"`));
  assert.ok(!/<script/i.test(page));
});

test('every view degrades to a short note when its list is empty', () => {
  const page = dossierHtml(articlesOnlyDossier, ['stage "stories" is not implemented yet']);
  assert.match(page, /No stories/);
  assert.match(page, /No quotes found/);
  assert.match(page, /No entity profiles yet/);
  assert.match(page, /circles are articles, by outlet/, 'the timeline falls back to articles by date');
  assert.match(page, /stage &quot;stories&quot; is not implemented yet/);
  const nothing = dossierHtml({ articles: [], stories: [], events: [], entities: [], quotes: [], timeline: [] });
  assert.match(nothing, /No articles/);
  assert.match(nothing, /Nothing dated yet/);
});

test('hostile article values are escaped everywhere in HTML and Markdown', () => {
  const dossier = hostileDossier();
  const page = dossierHtml(dossier);
  assert.ok(!/<script/i.test(page), 'no script element');
  assert.ok(!/<(img|svg|iframe)[^>]*\son\w+=/i.test(page), 'no event handler attribute');
  assert.ok(!/<iframe/i.test(page));
  assert.ok(!/href="javascript:/i.test(page));
  assert.match(page, /&lt;script&gt;window.__pwned=1/);
  const md = dossierMarkdown(dossier);
  assert.ok(!/(^|[^\\])<(script|img|iframe|svg)/im.test(md), 'tags stay backslash-escaped');
  assert.ok(!/(^|[^\\])\]\(javascript:/m.test(md));
});

test('anchors are injective and attribute-safe; partial dates fall on their first day', () => {
  assert.notEqual(anchor('article', 'a b'), anchor('article', 'a_b'));
  assert.match(anchor('article', '"><x'), /^article-[A-Za-z0-9_-]+$/);
  assert.equal(dayOf('2024-03') , dayOf('2024-03-01'));
  assert.equal(dayOf('not a date'), null);
});

test('a date known only to its month or year spans that period on the timeline', () => {
  const march = daySpan('2024-03')!;
  assert.deepEqual(march, [dayOf('2024-03-01'), dayOf('2024-03-31')]);
  assert.equal(daySpan('2024')![1] - daySpan('2024')![0], 365, 'a leap year has 366 days');
  assert.deepEqual(daySpan('2024-03-05'), [dayOf('2024-03-05'), dayOf('2024-03-05')]);
  const timeline = [
    ...fixtureDossier.timeline,
    { date: '2024-03', story: 'story-strike', label: 'Port tariffs rise in March', articles: ['valmora-wire-1'] },
    { date: '2019', story: 'story-strike', label: 'The last dock strike', articles: ['valmora-wire-1'] },
  ];
  const page = dossierHtml({ ...fixtureDossier, timeline });
  assert.match(page, /<rect class="period"[^>]*><title>2024-03: Port tariffs rise in March<\/title>/, 'the month is drawn as a period');
  assert.doesNotMatch(page, /<title>2019: The last dock strike<\/title>/, 'a year-only entry does not stretch the axis to its year');
  assert.match(page, /<time datetime="2019">2019<\/time> The last dock strike/, 'it is still listed');
  assert.match(page, /Stories and events from 2024-02-12 to 2024-03-31/);
});

test('Markdown report has the same views', () => {
  const md = dossierMarkdown(fixtureDossier);
  for (const heading of ['## Overview', '## Timeline', '## Stories', '### Dock strike at the port of Valmora', '## Quotes', '## Entities', '# Articles']) {
    assert.ok(md.includes(heading), heading);
  }
  assert.match(md, /Outlets disagree on number of strikers/);
  assert.match(md, /\[Harbour Ledger, 2024-03-04\]\(#article-valmora-ledger-1\)/);
  assert.match(md, /relayed by Coastal Times/);
  assert.match(dossierMarkdown(articlesOnlyDossier), /No stories/);
});
