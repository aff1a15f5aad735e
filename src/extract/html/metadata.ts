// Page metadata before cleaning: title, site name, authors, publication date (with its evidence), language and
// canonical URL, from JSON-LD, OpenGraph and article meta tags, microdata, <time> and the visible page.
import type { PublicationDate } from '../../model.js';
import { html as settings } from '../../settings.js';
import { Element, attr, classAndId, elementsOf, normalizeSpace, textOf, type Document } from './dom.js';
import { parseMachineDate, parseTextDate, parseUrlDate, withoutUpdateNotes } from './dates.js';

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  byline: string[];
  published: PublicationDate;
  language: string | null;
  canonicalUrl: string | null;
  /** JSON-LD articleBody of the page's article, when it has one. */
  articleBody: string | null;
  /** Raw `<title>` and first `<h1>`, for dropping the title from the body. */
  h1: string | null;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /article|posting|report|news|blog|review|story|webpage|creativework|recipe|howto/i;

interface PageIndex {
  meta: Map<string, string[]>;
  jsonLd: JsonObject[];
  elements: Element[];
  titleTag: string | null;
  h1s: string[];
  htmlLang: string | null;
  canonical: string | null;
}

function indexPage(document: Document): PageIndex {
  const meta = new Map<string, string[]>();
  const jsonLd: JsonObject[] = [];
  const elements = elementsOf(document);
  let titleTag: string | null = null;
  const h1s: string[] = [];
  let htmlLang: string | null = null;
  let canonical: string | null = null;
  for (const element of elements) {
    switch (element.name) {
      case 'meta': {
        const key = (attr(element, 'property') ?? attr(element, 'name') ?? attr(element, 'itemprop') ?? attr(element, 'http-equiv'))?.toLowerCase();
        const content = attr(element, 'content');
        if (key && content) {
          for (const k of key.split(/\s+/)) {
            const list = meta.get(k) ?? [];
            list.push(content.trim());
            meta.set(k, list);
          }
        }
        break;
      }
      case 'script':
        if ((attr(element, 'type') ?? '').toLowerCase().includes('ld+json')) collectJsonLd(scriptText(element), jsonLd);
        break;
      case 'title':
        if (titleTag === null) titleTag = normalizeSpace(textOf(element)) || null;
        break;
      case 'h1':
        if (h1s.length < 5 && !isSiteLogo(element)) {
          const text = normalizeSpace(textOf(element));
          if (text) h1s.push(text);
        }
        break;
      case 'html':
        htmlLang = attr(element, 'lang') ?? attr(element, 'xml:lang');
        break;
      case 'link':
        if (canonical === null && (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical = attr(element, 'href');
        break;
    }
  }
  return { meta, jsonLd, elements, titleTag, h1s, htmlLang, canonical };
}

/** A script's own text (textOf skips scripts, which are never visible text). */
function scriptText(element: Element): string {
  return element.children.map((c) => ('data' in c && typeof c.data === 'string' ? c.data : '')).join('');
}

const CONTROL_CHARS = /[\u0000-\u001f]+/g;

function collectJsonLd(source: string, out: JsonObject[]): void {
  let data: unknown;
  try {
    // Raw line breaks inside strings are common in hand-written JSON-LD and invalid JSON: read them as spaces.
    data = JSON.parse(source.replace(CONTROL_CHARS, ' ').trim());
  } catch {
    return;
  }
  const queue: unknown[] = [data];
  while (queue.length > 0 && out.length < 50) {
    const item = queue.shift();
    if (Array.isArray(item)) queue.push(...item);
    else if (item && typeof item === 'object') {
      const object = item as JsonObject;
      out.push(object);
      if (Array.isArray(object['@graph'])) queue.push(...object['@graph']);
      if (object['mainEntity'] && typeof object['mainEntity'] === 'object') queue.push(object['mainEntity']);
    }
  }
}

function typeOf(object: JsonObject): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** The page's article object: the first JSON-LD object of an article-like type, articles before web pages. */
function articleObject(jsonLd: JsonObject[]): JsonObject | null {
  const typed = jsonLd.filter((o) => ARTICLE_TYPES.test(typeOf(o)));
  return typed.find((o) => !/webpage/i.test(typeOf(o))) ?? typed[0] ?? null;
}

/** The text of a JSON-LD value: a string, the first of a list, or an object's name (a few levels at most). */
function stringOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return normalizeSpace(value) || null;
  if (depth > 4) return null;
  if (Array.isArray(value)) return stringOf(value[0], depth + 1);
  if (value && typeof value === 'object') return stringOf((value as JsonObject)['name'] ?? (value as JsonObject)['@value'], depth + 1);
  return null;
}

function firstMeta(index: PageIndex, keys: string[]): string | null {
  for (const key of keys) {
    const value = index.meta.get(key)?.[0];
    if (value) return normalizeSpace(value);
  }
  return null;
}

// --- Title and site name --------------------------------------------------------------------------------------

const TITLE_SEPARATOR = /\s+[|–—»·:~\-]{1,2}\s+/;

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Removes a " | Site name" (or "Site name - ") part from a page title. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  if (siteName) {
    const site = comparable(siteName);
    const kept = parts.filter((p) => {
      const c = comparable(p);
      return c !== site && !(site.length > 3 && (c.includes(site) || site.includes(c)) && c.split(' ').length <= 4);
    });
    if (kept.length > 0 && kept.length < parts.length) return title.includes(kept[0]!) && kept.length === 1 ? kept[0]! : kept.join(' - ');
  }
  const last = parts[parts.length - 1]!;
  const rest = parts.slice(0, -1).join(' - ');
  if (last.split(/\s+/).length <= 4 && last.length < rest.length) {
    // Keep the separators the page used inside the remaining title.
    const cut = title.lastIndexOf(last);
    const head = title.slice(0, cut).replace(/\s+[|–—»·:~\-]{1,2}\s*$/, '');
    return head.trim() || title;
  }
  return title;
}

