// Who said what and who is who: quotes grouped by speaker with the agency that relayed them, and entity
// profiles with their roles over time, their stories and their quotes.
import type { Dossier, EntityProfile, QuoteRecord } from '../model.js';
import { anchor, citation, citations, groupBy, html, storiesOfArticles, plural, raw, type Index, type Markup } from './util.js';

function quoteItem(quote: QuoteRecord, index: Index): Markup {
  const via = quote.via ? html`<span class="via">relayed by ${quote.via}</span> ` : raw('');
  // A quote cut before "he said" keeps its comma; shown alone it reads better without.
  return html`<li><blockquote>“${quote.text.replace(/[,;:]\s*$/, '')}”</blockquote>${via}${citation(index, quote.article)}</li>`;
}


const UNATTRIBUTED = 'Unattributed';

export function quotesSection(dossier: Dossier, index: Index): Markup {
  if (dossier.quotes.length === 0) {
    return html`<section id="quotes" aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes</h2><p class="empty">No quotes found.</p></section>`;
  }
  const bySpeaker = [...groupBy(dossier.quotes, (q) => q.speaker ?? UNATTRIBUTED)].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const speakers = bySpeaker.map(
    ([speaker, quotes]) => html`<div class="speaker"><h3>${speaker} <span class="badge">${plural(quotes.length, 'quote')}</span></h3>
<ul>${quotes.map((q) => quoteItem(q, index))}</ul></div>`,
  );
  const relays = [...groupBy(dossier.quotes.filter((q) => q.via), (q) => q.via!)].map(
    ([via, quotes]) => html`<li>${via}: ${plural(quotes.length, 'quote')}</li>`,
  );
  const relayList = relays.length > 0 ? html`<h3>Relaying agencies</h3><ul class="chips">${relays}</ul>` : raw('');
  return html`<section id="quotes" aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes</h2>
<p class="meta">${plural(dossier.quotes.length, 'quote')} from ${plural(bySpeaker.length, 'speaker')}</p>${relayList}${speakers}</section>`;
}

function entityQuotes(entity: EntityProfile, index: Index): QuoteRecord[] {
  const names = new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()));
  return [...names].flatMap((name) => index.quotesBySpeaker.get(name) ?? []);
}

function profileView(entity: EntityProfile, index: Index): Markup {
  const roles = [...entity.roles].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const roleList = roles.length > 0
    ? html`<h4>Roles over time</h4><ol class="roles">${roles.map((r) => html`<li><time>${r.date ?? 'undated'}</time><strong>${r.title}</strong>${citations(index, r.articles)}</li>`)}</ol>`
    : raw('');
  const storyIds = storiesOfArticles(index, entity.articles);
  const stories = storyIds.length > 0
    ? html`<h4>Stories</h4><ul>${storyIds.map((id) => html`<li><a href="#${anchor('story', id)}">${index.storyTitle.get(id) ?? id}</a></li>`)}</ul>`
    : raw('');
  const quotes = entityQuotes(entity, index);
  const quoteList = quotes.length > 0 ? html`<h4>Quotes</h4><ul class="quotes">${quotes.map((q) => quoteItem(q, index))}</ul>` : raw('');
  const aliases = entity.aliases.length > 0 ? html` · also ${entity.aliases.join(', ')}` : raw('');
  const headingId = `${anchor('entity', entity.id)}-h`;
  return html`<article class="profile" id="${anchor('entity', entity.id)}" aria-labelledby="${headingId}">
<h3 id="${headingId}">${entity.name}</h3><p class="meta">${entity.type}${aliases} · in ${plural(entity.articles.length, 'article')}</p>
${roleList}${stories}${quoteList}<details><summary>Articles</summary>${citations(index, entity.articles)}</details></article>`;
}

export function entitiesSection(dossier: Dossier, index: Index): Markup {
  const body = dossier.entities.length > 0
    ? html`<div class="profiles">${[...dossier.entities]
        .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name))
        .map((e) => profileView(e, index))}</div>`
    : html`<p class="empty">No entity profiles yet.</p>`;
  return html`<section id="entities" aria-labelledby="entities-h"><h2 id="entities-h">People, organisations and places</h2>${body}</section>`;
}
