// A self-contained HTML page of a dossier that works offline from file://. Article text is untrusted: every
// value is escaped by the `html` template tag, and a Content-Security-Policy allows no script at all and only
// the page's own stylesheet (by its hash). Navigation uses anchors and <details>, never script.
import { createHash } from 'node:crypto';
import type { Dossier } from '../model.js';
import { articlesSection, overviewSection } from './articles.js';
import { entitiesSection, quotesSection } from './profiles.js';
import { storiesSection } from './stories.js';
import { REPORT_CSS } from './style.js';
import { timelineSection } from './timeline.js';
import { dateSpanText, html, indexDossier, plural, raw, type Markup } from './util.js';

export { escapeHtml } from './util.js';

/** The CSP source for the report's stylesheet: its sha256, so no other style (injected or not) applies. */
export const STYLE_HASH = `'sha256-${createHash('sha256').update(REPORT_CSS).digest('base64')}'`;

/** The policy of the offline report; the web UI sends a similar one as a header. */
export const REPORT_CSP = `default-src 'none'; style-src ${STYLE_HASH}; img-src data:; base-uri 'none'; form-action 'none'`;

export const SECTIONS = [
  ['overview', 'Overview'],
  ['timeline', 'Timeline'],
  ['stories', 'Stories'],
  ['quotes', 'Quotes'],
  ['entities', 'Entities'],
  ['articles', 'Articles'],
] as const;

/** The views of a dossier, in page order, without the page around them (the web UI reuses this). */
export function dossierSections(dossier: Dossier, notes: string[] = []): Markup {
  const index = indexDossier(dossier);
  return html`${notes.map((n) => html`<p class="note">${n}</p>`)}
${overviewSection(dossier, index)}${timelineSection(dossier, index)}${storiesSection(dossier, index)}
${quotesSection(dossier, index)}${entitiesSection(dossier, index)}${articlesSection(dossier, index)}`;
}

export interface PageOptions {
  title: string;
  subtitle?: string;
  /** Extra navigation links (href, label) before the section links. */
  nav?: [string, string][];
  /** Set in the page's meta tag; the server sends its policy as a header instead. */
  metaCsp?: string | null;
  /** Links in the nav go to these anchors; a page that is not the report prefixes them with its path. */
  sectionBase?: string;
  /** Referrer policy; the web UI needs `same-origin`, since `no-referrer` makes browsers send `Origin: null` on POSTs. */
  referrer?: string;
  /** The nav link of the page being shown, marked aria-current. */
  current?: string;
  /** Reload the page after this many seconds (a job's status page polls this way, without script). */
  refreshSeconds?: number;
}

export function page(body: Markup, options: PageOptions): string {
  const csp = options.metaCsp === null ? raw('') : html`<meta http-equiv="Content-Security-Policy" content="${options.metaCsp ?? REPORT_CSP}">\n`;
  const links = [...(options.nav ?? []), ...SECTIONS.map(([id, label]) => [`${options.sectionBase ?? ''}#${id}`, label] as [string, string])];
  const refresh = options.refreshSeconds === undefined ? '' : `<meta http-equiv="refresh" content="${Math.max(1, Math.round(options.refreshSeconds))}">\n`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
${csp.html}${refresh}<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<meta name="referrer" content="${html`${options.referrer ?? 'no-referrer'}`.html}">
<title>${html`${options.title}`.html}</title><style>${REPORT_CSS}</style></head>
<body>${html`<a class="skip" href="#main">Skip to content</a>
<header class="site"><h1>${options.title}</h1>${options.subtitle ? html`<p>${options.subtitle}</p>` : raw('')}</header>
<nav class="toc" aria-label="Sections"><ul>${links.map(([href, label]) => html`<li><a href="${href}"${raw(href === options.current ? ' aria-current="page"' : '')}>${label}</a></li>`)}</ul></nav>
<main id="main" tabindex="-1">${body}</main>`.html}
</body></html>
`;
}

export function dossierSubtitle(dossier: Dossier): string {
  const outlets = new Set(dossier.articles.map((a) => a.publisher).filter(Boolean));
  return `${plural(dossier.articles.length, 'article')} from ${plural(outlets.size, 'outlet')} · ${plural(dossier.stories.length, 'story', 'stories')} · ${dateSpanText(dossier.articles.map((a) => a.published.date))}`;
}

export function dossierHtml(dossier: Dossier, stubNotes: string[] = []): string {
  return page(dossierSections(dossier, stubNotes), { title: 'Dossier', subtitle: dossierSubtitle(dossier) });
}
