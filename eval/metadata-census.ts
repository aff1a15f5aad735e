// Miss census for titles and publication dates: every miss is put in one kind by a computed rule, so that the
// share of each target that is reachable at all (the gold is on the page in a form a rule could pick) is known.
// Used by eval/extraction-metadata.ts --census.
import { attr, normalizeSpace, textOf } from '../src/extract/html/dom.js';
import { dateAtOffset, monthNames, parseInstant, parseMachineDate } from '../src/extract/html/dates.js';
import { stringOf, type PageIndex, type JsonObject } from '../src/extract/html/page.js';
import { comparable, hostLabel, stripSiteName } from '../src/extract/html/title.js';
import { goldDay } from './extraction-metrics.js';

/** Separators between a headline and a site name, section or subtitle in a <title> or meta title. */
const PART_SEPARATOR = /\s+[|–—»«·:~•/\\-]{1,2}\s+|:\s+/u;

/** Every run of consecutive parts of a title split at its separators ("A | B | C": A, A | B, B, B | C, C...). */
function titleSpans(title: string): string[] {
  const parts = title.split(PART_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) out.push(parts.slice(i, j).join(' '));
  return out;
}

/** Every string in the JSON-LD objects with the key it is under (a list's items keep the list's key). */
function eachJsonString(jsonLd: JsonObject[], visit: (value: string, key: string) => void): void {
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') visit(value, key);
    else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  jsonLd.forEach((o) => walk(o, ''));
}

function jsonStrings(jsonLd: JsonObject[], keys: RegExp): string[] {
  const out: string[] = [];
  eachJsonString(jsonLd, (value, key) => {
    if (keys.test(key)) out.push(value);
  });
  return out;
}

export interface TitleSources {
  h1: string[];
  metaTitle: string[];
  jsonHeadline: string[];
  titleTag: string | null;
  pageText: string;
}

export function titleSources(index: PageIndex, pageText: string): TitleSources {
  const metaTitle = ['og:title', 'twitter:title', 'title', 'dc.title', 'headline'].flatMap((k) => index.meta.get(k) ?? []);
  return { h1: index.h1s, metaTitle, jsonHeadline: jsonStrings(index.jsonLd, /^(?:headline|name|alternativeHeadline)$/), titleTag: index.titleTag, pageText };
}

/**
 * Where the gold title is found on the page (the first of: an <h1>, a meta title, JSON-LD headline, the whole
 * <title>, a run of parts of a title split at separators, anywhere in the visible text, nowhere), and how our
 * pick relates to it.
 */
export function titleCensus(gold: string, ours: string | null, sources: TitleSources, siteName: string | null, url: string | null): { reach: string; relation: string; error: string } {
  const g = comparable(gold);
  const same = (x: string | null | undefined): boolean => !!x && comparable(x) === g;
  const reach = sources.h1.some(same) ? 'gold = an <h1>'
    : sources.metaTitle.some(same) ? 'gold = og/twitter/meta title'
    : sources.jsonHeadline.some(same) ? 'gold = JSON-LD headline/name'
    : same(sources.titleTag) ? 'gold = whole <title>'
    : [sources.titleTag ?? '', ...sources.metaTitle, ...sources.h1].flatMap(titleSpans).some(same) ? 'gold = <title>/meta/h1 minus a part (site, section)'
    : g && comparable(sources.pageText).includes(g) ? 'gold written elsewhere on the page (not a title element)'
    : 'gold not on the page (unreachable)';
  const o = ours ? comparable(ours) : '';
  const is = (x: string | null | undefined): boolean => !!x && comparable(x) === o;
  const ourSource = !ours ? 'none' : sources.h1.some(is) ? '<h1>' : sources.metaTitle.some(is) ? 'meta title'
    : sources.jsonHeadline.some(is) ? 'JSON-LD' : is(sources.titleTag) ? '<title>' : 'a cut title or other';
  const relation = titleRelation(g, ours, siteName, url);
  return { reach: `${reach}, ours = ${ourSource}`, relation, error: titleError(gold, ours, relation, reach) };
}

