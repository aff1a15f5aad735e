// Exports of a dossier for other tools: JSON, JSONL, CSV (events in the GDELT 2.0 column layout, articles as a
// flat table) and Markdown. Pure functions from a Dossier to the text of one file.
import type { Dossier, DossierArticle } from '../model.js';
import { GDELT_EVENT_COLUMNS, gdeltEventRows } from './gdelt.js';
import { articlesMarkdown, dossierMarkdown, escapeMarkdown } from './markdown.js';

export type ExportFormat = 'json' | 'jsonl' | 'csv' | 'md';
export type ExportWhat = 'events' | 'articles' | 'dossier';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; lines end with CRLF. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csv(header: readonly string[], rows: string[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Spreadsheets run cells that start with = + - @ as formulas; article text is untrusted, so such cells get a
 * leading apostrophe (the usual CSV-injection guard). Numeric cells (GDELT codes, dates) are left alone.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

const ARTICLE_COLUMNS = ['id', 'title', 'publisher', 'published', 'byline', 'dateline', 'agencies', 'story', 'duplicate_of', 'source', 'words', 'removed_blocks'] as const;

function articleRow(a: DossierArticle): string[] {
  return [
    a.id, a.title ?? '', a.publisher ?? '', a.published.date ?? '', a.byline.join('; '), a.dateline ?? '', a.agencies.join('; '),
    a.story ?? '', a.duplicate_of ?? '', a.source, String(a.text.split(/\s+/).filter(Boolean).length), String(a.boilerplate.length),
  ];
}

/** The dossier as JSONL: one line per record, each tagged with its kind. */
function dossierLines(dossier: Dossier): unknown[] {
  return [
    ...dossier.articles.map((record) => ({ kind: 'article', record })),
    ...dossier.stories.map((record) => ({ kind: 'story', record })),
    ...dossier.events.map((record) => ({ kind: 'event', record })),
    ...dossier.entities.map((record) => ({ kind: 'entity', record })),
    ...dossier.quotes.map((record) => ({ kind: 'quote', record })),
    ...dossier.timeline.map((record) => ({ kind: 'timeline', record })),
  ];
}

function eventsMarkdown(dossier: Dossier): string {
  const lines = ['# Events', '', '| Date | Type | CAMEO | Source | Target | Place | Article | Story |', '|---|---|---|---|---|---|---|---|'];
  for (const e of dossier.events) {
    const cells = [e.date ?? '', e.type, e.cameo, e.source.text, e.target?.text ?? '', e.place ?? '', e.article, e.story ?? ''];
    lines.push(`| ${cells.map((c) => escapeMarkdown(c).replace(/\n/g, ' ')).join(' | ')} |`);
  }
  if (dossier.events.length === 0) lines.push('', '*No coded events.*');
  return `${lines.join('\n')}\n`;
}

export interface ExportOptions {
  format: ExportFormat;
  what: ExportWhat;
  /** Stamped into GDELT's DATEADDED column. */
  exportedAt?: Date;
}

export class ExportError extends Error {}

export function exportDossier(dossier: Dossier, options: ExportOptions): string {
  const { format, what } = options;
  const records: unknown[] = what === 'events' ? dossier.events : what === 'articles' ? dossier.articles : dossierLines(dossier);
  switch (format) {
    case 'json':
      return `${JSON.stringify(what === 'dossier' ? dossier : records, null, 2)}\n`;
    case 'jsonl':
      return records.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      if (what === 'events') {
        const rows = gdeltEventRows(dossier, options.exportedAt ?? new Date()).map((row) => row.map(spreadsheetSafe));
        return csv(GDELT_EVENT_COLUMNS, rows);
      }
      if (what === 'articles') return csv(ARTICLE_COLUMNS, dossier.articles.map((a) => articleRow(a).map(spreadsheetSafe)));
      throw new ExportError('--format csv exports events or articles, not the whole dossier (use --what events|articles)');
    case 'md':
      if (what === 'events') return eventsMarkdown(dossier);
      if (what === 'articles') return articlesMarkdown(dossier.articles);
      return dossierMarkdown(dossier);
  }
}
