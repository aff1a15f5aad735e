// Events in the GDELT 2.0 event table layout (61 columns, in GDELT's order) so analysts can join dossier events
// with GDELT. Only fields that map from a dossier event are filled; the rest stay empty. The mapping:
//
//   GlobalEventID        a 52-bit number hashed from the dossier event id (itself made of the article id and the
//                        event's place in it), so the same event keeps its number across exports and corpora;
//                        the JSON/JSONL exports carry the string ids
//   Day/MonthYear/Year   the event's date, else the reporting article's publication date; a partial date fills
//   FractionDate         only the fields it determines (a month fills MonthYear and Year, not Day)
//   Actor1*/Actor2*      the event's source/target actor: Name upper-cased as in GDELT, Code the CAMEO actor code;
//                        CountryCode, KnownGroupCode and Type1-3Code split from that code (see splitActorCode)
//   IsRootEvent          1 when the event's sentence lies in the article's first paragraph, else 0
//   EventCode/Base/Root  the CAMEO event code and its 3- and 2-digit prefixes
//   QuadClass            from the CAMEO root: 01-05 verbal cooperation (1), 06-08 material cooperation (2),
//                        09-13 verbal conflict (3), 14-20 material conflict (4)
//   NumMentions/Sources/ 1 each: one row is one report in one article
//   NumArticles
//   ActionGeo_FullName   the event's place
//   DATEADDED            the export time, YYYYMMDDHHMMSS (UTC)
//   SOURCEURL            the reporting article's source (URL or path)
//   empty                GoldsteinScale, AvgTone, ethnic and religion codes, geo types, codes and coordinates
import { createHash } from 'node:crypto';
import type { Actor, Dossier, EventRecord } from '../model.js';

export const GDELT_EVENT_COLUMNS = [
  'GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate',
  ...actorColumns('Actor1'), ...actorColumns('Actor2'),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...geoColumns('Actor1Geo'), ...geoColumns('Actor2Geo'), ...geoColumns('ActionGeo'),
  'DATEADDED', 'SOURCEURL',
] as const;

function actorColumns(prefix: string): string[] {
  return ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'].map(
    (c) => `${prefix}${c}`,
  );
}

function geoColumns(prefix: string): string[] {
  return ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'].map((c) => `${prefix}_${c}`);
}

/** CAMEO actor role and sector codes (three letters each); a code starting with one of these has no country. */
const CAMEO_ROLE_CODES = new Set(
  ('COP GOV INS JUD MIL OPP REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF MOD RAD ' +
    'IGO IMG INT MNC NGM NGO SET').split(' '),
);
/** Role codes that are followed by a known-group code (IGOUNO: an intergovernmental organisation, the UN). */
const GROUP_PREFIXES = new Set(['IGO', 'NGO', 'MNC', 'IMG']);

export interface SplitActorCode {
  country: string;
  knownGroup: string;
  types: string[];
}

/** Splits a CAMEO actor code into its three-letter parts: `MMRMIL` is country MMR, type MIL. */
export function splitActorCode(code: string | null): SplitActorCode {
  const empty = { country: '', knownGroup: '', types: [] };
  if (!code || !/^[A-Z]{3}(?:[A-Z]{3})*$/.test(code)) return empty;
  const parts = code.match(/[A-Z]{3}/g) ?? [];
  let country = '';
  if (!CAMEO_ROLE_CODES.has(parts[0]!)) country = parts.shift()!;
  let knownGroup = '';
  const types: string[] = [];
  while (parts.length > 0) {
    const part = parts.shift()!;
    if (GROUP_PREFIXES.has(part) && parts.length > 0 && !CAMEO_ROLE_CODES.has(parts[0]!)) {
      types.push(part);
      knownGroup = parts.shift()!;
    } else if (CAMEO_ROLE_CODES.has(part)) types.push(part);
  }
  return { country, knownGroup, types: types.slice(0, 3) };
}

/** QuadClass of a CAMEO event code, from its two-digit root; null for a code that is not CAMEO. */
export function quadClass(cameo: string): number | null {
  const root = Number(cameo.slice(0, 2));
  if (!/^\d{2}/.test(cameo) || root < 1 || root > 20) return null;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

function dateFields(date: string | null): { day: string; monthYear: string; year: string; fraction: string } {
  const match = date ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date) : null;
  if (!match) return { day: '', monthYear: '', year: '', fraction: '' };
  const [, year, month, day] = match;
  let fraction = '';
  if (month && day) {
    const dayOfYear = (Date.UTC(+year!, +month - 1, +day) - Date.UTC(+year!, 0, 1)) / 86_400_000 + 1;
    fraction = (Number(year) + dayOfYear / 365).toFixed(4);
  }
  return { day: month && day ? `${year}${month}${day}` : '', monthYear: month ? `${year}${month}` : '', year: year!, fraction };
}

function actorFields(actor: Actor | null): string[] {
  if (!actor) return Array<string>(10).fill('');
  const split = splitActorCode(actor.code);
  const types = [...split.types, '', '', ''].slice(0, 3);
  return [actor.code ?? '', actor.text.toUpperCase(), split.country, split.knownGroup, '', '', '', ...types];
}

function isInFirstParagraph(event: EventRecord, text: string | undefined): boolean {
  if (text === undefined) return false;
  const end = text.indexOf('\n\n');
  return event.sentence.start < (end < 0 ? text.length : end);
}

/** YYYYMMDDHHMMSS of an instant, as in GDELT's DATEADDED. */
export function gdeltTimestamp(instant: Date): string {
  return instant.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** GDELT wants an integer id: the first 52 bits of the id's SHA-256, exact in a JavaScript number and in CSV readers. */
export function globalEventNumber(eventId: string): number {
  return parseInt(createHash('sha256').update(eventId).digest('hex').slice(0, 13), 16);
}

/** One row of strings per event, in the order of GDELT_EVENT_COLUMNS. */
export function gdeltEventRows(dossier: Dossier, exportedAt: Date): string[][] {
  const articles = new Map(dossier.articles.map((a) => [a.id, a]));
  const added = gdeltTimestamp(exportedAt);
  const emptyGeo = Array<string>(8).fill('');
  return dossier.events.map((event) => {
    const article = articles.get(event.article);
    const date = dateFields(event.date ?? article?.published.date ?? null);
    const quad = quadClass(event.cameo);
    const actionGeo = [...emptyGeo];
    actionGeo[1] = event.place ?? '';
    return [
      String(globalEventNumber(event.id)), date.day, date.monthYear, date.year, date.fraction,
      ...actorFields(event.source), ...actorFields(event.target),
      isInFirstParagraph(event, article?.text) ? '1' : '0',
      event.cameo, event.cameo.slice(0, 3), event.cameo.slice(0, 2), quad === null ? '' : String(quad), '',
      '1', '1', '1', '',
      ...emptyGeo, ...emptyGeo, ...actionGeo,
      added, article?.source ?? '',
    ];
  });
}
