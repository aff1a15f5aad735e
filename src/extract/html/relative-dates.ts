// Dates the page states relative to when it was read ("3 hours ago", "vor 2 Tagen", "yesterday"), resolved against
// the capture time (a WARC record's date, the time a URL was fetched). Without a capture time they say nothing.
import { html as settings, publishedDate as dateSettings } from '../../settings.js';
import { Element, normalizeSpace } from './dom.js';
import { makeDate } from './dates.js';
import { outsideArticle } from './date-scope.js';
import { UPDATED_WORD, type Candidate } from './visible-dates.js';
import type { PageIndex } from './page.js';

/** Minutes in each unit a relative date is written in. */
const UNIT_MINUTES: Record<string, number> = { minute: 1, hour: 60, day: 1440, week: 10080 };

/** What may precede the phrase on its line: a byline and its separator, a label ("Published:", "Veröffentlicht"). */
const LABEL = String.raw`(?:by\s+[^·|\n]{1,40}?\s*[·|]\s*)?(?:(?:published|posted|veröffentlicht|publié|publicado)\s*:?\s*)?`;
/** What may follow the phrase on its line: a clock time and closing punctuation, nothing that makes it a sentence. */
const TAIL = String.raw`(?:\s*[,·|-]?\s*(?:at\s+|um\s+|à\s+|a\s+las\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?\s*[.·|]?$`;
const dateLine = (phrase: string) => new RegExp(`^${LABEL}${phrase}${TAIL}`, 'iu');

/** "3 hours ago", "an hour ago", "vor 2 Tagen", "vor einer Stunde", "il y a 3 jours", "hace 2 horas": a line of its own. */
const RELATIVE = [
  dateLine(String.raw`(\d{1,2}|an?|one)\s+(min(?:ute)?|h(?:ou)?r|day|week)s?\.?\s+ago`),
  dateLine(String.raw`vor\s+(\d{1,2}|einer|einem)\s+(Min(?:ute)?|Std|Stunde|Tag|Woche)(?:n|en|e)?\.?`),
  dateLine(String.raw`il y a\s+(\d{1,2}|une?)\s+(min(?:ute)?|heure|jour|semaine)s?`),
  dateLine(String.raw`hace\s+(\d{1,2}|una?)\s+(min(?:uto)?|hora|día|dia|semana)s?`),
];
/** The unit a relative date's word names, by its first letters ("Std" and "Stunde" are hours). */
const UNIT_BY_PREFIX: Array<[RegExp, keyof typeof UNIT_MINUTES]> = [
  [/^min/i, 'minute'], [/^(?:h|st|he|ho)/i, 'hour'], [/^(?:d|ta|jo)/i, 'day'], [/^(?:w|se)/i, 'week'],
];
/** "Yesterday", "gestern", "ayer" as a date line of its own (perhaps with a time: "yesterday, 18:30"). */
const YESTERDAY = dateLine('(?:yesterday|gestern|ayer)');

/**
 * A date line near the headline written relative to the capture time, as the day it names (in UTC): a candidate as
 * strong as a standalone date line, since the page shows it. Update notes ("Updated 2 hours ago") are skipped.
 */
export function relativeDate(index: PageIndex, headline: number, captured: string | null): Candidate | null {
  const now = captured ? Date.parse(captured) : NaN;
  if (Number.isNaN(now)) return null;
  const limit = headline < 0 ? 2 * settings.maxDatelineDistance : settings.maxDatelineDistance;
  const from = headline < 0 ? 0 : Math.max(0, headline - limit);
  const to = Math.min(index.elements.length, (headline < 0 ? 0 : headline) + limit + 1);
  const headlineElement = index.elements[headline] ?? null;
  let best: { distance: number; candidate: Candidate } | null = null;
  for (let position = from; position < to; position++) {
    const element = index.elements[position]!;
    if (element.name === 'script' || element.name === 'style') continue;
    for (const text of ownTexts(element)) {
      if (text.length > settings.maxDateLineChars || UPDATED_WORD.test(text)) continue;
      const minutes = minutesAgo(text);
      if (minutes === null) continue;
      const distance = headline < 0 ? position : Math.abs(position - headline);
      if (best && distance >= best.distance) continue;
      if (outsideArticle(index, element, distance <= settings.nearHeadlineElements, headlineElement)) continue;
      const date = utcDay(now - minutes * 60_000);
      if (date) best = { distance, candidate: { date, evidence: `${text} (read against the capture time ${captured})`, confidence: dateSettings.relativeDateConfidence, family: 'page', instant: null } };
    }
  }
  return best?.candidate ?? null;
}

/** How long before the capture a relative date line says (minutes), or null when it is none. */
export function minutesAgo(text: string): number | null {
  if (YESTERDAY.test(text)) return 1440;
  for (const pattern of RELATIVE) {
    const match = pattern.exec(text);
    if (!match) continue;
    const count = /^\d+$/.test(match[1]!) ? Number(match[1]) : 1;
    const unit = UNIT_BY_PREFIX.find(([prefix]) => prefix.test(match[2]!))?.[1];
    return unit ? count * UNIT_MINUTES[unit]! : null;
  }
  return null;
}

/** The UTC day of an instant (milliseconds), or null out of range. */
function utcDay(millis: number): string | null {
  const iso = new Date(millis).toISOString();
  return makeDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** The element's own text nodes, whitespace collapsed (its children's texts are their own). */
function ownTexts(element: Element): string[] {
  const out: string[] = [];
  for (const child of element.children) {
    if (child.type !== 'text') continue;
    const text = normalizeSpace((child as { data: string }).data);
    if (text) out.push(text);
  }
  return out;
}
