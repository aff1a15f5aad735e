// Story views: each story with its cited summary, the outlets' disagreements with their evidence, its coded
// events, and its articles side by side.
import type { Conflict, Dossier, EventRecord, Story } from '../model.js';
import { anchor, articleLabel, citation, citations, dateSpanText, html, plural, raw, storyEvents, type Index, type Markup } from './util.js';

function conflictView(conflict: Conflict, index: Index): Markup {
  const versions = conflict.versions.map(
    (v) => html`<li><span class="value">${v.value}</span>
<span class="meta">according to</span> ${v.articles.map((id) => html`${citation(index, id)} `)}
<blockquote>${v.evidence}</blockquote></li>`,
  );
  return html`<div class="conflict" role="note" aria-label="Outlets disagree on ${conflict.fact}">
<h4>Outlets disagree: ${conflict.fact}</h4><ul class="versions">${versions}</ul></div>`;
}

function actorText(actor: { text: string; code: string | null } | null): Markup {
  if (!actor) return raw('–');
  return actor.code ? html`${actor.text} <span class="badge">${actor.code}</span>` : html`${actor.text}`;
}

export function eventsTable(events: EventRecord[], index: Index): Markup {
  if (events.length === 0) return html`<p class="empty">No coded events.</p>`;
  const rows = events.map(
    (e) => html`<tr id="${anchor('event', e.id)}"><td><time>${e.date ?? '–'}</time></td><td>${e.type} <span class="badge">${e.cameo}</span></td>
<td>${actorText(e.source)}</td><td>${actorText(e.target)}</td><td>${e.place ?? '–'}</td><td>${citation(index, e.article)}</td></tr>`,
  );
  return html`<table><caption class="meta">${plural(events.length, 'coded event')}</caption>
<thead><tr><th scope="col">Date</th><th scope="col">Event (CAMEO)</th><th scope="col">Source actor</th><th scope="col">Target actor</th><th scope="col">Place</th><th scope="col">Reported by</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

function firstParagraph(text: string): string {
  const first = text.split('\n\n')[0] ?? '';
  return first.length > 280 ? `${first.slice(0, 279)}…` : first;
}

function sideBySide(story: Story, index: Index): Markup {
  const cards = story.articles.map((id) => {
    const a = index.article.get(id);
    if (!a) return html`<li>${id} <span class="meta">(not in this dossier)</span></li>`;
    const dup = a.duplicate_of ? html`<span class="badge dup">copy of ${articleLabel(index, a.duplicate_of)}</span>` : raw('');
    return html`<li><span class="outlet">${a.publisher ?? 'Unknown outlet'}</span>
<time class="meta" datetime="${a.published.date ?? ''}">${a.published.date ?? 'undated'}</time>${dup}
<p><a href="#${anchor('article', a.id)}">${a.title ?? `(untitled: ${a.id})`}</a></p><p class="meta">${firstParagraph(a.text)}</p></li>`;
  });
  return html`<h4>Articles side by side</h4><ul class="side">${cards}</ul>`;
}

export function storyView(story: Story, index: Index): Markup {
  const headingId = `${anchor('story', story.id)}-h`;
  const summary = story.summary.length > 0
    ? html`<ol class="summary">${story.summary.map((s) => html`<li>${s.text}${citations(index, s.sources)}</li>`)}</ol>`
    : html`<p class="empty">No summary yet.</p>`;
  const events = storyEvents(index, story);
  const outlets = new Set(story.articles.map((id) => index.article.get(id)?.publisher).filter(Boolean));
  return html`<section class="story" id="${anchor('story', story.id)}" aria-labelledby="${headingId}">
<h3 id="${headingId}">${story.title}</h3>
<p class="meta"><time>${story.date.start ?? '?'}</time> – <time>${story.date.end ?? '?'}</time> · ${plural(story.articles.length, 'article')} from ${plural(outlets.size, 'outlet')}${story.conflicts.length > 0 ? ` · ${plural(story.conflicts.length, 'disagreement')}` : ''}</p>
${summary}${story.conflicts.map((c) => conflictView(c, index))}
${sideBySide(story, index)}
<details><summary>${plural(events.length, 'coded event')}</summary>${eventsTable(events, index)}</details>
</section>`;
}

export function storiesSection(dossier: Dossier, index: Index): Markup {
  const body = dossier.stories.length > 0
    ? dossier.stories.map((s) => storyView(s, index))
    : [html`<p class="empty">No stories: the articles have not been grouped into stories.</p>`];
  const loose = dossier.events.filter((e) => e.story === null);
  const looseEvents = loose.length > 0
    ? html`<h3>Events outside any story</h3><details><summary>${plural(loose.length, 'coded event')} not in any story</summary>${eventsTable(loose, index)}</details>`
    : raw('');
  const conflicts = dossier.stories.reduce((n, s) => n + s.conflicts.length, 0);
  return html`<section id="stories" aria-labelledby="stories-h"><h2 id="stories-h">Stories</h2>
${dossier.stories.length > 0 ? html`<p class="meta">${plural(dossier.stories.length, 'story', 'stories')} · ${plural(conflicts, 'disagreement')} between outlets · ${dateSpanText(dossier.stories.flatMap((s) => [s.date.start, s.date.end]))}</p>` : raw('')}
${body}${looseEvents}</section>`;
}
