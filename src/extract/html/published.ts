// Publication date of a page with its evidence. Every source is a candidate: JSON-LD datePublished, article meta
// tags, microdata, <time> elements (the one nearest the headline first), a date-marked or labelled visible date,
// a standalone date line near the headline (visible-dates.ts), a line relative to the capture time ("3 hours ago",
// relative-dates.ts), the URL path. The day wins that the strongest source states, raised when independent kinds of
// source agree on it. A timestamp keeps the day as written, unless it is written in UTC and the page shows the
// neighbouring day. No day after the capture time counts. A modified date, then a date stated only in the page's
// scripts (script-dates.ts), are labelled last resorts.
import type { PublicationDate } from '../../model.js';
import { html as settings, publishedDate as dateSettings } from '../../settings.js';
import { Element, attr, classAndId, isAncestor, normalizeSpace, spacedTextOf } from './dom.js';
import { dateAtOffset, parseInstant, parseMachineDate, parseTextDate, parseUrlDate, swappedReading, type Instant } from './dates.js';
import { outsideArticle } from './date-scope.js';
import { scriptDate } from './script-dates.js';
import { relativeDate } from './relative-dates.js';
import { PUBLISHED_WORD, UPDATED_WORD, VISIBLE_CONFIDENCE, labelBefore, originalDate, standaloneDate, visibleDate, visibleUpdate, type Candidate, type Family } from './visible-dates.js';
import { ARTICLE_TYPES, firstMeta, stringOf, typeOf, type JsonObject, type PageIndex } from './page.js';

/** Meta tags made for the publication date. */
const PUBLISHED_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'datepublished', 'publishdate',
  'pubdate', 'publish_date', 'publish-date', 'published_time', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued',
  'citation_publication_date', 'article.published', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
];
/** Meta tags that name "a date" of the page: often the publication date, sometimes the last edit. */
const GENERIC_META = ['date', 'dc.date', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'citation_date'];
/** Other publication-date meta names ("published", "w-published-date", "release_date"). */
const PUBLISHED_KEY = /publish|issued|release/;
const NOT_PUBLISHED_KEY = /modif|updat|expir|review|revis/;


function machine(value: string, evidence: string, confidence: number, family: Family, dayFirst?: boolean): Candidate | null {
  const date = parseMachineDate(value, dayFirst);
  return date ? { date, evidence, confidence, family, instant: parseInstant(value) } : null;
}

/**
 * The page's publication date. `headline` is the element holding the article's title (an <h1>, or the heading
 * that states the title on pages without one): visible dates are looked for near it.
 */
export function pickPublished(index: PageIndex, article: JsonObject | null, url: string | null, dayFirst: boolean, headline: Element | null, captured: string | null = null): PublicationDate {
  const { candidates, modified, modifiedPage, at } = gatherDates(index, article, url, dayFirst, headline, false, captured);
  if (candidates.length === 0) {
    // The same capture bound as the candidates': a fallback day after the capture is a template's or a later page's.
    const possible = possibleDay(captured);
    for (const read of [() => modifiedPage, () => scriptDate(index), () => visibleUpdate(index, dayFirst, at)]) {
      const found = read();
      if (found?.date && possible(found.date)) return found;
    }
    return { date: null, evidence: null, confidence: 0 };
  }
  return choose(candidates, modified);
}

/** Every candidate publication date of a page, with its modified date: what a chooser picks from. */
export interface GatheredDates {
  candidates: Candidate[];
  modified: Modified | null;
  modifiedPage: PublicationDate | null;
  /** The headline's position among the page's elements (-1 when there is none). */
  at: number;
}

/**
 * The page's candidate dates (local days already read, see readInLocalTime). `readAll` reads the visible page even
 * where no visible date could change the hand-set choice (for measuring and training a chooser).
 */
