// Publication dates read from the visible page, for published.ts: a date- or byline-classed element near the
// headline, a standalone date line, a labelled ("Published", "Erschienen am") or original ("first published on")
// date, a date line after the byline, and the labels around a date ("Published", "Updated", an icon's title).
import type { PublicationDate } from '../../model.js';
import { html as settings, publishedDate as dateSettings } from '../../settings.js';
import { Element, classAndId, normalizeSpace, spacedTextOf, textOf } from './dom.js';
import { parseTextDate, withoutUpdateNotes, type Instant } from './dates.js';
import { outsideArticle } from './date-scope.js';
import { insideBoilerplate, type PageIndex } from './page.js';

export type Family = 'json-ld' | 'meta' | 'microdata' | 'page' | 'url';

/** A candidate publication date: the day, what the page says for it, how much that source is trusted. */
export interface Candidate {
  date: string;
  evidence: string;
  confidence: number;
  family: Family;
  /** The machine timestamp behind the date, for time-zone checks. */
  instant: Instant | null;
}

/** Confidence of an unlabelled date in a date- or byline-classed element. */
export const VISIBLE_CONFIDENCE = 0.7;

const DATE_CLASS = /publish|posted|pubdate|date|dateline|byline|author|timestamp|meta|datum|fecha|time/i;

export const PUBLISHED_WORD = /\b(?:publish(?:ed)?|posted|veröffentlicht|veröffentlichung|erschienen|publiziert|publié|publicado|pubblicato|gepubliceerd|(?:erscheinungs|veröffentlichungs|publikations|publicatie)datum|publication\s+date|date\s+(?:of\s+|de\s+)?publication|fecha\s+de\s+publicación|data\s+di\s+pubblicazione)\b/i;
export const UPDATED_WORD = /\b(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|bijgewerkt)\b/i;

/**
 * Whether a visible date is labelled as the publication date: "Published March 3, 2021", "Posted on ...", or an
 * "Erschienen am:" label just before its element. What the reader is told is the publication date outweighs a meta
 * tag, which content systems rewrite on re-publication.
 */
function labelledAsPublished(element: Element, text: string): boolean {
  const before = withoutUpdateNotes(text).split(/\d/, 1)[0]!;
  return PUBLISHED_WORD.test(before) || PUBLISHED_WORD.test(labelBefore(element));
}


/**
 * The words just before an element ("Published <time>", "<h4>Published</h4> <time>"), if short. An element that
 * opens its parent is labelled by what comes before the parent, a few levels up ("<svg><title>Erscheinungsdatum
 * </title></svg> <span><time>"): an icon's title or a label cell belongs to the date beside it.
 */
export function labelBefore(element: Element, levelsUp: number = dateSettings.labelLevelsUp): string {
  let current: Element = element;
  for (let level = 0; level <= levelsUp; level++) {
    const siblings = current.parent?.children ?? [];
    for (let i = siblings.indexOf(current) - 1; i >= 0; i--) {
      const text = normalizeSpace(textOf(siblings[i]!));
      if (text) return text.length <= 40 ? text : '';
    }
    if (!(current.parent instanceof Element)) break;
    current = current.parent;
  }
  return '';
}

/**
 * A date written in a date- or byline-hinted element: the one nearest the headline (a masthead's "today" date and
 * teasers' dates are further away), or the first on the page when there is no headline.
 */
