// Figures made of more than one number, or of words readFigures does not take for numbers: ranges ("30 to 40",
// "between 30 and 40", "$3-4 billion"), vote tallies written with a dash ("passed 212-198"), match scores ("won 3-1"),
// shares ("one in five", "nine out of 10"), ranks ("third-placed", "ranked 12th", "No. 3 seed") and durations written
// with an article ("a fortnight", "jailed for a year"). Read for figures.ts; linear-time regular expressions only.
import { scores as scoreSettings } from '../settings.js';
import type { Figure } from './figures.js';
import { round } from './figure-units.js';
import { NUMBER_WORD, numberValue, ORDINAL_WORDS } from './number-words.js';
import { TIME_SECONDS } from './values.js';

/** figures.ts `surroundings`: the words around a figure (passed in, so this file needs nothing else of figures.ts). */
export type Surroundings = (sentence: string, start: number, end: number, before: string) => Pick<Figure, 'after' | 'before' | 'role' | 'noun'>;


/** "one in five", "nine out of 10", "1 in 4", "three in every four": a share of a whole. */
const SHARE = new RegExp(`\\b(\\d{1,3}|${NUMBER_WORD})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(\\d{1,4}|${NUMBER_WORD})\\b`, 'giu');
/** What follows a share that makes it something else: "3 in 10 days", "two in 2025", "one in five minutes". */
const NOT_SHARE_AFTER = /^[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet|miles?|metres?|attempts?\b)/iu;

/** An ordinal: "3rd", "12th", "third". */
const ORDINAL = new RegExp(`\\b(?:(\\d{1,3})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join('|')}))\\b`, 'giu');
/** Words before an ordinal that make it a rank: "finished third", "ranked 12th", "climbed to fifth", "in joint second". */
const RANK_BEFORE = /\b(?:finish(?:ed|es|ing)?|came|comes|placed|ranked|ranks|seeded|stood|stands|sits|sat|lies|lay|(?:climb(?:ed|s)?|dropp?(?:ed|s)?|fell|falls|rose|rises|mov(?:ed|es)\s+up|slipp?(?:ed|s)?|slid|slump(?:ed|s)?|sank|sinks|tumbl(?:ed|es)|plung(?:ed|es)|jump(?:ed|s)?|surg(?:ed|es)|soar(?:ed|s)?|leap(?:t|ed|s)?|improv(?:ed|es)|advanc(?:ed|es)|(?:went|goes|moved?|moves)\s+up|(?:went|goes)\s+down)\s+to)\s+(?:(?:in|at)\s+)?(?:(?:a|the)\s+)?(?:joint[\s-])?$/iu;
/** Superlatives that make an ordinal before them a rank ("fifth-largest", "third most visited"). */
const SUPERLATIVES = 'largest|biggest|highest|lowest|busiest|richest|best|worst|deadliest|fastest|strongest|poorest|most\\s+\\p{L}+';
/** Words after an ordinal that make it a rank: "third-placed", "3rd place", "fifth-largest", "12th-ranked", "second seed". */
const RANK_AFTER = new RegExp(`^[\\s-](?:placed|place|position|ranked|seed(?:ed)?|${SUPERLATIVES})\\b`, 'iu');
/** A superlative after an ordinal ("second biggest economy", "third most visited city"): taken into the rank, so
 * the noun read after it is what is ranked. */
const SUPERLATIVE_AFTER = new RegExp(`^\\s(?:oldest|smallest|${SUPERLATIVES})\\b`, 'iu');
/** A place in a table after an ordinal: "second in the table", "fifth in the standings", "ninth overall". */
const STANDING_AFTER = /^\s(?:(?:in|on)\s+the\s+(?:table|standings|rankings?|league|classification|leaderboard|world)|overall)\b/iu;
/** "the 14th stage", "the 3rd round": a written-out place in a sequence of the story's events, read as a rank of the
 * noun after it; not a date ("the 14th of May"), a century, a part of a game ("the 2nd half") or a time of several ("the 3rd time"). */