/** A heading inside the site's masthead or logo link names the site, not the article. */
function isSiteLogo(element: Element): boolean {
  let current: Element | null = element;
  for (let level = 0; current && level < 6; level++) {
    if (current.name === 'nav' || /logo|brand|site-?(?:title|name)|masthead/.test(classAndId(current))) return true;
    current = current.parent instanceof Element ? current.parent : null;
  }
  return false;
}

function pickTitle(index: PageIndex, article: JsonObject | null, siteName: string | null): string | null {
  const metaTitle = firstMeta(index, ['og:title', 'twitter:title']) ?? stringOf(article?.['headline']);
  const tagTitle = index.titleTag;
  const references = [metaTitle, tagTitle].filter((t): t is string => !!t).map(comparable);
  const site = siteName ? comparable(siteName) : null;
  const h1s = index.h1s.filter((h) => comparable(h) !== site && comparable(h).length > 3);
  for (const h1 of h1s) {
    const c = comparable(h1);
    if (!references.some((r) => r === c || (r.includes(c) && c.length > r.length * 0.4))) continue;
    // A headline set in capitals by the page's style: the meta title has the same words in their real case.
    const cased = [metaTitle, tagTitle].map((t) => (t ? stripSiteName(t, siteName) : null)).find((t) => t && comparable(t) === c);
    return !/\p{Ll}/u.test(h1) && cased ? cased : h1;
  }
  // One headline on the page is the article's title, whatever the meta tags say (they are often SEO variants).
  if (h1s.length === 1 && h1s[0]!.split(' ').length >= 2 && h1s[0]!.length <= 250) return h1s[0]!;
  if (metaTitle) return stripSiteName(metaTitle, siteName);
  if (tagTitle) return stripSiteName(tagTitle, siteName);
  return index.h1s[0] ?? null;
}

function pickSiteName(index: PageIndex, article: JsonObject | null): string | null {
  return firstMeta(index, ['og:site_name', 'application-name', 'twitter:site:name']) ??
    stringOf(article?.['publisher']) ??
    stringOf(index.jsonLd.find((o) => /organization|website/i.test(typeOf(o)))?.['name']) ?? null;
}

// --- Authors --------------------------------------------------------------------------------------------------

const BYLINE_PREFIX = /^(?:by|von|par|por|di|door|av|af|written by|posted by|autor(?:in)?:?|author:?)\s+/i;
const LEADING_SYMBOLS = /^[\p{P}\p{S}\s]+/u;
const BARE_PREFIX = /^(?:by|von|par|por|door|autor|author|auteur|written by|posted by)$/i;
/** "Interview: Jane Doe", "Text und Fotos: Jane Doe". */
const ROLE_LABEL = /^[\p{L} ]{2,25}:\s+/u;
const NAME_SPLIT = /\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*/i;
const NOT_A_NAME = /https?:|www\.|@|\d|\b(?:menu|home|login|search|subscribe|contact|staff|editor(?:ial)?|team|admin|news|desk|redaktion)\b/i;

