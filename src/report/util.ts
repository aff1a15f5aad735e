// Small helpers shared by the report views: escaping, anchors, dates and lookups. Pure functions only.
import type { Dossier, DossierArticle, EventRecord, QuoteRecord } from '../model.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Template tag that escapes every interpolated value unless it is marked as already-built markup. */
export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function raw(html: string): Markup {
  return new Markup(html);
}

type Value = string | number | null | undefined | Markup | Markup[];

export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  let out = strings[0]!;
  values.forEach((value, i) => {
    if (Array.isArray(value)) out += value.map((m) => m.html).join('');
    else if (value instanceof Markup) out += value.html;
    else if (value !== null && value !== undefined) out += escapeHtml(String(value));
    out += strings[i + 1]!;
  });
  return new Markup(out);
}

/**
 * A fragment id that is safe in an attribute and a URL: ids from articles may hold any character, so each
 * character outside [A-Za-z0-9-] becomes `_<hex>_` (injective, so two ids never share an anchor).
 */
export function anchor(kind: string, id: string): string {
  return `${kind}-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/** Only web links become hrefs; anything else (javascript:, data:, paths) stays text. */
export function isWebUrl(value: string): boolean {
  return /^https?:\/\/[^\s"'<>]+$/i.test(value);
}

export function sortedDates(dates: (string | null | undefined)[]): string[] {
  return dates.filter((d): d is string => typeof d === 'string' && d !== '').sort();
}

export function dateSpanText(dates: (string | null | undefined)[]): string {
  const sorted = sortedDates(dates);
  if (sorted.length === 0) return 'no dates';
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return first === last ? first : `${first} to ${last}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Lookups the views need again and again, built once per dossier. */
export interface Index {
  article: Map<string, DossierArticle>;
  storyTitle: Map<string, string>;
  outlets: Map<string, number>;
  /** Quotes by their speaker's name in lower case. */
  quotesBySpeaker: Map<string, QuoteRecord[]>;
  eventById: Map<string, EventRecord>;
  eventPosition: Map<EventRecord, number>;
  /** Events whose own story field names the story. */
  eventsByStory: Map<string, EventRecord[]>;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexDossier(dossier: Dossier): Index {
  const outlets = new Map<string, number>();
  for (const a of dossier.articles) if (a.publisher) outlets.set(a.publisher, (outlets.get(a.publisher) ?? 0) + 1);
  return {
    article: new Map(dossier.articles.map((a) => [a.id, a])),
    storyTitle: new Map(dossier.stories.map((s) => [s.id, s.title])),
    outlets,
    eventById: new Map(dossier.events.map((e) => [e.id, e])),
    eventPosition: new Map(dossier.events.map((e, i) => [e, i])),
    eventsByStory: groupBy(dossier.events.filter((e) => e.story !== null), (e) => e.story!),
    quotesBySpeaker: groupBy(dossier.quotes.filter((q) => q.speaker !== null), (q) => q.speaker!.toLowerCase()),
  };
}

export function articleLabel(index: Index, id: string): string {
  const a = index.article.get(id);
  if (!a) return id;
  return [a.publisher ?? id, a.published.date].filter(Boolean).join(', ');
}

/** A citation link to an article's anchor, labelled with its outlet and date. */
export function citation(index: Index, id: string): Markup {
  return html`<a class="cite" href="#${anchor('article', id)}">${articleLabel(index, id)}</a>`;
}

export function citations(index: Index, ids: string[]): Markup {
  if (ids.length === 0) return raw('');
  return html`<span class="cites">${ids.map((id) => html`${citation(index, id)} `)}</span>`;
}

/** A story's coded events: those it lists and those that name it, each once, in dossier order. */
export function storyEvents(index: Index, story: { id: string; events: readonly string[] }): EventRecord[] {
  const found = new Set(story.events.map((id) => index.eventById.get(id)).filter((e): e is EventRecord => e !== undefined));
  for (const event of index.eventsByStory.get(story.id) ?? []) found.add(event);
  return [...found].sort((a, b) => index.eventPosition.get(a)! - index.eventPosition.get(b)!);
}

/** The stories the given articles belong to, each once. */
export function storiesOfArticles(index: Index, articles: readonly string[]): string[] {
  return [...new Set(articles.map((id) => index.article.get(id)?.story).filter((s): s is string => Boolean(s)))];
}