export function gatherDates(index: PageIndex, article: JsonObject | null, url: string | null, dayFirst: boolean, headline: Element | null, readAll: boolean, captured: string | null = null): GatheredDates {
  const at = headline ? index.elements.indexOf(headline) : -1;
  const objects = [article, ...index.jsonLd.filter((o) => o !== article && ARTICLE_TYPES.test(typeOf(o)))];
  const candidates: Candidate[] = [];
  // A page cannot be published after it was captured: such a day is a template's clock or a later page's.
  const possible = possibleDay(captured);
  const add = (c: Candidate | null): void => {
    if (c && possible(c.date)) candidates.push(c);
  };
  // The page's own article object speaks for the page; other article objects (teasers, list items, the WebPage
  // around it) only when it states no date.
  const stated = objects.map((o) => stringOf(o?.['datePublished']) ?? stringOf(o?.['dateCreated']));
  for (const [i, value] of stated.entries()) {
    if (!value || (i > 0 && stated[0])) continue;
    add(machine(value, `JSON-LD datePublished: ${value}`, 0.95, 'json-ld', dayFirst));
  }
  metaCandidates(index, dayFirst).forEach(add);
  markupCandidates(index, dayFirst, at).forEach(add);
  const fromUrl = url ? parseUrlDate(url) : null;
  const urlCandidate: Candidate | null = fromUrl && possible(fromUrl) ? { date: fromUrl, evidence: `URL path: ${url}`, confidence: 0.5, family: 'url', instant: null } : null;
  const modifiedRaw = modifiedValue(index, objects);
  const modifiedPage = modifiedFrom(modifiedRaw);
  const modified: Modified | null = modifiedPage?.date ? { date: modifiedPage.date, instant: modifiedRaw ? parseInstant(modifiedRaw) : null } : null;
  // The visible page is read unless no date written on it could change the outcome (a speed-up: it is the slow part).
  if (readAll || !visibleCannotWin(urlCandidate ? [...candidates, urlCandidate] : candidates, modified)) {
    add(visibleDate(index, dayFirst, at));
    add(standaloneDate(index, dayFirst, at, true, candidates.length === 0 && urlCandidate === null));
    add(originalDate(index, dayFirst));
    add(relativeDate(index, at, captured));
  }
  add(urlCandidate);
  readInOtherOrder(candidates);
  readInLocalTime(candidates);
  return { candidates, modified, modifiedPage, at };
}

/**
 * Whether a page captured at `captured` can have been published on a day: not after the capture day (with slack for
 * time zones). Every day is possible when the capture time is unknown.
 */
function possibleDay(captured: string | null): (day: string) => boolean {
  const millis = captured ? Date.parse(captured) : NaN;
  if (Number.isNaN(millis)) return () => true;
  const latest = new Date(millis + dateSettings.captureSlackDays * 86_400_000).toISOString().slice(0, 10);
  return (day) => day <= latest;
}

/** The page's last-modified day, with its timestamp when it states one. */
interface Modified {
  date: string;
  instant: Instant | null;
}

/**
 * Whether a candidate is dated after the page's last modification: a page cannot be published after it was last
 * edited, so such a value is a template's render or crawl time, not the publication.
 */
function afterModified(candidate: Candidate, modified: Modified | null): boolean {
  if (!modified || candidate.date <= modified.date) return false;
  const a = candidate.instant;
  const b = modified.instant;
  if (a && b && a.offset !== null && b.offset !== null) return utcMillis(a) > utcMillis(b);
  return true;
}

function utcMillis(instant: Instant): number {
  const [year, month, day] = instant.date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day, 0, instant.minutes) - (instant.offset ?? 0) * 60_000;
}

/**
 * Whether any visible date (a "page" source, at most VISIBLE_CONFIDENCE) would leave the choice as it is: no UTC
 * timestamp needs a stated local day, the winner is not the modified day, and no day could overtake the winner's
 * score with the visible page's support.
 */
