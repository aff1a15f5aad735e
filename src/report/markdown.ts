// Markdown views of articles and dossiers: the same views as the HTML report, readable in a terminal, a diff or
// any Markdown viewer. Untrusted text is escaped so an article cannot inject links or HTML.
import type { Article, Dossier, DossierArticle, Story } from '../model.js';
import { anchor, articleLabel, dateSpanText, groupBy, indexDossier, plural, storiesOfArticles, storyEvents, type Index } from './util.js';

type ArticleView = Pick<Article, 'id' | 'title' | 'publisher' | 'byline' | 'dateline' | 'published' | 'text' | 'boilerplate' | 'agencies' | 'source'>;

/** Markdown special characters in untrusted text are escaped so an article cannot inject links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

const md = escapeMarkdown;

function metadataLine(article: ArticleView): string {
  const parts = [
    article.publisher,
    article.published.date ? `${article.published.date}${article.published.confidence < 0.8 ? ' (inferred)' : ''}` : 'undated',
    article.byline.length > 0 ? `by ${article.byline.join(', ')}` : null,
    article.dateline,
    article.agencies.length > 0 ? `cites ${article.agencies.join(', ')}` : null,
  ].filter((part): part is string => part !== null && part !== '');
  return parts.map(md).join(' · ');
}

export function articleMarkdown(article: ArticleView): string {
  const lines = [`## ${md(article.title ?? `(untitled: ${article.id})`)} <a id="${anchor('article', article.id)}"></a>`, '', `*${metadataLine(article)}*`, ''];
  lines.push(...article.text.split('\n\n').map(md).flatMap((p) => [p, '']));
  if (article.boilerplate.length > 0) {
    lines.push(`<details><summary>${article.boilerplate.length} removed blocks</summary>`, '');
    for (const block of article.boilerplate) lines.push(`- **${md(String(block.reason))}**: ${md(block.text)}`);
    lines.push('', '</details>', '');
  }
  lines.push(`<sub>id ${md(article.id)} · ${md(article.source)}</sub>`, '');
  return lines.join('\n');
}

export function articlesMarkdown(articles: ArticleView[]): string {
  return articles.map(articleMarkdown).join('\n---\n\n');
}

function cite(index: Index, ids: string[]): string {
  return ids.map((id) => `[${md(articleLabel(index, id))}](#${anchor('article', id)})`).join(', ');
}

function storyMarkdown(story: Story, dossier: Dossier, index: Index): string[] {
  const lines = [`### ${md(story.title)} <a id="${anchor('story', story.id)}"></a>`, '', `${story.date.start ?? '?'} – ${story.date.end ?? '?'} · ${plural(story.articles.length, 'article')}`, ''];
  if (story.summary.length === 0) lines.push('*No summary yet.*', '');
  story.summary.forEach((s, i) => lines.push(`${i + 1}. ${md(s.text)} (${cite(index, s.sources)})`));
  for (const conflict of story.conflicts) {
    lines.push('', `> **Outlets disagree on ${md(conflict.fact)}:**`, '>');
    for (const v of conflict.versions) lines.push(`> - **${md(v.value)}** according to ${cite(index, v.articles)}: “${md(v.evidence)}”`);
  }
  lines.push('', '**Articles side by side**', '', '| Outlet | Date | Title |', '|---|---|---|');
  for (const id of story.articles) {
    const a = index.article.get(id);
    const title = `[${md(a?.title ?? id)}](#${anchor('article', id)})${a?.duplicate_of ? ' (copy)' : ''}`;
    lines.push(`| ${md(a?.publisher ?? '?')} | ${a?.published.date ?? 'undated'} | ${title} |`);
  }
  const events = storyEvents(index, story);
  if (events.length > 0) {
    lines.push('', '**Coded events**', '');
    for (const e of events) {
      const target = e.target ? ` → ${md(e.target.text)}` : '';
      lines.push(`- ${e.date ?? 'undated'} ${md(e.type)} (CAMEO ${md(e.cameo)}): ${md(e.source.text)}${target}${e.place ? ` in ${md(e.place)}` : ''} (${cite(index, [e.article])})`);
    }
  }
  lines.push('');
  return lines;
}

function overviewMarkdown(dossier: Dossier, index: Index): string[] {
  const outlets = [...index.outlets].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return [
    '## Overview',
    '',
    `${plural(dossier.articles.length, 'article')} from ${plural(index.outlets.size, 'outlet')} · ${plural(dossier.stories.length, 'story', 'stories')} · ` +
      `${plural(dossier.events.length, 'event')} · ${plural(dossier.entities.length, 'entity', 'entities')} · ${plural(dossier.quotes.length, 'quote')} · ` +
      `${dateSpanText(dossier.articles.map((a) => a.published.date))}`,
    '',
    ...(outlets.length > 0 ? [`Outlets: ${outlets.map(([name, n]) => `${md(name)} (${n})`).join(', ')}`, ''] : []),
    ...dossier.stories.map((s) => `- [${md(s.title)}](#${anchor('story', s.id)})`),
    '',
  ];
}

function quotesMarkdown(dossier: Dossier, index: Index): string[] {
  const lines = ['## Quotes', ''];
  if (dossier.quotes.length === 0) return [...lines, '*No quotes found.*', ''];
  for (const [speaker, quotes] of groupBy(dossier.quotes, (q) => q.speaker ?? 'Unattributed')) {
    lines.push(`### ${md(speaker)}`, '');
    for (const q of quotes) {
      lines.push(`- “${md(q.text)}”${q.via ? ` — relayed by ${md(q.via)}` : ''} (${cite(index, [q.article])})`);
    }
    lines.push('');
  }
  return lines;
}

function entitiesMarkdown(dossier: Dossier, index: Index): string[] {
  const lines = ['## Entities', ''];
  if (dossier.entities.length === 0) return [...lines, '*No entity profiles yet.*', ''];
  for (const e of dossier.entities) {
    lines.push(`### ${md(e.name)}`, '', `${md(e.type)}${e.aliases.length > 0 ? ` · also ${e.aliases.map(md).join(', ')}` : ''} · ${plural(e.articles.length, 'article')}`, '');
    const roles = [...e.roles].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
    for (const r of roles) lines.push(`- ${r.date ?? 'undated'}: ${md(r.title)} (${cite(index, r.articles)})`);
    const stories = storiesOfArticles(index, e.articles);
    if (stories.length > 0) lines.push('', `Stories: ${stories.map((s) => `[${md(index.storyTitle.get(s) ?? s)}](#${anchor('story', s)})`).join(', ')}`);
    lines.push('');
  }
  return lines;
}

export function dossierMarkdown(dossier: Dossier, stubNotes: string[] = []): string {
  const index = indexDossier(dossier);
  const lines = ['# Dossier', ''];
  for (const note of stubNotes) lines.push(`> ${md(note)}`, '');
  lines.push(...overviewMarkdown(dossier, index), '## Timeline', '');
  if (dossier.timeline.length === 0) lines.push('*No timeline entries.*');
  for (const entry of dossier.timeline) {
    const story = entry.story ? ` — [${md(index.storyTitle.get(entry.story) ?? entry.story)}](#${anchor('story', entry.story)})` : '';
    lines.push(`- **${md(entry.date)}** ${md(entry.label)}${story} (${cite(index, entry.articles)})`);
  }
  lines.push('', '## Stories', '');
  if (dossier.stories.length === 0) lines.push('*No stories: the articles have not been grouped into stories.*', '');
  for (const story of dossier.stories) lines.push(...storyMarkdown(story, dossier, index));
  lines.push(...quotesMarkdown(dossier, index), ...entitiesMarkdown(dossier, index));
  lines.push('# Articles', '', articlesMarkdown(dossier.articles as DossierArticle[]));
  return lines.join('\n');
}
