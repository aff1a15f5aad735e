// Clock times and calendar dates as figures of their own kinds, for the learned figure aligner (figure-pairs.ts):
// outlets disagree on when a fire broke out ("9:40 a.m." against "10:15 in the morning") or when a price takes
// effect ("October 1" against "October 3") as they do on tolls. readFigures leaves both out (they are no counts);
// here a clock time is read to minutes after midnight ("HH:MM", the form values.ts compares with its rounding and
// hedge room) and a date to an ISO day, in the article's year when none is written. Linear-time expressions only.
import { surroundings, type Figure } from './figures.js';

export const CLOCK_KIND = 'clock';
export const DATE_KIND = 'date';

/**
 * "9:40 a.m.", "19:55", "4pm", "8.10pm", "10:15 in the morning", "11 p.m.": an hour with minutes after a colon, or
 * an hour (minutes after a colon or a dot) with its part of the day.
 */
const CLOCK =
  /\b(?<hour>\d{1,2})(?::(?<minutes>\d{2})|\.(?<dotMinutes>\d{2})(?=\s?(?:a\.?\s?m\b|p\.?\s?m\b)))?(?:\s?(?<part>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b|GMT\b|UTC\b|hrs\b|h\b))?/giu;
/** A hedge before a time: "about", "shortly after", "just before". */
const CLOCK_HEDGE = /\b(?:about|around|approximately|roughly|some|shortly\s+(?:after|before)|just\s+(?:after|before)|soon\s+after)\s+$/iu;

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)(?!\\p{L})';
/** "October 1", "Oct. 3, 2026", "1 October", "3rd of June 2026", with its weekday ("Friday, October 3"). */
const DATE = new RegExp(
  `\\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+(?:the\\s+)?)?(?:(?<month>${MONTH})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d\\d)\\b)?|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>${MONTH})(?:\\s+(?<year2>(?:19|20)\\d\\d)\\b)?)`,
  'giu',
);

const DAY_MS = 86_400_000;

/** Whether a clock time says its part of the day (a.m., p.m., "in the morning") or needs none (an hour past 12). */
export function clockIsPlain(figure: Pick<Figure, 'text' | 'normalized'>): boolean {
  const hour = Number(figure.normalized.slice(0, 2));
  return /a\.?\s?m\b|p\.?\s?m\b|morning|afternoon|evening|night/iu.test(figure.text) || hour > 12 || hour === 0;
}

/** The clock times and dates of a sentence; `year` is the article's (for dates written without one). */
export function readMoments(sentence: string, year: number | null): Figure[] {
  return [...clockTimes(sentence), ...dates(sentence, year)].sort((a, b) => a.start - b.start);
}

function clockTimes(sentence: string): Figure[] {
  const found: Figure[] = [];
  for (const m of sentence.matchAll(CLOCK)) {
    const { hour, minutes, dotMinutes, part } = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    // Part of a bigger number or a code ("3.10:45", "A4:30"), or a ratio or score with more after it ("2:15:30").
    if (/[\p{L}\d.:,/-]/u.test(sentence[start - 1] ?? ' ') || /^[:.,]?\d/u.test(sentence.slice(end))) continue;
    const mins = minutes ?? dotMinutes;
    const partWord = (part ?? '').toLowerCase().replace(/[\s.]/gu, '');
    // A bare hour needs its part of the day; "14 hrs" or "5 h" with no minutes is a duration.
    if (mins === undefined && (part === undefined || /^(?:h|hrs|gmt|utc)$/u.test(partWord))) continue;
    const minutesAfterMidnight = clockValue(Number(hour), Number(mins ?? 0), partWord);
    if (minutesAfterMidnight === null) continue;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const hh = String(Math.floor(minutesAfterMidnight / 60)).padStart(2, '0');
    const mm = String(minutesAfterMidnight % 60).padStart(2, '0');
    found.push({
      text: sentence.slice(start, end).trim(),
      start,
      end,
      amount: minutesAfterMidnight,
      kind: CLOCK_KIND,
      normalized: `${hh}:${mm}`,
      qualifier: CLOCK_HEDGE.test(before) ? 'about' : null,
      bound: false,
      ...surroundings(sentence, start, end, before),
    });
  }
  return found;
}

/** Minutes after midnight; an hour with no part of the day is read as written (12-hour ambiguity: clockIsPlain). */
function clockValue(hour: number, minutes: number, part: string): number | null {
  if (hour > 23 || minutes > 59) return null;
  const pm = part === 'pm' || /afternoon|evening|night/u.test(part);
  const am = part === 'am' || /morning/u.test(part);
  if ((pm || am) && (hour > 12 || hour === 0)) return null;
  if (pm) return ((hour % 12) + 12) * 60 + minutes;
  if (am) return (hour % 12) * 60 + minutes;
  return hour * 60 + minutes;
}

function dates(sentence: string, year: number | null): Figure[] {
  const found: Figure[] = [];
  for (const m of sentence.matchAll(DATE)) {
    const g = m.groups!;
    const monthWord = (g.month ?? g.month2 ?? '').toLowerCase().replace(/\.$/u, '');
    const month = MONTH_NUMBERS[monthWord.slice(0, 3)];
    const day = Number(g.day ?? g.day2);
    const written = g.year ?? g.year2;
    const y = written ? Number(written) : year ?? 2000;
    // "May" is also a verb: a day before it ("4 may") is no date unless capitalised.
    if (!month || day < 1 || day > 31 || (monthWord === 'may' && !/May/u.test(m[0]))) continue;
    const time = Date.UTC(y, month - 1, day);
    if (new Date(time).getUTCDate() !== day) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(Math.max(0, start - 40), start);
    found.push({
      text: m[0].trim(),
      start,
      end,
      amount: Math.round(time / DAY_MS),
      kind: DATE_KIND,
      normalized: new Date(time).toISOString().slice(0, 10),
      qualifier: null,
      bound: false,
      ...surroundings(sentence, start, end, before),
    });
  }
  return found;
}
