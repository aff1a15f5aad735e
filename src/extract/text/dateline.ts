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

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const TIME =
  '(?:[\\s,|·-]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*\\(?[a-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?\\)?|\\s*[+-]\\d{2}:?\\d{2})?)?';
const LABEL =
  '^(?:(published|posted|updated|last updated|modified|first published|date|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)\\s*(?:on)?\\s*:?\\s*)?' +
  // A time may come first: "Updated 6:18 PM WAT, September 9, 2024".
  '(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,5})?,?\\s+)?';

const MONTH_DAY_YEAR = new RegExp(`${LABEL}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`, 'i');
const DAY_MONTH_YEAR = new RegExp(`${LABEL}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})${TIME}$`, 'i');
const ISO_DATE = new RegExp(`${LABEL}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:z|[+-]\\d{2}:?\\d{2})?)?${TIME}$`, 'i');

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

const DAY_MONTH_YEAR_DOTTED = new RegExp(`${LABEL}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}$`, 'i');
/** 25/03/2025 or 03/25/2025: read only when one part is over 12, so the order is certain. */
const SLASHED = new RegExp(`${LABEL}(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`, 'i');

/** Parts of a stamp line besides the date: "3 min read", a time, a reading or listening hint. */
const STAMP_EXTRA = /^((updated|published|posted)\s*:?\s*)?(\d+\s*(min(ute)?s?|hours?|days?)\s*ago|\d+\s*min(ute)?s?\s*(read|listen)|\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*[a-z]{2,5})?|[a-z]{2,5})$/i;

/**
 * Reads a block that is only a date stamp, possibly several joined by separators ("Published 2025-10-13 14:02 ·
 * Updated 2025-10-13 16:40", "Aug. 9, 2025 · 3 min read"); the first publication stamp wins over updates.
 */
export function parseDateStamp(block: string): DateStamp | null {
  const parts = block.split(/\s+[·|•]\s+|\s+\/\s+/);
  if (parts.length === 1) return parseSingleStamp(block);
  const stamps: DateStamp[] = [];
  for (const part of parts) {
    const stamp = parseSingleStamp(part);
    if (stamp) stamps.push(stamp);
    else if (!STAMP_EXTRA.test(part.trim())) return null;
  }
  const chosen = stamps.find((s) => !s.isUpdate) ?? stamps[0];
  return chosen ? { ...chosen, evidence: block.trim() } : null;
}

function parseSingleStamp(block: string): DateStamp | null {
  const text = block.trim();
  if (text.length > 80) return null;
  let label: string | undefined;
  let date: string | null = null;
  let match = MONTH_DAY_YEAR.exec(text);
  if (match) {
    label = match[1];
    date = isoDate(Number(match[4]), monthNumber(match[2]!), Number(match[3]));
  } else if ((match = DAY_MONTH_YEAR.exec(text))) {
    label = match[1];
    date = isoDate(Number(match[4]), monthNumber(match[3]!), Number(match[2]));
  } else if ((match = DAY_MONTH_YEAR_DOTTED.exec(text))) {
    label = match[1];
    date = isoDate(Number(match[4]), Number(match[3]), Number(match[2]));
  } else if ((match = SLASHED.exec(text))) {
    label = match[1];
    const [first, second] = [Number(match[2]), Number(match[3])];
    if (first > 12 && second <= 12) date = isoDate(Number(match[4]), second, first);
    else if (second > 12 && first <= 12) date = isoDate(Number(match[4]), first, second);
  } else if ((match = ISO_DATE.exec(text))) {
    label = match[1];
    date = isoDate(Number(match[2]), Number(match[3]), Number(match[4]));
  }
  if (date === null) return null;
  const isUpdate = label !== undefined && /updated|modified|actualizado|mis à jour|aktualisiert|aggiornato/i.test(label);
  return { date, isUpdate, evidence: text };
}
