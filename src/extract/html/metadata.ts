// Page metadata before cleaning: title, site name, authors, publication date (with its evidence), language and
// canonical URL, from JSON-LD, OpenGraph and article meta tags, microdata, <time> and the visible page.
import type { PublicationDate } from '../../model.js';
import { html as settings } from '../../settings.js';
import { Element, attr, classAndId, normalizeSpace, textOf, type Document } from './dom.js';
import { articleObject, firstMeta, indexPage, insideBoilerplate, stringOf, typeOf, ARTICLE_TYPES, type JsonObject, type PageIndex } from './page.js';
import { gatherDates, pickPublished, type GatheredDates } from './published.js';
import { titleCandidates, type TitleCandidate } from './title-candidates.js';
import { comparable, pickTitle } from './title.js';

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  byline: string[];
  published: PublicationDate;
  language: string | null;
  canonicalUrl: string | null;
  /** JSON-LD articleBody of the page's article, when it has one. */
  articleBody: string | null;
  /** Where the title came from (for evaluation and debugging). */
  titleSource: string | null;
  /** A live blog or a front page of teasers (both extracted best-effort), else null. */
  pageKind: 'live blog' | 'front page' | null;
}

// --- Site name ----------------------------------------------------------------------------------------------

export { stripSiteName } from './title.js';

function pickSiteName(index: PageIndex, article: JsonObject | null): string | null {
  return firstMeta(index, ['og:site_name', 'application-name', 'twitter:site:name']) ??
    stringOf(article?.['publisher']) ??
    stringOf(index.jsonLd.find((o) => /organization|website/i.test(typeOf(o)))?.['name']) ?? null;
}

// --- Authors --------------------------------------------------------------------------------------------------

const BYLINE_PREFIX = /^(?:(?:text|words|story|reporting|written|posted|photos?)\s+by|by|von|par|por|di|door|av|af|autor(?:in)?:?|author:?)\s+/i;
const LEADING_SYMBOLS = /^[\p{P}\p{S}\s]+/u;
const BARE_PREFIX = /^(?:by|von|par|por|door|autor|author|auteur|written by|posted by)$/i;
/** "Interview: Jane Doe", "Text und Fotos: Jane Doe". */
const ROLE_LABEL = /^[\p{L} ]{2,25}:\s+/u;
const NAME_SPLIT = /\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\|)\s*/i;
const NOT_A_NAME = /https?:|www\.|@|\d|\b(?:menu|home|login|search|subscribe|contact|staff|editor(?:ial)?|editors|team|admin|news|desk|redaktion|expert|writer|reporter|correspondent|contributor|founder|ceo|director|manager|specialist|privacy|security|reviewed|fact-checked|edited|updated|published)\b/i;
/** Degrees and credentials written after a name ("Jane Doe, MD, RD"): not names of their own. */
const CREDENTIAL = /^(?:[A-Z]{2,6}|Ph\.?D\.?|M\.?D\.?|Dr\.?|Jr\.?|Sr\.?|[A-Z]\.?[A-Z]\.?[A-Z]?\.?)$/;
/** Lower-case words allowed inside a name: particles ("Ludwig van Beethoven", "Maria de la Cruz"). */
const NAME_PARTICLE = /^(?:de|del|della|der|den|di|da|do|dos|du|la|le|van|von|bin|al|el|ten|ter|y|zu)$/;