const SEQUENCE_AFTER = /^\s(?!of\b|century\b|centuries\b|birthday\b|anniversary\b|half\b|quarter\b|period\b|time\b|minute\b)\p{Ll}{3,}\b/u;
/**
 * "a fifth term", "for the third time", "its sixth straight year", "the fourth month in a row": an ordinal that counts
 * how often something has happened, compared only with others of its kind (ORDINAL_KIND) and read with the noun after
 * it. Group 1 digits, 2 the word, 3 "consecutive", 4 the noun. A period ("year", "day") only with "consecutive", "in a
 * row" or "its"/"their" ("entered its third week"): "the second day of the talks" is an order of events.
 */
const ORDINAL_COUNT = new RegExp(
  `\\b(?:a|an|the|his|her|its|their|our)\\s+(?:(\\d{1,3})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).filter((w) => w !== 'first').join('|')}))` +
    `([\\s-](?:consecutive|straight|successive))?[\\s-](times?|terms?|titles?|championships?|crowns?|mandates?|victory|victories|wins?|defeats?|goals?|years?|months?|weeks?|days?|seasons?)\\b`,
  'giu',
);
const PERIOD_NOUN = /^(?:years?|months?|weeks?|days?|seasons?)$/iu;
export const ORDINAL_KIND = 'ordinal';

/** "ranked No. 3", "world number 12", "the No 1 seed": a rank written as a number. */
const RANK_NUMBER = /\b(?:ranked|world|seeded)\s+(?:No\.?|number)\s?(\d{1,3})\b/giu;
/** "the No. 3 seed", "number 12 ranked": a rank written in digits before the word it ranks. */
const NUMBER_RANK = /\b(?:No\.?|number)\s?(\d{1,3})\s+(?:seed(?:ed)?|ranked|ranking|player|team|side|club|contender)\b/giu;

/** Durations with an article: "a fortnight", "a decade", "for a week", "lasted a month", "a year-long". */
const ARTICLE_DURATION = /\b(an?)\s+(fortnight|decade|week|month|year|day|hour)(-long\b)?/giu;
/** Words before "a week" that make it a span ("jailed for a year", "within a month"), not a rate ("twice a week"). */
const SPAN_BEFORE = /\b(?:for|lasted|lasting|lasts|last|took|takes|take|taking|spent|spend|within|nearly|almost|about|around|than|under|just|only|least|entire|whole|full|half)\s+$/iu;
const DURATION_CODES: Record<string, string> = { fortnight: 'P2W', decade: 'P10Y', week: 'P1W', month: 'P1M', year: 'P1Y', day: 'P1D', hour: 'PT1H' };

const NUMBER = new RegExp(`^(?:\\d{1,3}|${NUMBER_WORD})$`, 'iu');

const BETWEEN_BEFORE = /\bbetween\s+(?:(?:some|about|around|roughly)\s+)?$/iu;
/** Kinds whose two numbers side by side are no range. */
const NOT_RANGE_KINDS = new Set(['year', 'age', 'rating', 'rank', 'score']);

