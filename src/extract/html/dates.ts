// Reading publication dates from machine values (ISO 8601 in meta tags, JSON-LD, <time datetime>) and from
// visible text ("22 June 2021", "June 22, 2021", "22.06.2021") in the languages news pages are most often in.

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'januari', 'jänner', 'stycznia', 'styczeń', 'ocak', 'tammikuuta', 'января', 'январь', 'січня', 'ledna', 'leden'],
  ['february', 'feb', 'februar', 'février', 'fevrier', 'févr', 'febrero', 'febbraio', 'fevereiro', 'februari', 'feber', 'lutego', 'luty', 'şubat', 'helmikuuta', 'февраля', 'февраль', 'лютого', 'února', 'únor'],
  ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'mrz', 'marts', 'marca', 'marzec', 'mart', 'maaliskuuta', 'марта', 'март', 'березня', 'března', 'březen'],
  ['april', 'apr', 'avril', 'abril', 'aprile', 'avr', 'kwietnia', 'kwiecień', 'nisan', 'huhtikuuta', 'апреля', 'апрель', 'квітня', 'dubna', 'duben'],
  ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'maj', 'maja', 'mayıs', 'toukokuuta', 'мая', 'май', 'травня', 'května', 'květen'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca', 'czerwiec', 'haziran', 'kesäkuuta', 'июня', 'июнь', 'червня', 'června', 'červen'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'julho', 'lipca', 'lipiec', 'temmuz', 'heinäkuuta', 'июля', 'июль', 'липня', 'července', 'červenec'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'augusti', 'sierpnia', 'sierpień', 'ağustos', 'elokuuta', 'августа', 'август', 'серпня', 'srpna', 'srpen'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set', 'setembro', 'września', 'wrzesień', 'eylül', 'syyskuuta', 'сентября', 'сентябрь', 'вересня', 'září'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'października', 'październik', 'ekim', 'lokakuuta', 'октября', 'октябрь', 'жовтня', 'října', 'říjen'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopada', 'listopad', 'kasım', 'marraskuuta', 'ноября', 'ноябрь', 'листопада', 'listopadu'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'decembre', 'déc', 'diciembre', 'dic', 'dicembre', 'dezembro', 'desember', 'grudnia', 'grudzień', 'aralık', 'joulukuuta', 'декабря', 'декабрь', 'грудня', 'prosince', 'prosinec'],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

/** The names of a month (1-12) in the languages read here, for tools that look for a given day in a page. */
export function monthNames(month: number): readonly string[] {
  return MONTH_NAMES[month - 1] ?? [];
}