function visibleCannotWin(candidates: Candidate[], modified: Modified | null): boolean {
  if (candidates.length === 0 || candidates.some((c) => c.instant?.offset === 0)) return false;
  const best = scoreCandidates(candidates, modified);
  if (best.candidate.date === modified?.date) return false;
  const bonus = settings.dateAgreementBonus;
  const visible = Math.max(VISIBLE_CONFIDENCE, dateSettings.labelledConfidence);
  let potential = visible + bonus;
  for (const candidate of candidates) {
    if (candidate.date === best.candidate.date) continue;
    const families = new Set(candidates.filter((c) => c.date === candidate.date).map((c) => c.family));
    const others = new Set([...families, 'page']);
    others.delete(candidate.family);
    potential = Math.max(potential, candidate.confidence + bonus * Math.min(2, others.size));
    families.delete('page');
    potential = Math.max(potential, visible + bonus * Math.min(2, families.size));
  }
  return best.score > potential + 1e-9;
}

/**
 * Whether a machine publication stamp is the page's modification stamp, to the minute: a content system that
 * rewrites both on each save ("datePublished" = "dateModified" = the last edit) records the last save, not the
 * first publication.
 */
function savedStamp(candidate: Candidate, modified: Modified | null): boolean {
  const a = candidate.instant;
  const b = modified?.instant;
  return !!a && !!b && a.date === b.date && a.offset === b.offset && Math.abs(a.minutes - b.minutes) <= 1;
}

function scoreCandidates(candidates: Candidate[], modified: Modified | null): { score: number; candidate: Candidate } {
  // Where the sources disagree, a day that is the page's modified day and later than another stated day is the
  // update, not the original publication.
  const earliest = candidates.reduce((min, c) => (c.date < min ? c.date : min), candidates[0]!.date);
  let best: { score: number; candidate: Candidate } | null = null;
  for (const candidate of candidates) {
    const families = new Set(candidates.filter((c) => c.date === candidate.date && c.family !== candidate.family).map((c) => c.family));
    const isUpdate = modified !== null && candidate.date === modified.date && earliest < modified.date;
    // A day the page shows its reader (a byline date, a <time>) is no template's render time: a scheduled post
    // saved before it went out keeps its day.
    const shown = candidate.family === 'page' || families.has('page');
    const penalty = (isUpdate ? settings.modifiedDayPenalty : 0) + (afterModified(candidate, modified) && !shown ? dateSettings.afterModifiedPenalty : 0) +
      (isUpdate && !shown && savedStamp(candidate, modified) ? dateSettings.savedStampPenalty : 0);
    const score = candidate.confidence + settings.dateAgreementBonus * Math.min(2, families.size) - penalty;
    if (!best || score > best.score + 1e-9) best = { score, candidate };
  }
  return best!;
}

/** The day the strongest source states, raised by each other kind of source that states the same day. */
function choose(candidates: Candidate[], modified: Modified | null): PublicationDate {
  const best = scoreCandidates(candidates, modified);
  const { candidate } = best;
  // A date from the URL alone stays weak; agreement with the page raises any date's confidence.
  const confidence = Math.min(0.99, best.score);
  return { date: candidate.date, evidence: candidate.evidence, confidence: candidate.family === 'url' ? Math.min(confidence, 0.5) : confidence };
}

/**
 * A timestamp written in UTC names the publisher's local day only by chance: when the page, its URL or a timestamp
 * written at a local offset states the neighbouring day (within reach of a real time zone, UTC-12 to UTC+14), that
 * stated day is the local one. Otherwise the day stays as written: a page's other offsets or a whole-hour time are
 * guesses that moved days wrongly.
 */
function readInLocalTime(candidates: Candidate[]): void {
  // A day written without a time, a wall-clock time without an offset, or one with a local (non-zero) offset is
  // the page's local day.
  const stated = new Set(candidates.filter((c) => c.instant === null || c.instant.offset !== 0).map((c) => c.date));
  for (const candidate of candidates) {
    const instant = candidate.instant;
    if (!instant || instant.offset !== 0 || stated.has(candidate.date)) continue;
    const later = dateAtOffset(instant, 14 * 60);
    const earlier = dateAtOffset(instant, -12 * 60);
    const local = later !== candidate.date && stated.has(later) ? later : earlier !== candidate.date && stated.has(earlier) ? earlier : null;
    if (local) Object.assign(candidate, { date: local, evidence: `${candidate.evidence} (UTC; the page states the local day ${local})` });
  }
}