/** Shares, ranks and article durations of a sentence: figures made of words. */
export function wordedFigures(sentence: string, surround: Surroundings): Figure[] {
  const found: Figure[] = [];
  const push = (start: number, end: number, kind: string, amount: number, normalized: string, precision?: number) => {
    const before = sentence.slice(Math.max(0, start - 40), start);
    found.push({
      text: sentence.slice(start, end).trim(), start, end, amount: round(amount), kind, normalized, precision, qualifier: null, bound: false,
      ...surround(sentence, start, end, before),
    });
  };
  for (const m of sentence.matchAll(SHARE)) {
    const [part, whole] = [numberValue(m[1]!), numberValue(m[2]!)];
    const end = m.index + m[0].length;
    if (part === null || whole === null || part <= 0 || whole < 2 || part >= whole || NOT_SHARE_AFTER.test(sentence.slice(end))) continue;
    // "two in 2025" is a year; "1 in 1,000" a rate a whole this large rarely means.
    if (whole >= 1800 && whole <= 2100) continue;
    push(m.index, end, '%', (part / whole) * 100, `${round((part / whole) * 100)} %`);
  }
  for (const m of sentence.matchAll(ORDINAL)) {
    const rank = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2]!.toLowerCase()]!;
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const rest = sentence.slice(m.index + m[0].length);
    const after = RANK_AFTER.exec(rest);
    const standing = STANDING_AFTER.test(rest);
    const afterThe = /\bthe\s+$/iu.test(before);
    // "the 14th stage": digits only (a lone ordinal word after "the" is mostly an order of events: "the second half").
    const sequence = m[1] !== undefined && afterThe && SEQUENCE_AFTER.test(rest);
    if (!after && !standing && !sequence && !RANK_BEFORE.test(before)) continue;
    // "the first day", "second half": a lone ordinal word after "the" is an order of events unless a rank word follows.
    if (rank < 1 || (m[2] && !after && !standing && afterThe)) continue;
    const superlative = SUPERLATIVE_AFTER.exec(rest);
    const taken = after && /^-/u.test(after[0]) ? after[0].length : superlative ? superlative[0].length : 0;
    push(m.index, m.index + m[0].length + taken, 'rank', rank, `${rank}`, 1);
  }
  for (const m of sentence.matchAll(ORDINAL_COUNT)) {
    const count = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2]!.toLowerCase()]!;
    const start = m.index + m[0].search(/\s/u) + 1;
    const end = m.index + m[0].length;
    const rest = sentence.slice(end);
    const owned = /^(?:its|their)$/iu.test(m[0].split(/\s/u)[0]!);
    if (count < 2 || found.some((other) => other.start < end && other.end > start)) continue;
    if (PERIOD_NOUN.test(m[4]!) && !m[3] && !owned && !/^\s+in\s+a\s+row\b/iu.test(rest)) continue;
    // "the 14th of May": a date.
    if (m[1] && /^\s+of\b/iu.test(rest)) continue;
    // The figure takes "consecutive" in ("a third consecutive| title"), so the noun read after it is what is counted.
    const ordinalLength = /^[\p{L}\d]+/u.exec(sentence.slice(start))![0].length + (m[3]?.length ?? 0);
    push(start, start + ordinalLength, ORDINAL_KIND, count, `${count}`, 1);
  }
  for (const pattern of [RANK_NUMBER, NUMBER_RANK]) {
    for (const m of sentence.matchAll(pattern)) {
      // "ranked No. 3" from "No."; "the No. 3 seed" whole, so the noun after it is read.
      const start = pattern === RANK_NUMBER ? m.index + m[0].indexOf(m[0].split(/\s+/u)[1]!) : m.index;
      const end = pattern === RANK_NUMBER ? m.index + m[0].length : m.index + m[0].indexOf(m[1]!) + m[1]!.length;
      if (found.some((other) => other.start < end && other.end > start)) continue;
      push(start, end, 'rank', Number(m[1]), m[1]!, 1);
    }
  }
  for (const m of sentence.matchAll(ARTICLE_DURATION)) {
    const unit = m[2]!.toLowerCase();
    const before = sentence.slice(Math.max(0, m.index - 40), m.index);
    const rest = sentence.slice(m.index + m[0].length);
    // "a decade ago" is a time, "a day after" an order of events; "a fortnight" is a span anywhere else, "a week" only
    // after a word of spans ("for a week", "lasted a month") or as "a week-long".
    if (/^\s+(?:ago|earlier|later|before|after|on|from|into)\b/iu.test(rest)) continue;
    if (!m[3] && unit !== 'fortnight' && unit !== 'decade' && !SPAN_BEFORE.test(before)) continue;
    const code = DURATION_CODES[unit]!;
    push(m.index, m.index + m[0].length, 'duration', 1, code);
  }
  return found;
}