const MONTH_ALTERNATION = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** "2021-06-22", "2021/06/22", "2021.06.22", optionally followed by a time. */
const ISO_DATE = /\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
/** "22 June 2021", "22. Juni 2021", "22 de junio de 2021", "22nd of June 2021". */
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s+(?:(?:de|of)\\s+)?(${MONTH_ALTERNATION})\\.?,?\\s+(?:de\\s+)?((?:19|20)\\d\\d)(?!\\d)`, 'iu');
/** "22-Jun-2021", "04.Apr.2019", "04-ago-2021": a month name between separators. */
const DAY_MONTH_YEAR_JOINED = new RegExp(`\\b(\\d{1,2})[-./](${MONTH_ALTERNATION})\\.?[-./]((?:19|20)\\d\\d)(?!\\d)`, 'iu');
/** "June 22, 2021", "Jun. 22 2021". */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_ALTERNATION})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'iu');
/** "2021年6月22日" (Chinese, Japanese) and "2021년 6월 22일" (Korean). */
const CJK_DATE = /((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u;
/** "22.06.2021", "06/22/2021", "22-06-2021". */
const NUMERIC_DATE = /\b(\d{1,2})([./-])(\d{1,2})[./-]((?:19|20)\d\d)(?!\d)/;
/** "28.09.19", "2.11.22": day-first with a two-digit year (forums, German news), not part of a version number. */
const SHORT_YEAR_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d\d)(?![\d.]|\.\d)/;
/** "Updated: January 2, 2026" and its kin, removed before reading a publication date from visible text. */
const UPDATE_NOTE = /(?:last\s+)?(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato)\s*:?\s*(?:on\s+|am\s+|le\s+)?[^\n]{0,30}?(?:19|20)\d\d/giu;

/** Visible text with its "updated ..." notes cut out: what is left may state the original date. */
export function withoutUpdateNotes(text: string): string {
  return text.replace(UPDATE_NOTE, ' ');
}
/** "/2021/06/22/" in a URL path. */
const URL_DATE = /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?:\/|$|[^\d])/;
/** "/articles/2025-12-15+Title", "_20211022-": a compact or dashed date between separators ("+" is an encoded space). */
const URL_DATE_COMPACT = /[/_-]((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:[/_+-]|\.html?|$)/;
/** "/blog/2023/october/03/": the month by its name between the year and the day. */
const URL_DATE_NAMED = new RegExp(`/((?:19|20)\\d\\d)/(${MONTH_ALTERNATION})/(\\d{1,2})(?:/|$)`, 'iu');
/** "/meldungen/29-10-2021": day and month before the year, read only when the order is certain (a number above 12). */
const URL_DATE_DAY_FIRST = /\/(\d\d)-(\d\d)-((?:19|20)\d\d)(?:[/_-]|\.html?|$)/;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A valid `YYYY-MM-DD`, or null for impossible dates. */
export function makeDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** A Unix timestamp in seconds or milliseconds ("1651626439", "1558442573000"), as some templates write dates. */
const EPOCH = /^\s*(\d{10}|\d{13})\s*$/;

/** The UTC instant of a Unix timestamp between 1990 and 2100, or null. */
function epochInstant(value: string): Instant | null {
  const match = EPOCH.exec(value);
  if (!match) return null;
  const millis = Number(match[1]) * (match[1]!.length === 10 ? 1000 : 1);
  const iso = new Date(millis).toISOString();
  const date = makeDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  return date ? { date, minutes: Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)), offset: 0, wholeHour: false } : null;
}

/** The calendar date of a machine value such as `2021-06-22T10:00:00+02:00` (the date as written, not UTC). */
export function parseMachineDate(value: string, dayFirst?: boolean): string | null {
  const epoch = epochInstant(value);
  if (epoch) return epoch.date;
  const match = ISO_DATE.exec(value);
  if (match) return makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
  // In machine values a slash date follows the US order (11/01/2023 is November 1) and a dotted one is day-first;
  // a dashed one ("03-09-2026") follows the page's region when it is known, else day-first.
  const numeric = NUMERIC_DATE.exec(value);
  if (numeric) return parseTextDate(value, numeric[2] === '/' ? false : numeric[2] === '-' && dayFirst !== undefined ? dayFirst : true);
  return parseTextDate(value, true);
}

/** A date written out in text; `dayFirst` decides `03/04/2021` (day-first outside the US). */
export function parseTextDate(text: string, dayFirst: boolean): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const cjk = CJK_DATE.exec(text);
  if (cjk) return makeDate(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) return makeDate(Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase()] ?? 0, Number(dmy[1]));
  const joined = DAY_MONTH_YEAR_JOINED.exec(text);
  if (joined) return makeDate(Number(joined[3]), MONTHS[joined[2]!.toLowerCase()] ?? 0, Number(joined[1]));
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) return makeDate(Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase()] ?? 0, Number(mdy[2]));
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    const year = Number(numeric[4]);
    if (a > 12) return makeDate(year, b, a);
    if (b > 12) return makeDate(year, a, b);
    return dayFirst ? makeDate(year, b, a) : makeDate(year, a, b);
  }
  const short = SHORT_YEAR_DATE.exec(text);
  if (short) return makeDate(2000 + Number(short[3]), Number(short[2]), Number(short[1]));
  return null;
}

/** The date in a URL path such as `/2021/06/22/slug`, or null. */
export function parseUrlDate(url: string): string | null {
  const match = URL_DATE.exec(url) ?? URL_DATE_COMPACT.exec(url);
  if (match) return makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
  const named = URL_DATE_NAMED.exec(url);
  const namedDate = named ? makeDate(Number(named[1]), MONTHS[named[2]!.toLowerCase()] ?? 0, Number(named[3])) : null;
  if (namedDate) return namedDate;
  const reversed = URL_DATE_DAY_FIRST.exec(url);
  if (!reversed) return null;
  const [a, b, year] = [Number(reversed[1]), Number(reversed[2]), Number(reversed[3])];
  return a > 12 ? makeDate(year, b, a) : b > 12 ? makeDate(year, a, b) : null;
}

/**
 * The other reading of a numeric date whose day and month could be swapped ("03/10/2023": 3 October or 10 March),
 * when `text` writes such a date that reads as `date`; null when the order is certain.
 */
export function swappedReading(text: string, date: string): string | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (!numeric) return null;
  const [a, b, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
  if (a === b || a > 12 || b > 12) return null;
  const dayFirst = makeDate(year, b, a);
  const monthFirst = makeDate(year, a, b);
  return date === dayFirst ? monthFirst : date === monthFirst ? dayFirst : null;
}

/** A machine timestamp's wall-clock parts: `2021-06-22T23:10:00+00:00`, `Sat, 19 Oct 2019 00:04:00 +0200`. */
export interface Instant {
  /** The calendar date as written. */
  date: string;
  /** Minutes since midnight, as written. */
  minutes: number;
  /** The written UTC offset in minutes, or null when the value names none. */
  offset: number | null;
  /** Whether the time is a whole hour (no minutes, no seconds): a local midnight converted to UTC looks so. */
  wholeHour: boolean;
}

const ISO_INSTANT = /\b((?:19|20)\d\d)-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?\s*(Z|[+-]\d\d:?\d\d)?/;
const RFC_OFFSET = /\b(\d\d):(\d\d)(?::\d\d)?\s*(GMT|UTC|Z|[+-]\d{4})\b/;

function offsetMinutes(text: string | undefined): number | null {
  if (!text) return null;
  if (/^(?:Z|GMT|UTC)$/i.test(text)) return 0;
  const match = /^([+-])(\d\d):?(\d\d)$/.exec(text);
  if (!match) return null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The wall-clock time and offset of a machine value, when it states a time; null otherwise. */
export function parseInstant(value: string): Instant | null {
  const epoch = epochInstant(value);
  if (epoch) return epoch;
  const iso = ISO_INSTANT.exec(value);
  if (iso) {
    const date = makeDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    const wholeHour = Number(iso[5]) === 0 && Number(iso[6] ?? 0) === 0 && Number(iso[7] ?? 0) === 0;
    return date ? { date, minutes: Number(iso[4]) * 60 + Number(iso[5]), offset: offsetMinutes(iso[8]), wholeHour } : null;
  }
  const rfc = RFC_OFFSET.exec(value);
  const date = rfc ? parseMachineDate(value) : null;
  return rfc && date ? { date, minutes: Number(rfc[1]) * 60 + Number(rfc[2]), offset: offsetMinutes(rfc[3]), wholeHour: false } : null;
}

/** The calendar date of an instant seen from another UTC offset. */
export function dateAtOffset(instant: Instant, offset: number): string {
  const [year, month, day] = instant.date.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, day, 0, instant.minutes) - (instant.offset ?? 0) * 60_000;
  return new Date(utc + offset * 60_000).toISOString().slice(0, 10);
}
