// The overview of a corpus and the full text of every article, with each removed block viewable and its reason.
import type { Dossier, DossierArticle } from '../model.js';
import { anchor, articleLabel, dateSpanText, html, isWebUrl, plural, raw, type Index, type Markup } from './util.js';

export function overviewSection(dossier: Dossier, index: Index): Markup {
  const stat = (label: string, value: string | number, small = false) =>
    html`<div${raw(small ? ' class="wide"' : '')}><dt>${label}</dt><dd${raw(small ? ' class="small"' : '')}>${value}</dd></div>`;
  const outlets = [...index.outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const outletList = outlets.length > 0
    ? html`<h3>Outlets</h3><ul class="chips">${outlets.map(([name, n]) => html`<li>${name} <span class="meta">${n}</span></li>`)}</ul>`
    : raw('');
  const storyList = dossier.stories.length > 0
    ? html`<h3>Stories</h3><ul>${dossier.stories.map(
        (s) => html`<li><a href="#${anchor('story', s.id)}">${s.title}</a> <span class="meta">${plural(s.articles.length, 'article')}${s.conflicts.length > 0 ? ` · ${plural(s.conflicts.length, 'disagreement')}` : ''}</span></li>`,
      )}</ul>`
    : raw('');
  return html`<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>
<dl class="stats">${stat('Articles', dossier.articles.length)}${stat('Outlets', index.outlets.size)}${stat('Stories', dossier.stories.length)}${stat('Events', dossier.events.length)}${stat('Entities', dossier.entities.length)}${stat('Quotes', dossier.quotes.length)}${stat('Dates', dateSpanText(dossier.articles.map((a) => a.published.date)), true)}</dl>
${storyList}${outletList}</section>`;
}

function metaLine(article: DossierArticle, index: Index): Markup {
  const parts = [
    article.publisher,
    article.published.date ?? 'undated',
    article.byline.length > 0 ? `by ${article.byline.join(', ')}` : null,
    article.dateline,
    article.agencies.length > 0 ? `cites ${article.agencies.join(', ')}` : null,
  ].filter((part): part is string => Boolean(part));
  const story = article.story ? html` · story: <a href="#${anchor('story', article.story)}">${index.storyTitle.get(article.story) ?? article.story}</a>` : raw('');
  const dup = article.duplicate_of
    ? html` · <span class="badge dup">copy of <a href="#${anchor('article', article.duplicate_of)}">${articleLabel(index, article.duplicate_of)}</a></span>`
    : raw('');
  return html`<p class="meta">${parts.join(' · ')}${story}${dup}</p>`;
}

export function articleView(article: DossierArticle, index: Index): Markup {
  const paragraphs = article.text.split('\n\n').map((p) => html`<p>${p}</p>`);
  const removed = article.boilerplate.length > 0
    ? html`<details><summary>${plural(article.boilerplate.length, 'removed block')}</summary><ul class="removed">${article.boilerplate.map(
        (b) => html`<li><span class="reason">${String(b.reason)}</span>: ${b.text}</li>`,
      )}</ul></details>`
    : html`<p class="meta">No blocks removed.</p>`;
  const source = isWebUrl(article.source) ? html`<a href="${article.source}" rel="noreferrer noopener">${article.source}</a>` : html`${article.source}`;
  const headingId = `${anchor('article', article.id)}-h`;
  return html`<article class="full" id="${anchor('article', article.id)}" aria-labelledby="${headingId}">
<h3 id="${headingId}">${article.title ?? `(untitled: ${article.id})`}</h3>${metaLine(article, index)}
${paragraphs}${removed}<p class="meta">id ${article.id} · ${source}</p></article>`;
}

export function articlesSection(dossier: Dossier, index: Index): Markup {
  const body = dossier.articles.length > 0 ? dossier.articles.map((a) => articleView(a, index)) : [html`<p class="empty">No articles.</p>`];
  return html`<section id="articles" aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2>${body}</section>`;
}
