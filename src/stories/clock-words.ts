// Clock times the pattern of figure-moments.ts leaves out. In words: "eight o'clock", "half past ten", "a quarter to
// nine", "ten past six", "twenty minutes after midnight", "eight in the evening" ("noon" and "midday" behind
// settings.clockWords). In digits: "at 22.40", "14h30". figure-moments.ts reads them as clock times; figures.ts skips
// the numbers inside them (the "nine" of "a quarter to nine" is no count). Language facts only; linear-time regular
// expressions.
import { clockWords as settings } from '../settings.js';
import { numberValue, UNITS_WORDS } from './number-words.js';

/** A clock time in words or in the digit forms below: where it stands and its minutes after midnight. */
export interface WordClock {
  start: number;
  end: number;
  minutes: number;
}

const HOURS: Record<string, number> = Object.fromEntries(Object.entries(UNITS_WORDS).filter(([, v]) => v >= 1 && v <= 12));
const HOUR_WORD = Object.keys(HOURS).join('|');
/** Minutes said before "past" or "to": "five", "twenty-five", "a quarter", "half", "10". */
const MINUTE_WORD = `(?:a\\s+)?quarter|half|twenty(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?|${Object.keys(UNITS_WORDS).filter((w) => UNITS_WORDS[w]! >= 1).join('|')}|\\d{1,2}`;

const WORD_CLOCK = new RegExp(
  `\\b(?:(?<minutes>${MINUTE_WORD})(?<unit>\\s+minutes?)?\\s+(?<dir>past|after|to|before)\\s+)?` +
    `(?<hour>(?:twelve\\s+)?(?:noon|midday)|midnight|${HOUR_WORD}|\\d{1,2})(?![\\p{L}\\d-])` +
    `(?<oclock>\\s?o['’]clock\\b)?` +
    `(?:\\s+(?<part>in\\s+the\\s+(?:morning|afternoon|evening)|at\\s+night|this\\s+(?:morning|afternoon|evening)|tonight|last\\s+night)\\b)?`,
  'giu',
);
/**
 * Words before "noon" or "midday" that make it a moment ("shortly after noon", "around midday"): alone, both are as
 * often the middle of the day at large ("by midday", "at noon nobody can work").
 */
const NOON_BEFORE = /\b(?:(?:shortly|just|soon|right)\s+(?:after|before)|around|about|approximately|roughly|exactly|from|until|till)\s+$/iu;
/** Words before "twenty to eight" that make it a time ("at twenty to eight"), not a range ("from twenty to eight"). */
const TIME_BEFORE = /\b(?:at|by|until|till|around|about|before|after|since|shortly|just|approximately|roughly)\s+$/iu;

function minutesOf(written: string): number | null {
  const lower = written.toLowerCase().replace(/\s+/gu, ' ');
  if (lower === 'half') return 30;
  if (lower === 'quarter' || lower === 'a quarter') return 15;
  // Digits and number words ("ten", "twenty-five", "twenty five") as the figure reader reads them.
  return numberValue(lower);
}

