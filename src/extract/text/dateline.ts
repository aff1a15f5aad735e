// Recognises a block that is only a date stamp ("Wed, June 23, 2021", "Published: 4 March 2025 10:32",
// "2025-03-04") and reads its calendar date. Free-text dates are the temporal tagger's job, not this one's.

export interface DateStamp {
  date: string;
  /** True for "Updated"/"Modified" stamps: never the publication date when another stamp exists. */
  isUpdate: boolean;
  evidence: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Month names of the languages whose scraped pages dossier reads most (German, French, Spanish, Italian, Dutch,
 * Portuguese), for the names that English abbreviations do not cover ("Oktober", "mars", "dicembre").
 */
const FOREIGN_MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, janvier: 1, enero: 1, gennaio: 1, januari: 1, janeiro: 1,
  februar: 2, février: 2, fevrier: 2, febrero: 2, febbraio: 2, februari: 2, fevereiro: 2,
  märz: 3, maerz: 3, mars: 3, marzo: 3, maart: 3, março: 3,
  avril: 4, abril: 4, aprile: 4,
  mai: 5, mayo: 5, maggio: 5, mei: 5, maio: 5,
  juin: 6, junio: 6, giugno: 6, junho: 6,
  juillet: 7, julio: 7, luglio: 7, julho: 7,
  août: 8, aout: 8, agosto: 8, augustus: 8,
  septembre: 9, septiembre: 9, setiembre: 9, settembre: 9, setembro: 9,
  oktober: 10, octobre: 10, octubre: 10, ottobre: 10, outubro: 10,
  novembre: 11, noviembre: 11, novembro: 11,
  dezember: 12, décembre: 12, decembre: 12, diciembre: 12, dicembre: 12, dezembro: 12,
};

const FOREIGN_MONTH_NAMES = Object.keys(FOREIGN_MONTHS).sort((a, b) => b.length - a.length).join('|');
const ENGLISH_MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
const MONTH = `(${FOREIGN_MONTH_NAMES}|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?)`;
const ENGLISH_WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const WEEKDAY =
  '(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|' +
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\\.?,?\\s+)?';
const TIME =
  '(?:[\\s,|·-]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?|\\s*[+-]\\d{2}:?\\d{2})?)?';
// A time may come first: "Updated 6:18 PM WAT, September 9, 2024".
const LEADING_TIME = '(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,5})?,?\\s+)?';
const ENGLISH_LABEL =
  '^(?:(published|posted|updated|last updated|modified|first published|date|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)\\s*(?:on)?\\s*:?\\s*)?' + LEADING_TIME;
const LABEL =
  '^(?:(published|posted|updated|last updated|modified|first published|date|datum|publicado|actualizado|publié|mis à jour|veröffentlicht|publiziert|aktualisiert|pubblicato|aggiornato)\\s*(?:on|am|le|il|el|em|op)?\\s*:?\\s*)?' + LEADING_TIME;

interface StampForms {
  monthDayYear: RegExp;
  dayMonthYear: RegExp;
  dotted: RegExp;
  slashed: RegExp;
  iso: RegExp;
}