/** Clean author names from a byline-like string; drops handles, URLs, dates and menu labels. */
export function splitAuthors(raw: string, trusted = false): string[] {
  const text = normalizeSpace(raw).replace(LEADING_SYMBOLS, '').replace(ROLE_LABEL, '').replace(BYLINE_PREFIX, '');
  const names: string[] = [];
  for (const part of text.split(NAME_SPLIT)) {
    const name = part.replace(/^(?:by|von|par)\s+/i, '').trim();
    const words = name.split(/\s+/).length;
    if (name.length < 3 || words > settings.maxAuthorWords || NOT_A_NAME.test(name) || BARE_PREFIX.test(name)) continue;
    // Lower-case handles ("gnaddrig") are names only where the page declares an author, not in running text.
    if (!/^\p{Lu}/u.test(name) && !(trusted && words === 1)) continue;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function authorsFromJsonLd(jsonLd: JsonObject[], article: JsonObject | null): string[] {
  const byId = new Map<string, JsonObject>();
  for (const object of jsonLd) if (typeof object['@id'] === 'string') byId.set(object['@id'], object);
  const articles = [article, ...jsonLd.filter((o) => o !== article && ARTICLE_TYPES.test(typeOf(o)) && !/webpage/i.test(typeOf(o)))];
  for (const candidate of articles) {
    const raw = candidate?.['author'] ?? candidate?.['creator'];
    const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
    const names: string[] = [];
    for (const entry of list) {
      let item: unknown = entry;
      if (item && typeof item === 'object' && typeof (item as JsonObject)['@id'] === 'string' && !(item as JsonObject)['name']) {
        item = byId.get((item as JsonObject)['@id'] as string) ?? item;
      }
      if (item && typeof item === 'object' && /organization/i.test(typeOf(item as JsonObject))) continue;
      const name = stringOf(item);
      if (name) for (const n of splitAuthors(name, true)) if (!names.includes(n)) names.push(n);
    }
    if (names.length > 0) return names;
  }
  return [];
}

const AUTHOR_CLASS = /author|byline/;
const NOT_AUTHOR_CLASS = /bio|about|avatar|image|photo|img|box|description|comment|more|other|list/;

/** Elements in the page marked as the author by microdata, rel or class. */
function authorsFromMarkup(index: PageIndex): string[] {
  for (const element of index.elements) {
    const itemprop = attr(element, 'itemprop');
    const rel = attr(element, 'rel');
    const isAuthor = (itemprop !== null && /\bauthor\b/.test(itemprop)) || (rel !== null && /\bauthor\b/.test(rel)) ||
      (element.name !== 'meta' && element.name !== 'body' && element.name !== 'article' && AUTHOR_CLASS.test(classAndId(element)) && !NOT_AUTHOR_CLASS.test(classAndId(element)));
    if (!isAuthor || insideBoilerplate(element)) continue;
    const nameChild = element.children.find((c) => c instanceof Element && attr(c, 'itemprop') === 'name');
    const text = attr(element, 'content') ?? textOf(nameChild ?? element);
    if (text.length > 120) continue;
    const names = splitAuthors(text);
    if (names.length > 0) return names;
  }
  return [];
}

/** Sidebars, navigation and comments name people who did not write the article. */
function insideBoilerplate(element: Element): boolean {
  let current = element.parent;
  let weak = false;
  while (current instanceof Element && current.name !== 'body') {
    if (current.name === 'nav' || /comment|related/.test(classAndId(current))) return true;
    // Asides, footers and "sidebar" columns inside the article hold its fact box (dates, authors); outside, not.
    if (current.name === 'aside' || current.name === 'footer' || /sidebar|widget/.test(classAndId(current))) weak = true;
    if (current.name === 'article') return false;
    current = current.parent;
  }
  return weak;
}

function pickAuthors(index: PageIndex, article: JsonObject | null): string[] {
  const fromJson = authorsFromJsonLd(index.jsonLd, article);
  if (fromJson.length > 0) return fromJson;
  const labelled = /written by|author|autor|auteur/i.test(firstMeta(index, ['twitter:label1']) ?? '') ? firstMeta(index, ['twitter:data1']) : null;
  const metaAuthor = firstMeta(index, ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author']) ?? labelled;
  if (metaAuthor) {
    const names = splitAuthors(metaAuthor, true);
    if (names.length > 0) return names;
  }
  return authorsFromMarkup(index);
}

// --- Publication date -----------------------------------------------------------------------------------------

const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'publishdate',
  'pubdate', 'publish_date', 'publish-date', 'published_time', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued',
  'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date', 'citation_date',
  'date', 'article.published', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
];
const DATE_CLASS = /publish|posted|pubdate|date|dateline|byline|timestamp|meta|datum|fecha|time/;

function dated(date: string | null, evidence: string, confidence: number): PublicationDate | null {
  return date ? { date, evidence, confidence } : null;
}

function pickPublished(index: PageIndex, article: JsonObject | null, url: string | null, dayFirst: boolean): PublicationDate {
  const others = index.jsonLd.filter((o) => o !== article && ARTICLE_TYPES.test(typeOf(o)));
  const fromJson = [article, ...others].map((o) => stringOf(o?.['datePublished']) ?? stringOf(o?.['dateCreated'])).find((d) => d) ?? null;
  const found =
    (fromJson && dated(parseMachineDate(fromJson), `JSON-LD datePublished: ${fromJson}`, 0.95)) ||
    metaDate(index) ||
    markupDate(index, dayFirst) ||
    visibleDate(index, dayFirst) ||
    standaloneDate(index, dayFirst);
  if (found) return found;
  const fromUrl = url ? parseUrlDate(url) : null;
  if (fromUrl) return { date: fromUrl, evidence: `URL path: ${url}`, confidence: 0.5 };
  return modifiedDate(index, [article, ...others]) ?? visibleUpdate(index, dayFirst) ?? { date: null, evidence: null, confidence: 0 };
}

/** Last resort: a page that states only when it was updated; said so in the evidence, with low confidence. */
function modifiedDate(index: PageIndex, objects: Array<JsonObject | null>): PublicationDate | null {
  const fromJson = objects.map((o) => stringOf(o?.['dateModified'])).find((d) => d);
  const value = fromJson ?? firstMeta(index, ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified']);
  const date = value ? parseMachineDate(value) : null;
  return date ? { date, evidence: `modified date (the page states no publication date): ${value}`, confidence: 0.3 } : null;
}

function metaDate(index: PageIndex): PublicationDate | null {
  for (const key of PUBLISHED_META) {
    const value = index.meta.get(key)?.[0];
    if (!value) continue;
    const date = parseMachineDate(value);
    if (date) return { date, evidence: `<meta ${key}="${value}">`, confidence: 0.9 };
  }
  return null;
}

/** Microdata datePublished, then <time> elements (publication-hinted ones first). */
function markupDate(index: PageIndex, dayFirst: boolean): PublicationDate | null {
  let firstTime: PublicationDate | null = null;
  for (const element of index.elements) {
    const itemprop = attr(element, 'itemprop');
    if (itemprop && /datepublished|datecreated/i.test(itemprop)) {
      const value = attr(element, 'content') ?? attr(element, 'datetime') ?? attr(element, 'title') ?? normalizeSpace(textOf(element));
      const date = parseMachineDate(value) ?? parseTextDate(value, dayFirst);
      if (date) return { date, evidence: `itemprop=${itemprop}: ${value}`, confidence: 0.9 };
    }
    if (element.name === 'time' && !insideBoilerplate(element)) {
      const value = attr(element, 'datetime') ?? normalizeSpace(textOf(element));
      const date = parseMachineDate(value) ?? parseTextDate(value, dayFirst);
      if (!date) continue;
      const hint = `${classAndId(element)} ${attr(element, 'pubdate') !== null ? 'pubdate' : ''} ${element.parent instanceof Element ? classAndId(element.parent) : ''}`;
      if (/modif|updat/.test(hint)) continue;
      const evidence = { date, evidence: `<time datetime="${value}">`, confidence: 0.8 };
      if (/publish|pubdate|posted|created/.test(hint)) return evidence;
      firstTime ??= evidence;
    }
  }
  return firstTime;
}

/** A date written in a date- or byline-hinted element near the top of the page. */
function visibleDate(index: PageIndex, dayFirst: boolean): PublicationDate | null {
  for (const element of index.elements) {
    if (element.name === 'script' || element.name === 'style' || element.name === 'body' || element.name === 'html') continue;
    const classId = classAndId(element);
    if (!classId || !DATE_CLASS.test(classId) || /modif|updat|comment/.test(classId) || insideBoilerplate(element)) continue;
    const text = normalizeSpace(textOf(element));
    if (text.length === 0 || text.length > 200) continue;
    const date = parseTextDate(withoutUpdateNotes(text), dayFirst);
    if (date) return { date, evidence: text, confidence: 0.7 };
  }
  return null;
}

/** Last resort: "Last updated: May 2, 2025" near the headline when the page states nothing else. */
function visibleUpdate(index: PageIndex, dayFirst: boolean): PublicationDate | null {
  const found = standaloneDate(index, dayFirst, false);
  return found ? { date: found.date, evidence: `update note (the page states no publication date): ${found.evidence}`, confidence: 0.3 } : null;
}

/** Letters and digits that are not part of the date: a standalone date line has few. */
const DATE_LINE_NOISE = /[\p{L}]{4,}/gu;
const UPDATE_LABEL = /^(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado)\s*:?\s*(?:on\s+)?/i;
const DATE_LABEL = /^(?:datum|date|published|posted|veröffentlicht|publié le|publicado|erstellt am|stand)\s*:?\s*/i;

/** A short text holding nothing but a date (perhaps after a "Datum:" label), nearest the page's headline. */
function standaloneDate(index: PageIndex, dayFirst: boolean, skipUpdateNotes = true): PublicationDate | null {
  let headline = -1;
  let best: { distance: number; date: string; text: string } | null = null;
  index.elements.forEach((element, position) => {
    if (element.name === 'h1' && headline < 0) headline = position;
    if (element.name === 'script' || element.name === 'style' || element.name === 'a') return;
    for (const child of element.children) {
      if (child.type !== 'text') continue;
      const raw = normalizeSpace((child as { data: string }).data);
      const text = (skipUpdateNotes ? withoutUpdateNotes(raw).trim() : raw.replace(UPDATE_LABEL, '')).replace(DATE_LABEL, '');
      if (text.length < 6 || text.length > 40 || !/\d/.test(text)) continue;
      if ((text.match(DATE_LINE_NOISE)?.length ?? 0) > 3) continue;
      const date = parseTextDate(text, dayFirst);
      if (!date || insideBoilerplate(element)) continue;
      const distance = headline < 0 ? position : Math.abs(position - headline);
      if (!best || distance < best.distance) best = { distance, date, text };
    }
  });
  const found = best as { distance: number; date: string; text: string } | null;
  return found && found.distance <= settings.maxDatelineDistance ? { date: found.date, evidence: found.text, confidence: 0.6 } : null;
}

// --- Language and URL -----------------------------------------------------------------------------------------

function pickLanguage(index: PageIndex, article: JsonObject | null): string | null {
  const raw = index.htmlLang ?? firstMeta(index, ['content-language', 'og:locale', 'language', 'dc.language']) ?? stringOf(article?.['inLanguage']);
  const primary = raw?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return null;
  }
}

/** Reads all metadata of a parsed page (before cleaning: scripts and meta tags are still there). */
export function extractMetadata(document: Document, url: string | null): PageMetadata {
  const index = indexPage(document);
  const article = articleObject(index.jsonLd);
  const publisher = pickSiteName(index, article);
  const language = pickLanguage(index, article);
  const regionUs = /^en[-_]us/i.test(index.htmlLang ?? '') || (language === 'en' && !/^en[-_](?:gb|au|nz|ie|in|za)/i.test(index.htmlLang ?? 'en-us'));
  const canonicalUrl = resolveUrl(index.canonical, url) ?? resolveUrl(firstMeta(index, ['og:url']), url) ?? url;
  const body = stringOf(article?.['articleBody']);
  return {
    title: pickTitle(index, article, publisher),
    publisher,
    byline: pickAuthors(index, article),
    published: pickPublished(index, article, url ?? canonicalUrl, !regionUs),
    language,
    canonicalUrl,
    articleBody: typeof article?.['articleBody'] === 'string' ? (article['articleBody'] as string) : body,
    h1: index.h1s[0] ?? null,
  };
}