/** Words near two numbers joined by a dash or "to" that make them a vote tally. */
const VOTE_CONTEXT = /\b(?:vot(?:e|es|ed|ing)|ballots?|passed|approved|rejected|adopted|endorsed|majority|motion|bill|resolution|amendment|parliament|lawmakers|legislators|senators|deputies|MPs|councillors|assembly|chamber|senate|jury|justices|in\s+favou?r)\b/iu;
/** "by 212 to 198", "voted 60 to 40": a tally written with "to" follows one of these. */
const TALLY_TO_BEFORE = /\b(?:by|voted|vote\s+of|votes\s+of|margin\s+of|tally\s+of|split)\s+$/iu;
/** Nouns a tally or score may be followed by; any other noun makes two numbers a range ("30-40 MPs"). */
const TALLY_NOUNS = /^(?:vote|ballot|majority|margin|decision|verdict|ruling|split|tally|win|victory|draw|defeat|loss|lead|scoreline|triumph|thrashing|result|home|away|aggregate|penalty|penalties)$/iu;
/** Words near two small numbers joined by a dash that make them a match score. */
const SCORE_CONTEXT = /\b(?:beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|draw|drew|drawn|victory|defeat|defeated|thrash(?:ed|ing)?|edg(?:ed|es|ing)|goals?|scored?|scoreline|match|final|game|fixture|half-time|halftime|trail(?:ed|ing)?|led|lead|leading|triumph|routed?|sets?|innings)\b/iu;

/** Days in a calendar unit of an ISO duration ("P6Y"); seconds in a clock unit ("PT31M") are values.ts TIME_SECONDS. */
const DAYS_IN: Record<string, number> = { Y: 365.25, M: 365.25 / 12, W: 7, D: 1 };
/** What joins the parts of one duration: "six years and 300 days", "3 hours 58 minutes", "two hours, 31 minutes". */
const DURATION_GAP = /^\s*,?\s*(?:and\s+)?$/iu;

/** An ISO duration of one unit as its size in its family's smallest unit: calendar (days) or clock (seconds). */
function durationParts(normalized: string): { clock: boolean; per: number; size: number; unit: string } | null {
  const m = /^P(?:(T)?)(\d+(?:\.\d+)?)([YMWDHS])$/u.exec(normalized);
  if (!m) return null;
  const clock = m[1] === 'T';
  const per = clock ? TIME_SECONDS[m[3]!] : DAYS_IN[m[3]!];
  return per === undefined ? null : { clock, per, size: Number(m[2]) * per, unit: m[3]! };
}

/**
 * "six years and 300 days" is one term of 2,491.5 days, not a term of six years and another of 300 days: parts of one
 * family (calendar or clock), each smaller than the one before, joined as one duration in the last part's unit.
 */
function joinDurations(sentence: string, figures: Figure[], surround: Surroundings): Figure[] {
  const out: Figure[] = [];
  for (const figure of figures) {
    const last = out.at(-1);
    const [a, b] = [last && last.kind === 'duration' ? durationParts(last.normalized) : null, figure.kind === 'duration' ? durationParts(figure.normalized) : null];
    if (last && a && b && a.clock === b.clock && a.per > b.per && DURATION_GAP.test(sentence.slice(last.end, figure.start))) {
      const count = round((a.size + b.size) / b.per);
      const start = last.start;
      const words = surround(sentence, start, figure.end, sentence.slice(Math.max(0, start - 40), start));
      out[out.length - 1] = {
        ...last, ...words, text: sentence.slice(start, figure.end).trim(), end: figure.end, amount: count,
        normalized: b.clock ? `PT${count}${b.unit}` : `P${count}${b.unit}`,
      };
      continue;
    }
    out.push(figure);
  }
  return out;
}

/** Two figures that are one: "30 to 40", "between 30 and 40", "212-198" (a vote), "3-1" (a score). */
export function joinFigures(sentence: string, read: Figure[], surround: Surroundings): Figure[] {
  const figures = joinDurations(sentence, read, surround);
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const low = figures[i]!;
    const high = figures[i + 1];
    const gap = high ? sentence.slice(low.end, high.start) : '';
    const dash = /^\s?[-–—]\s?$/u.test(gap);
    const before = sentence.slice(Math.max(0, low.start - 40), low.start);
    // Characters of "between (about) " before the low end; 0 when it is not there.
    const between = BETWEEN_BEFORE.exec(before)?.[0].length ?? 0;
    const joined = high && (dash || /^\s+to\s+$/iu.test(gap) || (between > 0 && /^\s+and\s+$/iu.test(gap)));
    const joint = joined ? joinTwo(sentence, low, high, dash, between, before, surround) : null;
    if (joint) {
      out.push(joint);
      i++;
      continue;
    }
    // The second number of "2019-20" or "A-4-6" read only to be joined: alone it is no figure.
    if (sentence[low.start - 1] === '-' && out.at(-1)?.end === low.start - 1 && /^\d/u.test(low.text)) continue;
    out.push(low);
  }
  return out;
}