export function visibleDate(index: PageIndex, dayFirst: boolean, headline: number): Candidate | null {
  let best: { distance: number; candidate: Candidate } | null = null;
  const headlineElement = index.elements[headline] ?? null;
  for (let position = 0; position < index.elements.length; position++) {
    const element = index.elements[position]!;
    if (element.name === 'script' || element.name === 'style' || element.name === 'body' || element.name === 'html') continue;
    if (element.children.length > 20) continue;
    const cls = element.attribs['class'];
    const id = element.attribs['id'];
    if ((cls === undefined || !DATE_CLASS.test(cls)) && (id === undefined || !DATE_CLASS.test(id))) continue;
    const distance = headline < 0 ? position : Math.abs(position - headline);
    if (best && distance >= best.distance) {
      if (position > headline) break;
      continue;
    }
    const classId = classAndId(element);
    if (/modif|updat|comment/.test(classId)) continue;
    const text = normalizeSpace(spacedTextOf(element));
    if (text.length === 0 || text.length > 200) continue;
    // A date labelled as the publication may sit in the article's fact box (a sidebar column), like a <time>.
    const near = headline >= 0 && distance <= settings.nearHeadlineElements;
    const labelled = labelledAsPublished(element, text);
    if (outsideArticle(index, element, near || labelled, headlineElement)) continue;
    const date = parseTextDate(withoutUpdateNotes(text), dayFirst);
    if (date) best = { distance, candidate: { date, evidence: text, confidence: labelled ? dateSettings.labelledConfidence : VISIBLE_CONFIDENCE, family: 'page', instant: null } };
  }
  return best?.candidate ?? null;
}

/** Last resort: "Last updated: May 2, 2025" near the headline when the page states nothing else. */
export function visibleUpdate(index: PageIndex, dayFirst: boolean, headline: number): PublicationDate | null {
  // Not `labelled`: the page-wide label and byline scans ran for the publication date already and found nothing.
  const found = standaloneDate(index, dayFirst, headline, false, false) ?? labelledUpdate(index, dayFirst);
  return found ? { date: found.date, evidence: `update note (the page states no publication date): ${found.evidence}`, confidence: 0.3 } : null;
}

/**
 * "Last updated: November 13, 2025" anywhere on the page (a footer note), as a short text of its own; or a wiki's
 * edit note inside a line ("Page (last edited 2019-11-10 13:28 by ...)", "Diese Seite wurde zuletzt am 29. Januar
 * 2020 geändert"), the date read just after the label.
 */
function labelledUpdate(index: PageIndex, dayFirst: boolean): Candidate | null {
  for (const element of index.elements) {
    for (const raw of dateTexts(element)) {
      if (raw.length > 80) continue;
      const updateLabel = UPDATE_LABEL.test(raw);
      const edit = updateLabel ? null : EDIT_NOTE.exec(raw);
      if (!edit && !updateLabel) continue;
      const date = parseTextDate(edit ? textAfterLabel(raw, edit) : raw.replace(UPDATE_LABEL, ''), dayFirst);
      if (date && !insideBoilerplate(element, true)) return { date, evidence: raw, confidence: 0.3, family: 'page', instant: null };
    }
  }
  return null;
}

/** The text just after a label found inside a line, where its date is written. */
function textAfterLabel(raw: string, label: RegExpExecArray): string {
  const start = label.index + label[0].length;
  return raw.slice(start, start + dateSettings.dateAfterLabelChars);
}

/** An edit note's label inside a line: "last edited", "last modified on", "zuletzt am", "zuletzt bearbeitet am". */
const EDIT_NOTE = /\b(?:last\s+(?:edited|modified|updated)(?:\s+on)?|zuletzt(?:\s+(?:geändert|bearbeitet|aktualisiert))?(?:\s+am)?)\s*:?\s*/iu;

