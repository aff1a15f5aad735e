// Pages of the web UI that the offline report does not have: search, ingestion and job status. They reuse the
// report's page shell, stylesheet and escaping, so the UI and the report look and behave alike.
import type { Dossier, DossierArticle } from '../model.js';
import { page } from '../report/html.js';
import { anchor, html, plural, raw, type Markup } from '../report/util.js';
import * as settings from '../settings.js';
import type { SearchHit, SearchOptions } from '../store/sqlite.js';
import type { Job } from './jobs.js';

export const NAV: [string, string][] = [
  ['/', 'Dossier'],
  ['/search', 'Search'],
  ['/ingest', 'Add articles'],
];

export function uiPage(title: string, body: Markup, subtitle?: string, current?: string, refreshSeconds?: number): string {
  return page(body, { title, subtitle, nav: NAV, metaCsp: null, sectionBase: '/', referrer: 'same-origin', current, refreshSeconds });
}

function option(value: string, label: string, selected: string | undefined): Markup {
  return html`<option value="${value}"${raw(value === selected ? ' selected' : '')}>${label}</option>`;
}

export interface SearchForm extends SearchOptions {
  q: string;
}

function searchForm(form: SearchForm, dossier: Dossier | null, outlets: string[]): Markup {
  const stories = dossier?.stories ?? [];
  const entities = [...(dossier?.entities ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return html`<form class="search" method="get" action="/search" role="search">
<label>Words <input type="search" name="q" value="${form.q}" placeholder="e.g. strike pay" autofocus></label>
<label>Entity <select name="entity">${option('', 'any', form.entity)}${entities.map((e) => option(e.id, e.name, form.entity))}</select></label>
<label>Outlet <select name="outlet">${option('', 'any', form.outlet)}${outlets.map((o) => option(o, o, form.outlet))}</select></label>
<label>From <input type="date" name="from" value="${form.from ?? ''}"></label>
<label>To <input type="date" name="to" value="${form.to ?? ''}"></label>
<label>Story <select name="story">${option('', 'any', form.story)}${stories.map((s) => option(s.id, s.title, form.story))}</select></label>
<button type="submit">Search</button></form>`;
}

function hitView(hit: SearchHit, storyTitle: Map<string, string>): Markup {
  const snippet = hit.snippet.map((part) => (part.match ? html`<mark>${part.text}</mark>` : html`${part.text}`));
  const story = hit.story ? html` · story: <a href="/#${anchor('story', hit.story)}">${storyTitle.get(hit.story) ?? hit.story}</a>` : raw('');
  return html`<li><a href="/articles/${encodeURIComponent(hit.contentHash)}">${hit.title ?? `(untitled: ${hit.id})`}</a>
<p class="meta">${hit.publisher ?? 'Unknown outlet'} · ${hit.published ?? 'undated'}${story}</p><p>${snippet}</p></li>`;
}

export function searchPage(form: SearchForm, hits: SearchHit[] | null, dossier: Dossier | null, outlets: string[]): string {
  const storyTitle = new Map((dossier?.stories ?? []).map((s) => [s.id, s.title]));
  let results = raw('');
  if (hits !== null) {
    results = hits.length > 0
      ? html`<h2 id="results-h">${plural(hits.length, 'result')}</h2><ol class="hits" aria-labelledby="results-h">${hits.map((h) => hitView(h, storyTitle))}</ol>`
      : html`<h2 id="results-h">No results</h2><p class="empty">Nothing matches; try fewer words or fewer filters.</p>`;
  }
  return uiPage('Search', html`<h2>Search the articles</h2>${searchForm(form, dossier, outlets)}
<p class="meta">Every word must occur; "quoted words" match as a phrase; a trailing * matches the start of words. Best matches first (BM25; titles weigh most).</p>${results}`, undefined, '/search');
}

export function ingestPage(token: string, message?: string): string {
  const note = message ? html`<p class="note" role="alert">${message}</p>` : raw('');
  const limit = `${Math.round(settings.server.maxUploadBytes / 1024 / 1024)} MB`;
  return uiPage('Add articles', html`<h2>Add articles</h2>${note}
<form class="ingest" method="post" action="/ingest" enctype="multipart/form-data">
<input type="hidden" name="token" value="${token}">
<p><label>Drop files on the box or choose them (text, HTML or JSONL; up to ${settings.server.maxUploadFiles} files, ${limit} in all)
<input type="file" name="files" multiple accept=".txt,.html,.htm,.jsonl,.md,text/plain,text/html"></label></p>
<p><label for="paste">Or paste the text of one article</label><textarea id="paste" name="text" placeholder="Headline&#10;&#10;First paragraph…"></textarea></p>
<p><label>Name for the pasted article (optional) <input type="text" name="name" maxlength="80" placeholder="pasted"></label></p>
<fieldset disabled><legend>From a web address</legend>
<label>URL <input type="url" name="url" placeholder="https://…"></label>
<p class="meta">Not available yet: fetching articles from the web is still being built. Save the page and upload the file instead.</p></fieldset>
<p><button type="submit">Add and analyse</button></p></form>
<p class="meta">Everything you add is stored in this machine's dossier store and the whole dossier is analysed again.</p>`, undefined, '/ingest');
}

const STATE_TEXT: Record<Job['state'], string> = {
  queued: 'Waiting for an earlier job to finish…',
  reading: 'Reading the files…',
  extracting: 'Extracting the articles…',
  analysing: 'Analysing the whole dossier…',
  done: 'Done.',
  failed: 'Failed.',
};

export function jobPage(job: Job): string {
  const running = job.state !== 'done' && job.state !== 'failed';
  const steps: Job['state'][] = ['queued', 'reading', 'extracting', 'analysing', 'done'];
  const position = steps.indexOf(job.state);
  const progress = running
    ? html`<progress max="${steps.length - 1}" value="${Math.max(0, position)}" aria-label="Progress">${position}</progress>`
    : raw('');
  const problems = job.problems.length > 0 ? html`<h3>Problems</h3><ul>${job.problems.map((p) => html`<li>${p}</li>`)}</ul>` : raw('');
  const articles = job.articles.length > 0
    ? html`<h3>${plural(job.articles.length, 'article')} added</h3><ul>${job.articles.map((id) => html`<li><a href="/#${anchor('article', id)}">${id}</a></li>`)}</ul>`
    : raw('');
  const next = job.state === 'done' ? html`<p><a href="/">Open the dossier</a> · <a href="/ingest">Add more</a></p>` : job.state === 'failed' ? html`<p><a href="/ingest">Try again</a></p>` : raw('');
  const body = html`<h2>Ingestion</h2><p role="status" aria-live="polite" data-state="${job.state}">${STATE_TEXT[job.state]}${job.error ? ` ${job.error}` : ''}</p>${progress}${problems}${articles}${next}`;
  // While the job runs the page reloads itself: progress without any script.
  return uiPage('Ingestion', body, undefined, '/ingest', running ? settings.server.statusRefreshSeconds : undefined);
}

export function articlePage(article: DossierArticle | null, body: Markup): string {
  return uiPage(article?.title ?? 'Article', body);
}

export function emptyDossierPage(): string {
  return uiPage('Dossier', html`<h2>No dossier yet</h2><p>The store holds no analysed articles. <a href="/ingest">Add articles</a> or run <code>dossier analyze INPUT... --db FILE</code> and start the server on that file.</p>`);
}