function joinTwo(sentence: string, low: Figure, high: Figure, dash: boolean, between: number, before: string, surround: Surroundings): Figure | null {
  const [lowPlain, highPlain] = [low, high].map((f) => f.kind === 'count' && NUMBER.test(f.text));
  const around = sentence.slice(Math.max(0, low.start - 60), high.end + 40);
  const integers = Number.isInteger(low.amount) && Number.isInteger(high.amount);
  const make = (start: number, kind: string, amount: number, normalized: string, extra: Partial<Figure> = {}): Figure => {
    const end = high.end;
    const words = surround(sentence, start, end, sentence.slice(Math.max(0, start - 40), start));
    return { ...high, ...words, text: sentence.slice(start, end).trim(), start, end, kind, amount: round(amount), normalized, ...extra };
  };
  // A tally: "passed 212-198", "by 212 to 198". The votes in favour are the figure (as readFigures reads "212 votes to 198").
  const tallyNoun = high.noun === null || TALLY_NOUNS.test(high.noun);
  const tally = dash ? VOTE_CONTEXT.test(around) : TALLY_TO_BEFORE.test(before) && VOTE_CONTEXT.test(around);
  if (lowPlain && highPlain && integers && !between && tally && tallyNoun && low.amount + high.amount > 2) {
    return make(low.start, 'count', low.amount, `${low.amount}`, { precision: 1, qualifier: null, bound: false, noun: 'vote', after: ['vote', ...high.after] });
  }
  // A score: "won 3-1", "a 2-2 draw". Compared only with scores, as written (the winner's goals first).
  if (dash && lowPlain && highPlain && integers && tallyNoun && low.amount <= scoreSettings.maxPoints && high.amount <= scoreSettings.maxPoints && SCORE_CONTEXT.test(around)) {
    const [a, b] = [Math.max(low.amount, high.amount), Math.min(low.amount, high.amount)];
    return make(low.start, 'score', a, `${a}-${b}`, { precision: 1, qualifier: null, bound: false });
  }
  // A range: "30 to 40", "$3-4 billion", "3 to 4 per cent". Not a change ("rose from 30 to 40") nor a date or year.
  if (/\bfrom\s+$/iu.test(before) || NOT_RANGE_KINDS.has(low.kind) || NOT_RANGE_KINDS.has(high.kind)) return null;
  const writtenHigh = Number(/\d+(?:\.\d+)?/u.exec(high.text.replace(/,/gu, ''))?.[0] ?? NaN);
  let lowAmount: number;
  if (low.kind === high.kind && !(lowPlain && !highPlain)) lowAmount = low.amount;
  else if (lowPlain || (low.kind.startsWith('money') && high.kind === 'count')) {
    // "3-4 billion": the low end is written in the high end's scale and unit ("$3-4 billion": the sign on the first).
    const factor = Number.isFinite(writtenHigh) && writtenHigh > 0 ? high.amount / writtenHigh : 1;
    lowAmount = low.amount * factor;
  } else return null;
  if (!(lowAmount > 0) || lowAmount >= high.amount || high.amount / lowAmount > 10) return null;
  const start = low.start - between;
  const middle = (lowAmount + high.amount) / 2;
  // The middle, in the high end's unit and form: its first number scaled ("P40D" -> "P35D", "40000000 EUR" -> "35000000 EUR").
  const moneyUnit = low.kind.startsWith('money') && high.kind === 'count' ? low : high;
  const ratio = middle / high.amount;
  const normalized =
    moneyUnit === low
      ? low.normalized.replace(/\d+(?:\.\d+)?/u, `${round(middle)}`)
      : high.normalized.replace(/\d+(?:\.\d+)?/u, (n) => `${round(Number(n) * ratio)}`);
  // A range is an estimate around its middle, written to the gap between its ends.
  return make(start, moneyUnit.kind, middle, normalized, { qualifier: 'about', bound: false, precision: round(high.amount - lowAmount) });
}