/** Letters and digits that are not part of the date: a standalone date line has few. */
const DATE_LINE_NOISE = /[\p{L}]{4,}/gu;
const UPDATE_LABEL = /^(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado)\s*:?\s*(?:on\s+)?/i;
const DATE_LABEL = /^(?:datum|date|published|posted|veröffentlicht|publié le|publicado|erstellt am|stand|am|vom|on)\s*:?\s*/i;
/** "Erschienen am: 01.11.2023", "Published on May 2, 2021": a labelled publication date, wherever on the page. */
const PUBLISHED_LABEL = /^(?:published|posted|first published|veröffentlicht|veröffentlichung|erschienen|publiziert|publié|publicado|pubblicato|gepubliceerd)(?:\s+(?:on|am|le|el|il|op))?\s*:?\s*(?=\S*\d)/i;
/** A paragraph that opens with its date: "29.11.2022 – Mehrfach und vehement ...". */
const DATE_LED = /^(\S+(?:\s+\S+){0,3}?)\s*(?:[–—|]|\s-\s|„|")/u;

/**
 * A short text holding nothing but a date (perhaps after a "Datum:" label), or a text that opens with its date,
 * nearest the page's headline; without a headline, the first such text near the top of the page. Failing that, and
 * when `labelled` (the page states no other date), a labelled publication date anywhere ("Erschienen am: 01.11.2023").
 */
export function standaloneDate(index: PageIndex, dayFirst: boolean, headline: number, skipUpdateNotes = true, labelled = true): Candidate | null {
  const limit = headline < 0 ? 2 * settings.maxDatelineDistance : settings.maxDatelineDistance;
  const from = headline < 0 ? 0 : Math.max(0, headline - limit);
  const to = Math.min(index.elements.length, headline < 0 ? limit + 1 : headline + limit + 1);
  let best: { distance: number; date: string; text: string; labelled: boolean } | null = null;
  const headlineElement = index.elements[headline] ?? null;
  for (let position = from; position < to; position++) {
    const element = index.elements[position]!;
    for (const raw of dateTexts(element)) {
      let text = (skipUpdateNotes ? withoutUpdateNotes(raw).trim() : raw.replace(UPDATE_LABEL, '')).replace(DATE_LABEL, '');
      const led = text.length > settings.maxDateLineChars ? DATE_LED.exec(text) : null;
      if (led) text = led[1]!;
      if (text.length < 6 || text.length > settings.maxDateLineChars) continue;
      if ((text.match(DATE_LINE_NOISE)?.length ?? 0) > 3) continue;
      const date = parseTextDate(text, dayFirst);
      const distance = headline < 0 ? position : Math.abs(position - headline);
      if (!date || outsideArticle(index, element, distance <= settings.nearHeadlineElements, headlineElement)) continue;
      if (!best || distance < best.distance) best = { distance, date, text, labelled: skipUpdateNotes && labelledAsPublished(element, raw) };
    }
  }
  const found = best as { distance: number; date: string; text: string; labelled: boolean } | null;
  if (found) return { date: found.date, evidence: found.text, confidence: found.labelled ? dateSettings.labelledConfidence : 0.6, family: 'page', instant: null };
  if (!labelled) return null;
  for (const element of index.elements) {
    for (const raw of dateTexts(element)) {
      if (!PUBLISHED_LABEL.test(raw) || raw.length > 80) continue;
      const date = parseTextDate(raw.replace(PUBLISHED_LABEL, ''), dayFirst);
      if (date && !insideBoilerplate(element, true)) return { date, evidence: raw, confidence: 0.6, family: 'page', instant: null };
    }
  }
  return labelThenDate(index, dayFirst) ?? bylineDate(index, dayFirst);
}

/** A publication label standing alone before its date: "Veröffentlichung:", "Posted on". */
const LABEL_ONLY = /^(?:published|posted|first published|veröffentlicht|veröffentlichung|erschienen|publiziert|publié|publicado|pubblicato|gepubliceerd)(?:\s+(?:on|am|le|el|il|op))?\s*:?$/i;

/**
 * A publication label in a text of its own with the date in the element right after it, which may be a link
 * ("Veröffentlichung: <a href=...>04.02.2022</a>", a permalink on the date): for a page that states no other date.
 */
function labelThenDate(index: PageIndex, dayFirst: boolean): Candidate | null {
  for (const element of index.elements) {
    if (element.name === 'script' || element.name === 'style') continue;
    const children = element.children;
    for (let i = 0; i < children.length - 1; i++) {
      const child = children[i]!;
      if (child.type !== 'text' || !LABEL_ONLY.test(normalizeSpace((child as { data: string }).data))) continue;
      let next: (typeof children)[number] | undefined;
      for (let j = i + 1; j < children.length && next === undefined; j++) {
        const c = children[j]!;
        if (c instanceof Element || normalizeSpace(textOf(c)) !== '') next = c;
      }
      // The date's element holds text, or elements of text ("<a><time>..."), never a block to read whole.
      if (!(next instanceof Element) || !next.children.every((c) => c.type === 'text' || (c instanceof Element && c.children.every((g) => g.type === 'text')))) continue;
      const text = normalizeSpace(textOf(next));
      const date = text.length <= settings.maxDateLineChars ? parseTextDate(text, dayFirst) : null;
      if (date && !insideBoilerplate(element, true)) return { date, evidence: `${normalizeSpace(textOf(child))} ${text}`, confidence: 0.6, family: 'page', instant: null };
    }
  }
  return null;
}

/** A byline's opening words: "Written by", "By", "Posted by", "Von", "Par", "Autor:". */
const BYLINE_LABEL = /^(?:(?:written|posted|reported|words)\s+by|by|von|par|por|door|autor(?:in)?:?|author:?)\s/i;

/**
 * A date line right after the author's byline ("<p>Written by Jane Doe</p><p>April 8, 2024</p>"), wherever it is
 * on the page (an author box below the article): for a page that states no other date.
 */
function bylineDate(index: PageIndex, dayFirst: boolean): Candidate | null {
  for (const element of index.elements) {
    for (const raw of dateTexts(element)) {
      if (raw.length < 6 || raw.length > settings.maxDateLineChars || (raw.match(DATE_LINE_NOISE)?.length ?? 0) > 3 || UPDATED_WORD.test(raw)) continue;
      const byline = previousElementText(element);
      if (!byline || byline.length > 120 || !BYLINE_LABEL.test(byline)) continue;
      const date = parseTextDate(raw, dayFirst);
      if (date && !insideBoilerplate(element)) return { date, evidence: `${byline} ${raw}`, confidence: 0.6, family: 'page', instant: null };
    }
  }
  return null;
}

/** The text of the element just before this one among its siblings, whitespace collapsed. */
function previousElementText(element: Element): string | null {
  const siblings = element.parent?.children ?? [];
  for (let i = siblings.indexOf(element) - 1; i >= 0; i--) {
    const sibling = siblings[i]!;
    if (sibling instanceof Element) return normalizeSpace(textOf(sibling));
    if (normalizeSpace(textOf(sibling))) return null;
  }
  return null;
}

/** "This article was originally published on 26 Sep 2019", "Erstmals erschienen am ...": the page names its original date. */
const ORIGINAL_LABEL = /(?:\b(?:originally|first)\s+(?:published|posted)(?:\s+(?:on|in|at))?|(?:ursprünglich|erstmals|zuerst)\s+(?:veröffentlicht|erschienen)(?:\s+(?:am|im))?|publié\s+(?:initialement|originellement|pour la première fois)(?:\s+le)?|publicado\s+originalmente(?:\s+el)?)\s*:?\s*/iu;

/**
 * A date the page itself calls the original publication, anywhere outside comments and navigation: what the
 * reader is told, and the original date rather than a later update's.
 */
export function originalDate(index: PageIndex, dayFirst: boolean): Candidate | null {
  for (const element of index.elements) {
    for (const raw of dateTexts(element)) {
      const label = ORIGINAL_LABEL.exec(raw);
      if (!label) continue;
      const date = parseTextDate(textAfterLabel(raw, label), dayFirst);
      if (date && !insideBoilerplate(element)) return { date, evidence: raw.slice(0, 160), confidence: dateSettings.labelledConfidence, family: 'page', instant: null };
    }
  }
  return null;
}

/** The element's own text nodes that hold a digit, whitespace collapsed (scripts, styles and links skipped). */
function dateTexts(element: Element): string[] {
  if (element.name === 'script' || element.name === 'style' || element.name === 'a') return [];
  const out: string[] = [];
  for (const child of element.children) {
    if (child.type !== 'text') continue;
    const data = (child as { data: string }).data;
    if (data.length <= 2000 && /\d/.test(data)) out.push(normalizeSpace(data));
  }
  return out;
}