/** The clock times in words of a sentence; `noon` reads "noon" and "midday" too (settings.clockWords). */
export function wordClockTimes(sentence: string, noon: boolean = settings.noonAndMidday): WordClock[] {
  const found: WordClock[] = [];
  for (const m of sentence.matchAll(WORD_CLOCK)) {
    const g = m.groups!;
    const hourWord = g.hour!.toLowerCase();
    const named = /noon|midday|midnight/u.test(hourWord);
    const digits = /^\d/u.test(hourWord);
    const hour = named ? (hourWord === 'midnight' ? 0 : 12) : digits ? Number(hourWord) : HOURS[hourWord]!;
    if (hour > 12 || (digits && hour < 1)) continue;
    const dir = g.dir?.toLowerCase();
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    if (/(?:noon|midday)$/u.test(hourWord) && !noon) continue;
    if (/^(?:noon|midday)$/u.test(hourWord) && !dir && !NOON_BEFORE.test(before)) continue;
    const signal = g.oclock !== undefined || g.part !== undefined || named;
    if (dir) {
      const quarter = /quarter|half/iu.test(g.minutes!);
      // "half" only goes with "past"; "after"/"before" need "minutes" or a quarter ("a quarter after six");
      // "to" needs one of those, or a time word around it ("at twenty to eight", "ten to nine in the morning").
      if (/half/iu.test(g.minutes!) && dir !== 'past') continue;
      if ((dir === 'after' || dir === 'before') && !g.unit && !quarter) continue;
      if (dir === 'to' && !g.unit && !quarter && !signal && !TIME_BEFORE.test(before)) continue;
    } else if (digits || !signal) {
      // A bare hour is no time; "9 o'clock" and "9 in the morning" are read by figure-moments.ts CLOCK.
      continue;
    }
    // "two hours past midnight" is no form here: the minute count must be under an hour.
    const minutes = dir ? minutesOf(g.minutes!) : 0;
    if (minutes === null || (dir && (minutes < 1 || minutes > 59))) continue;
    const part = (g.part ?? '').toLowerCase();
    // Noon and midnight are their hour already (12, 0); other hours take their part of the day.
    let base = named ? hour : hour % 12;
    if (!named && (/afternoon|evening|tonight/u.test(part) || (/night/u.test(part) && hour >= 6))) base += 12;
    const offset = !dir ? 0 : dir === 'past' || dir === 'after' ? minutes : -minutes;
    const total = (base * 60 + offset + 1440) % 1440;
    found.push({ start: m.index, end: m.index + m[0].length, minutes: total });
  }
  return found;
}

/**
 * Clock times in digits the pattern of figure-moments.ts leaves out: "at 22.40" (a dot between hours and minutes,
 * after a word of time, with no unit after it) and "14h30". A price ("closed at 22.40") is left alone.
 */
const DOTTED_CLOCK = /\b(?<hour>[01]?\d|2[0-3])(?:\.(?<dot>[0-5]\d)|h(?<h>[0-5]\d))(?![\d,]|\.\d)/gu;
const DOT_BEFORE = /\b(?:at|by|until|till|from|since|around|about|after|before)\s+$/iu;
/**
 * What may follow "at 22.40": an end of clause or a word of time or place, no unit ("22.40 euros"); not a part of the
 * day or a zone ("10.30 in the morning", "21.15 local time": figure-moments.ts reads those whole).
 */
const DOT_AFTER = /^(?:\s*[,;:)—–-]|\.(?!\d)|\s*$|\s+(?:on|in(?!\s+the\s+(?:morning|afternoon|evening))|this|last|yesterday|today|tonight|and|when|as|after|before|while|that|the|a)\b)/iu;
/** Words of prices and rates before "at 22.40": an amount, not a time. */
const PRICE_BEFORE = /\b(?:clos|open|trad|fell|fall|rose|rise|stood|stand|price|share|index|rate|level|point|valu|sold|sell|bought|cost|yield|peg)/iu;

export function digitClockTimes(sentence: string): WordClock[] {
  const found: WordClock[] = [];
  for (const m of sentence.matchAll(DOTTED_CLOCK)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (/[\p{L}\d.,:/-]/u.test(sentence[start - 1] ?? ' ')) continue;
    const before = sentence.slice(Math.max(0, start - 40), start);
    if (g.dot !== undefined) {
      // "at 10.40pm" and "10.40 GMT" are read by figure-moments.ts; here only a dot with nothing of a clock after it.
      if (!DOT_BEFORE.test(before) || !DOT_AFTER.test(sentence.slice(end)) || PRICE_BEFORE.test(before)) continue;
    }
    found.push({ start, end, minutes: Number(g.hour) * 60 + Number(g.dot ?? g.h) });
  }
  return found;
}

/** Every clock time of a sentence the pattern of figure-moments.ts leaves out: in words first, then in digits. */
export function clockSpans(sentence: string): WordClock[] {
  return [...wordClockTimes(sentence), ...digitClockTimes(sentence)];
}