/** Clean author names from a byline-like string; drops handles, URLs, dates and menu labels. */
export function splitAuthors(raw: string, trusted = false): string[] {
  const text = normalizeSpace(raw).replace(LEADING_SYMBOLS, '').replace(ROLE_LABEL, '').replace(BYLINE_PREFIX, '');
  const names: string[] = [];
  for (const part of text.split(NAME_SPLIT)) {
    const name = part.replace(/^(?:by|von|par)\s+/i, '').trim();
    const words = name.split(/\s+/).length;
    if (name.length < 3 || words > settings.maxAuthorWords || NOT_A_NAME.test(name) || BARE_PREFIX.test(name) || CREDENTIAL.test(name)) continue;
    // In a name of several words, every word but a particle is capitalised ("Human in the Loop" is not a person).
    if (words > 1 && name.split(/\s+/).some((w) => !/^\p{Lu}/u.test(w) && !NAME_PARTICLE.test(w))) continue;
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

/** A live blog (JSON-LD LiveBlogPosting, or many time-stamped entries) or a front page of teasers, else null. */
function pageKind(index: PageIndex, url: string | null): 'live blog' | 'front page' | null {
  if (index.jsonLd.some((o) => /liveblogposting/i.test(typeOf(o))) || index.timedEntries >= settings.liveBlogMinEntries) return 'live blog';
  let path: string | null = null;
  try {
    path = url ? new URL(url).pathname : null;
  } catch {
    path = null;
  }
  return path === '/' || path === '' || index.linkedHeadlines >= settings.frontPageMinTeasers ? 'front page' : null;
}

/**
 * The heading that states the title (h1 to h3), else the first <h1>; on a page without one, the first heading or
 * text block that states the title (an <h4> headline, a page builder's styled <p>): visible dates are looked for
 * near it.
 */
function headlineElement(index: PageIndex, title: string | null): Element | null {
  const wanted = title ? comparable(title) : null;
  if (wanted) {
    for (const element of index.elements) {
      if ((element.name === 'h1' || element.name === 'h2' || element.name === 'h3') && comparable(textOf(element)) === wanted) return element;
    }
  }
  if (index.h1Elements[0] || !wanted) return index.h1Elements[0] ?? null;
  return index.elements.find((element) => TITLE_HOLDERS.has(element.name) && holdsLineOfText(element) && comparable(textOf(element)) === wanted) ?? null;
}

/** Elements that may hold a page's headline where it has no <h1>. */
const TITLE_HOLDERS = new Set(['h4', 'h5', 'h6', 'p', 'div', 'span', 'strong']);
const INLINE_TAGS = new Set(['a', 'b', 'strong', 'em', 'i', 'span']);

/**
 * Whether an element holds a line of text: a few text nodes or inline elements of text (so no wrapper of the page
 * is read whole, level after level).
 */
function holdsLineOfText(element: Element): boolean {
  return element.children.length <= 3 && element.children.every((child) => child.type === 'text' ||
    (child instanceof Element && INLINE_TAGS.has(child.name) && child.children.every((inner) => inner.type === 'text')));
}

/** Whether the page writes dates in the US order (month first): American English, or English with no region. */
function isRegionUs(index: PageIndex, language: string | null): boolean {
  return /^en[-_]us/i.test(index.htmlLang ?? '') || (language === 'en' && !/^en[-_](?:gb|au|nz|ie|in|za)/i.test(index.htmlLang ?? 'en-us'));
}

/** The page's metadata with what reading it worked out on the way (the candidate readers start from the same). */
interface MetadataReading {
  metadata: PageMetadata;
  index: PageIndex;
  article: JsonObject | null;
  regionUs: boolean;
  /** The page's address, else its canonical address. */
  pageUrl: string | null;
  headline: Element | null;
}

function readMetadata(document: Document, url: string | null, captured: string | null = null): MetadataReading {
  const index = indexPage(document);
  const article = articleObject(index.jsonLd);
  const publisher = pickSiteName(index, article);
  const language = pickLanguage(index, article);
  const regionUs = isRegionUs(index, language);
  const canonicalUrl = resolveUrl(index.canonical, url) ?? resolveUrl(firstMeta(index, ['og:url']), url) ?? url;
  const pageUrl = url ?? canonicalUrl;
  const body = stringOf(article?.['articleBody']);
  const title = pickTitle(index, article, publisher, pageUrl);
  const headline = headlineElement(index, title.title);
  const metadata: PageMetadata = {
    title: title.title,
    titleSource: title.source,
    pageKind: pageKind(index, url),
    publisher,
    byline: pickAuthors(index, article),
    published: pickPublished(index, article, pageUrl, !regionUs, headline, captured),
    language,
    canonicalUrl,
    articleBody: typeof article?.['articleBody'] === 'string' ? (article['articleBody'] as string) : body,
  };
  return { metadata, index, article, regionUs, pageUrl, headline };
}

/**
 * Reads all metadata of a parsed page (before cleaning: scripts and meta tags are still there). `captured`, when
 * known (a WARC record's date, a fetch time), resolves "3 hours ago" and bounds the publication date.
 */
export function extractMetadata(document: Document, url: string | null, captured: string | null = null): PageMetadata {
  return readMetadata(document, url, captured).metadata;
}

/** The candidates the metadata readers choose from, with the hand-set choice (for measuring and training choosers). */
export interface MetadataCandidates {
  metadata: PageMetadata;
  titles: TitleCandidate[];
  dates: GatheredDates;
}

/** For tools only: the hand-set metadata with the candidates behind its title and date. */
export function metadataCandidates(document: Document, url: string | null): MetadataCandidates {
  const { metadata, index, article, regionUs, pageUrl, headline } = readMetadata(document, url);
  return {
    metadata,
    titles: titleCandidates(index, article, metadata.publisher, pageUrl),
    dates: gatherDates(index, article, pageUrl, !regionUs, headline, true),
  };
}
