// A self-contained HTML page of a dossier that works offline from file://. Article text is untrusted: every
// value is escaped and a Content-Security-Policy forbids scripts altogether.
import type { Dossier, DossierArticle } from '../model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#1d1d1f}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
.meta{color:#555;font-size:.9rem}details{margin:.5rem 0}summary{cursor:pointer;color:#555}
.removed li{color:#666;font-size:.85rem}.reason{font-weight:600;color:#8a3b00}
.note{background:#fff8e1;padding:.5rem 1rem;border-left:4px solid #f0b400}
article{margin-bottom:2rem}`;

function articleHtml(article: DossierArticle): string {
  const meta = [
    article.publisher,
    article.published.date ?? 'undated',
    article.byline.length > 0 ? `by ${article.byline.join(', ')}` : null,
    article.dateline,
    article.agencies.length > 0 ? `cites ${article.agencies.join(', ')}` : null,
  ]
    .filter((part): part is string => Boolean(part))
    .map(escapeHtml)
    .join(' · ');
  const paragraphs = article.text
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  const removed = article.boilerplate
    .map((b) => `<li><span class="reason">${escapeHtml(String(b.reason))}</span>: ${escapeHtml(b.text)}</li>`)
    .join('\n');
  return `<article id="article-${escapeHtml(article.id)}">
<h2>${escapeHtml(article.title ?? `(untitled: ${article.id})`)}</h2>
<p class="meta">${meta}</p>
${paragraphs}
<details><summary>${article.boilerplate.length} removed blocks</summary><ul class="removed">${removed}</ul></details>
<p class="meta">id ${escapeHtml(article.id)} · ${escapeHtml(article.source)}</p>
</article>`;
}

export function dossierHtml(dossier: Dossier, stubNotes: string[] = []): string {
  const outlets = new Set(dossier.articles.map((a) => a.publisher).filter(Boolean));
  const notes = stubNotes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dossier</title><style>${STYLE}</style></head>
<body><h1>Dossier</h1>
<p class="meta">${dossier.articles.length} articles · ${outlets.size} outlets · ${dossier.stories.length} stories</p>
${notes}
${dossier.articles.map(articleHtml).join('\n')}
</body></html>
`;
}