/**
 * A visible numeric date whose day and month could be swapped ("03/10/2023") is read in the order the page's
 * region suggests; when no other source states that day and another source (the URL, a meta tag) states the
 * other reading, the page wrote it in that other order.
 */
function readInOtherOrder(candidates: Candidate[]): void {
  for (const candidate of candidates) {
    if (candidate.family !== 'page') continue;
    const other = swappedReading(candidate.evidence, candidate.date);
    if (!other) continue;
    const stated = (day: string): boolean => candidates.some((c) => c.family !== 'page' && c.date === day);
    if (stated(candidate.date) || !stated(other)) continue;
    for (const same of candidates) {
      if (same.family === 'page' && same.date === candidate.date && swappedReading(same.evidence, same.date) === other) {
        Object.assign(same, { date: other, evidence: `${same.evidence} (day and month in the order another source states)` });
      }
    }
  }
}

function metaCandidates(index: PageIndex, dayFirst: boolean): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const read = (key: string, confidence: number): void => {
    const value = index.meta.get(key)?.[0];
    if (!value || seen.has(key)) return;
    seen.add(key);
    const c = machine(value, `<meta ${key}="${value}">`, confidence, 'meta', dayFirst);
    if (c) out.push(c);
  };
  PUBLISHED_META.forEach((key) => read(key, 0.9));
  for (const key of index.meta.keys()) if (PUBLISHED_KEY.test(key) && !NOT_PUBLISHED_KEY.test(key)) read(key, 0.85);
  GENERIC_META.forEach((key) => read(key, settings.genericMetaDateConfidence));
  return out;
}

/** Last resort: a page that states only when it was updated; said so in the evidence, with low confidence. */
export function modifiedDate(index: PageIndex, objects: Array<JsonObject | null>): PublicationDate | null {
  return modifiedFrom(modifiedValue(index, objects));
}

function modifiedFrom(value: string | null): PublicationDate | null {
  const date = value ? parseMachineDate(value) : null;
  return date ? { date, evidence: `modified date (the page states no publication date): ${value}`, confidence: 0.3 } : null;
}

/** The page's stated last-modified timestamp: JSON-LD dateModified, the usual meta tags, else any meta tag named for
 *  a modification or update ("modified-time", "updated") whose value reads as a date. */
