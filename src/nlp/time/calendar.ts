// Calendar arithmetic on plain year/month/day numbers (proleptic Gregorian), and TIMEX3 formatting of them.
// Day numbers are days since 1970-01-01, computed without Date objects so the tagger stays fast and pure.

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): YMD {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO weekday, Monday 1 .. Sunday 7. */
export function weekdayOf(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week of a day: the week-numbering year and week number. */
export function isoWeek(days: number): { year: number; week: number } {
  const thursday = days - weekdayOf(days) + 4;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return { year, week };
}

export function pad(value: number, width: number): string {
  const text = String(Math.abs(value));
  return (value < 0 ? '-' : '') + (text.length >= width ? text : '0'.repeat(width - text.length) + text);
}

export function formatDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatWeek(days: number): string {
  const { year, week } = isoWeek(days);
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Adds months to a year/month pair, carrying into years. */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a time part is ignored); missing parts default to 1. */
export function parseIsoDate(text: string | null | undefined): (YMD & { precision: 'year' | 'month' | 'day' }) | null {
  if (!text) return null;
  const match = ISO_DATE.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 1;
  const day = match[3] ? Number(match[3]) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day, precision: match[3] ? 'day' : match[2] ? 'month' : 'year' };
}
