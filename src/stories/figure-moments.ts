// Clock times and calendar dates as figures of their own kinds, for the learned figure aligner (figure-pairs.ts):
// outlets disagree on when a fire broke out ("9:40 a.m." against "10:15 in the morning") or when a price takes
// effect ("October 1" against "October 3") as they do on tolls. readFigures leaves both out (they are no counts);
// here a clock time is read to minutes after midnight ("HH:MM", the form values.ts compares with its rounding and
// hedge room) and a date to an ISO day, in the article's year when none is written. Linear-time expressions only.
import { clockSpans } from './clock-words.js';
import { surroundings, type Figure } from './figures.js';

export const CLOCK_KIND = 'clock';
export const DATE_KIND = 'date';

/**
 * "9:40 a.m.", "19:55", "4pm", "8.10pm", "10:15 in the morning", "11 p.m.", "21.15 local time", "0940 GMT",
 * "9 o'clock": an hour with minutes after a colon, or an hour (minutes after a colon or a dot, or four digits with a
 * time zone after them) with its part of the day.
 */
const CLOCK =
  /\b(?<hour>\d{1,2})(?::(?<minutes>\d{2})|\.(?<dotMinutes>\d{2})(?=\s?(?:a\.?\s?m\b|p\.?\s?m\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b|GMT\b|UTC\b|hrs\b|h\b|local\s+time\b))|(?<=\b\d\d)(?<railMinutes>\d{2})(?=\s?(?:GMT\b|UTC\b|hrs\b|h\b|local\s+time\b|Zulu\b)))?(?:\s?(?<part>a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b|GMT\b|UTC\b|hrs\b|h\b|local\s+time\b|Zulu\b|o['’]clock\b))?/giu;
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
  return /a\.?\s?m\b|p\.?\s?m\b|morning|afternoon|evening|night|noon|midday/iu.test(figure.text) || hour > 12 || hour === 0;
}

/**
 * A clock time written in words ("eight in the morning", "a quarter to nine", "midnight"): no digit in it. Outlets
 * give the moment of an event in digits; a time in words is as often a round hour of a routine ("workers arrive at
 * eight in the morning"), so the figure aligner pairs it only with a time of a shared role word (figure-pairs.ts,
 * the `clock role` refusal).
 */
export function clockInWords(figure: Pick<Figure, 'kind' | 'text'>): boolean {
  return figure.kind === CLOCK_KIND && !/\d/u.test(figure.text);
}

/** The clock times and dates of a sentence; `year` is the article's (for dates written without one). */
export function readMoments(sentence: string, year: number | null): Figure[] {
  return [...clockTimes(sentence), ...dates(sentence, year), ...periods(sentence, year)].sort((a, b) => a.start - b.start);
}

/**
 * A month of a year ("March 2027", "in June next year") or a part of a year ("the first quarter of 2027", "Q1 2027",
 * "the second half of 2026", "H2 2026", "the third quarter of this year"). A month is read to the month ("2027-03",
 * which values.ts nests with any day of it); a quarter or a half as itself ("2027-Q1", "2026-H2"). The figure's
 * precision is the period's length in days, for the aligner's date gap (figure-pairs.ts). Only with a year or "this year" / "next year": a bare
 * month is mostly a date's reference, not a fact.
 */
const PERIOD = new RegExp(
  `\\b(?:(?<part>first|second|third|fourth|final|last)\\s+(?<unit>quarter|half)\\s+of\\s+(?:the\\s+year\\s+)?|(?<code>[QH][1-4])\\s*|(?<month>${MONTH})\\s+(?:of\\s+)?)(?:(?<year>(?:19|20)\\d\\d)\\b|(?<relative>this|next|last)\\s+year\\b)`,
  'giu',
);
const PART_MONTH: Record<string, [number, number]> = { quarter: [3, 4], half: [6, 2] };
const RELATIVE_YEAR: Record<string, number> = { this: 0, next: 1, last: -1 };
const ORDER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

function periods(sentence: string, year: number | null): Figure[] {
  const found: Figure[] = [];
  for (const m of sentence.matchAll(PERIOD)) {
    const g = m.groups!;
    const y = g.year ? Number(g.year) : year === null ? null : year + RELATIVE_YEAR[g.relative!.toLowerCase()]!;
    if (y === null) continue;
    let first: number;
    let months: number;
    let normalized: string;
    if (g.month) {
      const monthWord = g.month.toLowerCase().replace(/\.$/u, '');
      // "may" is a verb unless capitalised; a day before the month makes it a date (read by `dates`).
      if (monthWord === 'may' && !/May/u.test(g.month)) continue;
      if (/\d(?:st|nd|rd|th)?\s+(?:of\s+)?$/iu.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
      first = MONTH_NUMBERS[monthWord.slice(0, 3)]!;
      months = 1;
      normalized = `${y}-${String(first).padStart(2, '0')}`;
    } else {
      const unit = g.unit?.toLowerCase() ?? (g.code![0]!.toUpperCase() === 'Q' ? 'quarter' : 'half');
      const [length, count] = PART_MONTH[unit]!;
      const word = g.part?.toLowerCase();
      const index = g.code ? Number(g.code[1]) : word === 'final' || word === 'last' ? count : ORDER[word!]!;
      if (!index || index > count) continue;
      first = (index - 1) * length + 1;
      months = length;
      normalized = `${y}-${unit === 'quarter' ? 'Q' : 'H'}${index}`;
    }
    // The middle of the period, in days since 1970 (as `dates` reads a day).
    const [from, to] = [Date.UTC(y, first - 1, 1), Date.UTC(y, first - 1 + months, 1)];
    const start = m.index;
    const end = start + m[0].length;
    found.push({
      text: m[0].trim(), start, end, amount: Math.round((from + to) / 2 / DAY_MS), kind: DATE_KIND, normalized, qualifier: null, bound: false,
      precision: Math.round((to - from) / DAY_MS),
      ...surroundings(sentence, start, end, sentence.slice(Math.max(0, start - 40), start)),
    });
  }
  return found;
}

/** A clock figure at [start, end) of a sentence, `minutesAfterMidnight` read. */
function clockFigure(sentence: string, start: number, end: number, minutesAfterMidnight: number): Figure {
  const before = sentence.slice(Math.max(0, start - 40), start);
  const hh = String(Math.floor(minutesAfterMidnight / 60)).padStart(2, '0');
  const mm = String(minutesAfterMidnight % 60).padStart(2, '0');
  return {
    text: sentence.slice(start, end).trim(),
    start,
    end,
    amount: minutesAfterMidnight,
    kind: CLOCK_KIND,
    normalized: `${hh}:${mm}`,
    qualifier: CLOCK_HEDGE.test(before) ? 'about' : null,
    bound: false,
    ...surroundings(sentence, start, end, before),
  };
}

function clockTimes(sentence: string): Figure[] {
  // Times in words first ("half past ten in the morning"): the digits' reading inside one is no time of its own.
  const worded = clockSpans(sentence);
  const found: Figure[] = worded.map((w) => clockFigure(sentence, w.start, w.end, w.minutes));
  for (const m of sentence.matchAll(CLOCK)) {
    const { hour, minutes, dotMinutes, railMinutes, part } = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (worded.some((w) => w.start < end && w.end > start)) continue;
    // Part of a bigger number or a code ("3.10:45", "A4:30"), or a ratio or score with more after it ("2:15:30").
    if (/[\p{L}\d.:,/-]/u.test(sentence[start - 1] ?? ' ') || /^[:.,]?\d/u.test(sentence.slice(end))) continue;
    // "0940 GMT": four digits written together, hours then minutes (the 24-hour clock of wires and militaries).
    const mins = minutes ?? dotMinutes ?? railMinutes;
    const partWord = (part ?? '').toLowerCase().replace(/[\s.]/gu, '');
    // A bare hour needs its part of the day; "14 hrs" or "5 h" with no minutes is a duration.
    if (mins === undefined && (part === undefined || /^(?:h|hrs|gmt|utc|localtime|zulu)$/u.test(partWord))) continue;
    const minutesAfterMidnight = clockValue(Number(hour), Number(mins ?? 0), partWord);
    if (minutesAfterMidnight === null) continue;
    found.push(clockFigure(sentence, start, end, minutesAfterMidnight));
  }
  // readMoments sorts these with the dates.
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