function stampForms(label: string, weekday: string, month: string, wide: boolean): StampForms {
  // Wide forms also read "17. Januar 2014", "17 de enero de 2020" and "18. 05. 2014".
  const dayEnd = wide ? '(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?' : '(?:st|nd|rd|th)?\\s+';
  const beforeYear = wide ? ',?\\s+(?:de\\s+)?' : ',?\\s+';
  const dot = wide ? '\\.\\s?' : '\\.';
  return {
    monthDayYear: new RegExp(`${label}${weekday}${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'iu'),
    dayMonthYear: new RegExp(`${label}${weekday}(\\d{1,2})${dayEnd}${month}${beforeYear}(\\d{4})${TIME}$`, 'iu'),
    dotted: new RegExp(`${label}${wide ? weekday : ''}(\\d{1,2})${dot}(\\d{1,2})${dot}(\\d{4})${TIME}$`, 'iu'),
    /** 25/03/2025 or 03/25/2025: read only when one part is over 12, so the order is certain. */
    slashed: new RegExp(`${label}(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`, 'iu'),
    iso: new RegExp(`${label}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:z|[+-]\\d{2}:?\\d{2})?)?${TIME}$`, 'iu'),
  };
}

/**
 * English forms (with the publication labels of a few languages) tell a date line from other lines when blocks
 * are labelled; the wide forms, with month and weekday names and day forms of other languages, read the date of a
 * line already known to be a stamp or metadata. (Labelling by the wide forms moved the block classifier's context
 * on a few pages and lost body text there, so it keeps the forms it was built with.)
 */
const ENGLISH_FORMS = stampForms(ENGLISH_LABEL, ENGLISH_WEEKDAY, ENGLISH_MONTH, false);
const WIDE_FORMS = stampForms(LABEL, WEEKDAY, MONTH, true);

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  const foreign = FOREIGN_MONTHS[name.toLowerCase()];
  if (foreign !== undefined) return foreign;
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}


/** Parts of a stamp line besides the date: "3 min read", a time, a reading or listening hint. */
const STAMP_EXTRA = /^((updated|published|posted)\s*:?\s*)?(\d+\s*(min(ute)?s?|hours?|days?)\s*ago|\d+\s*min(ute)?s?\s*(read|listen)|\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[a-z]{2,5})?|[a-z]{2,5})$/i;

/**
 * Reads a block that is only a date stamp, possibly several joined by separators ("Published 2025-10-13 14:02 ·
 * Updated 2025-10-13 16:40", "Aug. 9, 2025 · 3 min read"); the first publication stamp wins over updates.
 */
export function parseDateStamp(block: string, wide = true): DateStamp | null {
  const forms = wide ? WIDE_FORMS : ENGLISH_FORMS;
  const parts = block.split(/\s+[·|•]\s+|\s+\/\s+/);
  if (parts.length === 1) return parseSingleStamp(block, forms);
  const stamps: DateStamp[] = [];
  for (const part of parts) {
    const stamp = parseSingleStamp(part, forms);
    if (stamp) stamps.push(stamp);
    else if (!STAMP_EXTRA.test(part.trim())) return null;
  }
  const chosen = stamps.find((s) => !s.isUpdate) ?? stamps[0];
  return chosen ? { ...chosen, evidence: block.trim() } : null;
}

function parseSingleStamp(block: string, forms: StampForms): DateStamp | null {
  const text = block.trim();
  if (text.length > 80) return null;
  let label: string | undefined;
  let date: string | null = null;
  let match = forms.monthDayYear.exec(text);
  if (match) {
    label = match[1];
    date = isoDate(Number(match[4]), monthNumber(match[2]!), Number(match[3]));
  } else if ((match = forms.dayMonthYear.exec(text))) {
    label = match[1];
    date = isoDate(Number(match[4]), monthNumber(match[3]!), Number(match[2]));
  } else if ((match = forms.dotted.exec(text))) {
    label = match[1];
    date = isoDate(Number(match[4]), Number(match[3]), Number(match[2]));
  } else if ((match = forms.slashed.exec(text))) {
    label = match[1];
    const [first, second] = [Number(match[2]), Number(match[3])];
    if (first > 12 && second <= 12) date = isoDate(Number(match[4]), second, first);
    else if (second > 12 && first <= 12) date = isoDate(Number(match[4]), first, second);
  } else if ((match = forms.iso.exec(text))) {
    label = match[1];
    date = isoDate(Number(match[2]), Number(match[3]), Number(match[4]));
  }
  if (date === null) return null;
  const isUpdate = label !== undefined && /updated|modified|actualizado|mis à jour|aktualisiert|aggiornato/i.test(label);
  return { date, isUpdate, evidence: text };
}

/** Two dates run together by the rendering ("28. Juni 201914. Januar 2020"): a year followed by a day. */
const JOINED_DATES = /((?:19|20)\d\d)(?=\d{1,2}[./\s])/g;

/** The same date forms as above, found inside a line rather than filling it. */
const DATE_FORMS_INSIDE = [
  new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)`, 'iu'),
  new RegExp(`(?<![\\p{L}\\d.])\\d{1,2}(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${MONTH},?\\s+(?:de\\s+)?\\d{4}(?!\\d)`, 'iu'),
  /(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?!\d)/u,
  /(?<![\d/])\d{1,2}\/\d{1,2}\/\d{4}(?!\d)/u,
  /(?<![\d-])\d{4}-\d{2}-\d{2}(?!\d)/u,
];

/**
 * The first calendar date written inside a short metadata line ("Veröffentlicht am 12. Juni 2017 von Autor",
 * "Posted on 2015-04-05 by marc | Leave a comment", "By A. Writer Feb 8, 2020 5 min read"). The caller decides
 * which lines are the article's metadata; this only reads the date.
 */
export function findDateInLine(line: string): (DateStamp & { textBefore: string }) | null {
  const text = line.replace(JOINED_DATES, '$1 ');
  let first: { index: number; stamp: DateStamp } | null = null;
  for (const form of DATE_FORMS_INSIDE) {
    const match = form.exec(text);
    if (!match || (first && first.index <= match.index)) continue;
    const stamp = parseSingleStamp(match[0], WIDE_FORMS);
    if (stamp) first = { index: match.index, stamp };
  }
  if (!first) return null;
  const isUpdate = /\b(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato|ultima modifica)\b/iu.test(text.slice(0, first.index));
  return { date: first.stamp.date, isUpdate, evidence: line.trim(), textBefore: text.slice(0, first.index) };
}