/** A character reference left in the text ("&#x26;", "&amp;"), or a replacement mark where a letter was. */
const ENTITY_LEFT = /&(?:#x?[0-9a-f]+|[a-z]{2,8});/i;
const DAMAGED_CHAR = /\ufffd|\p{L}\?\s|\p{L}\?\p{L}/u;

/**
 * The kind of a title miss in the terms of the task (one kind each, first that applies): entity or character
 * damage, wording that differs only in case, punctuation or "&"/"and", truncation, a site-name affix kept or cut,
 * a kicker or section glued on, a subtitle kept or cut, another title element chosen, gold written only outside
 * the title elements, gold nowhere on the page.
 */
function titleError(gold: string, ours: string | null, relation: string, reach: string): string {
  if (!ours) return 'no title found';
  const and = (t: string): string => comparable(t.replace(/&(?:amp;|#x?26;)?/gi, ' and '));
  if (ENTITY_LEFT.test(ours) || (DAMAGED_CHAR.test(ours) && !DAMAGED_CHAR.test(gold))) return 'entity decoding or damaged characters';
  if (comparable(gold) === comparable(ours)) return 'punctuation or case only';
  if (and(gold) === and(ours)) return 'punctuation only ("&" against "and")';
  if (/(?:…|\.\.\.)\s*$/.test(gold) || /(?:…|\.\.\.)\s*$/.test(ours) || (comparable(ours).startsWith(comparable(gold)) && !comparable(ours).startsWith(`${comparable(gold)} `))) return 'truncation';
  if (/site/.test(relation)) return `site-name affix (${relation})`;
  if (/kicker/.test(relation)) return `kicker or section glued on (${relation})`;
  if (/subtitle/.test(relation)) return `subtitle kept or cut (${relation})`;
  if (/^gold = (?:an <h1>|og|JSON-LD|whole <title>|<title>)/.test(reach)) return `wrong element chosen (${reach.replace(/ \(.*?\)/, '').replace(/,.*/, '')})`;
  if (/elsewhere/.test(reach)) return 'gold written only outside the title elements';
  return 'gold matches nothing on the page';
}

/**
 * On a page whose first <h1> and meta title (og:title, else <title>; site name cut) differ in words: which one the
 * gold follows and which one we took ("gold = meta, ours = h1"), else null. Where the gold follows each about as
 * often, no rule choosing between the two can reach both.
 */
export function titleConflict(index: PageIndex, gold: string, ours: string | null, siteName: string | null, url: string | null): string | null {
  const h1 = index.h1s[0];
  const metaRaw = index.meta.get('og:title')?.[0] ?? index.titleTag;
  if (!h1 || !metaRaw) return null;
  const meta = stripSiteName(metaRaw, siteName, url);
  if (comparable(h1) === comparable(meta)) return null;
  const which = (t: string | null): string => (!t ? 'none' : comparable(t) === comparable(h1) ? 'h1' : comparable(t) === comparable(meta) ? 'meta' : 'other');
  return `gold = ${which(gold)}, ours = ${which(ours)}`;
}

function titleRelation(g: string, ours: string | null, siteName: string | null, url: string | null): string {
  if (!ours) return 'ours: none';
  const o = comparable(ours);
  const site = [siteName ? comparable(siteName) : '', hostLabel(url) ?? ''].filter((s) => s.length >= 2);
  const namesSite = (extra: string): boolean => site.some((s) => extra.includes(s) || s.includes(extra));
  if (o.startsWith(`${g} `)) return namesSite(o.slice(g.length + 1)) ? 'ours = gold + site-name suffix' : 'ours = gold + subtitle/section after it';
  if (o.endsWith(` ${g}`)) return namesSite(o.slice(0, -g.length - 1)) ? 'ours = site name + gold' : 'ours = kicker/section + gold';
  if (g.startsWith(`${o} `)) return namesSite(g.slice(o.length + 1)) ? 'gold = ours + site name (gold keeps it)' : 'gold = ours + subtitle (we cut it)';
  if (g.endsWith(` ${o}`)) return 'gold = kicker + ours';
  if (o.includes(g) || g.includes(o)) return 'one inside the other (other words on both sides)';
  return 'different wording';
}

/** Whether the markup writes the day `YYYY-MM-DD` somewhere: ISO, dotted, slashed, dashed, month names, 年月日. */
export function writesDay(html: string, day: string): boolean {
  return dayPattern(day).test(html);
}

/** The day `YYYY-MM-DD` in the common written forms (see writesDay); `flags` adds e.g. 'g' for a search. */
export function dayPattern(day: string, flags = ''): RegExp {
  const [y, m, d] = day.split('-') as [string, string, string];
  const [mi, di] = [Number(m), Number(d)];
  const num = (n: number): string => `0?${n}`;
  const names = monthNames(mi).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const forms = [
    `${y}[-/.]${num(mi)}[-/.]${num(di)}(?!\\d)`, `${y}${m}${d}`,
    `(?<!\\d)${num(di)}[-/.]\\s?${num(mi)}[-/.]\\s?(?:${y}|${y.slice(2)}(?!\\d))`,
    `(?<!\\d)${num(mi)}[-/.]${num(di)}[-/.]${y}`,
    `(?<!\\d)${num(di)}(?:st|nd|rd|th|er|\\.)?\\s*(?:de\\s+)?(?:${names})\\.?,?\\s+(?:de\\s+)?${y}`,
    `(?:${names})\\.?\\s+${num(di)}(?:st|nd|rd|th)?,?\\s+${y}`,
    `${y}\\s*年\\s*${num(mi)}\\s*月\\s*${num(di)}\\s*日`,
  ];
  return new RegExp(forms.join('|'), `iu${flags}`);
}

/** An update label just before a written date: "Updated May 06, 2019", "Last Updated: <strong>", "Page updated:", "Stand:". */
const UPDATE_BEFORE = /(?:updated|modified|aktualisiert|geändert|stand|mis à jour|actualizado)\s*(?:on|am|le|el)?\s*:?\s*(?:<[^>]{0,200}>\s*){0,4}$/i;

/** Whether the page writes the day right after an update label (the text before it read without tags). */
function shownAsUpdate(html: string, day: string): boolean {
  for (const match of html.matchAll(dayPattern(day, 'g'))) {
    if (UPDATE_BEFORE.test(html.slice(Math.max(0, match.index - 300), match.index))) return true;
  }
  return false;
}

/** A machine timestamp written in UTC ("2025-07-05T00:04:00Z", "+00:00"). */
const UTC_STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;

/** Where the page writes a day: JSON-LD keys, meta names, <time datetime>, the URL, the visible text. */
export function dayLocations(index: PageIndex, html: string, url: string | null, day: string): string[] {
  const out = new Set<string>();
  eachJsonString(index.jsonLd, (value, key) => {
    if (UTC_STAMP.test(value) && value.startsWith(day)) out.add('a UTC stamp');
    if (value.length < 40 && parseMachineDate(value) === day) out.add(`json-ld ${/modif/i.test(key) ? 'dateModified' : /publish|created/i.test(key) ? 'datePublished' : 'other'}`);
  });
  for (const [key, values] of index.meta) {
    if (values.some((v) => v.length < 40 && parseMachineDate(v) === day)) out.add(`meta ${/modif|updat/.test(key) ? 'modified' : /publish|issued|release|created/.test(key) ? 'published' : /date/.test(key) ? 'generic date' : 'other'}`);
    if (values.some((v) => UTC_STAMP.test(v) && v.startsWith(day))) out.add('a UTC stamp');
  }
  for (const position of index.dateMarkup) {
    const element = index.elements[position]!;
    const value = attr(element, 'datetime') ?? attr(element, 'content');
    if (value && parseMachineDate(value) === day) out.add('<time>/itemprop');
  }
  if (url && writesDay(url.replace(/[/_]/g, '-'), day)) out.add('url');
  if (out.size === 0 && writesDay(html, day)) out.add('text only');
  if (out.has('text only') && shownAsUpdate(html, day)) out.add('text: labelled as an update');
  return [...out];
}

/**
 * The kind of a date miss, first rule that applies: gold day not written anywhere (unreachable); gold is the
 * modified date while another published date is stated; we took the modified date; one day off (time zone); no date
 * found (with where the gold day is); another date (with our source and where the gold day is).
 */
export function dateCensus(gold: string, ours: string | null, ourEvidence: string | null, modified: string | null, locations: string[]): string {
  const day = goldDay(gold);
  if (locations.length === 0) return 'gold day not written on the page (unreachable)';
  // The strongest place the page states the gold day (the full list makes too many kinds to read).
  const where = PLACES.find((p) => locations.includes(p)) ?? locations[0]!;
  // The page states the gold day only as its modification (or in the text) and a publication date besides.
  const statedAsPublished = locations.some((l) => l === 'json-ld datePublished' || l === 'meta published' || l === 'url');
  const ourKind = sourceKind(ourEvidence);
  if (modified === day && !statedAsPublished && ours && ourKind !== 'modified') return 'gold = modified date, page states another publication date (gold problem)';
  if (locations.includes('text: labelled as an update') && !statedAsPublished && ours && ourKind !== 'modified') return 'gold = a date the page labels as an update (gold problem)';
  if (!ours) return `none found; gold day in: ${where}`;
  if (ourKind === 'modified') return `we took the modified/updated date; gold day in: ${where}`;
  if (Math.abs(Date.parse(day) - Date.parse(ours)) === 86_400_000) {
    // Gold is the UTC day of a stamp while ours is the local day the page shows for it: a convention of the gold.
    if (locations.includes('a UTC stamp') && (/\(UTC; the page states/.test(ourEvidence ?? '') || ourKind === 'visible text')) return 'one day off: gold = UTC day of a stamp, ours = the local day the page shows (gold convention)';
    return `one day off (time zone), ours from ${ourKind}; gold day in: ${where}`;
  }
  return `another date, ours from ${ourKind}; gold day in: ${where}`;
}

const PLACES = ['json-ld datePublished', 'meta published', '<time>/itemprop', 'url', 'meta generic date', 'json-ld other', 'meta other', 'json-ld dateModified', 'meta modified', 'text only'];

function sourceKind(evidence: string | null): string {
  if (!evidence) return '?';
  if (/^JSON-LD/.test(evidence)) return 'JSON-LD';
  if (/^<meta/.test(evidence)) return 'meta';
  if (/itemprop|<time/.test(evidence)) return '<time>/microdata';
  if (/^URL/.test(evidence)) return 'URL';
  if (/^(?:modified date|update note)/.test(evidence)) return 'modified';
  return 'visible text';
}

/** Visible text of the page body (for "gold written elsewhere"): normalised, scripts excluded by the caller's DOM. */
export function pageTextOf(index: PageIndex): string {
  const body = index.elements.find((e) => e.name === 'body');
  return body ? normalizeSpace(textOf(body)) : '';
}

/** Count table: one row per kind, one column per dataset, with totals. */
export function censusTable(rows: Array<{ dataset: string; field: string; kind: string }>, totals: Map<string, number>): string {
  const datasets = [...new Set(rows.map((r) => r.dataset))].sort();
  const lines: string[] = [];
  for (const field of ['title', 'title: how ours differs', 'title: kind of error', 'date']) {
    const kinds = [...new Set(rows.filter((r) => r.field === field).map((r) => r.kind))].sort();
    lines.push(`\n${field} misses (dev)`.padEnd(92) + datasets.map((d) => d.slice(0, 12).padStart(13)).join(''));
    for (const kind of kinds) {
      lines.push(`  ${kind.slice(0, 88).padEnd(89)}${datasets.map((d) => String(rows.filter((r) => r.dataset === d && r.field === field && r.kind === kind).length).padStart(13)).join('')}`);
    }
    if (field.startsWith('title:')) continue;
    const pages = datasets.map((d) => totals.get(`${d}.${field}`) ?? 0);
    const missed = datasets.map((d) => rows.filter((r) => r.dataset === d && r.field === field).length);
    const unreachable = datasets.map((d) => rows.filter((r) => r.dataset === d && r.field === field && /unreachable|gold problem|gold convention/.test(r.kind)).length);
    lines.push(`  ${'pages with a gold value'.padEnd(89)}${pages.map((n) => String(n).padStart(13)).join('')}`);
    lines.push(`  ${'accuracy'.padEnd(89)}${pages.map((n, i) => (n ? (1 - missed[i]! / n).toFixed(3) : '-').padStart(13)).join('')}`);
    // For titles this bound is loose: the gold is nearly always written somewhere; which of the page's titles it
    // is (h1 or meta) is the limit, see the h1/meta tally.
    const label = field === 'title' ? 'upper bound (all but gold-not-on-the-page misses; see h1/meta tally)' : 'ceiling (all but unreachable / gold-problem / gold-convention misses)';
    lines.push(`  ${label.padEnd(89)}${pages.map((n, i) => (n ? (1 - unreachable[i]! / n).toFixed(3) : '-').padStart(13)).join('')}`);
  }
  return lines.join('\n');
}

/** What published.ts writes after a UTC stamp it read as the neighbouring local day the page states. */
const MOVED_TO_LOCAL = /\(UTC; the page states the local day (\d{4}-\d\d-\d\d)\)/;

/**
 * On a page whose publication stamp falls on different days in UTC and in the time zone it names or the page
 * states, which day the gold follows: "UTC stamp, page states the neighbouring local day: gold = local day" (our
 * reading), "... gold = UTC day", or for a stamp written at a local offset "gold = day as written" / "gold = UTC
 * day". Null where the two days agree or nothing is stamped. Tallied over all pages, hits and misses alike, it
 * shows each dataset's convention (no one rule can follow two).
 */
export function zoneConvention(article: JsonObject | null, index: PageIndex, gold: string, ours: string | null, evidence: string | null): string | null {
  const day = goldDay(gold);
  const follows = (local: string, utc: string): string => (day === local ? 'local day' : day === utc ? 'UTC day' : 'another day');
  const moved = MOVED_TO_LOCAL.exec(evidence ?? '');
  if (moved && ours) {
    const stamp = parseInstant(evidence ?? '');
    const utc = stamp ? dateAtOffset(stamp, 0) : '';
    return `UTC stamp, the page states the neighbouring local day: gold = ${follows(ours, utc)}`;
  }
  const value = stringOf(article?.['datePublished']) ?? index.meta.get('article:published_time')?.[0] ?? null;
  const instant = value ? parseInstant(value) : null;
  if (!instant || instant.offset === null || instant.offset === 0) return null;
  const utc = dateAtOffset(instant, 0);
  if (utc === instant.date) return null;
  return `stamp at a local offset, its UTC day differs: gold = ${day === instant.date ? 'day as written' : day === utc ? 'UTC day' : 'another day'}`;
}
