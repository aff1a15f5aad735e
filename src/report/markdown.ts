// Markdown views of articles and dossiers: readable in a terminal, a diff or any Markdown viewer.
import type { Article, Dossier, DossierArticle } from '../model.js';

type ArticleView = Pick<Article, 'id' | 'title' | 'publisher' | 'byline' | 'dateline' | 'published' | 'text' | 'boilerplate' | 'agencies' | 'source'>;

/** Markdown special characters in untrusted text are escaped so an article cannot inject links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

function metadataLine(article: ArticleView): string {
  const parts = [
    article.publisher,
    article.published.date ? `${article.published.date}${article.published.confidence < 0.8 ? ' (inferred)' : ''}` : 'undated',
    article.byline.length > 0 ? `by ${article.byline.join(', ')}` : null,
    article.dateline,
    article.agencies.length > 0 ? `cites ${article.agencies.join(', ')}` : null,
  ].filter((part): part is string => part !== null && part !== '');
  return parts.map(escapeMarkdown).join(' · ');
}

export function articleMarkdown(article: ArticleView): string {
  const lines = [`## ${escapeMarkdown(article.title ?? `(untitled: ${article.id})`)}`, '', `*${metadataLine(article)}*`, ''];
  lines.push(...article.text.split('\n\n').map(escapeMarkdown).flatMap((p) => [p, '']));
  if (article.boilerplate.length > 0) {
    lines.push(`<details><summary>${article.boilerplate.length} removed blocks</summary>`, '');
    for (const block of article.boilerplate) lines.push(`- **${escapeMarkdown(String(block.reason))}**: ${escapeMarkdown(block.text)}`);
    lines.push('', '</details>', '');
  }
  lines.push(`<sub>id ${escapeMarkdown(article.id)} · ${escapeMarkdown(article.source)}</sub>`, '');
  return lines.join('\n');
}

export function articlesMarkdown(articles: ArticleView[]): string {
  return articles.map(articleMarkdown).join('\n---\n\n');
}

function dateSpan(articles: DossierArticle[]): string {
  const dates = articles.map((a) => a.published.date).filter((d): d is string => d !== null).sort();
  if (dates.length === 0) return 'no dated articles';
  return dates[0] === dates[dates.length - 1] ? dates[0]! : `${dates[0]} to ${dates[dates.length - 1]}`;
}

export function dossierMarkdown(dossier: Dossier, stubNotes: string[] = []): string {
  const outlets = new Set(dossier.articles.map((a) => a.publisher).filter((p) => p !== null));
  const lines = [
    '# Dossier',
    '',
    `${dossier.articles.length} articles from ${outlets.size} outlets · ${dossier.stories.length} stories · ${dossier.entities.length} entities · ${dateSpan(dossier.articles)}`,
    '',
  ];
  for (const note of stubNotes) lines.push(`> ${escapeMarkdown(note)}`, '');
  if (dossier.timeline.length > 0) {
    lines.push('## Timeline', '');
    for (const entry of dossier.timeline) lines.push(`- **${entry.date}** ${escapeMarkdown(entry.label)} (${entry.articles.join(', ')})`);
    lines.push('');
  }
  for (const story of dossier.stories) {
    lines.push(`## Story: ${escapeMarkdown(story.title)}`, '', `${story.date.start ?? '?'} – ${story.date.end ?? '?'} · articles ${story.articles.join(', ')}`, '');
    for (const sentence of story.summary) lines.push(`- ${escapeMarkdown(sentence.text)} [${sentence.sources.join(', ')}]`);
    for (const conflict of story.conflicts) {
      lines.push('', `**Outlets disagree on ${escapeMarkdown(conflict.fact)}:**`);
      for (const version of conflict.versions) lines.push(`- ${escapeMarkdown(version.value)} (${version.articles.join(', ')}): “${escapeMarkdown(version.evidence)}”`);
    }
    lines.push('');
  }
  lines.push('# Articles', '', articlesMarkdown(dossier.articles));
  return lines.join('\n');
}
