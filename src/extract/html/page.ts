// The page's metadata sources indexed in one walk (meta tags, JSON-LD, <title>, <h1>, lang, canonical link), and
// the helpers that read them. Shared by metadata.ts (title, site, authors, language) and published.ts (dates).
import { Element, attr, classAndId, decodeLeftoverReferences, elementsOf, normalizeSpace, textOf, type Document } from './dom.js';

export type JsonObject = Record<string, unknown>;

export const ARTICLE_TYPES = /article|posting|report|news|blog|review|story|webpage|creativework|recipe|howto/i;

export interface PageIndex {
  meta: Map<string, string[]>;
  jsonLd: JsonObject[];
  elements: Element[];
  titleTag: string | null;
  h1s: string[];
  /** The <h1> elements behind `h1s` (for reading a headline's kicker and subtitle apart). */
  h1Elements: Element[];
  htmlLang: string | null;
  canonical: string | null;
  /** Time-stamped entries (<article>, .post, .update ... holding a <time>): a live blog has many. */
  timedEntries: number;
  /** <h2>/<h3> headlines that are links: a front page of teasers has many. */
  linkedHeadlines: number;
  /** Positions (in `elements`) of <time> elements and of non-meta elements with an itemprop: date markup. */
  dateMarkup: number[];
}

export function indexPage(document: Document): PageIndex {
  const meta = new Map<string, string[]>();
  const jsonLd: JsonObject[] = [];
  const elements = elementsOf(document);
  let titleTag: string | null = null;
  const h1s: string[] = [];
  const h1Elements: Element[] = [];
  let htmlLang: string | null = null;
  let canonical: string | null = null;
  let timedEntries = 0;
  let linkedHeadlines = 0;
  const dateMarkup: number[] = [];
  elements.forEach((element, position) => {
    if (element.name === 'time' || (element.name !== 'meta' && element.attribs['itemprop'] !== undefined)) dateMarkup.push(position);
    if (element.name === 'time' && element.parent instanceof Element && isEntry(element.parent)) timedEntries++;
    switch (element.name) {
      case 'h2':
      case 'h3':
        if (element.children.some((c) => c instanceof Element && c.name === 'a')) linkedHeadlines++;
        break;
      case 'meta': {
        const key = (attr(element, 'property') ?? attr(element, 'name') ?? attr(element, 'itemprop') ?? attr(element, 'http-equiv'))?.toLowerCase();
        const content = attr(element, 'content');
        if (key && content) {
          // A head manager may render the JSON-LD script as a meta tag ("script:ld+json") holding the JSON.
          if (key.includes('ld+json')) collectJsonLd(content, jsonLd);
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
        if (titleTag === null) titleTag = normalizeSpace(decodeLeftoverReferences(textOf(element))) || null;
        break;
      case 'h1':
        if (h1s.length < 5 && !isSiteLogo(element) && !isHidden(element)) {
          const text = normalizeSpace(decodeLeftoverReferences(textOf(element)));
          if (text) {
            h1s.push(text);
            h1Elements.push(element);
          }
        }
        break;
      case 'html':
        htmlLang = attr(element, 'lang') ?? attr(element, 'xml:lang');
        break;
      case 'link':
        if (canonical === null && (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) canonical = attr(element, 'href');
        break;
    }
  });
  return { meta, jsonLd, elements, titleTag, h1s, h1Elements, htmlLang, canonical, timedEntries, linkedHeadlines, dateMarkup };
}

const ENTRY_CLASS = /(?:^|[\s_-])(?:live|post|update|entry)(?:$|[\s_-])/;

/** An element that is one entry of a list of posts: an <article> or a .post/.update/.entry block. */
function isEntry(element: Element): boolean {
  return element.name === 'article' || ENTRY_CLASS.test(attr(element, 'class') ?? '');
}

/** A script's own text (textOf skips scripts, which are never visible text). */
export function scriptText(element: Element): string {
  return element.children.map((c) => ('data' in c && typeof c.data === 'string' ? c.data : '')).join('');
}

const CONTROL_CHARS = /[\u0000-\u001f]+/g;
/** "<![CDATA[ {...} ]]>" (XHTML habit, sometimes behind "//"): the wrapper around a JSON-LD script's JSON. */
const CDATA_WRAPPER = /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g;

function collectJsonLd(source: string, out: JsonObject[]): void {
  let data: unknown;
  try {
    // Raw line breaks inside strings are common in hand-written JSON-LD and invalid JSON: read them as spaces.
    data = JSON.parse(source.replace(CONTROL_CHARS, ' ').replace(CDATA_WRAPPER, '').trim());
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

export function typeOf(object: JsonObject): string {
  const type = object['@type'];
  return Array.isArray(type) ? type.join(' ') : typeof type === 'string' ? type : '';
}

/** The page's article object: the first JSON-LD object of an article-like type, articles before web pages. */
export function articleObject(jsonLd: JsonObject[]): JsonObject | null {
  const typed = jsonLd.filter((o) => ARTICLE_TYPES.test(typeOf(o)));
  return typed.find((o) => !/webpage/i.test(typeOf(o))) ?? typed[0] ?? null;
}

/** The text of a JSON-LD value: a string, the first of a list, or an object's name (a few levels at most). */
export function stringOf(value: unknown, depth = 0): string | null {
  // JSON-LD is script text, never decoded as HTML: references a CMS wrote into it are decoded here.
  if (typeof value === 'string') return normalizeSpace(decodeLeftoverReferences(value)) || null;
  if (depth > 4) return null;
  if (Array.isArray(value)) return stringOf(value[0], depth + 1);
  if (value && typeof value === 'object') return stringOf((value as JsonObject)['name'] ?? (value as JsonObject)['@value'], depth + 1);
  return null;
}

export function firstMeta(index: PageIndex, keys: string[]): string | null {
  for (const key of keys) {
    const value = index.meta.get(key)?.[0];
    if (value) return normalizeSpace(decodeLeftoverReferences(value));
  }
  return null;
}

/** A heading hidden from view (a screen-reader page label such as "News"). */
function isHidden(element: Element): boolean {
  return /(?:^|\s)(?:hidden|sr-only|visually-hidden|screen-reader-text)(?:\s|$)/.test(attr(element, 'class') ?? '') ||
    /display\s*:\s*none/i.test(attr(element, 'style') ?? '');
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

/**
 * Sidebars, navigation and comments name people who did not write the article. `allowWeak` accepts asides and
 * widgets (some blog engines wrap the whole post in a "widget"): for a date right by the headline. `layout` says
 * whether a sidebar- or widget-classed wrapper is in fact the page's layout (then it does not count as weak).
 */
export function insideBoilerplate(element: Element, allowWeak = false, layout?: (wrapper: Element) => boolean): boolean {
  let current = element.parent;
  let weak = false;
  while (current instanceof Element && current.name !== 'body') {
    if (current.name === 'nav' || /comment|related/.test(classAndId(current))) return true;
    // Asides, footers and "sidebar" columns inside the article hold its fact box (dates, authors); outside, not.
    if (current.name === 'aside' || current.name === 'footer' || (/sidebar|widget/.test(classAndId(current)) && !layout?.(current))) weak = true;
    if (current.name === 'article') return false;
    current = current.parent;
  }
  return weak && !allowWeak;
}
