// Publication date of a page with its evidence: JSON-LD datePublished, article meta tags, microdata and <time>,
// a date-marked or standalone visible date line, the URL path; a modified date only as a labelled last resort.
import type { PublicationDate } from '../../model.js';
import { html as settings } from '../../settings.js';
import { Element, attr, classAndId, normalizeSpace, textOf } from './dom.js';
import { parseMachineDate, parseTextDate, parseUrlDate, withoutUpdateNotes } from './dates.js';
import { ARTICLE_TYPES, firstMeta, insideBoilerplate, stringOf, typeOf, type JsonObject, type PageIndex } from './page.js';

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

export function pickPublished(index: PageIndex, article: JsonObject | null, url: string | null, dayFirst: boolean): PublicationDate {
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