function modifiedValue(index: PageIndex, objects: Array<JsonObject | null>): string | null {
  const fromJson = objects.map((o) => stringOf(o?.['dateModified'])).find((d) => d);
  if (fromJson) return fromJson;
  const known = firstMeta(index, ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified']);
  if (known) return known;
  for (const [key, values] of index.meta) {
    if (!MODIFIED_KEY.test(key) || PUBLISHED_KEY.test(key)) continue;
    const value = values[0];
    if (value && ISO_LIKE.test(value)) return value;
  }
  return null;
}

const MODIFIED_KEY = /modif|updat/;
/** A machine date value ("2026-01-15", "2026-01-15T17:15:38Z"), not prose. */
const ISO_LIKE = /^\s*(?:19|20)\d\d-\d\d-\d\d/;

/** itemprop="datePublished", "dateCreated", and the hyphenated spellings some templates use ("published-date"). */
const PUBLISHED_ITEMPROP = /date-?published|published-?date|date-?created/i;

/** Microdata datePublished, then <time> elements: publication-hinted ones, else the one nearest the headline. */
function markupCandidates(index: PageIndex, dayFirst: boolean, headline: number): Candidate[] {
  const out: Candidate[] = [];
  const microdata: Array<{ candidate: Candidate; far: boolean }> = [];
  // The nearest publication-hinted <time>, else the nearest of all: a teaser list has hinted <time>s of its own.
  let nearest: { distance: number; hinted: boolean; candidate: Candidate } | null = null;
  const labelledTimes: Candidate[] = [];
  const headlineElement = index.elements[headline] ?? null;
  for (const position of index.dateMarkup) {
    const element = index.elements[position]!;
    const itemprop = attr(element, 'itemprop');
    // <meta itemprop=...> is read with the other meta tags already.
    if (itemprop && element.name !== 'meta' && PUBLISHED_ITEMPROP.test(itemprop)) {
      const value = attr(element, 'content') ?? attr(element, 'datetime') ?? attr(element, 'title') ?? normalizeSpace(spacedTextOf(element));
      const date = parseMachineDate(value) ?? parseTextDate(value, dayFirst);
      const far = headlineElement !== null && Math.abs(position - headline) > settings.maxDatelineDistance && !sameArticle(element, headlineElement);
      if (date) microdata.push({ candidate: { date, evidence: `itemprop=${itemprop}: ${value}`, confidence: 0.9, family: 'microdata', instant: parseInstant(value) }, far });
      continue;
    }
    if (element.name !== 'time') continue;
    const distance = headline < 0 ? position : Math.abs(position - headline);
    const hint = `${classAndId(element)} ${attr(element, 'pubdate') !== null ? 'pubdate' : ''} ${element.parent instanceof Element ? classAndId(element.parent) : ''}`;
    // An "Updated" label drops the <time> only when it is the time's own (a level up, it may name a neighbour);
    // a publication label may be found a few levels up.
    if (/modif|updat/.test(hint) || UPDATED_WORD.test(labelBefore(element, 0))) continue;
    const label = labelBefore(element);
    // A <time> inside a link dates a teaser; one labelled as the publication date may sit in the article's fact box.
    const hinted = (/publish|pubdate|posted|created/.test(hint) || PUBLISHED_WORD.test(label)) && !insideLink(element);
    if (outsideArticle(index, element, hinted, headlineElement)) continue;
    // A <time> far from the headline is most often a masthead's "today" or a teaser's date (hinted or labelled
    // "Published on" in its card as well), unless it sits in the <article> that holds the headline (a dateline
    // below a long lead gallery): it counts only where the page states no other date.
    const far = headlineElement !== null && distance > settings.maxDatelineDistance && !sameArticle(element, headlineElement);
    const value = attr(element, 'datetime') ?? normalizeSpace(spacedTextOf(element));
    const date = parseMachineDate(value) ?? parseTextDate(value, dayFirst);
    if (!date) continue;
    const labelled = hinted && PUBLISHED_WORD.test(label);
    // A <time> right by the headline is placed as the article's date: as strong as a publication-hinted one.
    const byHeadline = headline >= 0 && distance <= settings.nearHeadlineElements;
    const confidence = far ? dateSettings.farTimeConfidence : labelled ? dateSettings.labelledConfidence : hinted || byHeadline ? 0.85 : 0.8;
    const candidate: Candidate = { date, evidence: `${labelled ? `${label} ` : ''}<time datetime="${value}">`, confidence, family: 'page', instant: parseInstant(value) };
    if (labelled && distance <= settings.maxDatelineDistance) labelledTimes.push(candidate);
    if (!nearest || (hinted && !nearest.hinted) || (hinted === nearest.hinted && distance < nearest.distance)) nearest = { distance, hinted, candidate };
  }
  // Microdata dates that state different days are a list's (teaser cards marked up as articles): only those by
  // the headline, or in its <article>, are the page's.
  const listed = new Set(microdata.map((m) => m.candidate.date)).size > 1;
  for (const { candidate, far } of microdata) if (!listed || !far) out.push(candidate);
  if (nearest) out.push(nearest.candidate);
  // Every <time> near the headline that the page labels as a publication is a candidate: where two say different
  // days ("Published on" the journal's day, "first published" a preprint's), the one the other sources agree with
  // wins. Further away, labelled <time>s are teasers' ("Published on" in a list of related articles).
  for (const candidate of labelledTimes) if (candidate.date !== nearest?.candidate.date) out.push(candidate);
  return out;
}

/** Whether an <article> element holds both elements. */
function sameArticle(element: Element, other: Element): boolean {
  for (let current = element.parent; current instanceof Element; current = current.parent) {
    if (current.name === 'article' && isAncestor(current, other)) return true;
  }
  return false;
}

function insideLink(element: Element): boolean {
  for (let current = element.parent; current instanceof Element; current = current.parent) if (current.name === 'a') return true;
  return false;
}
