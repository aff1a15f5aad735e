// Figures of a sentence read without any slot: each number (digits or words) with what it measures (its kind and
// unit, normalised the way values.ts compares them), the hedge before it, and the words around it that say what it
// counts ("8,000 dockworkers", "the toll rose to 12"). Dates, clock times, years, ages and ordinals are not figures.
// Used by the sentence alignment of claims-sentences.ts; linear-time regular expressions only.
import { roleKey } from './figure-roles.js';
import { BRAND_NAMES, ORDERED_BEFORE, phraseRoles, RATING, UNITS_OF } from './figure-phrases.js';
import { isYearFact } from './figure-years.js';
import { joinFigures, wordedFigures } from './figure-joins.js';
import { clockSpans } from './clock-words.js';
import { NUMBER_WORD, TENS_WORDS, UNITS_WORDS, voteSplit, wordValue } from './number-words.js';
import { normalizeToken, STOPWORDS } from './text.js';

import { ALL_CODES, AREAS, CONVERTED, CURRENCY_SIGNS, CURRENCY_WORDS, digitsValue, DURATIONS, LENGTHS, MASSES, POWERS, round, SCALES, SEPARATED } from './figure-units.js';

export interface Figure {
  /** The words as written: "some 8,000", "three-day", "€80 million". */
  text: string;
  start: number;
  end: number;
  /** What the figure measures: "count", "duration", "money", "%", "m" (length), "t" (mass), "ha", or "money:XYZ". */
  kind: string;
  /** The number as written, scaled ("1.2 million" -> 1200000), before any unit conversion. */
  amount: number;
  /** The form values.ts compares: "8000", "P3D", "PT72H", "80000000 EUR", "2.8 %", "300 m". */
  normalized: string;
  /** The unit of the last digit written (1 for "870", 1e5 for "1.2 million"); undefined to let values.ts infer it. */
  precision?: number;
  qualifier: 'at least' | 'at most' | 'about' | null;
  /** The hedge is a true bound ("more than", "up to"), not an approximation ("nearly", "almost"). */
  bound: boolean;
  /** Nouns right after the figure, in their synonym class ("ship" for "vessels"): what it counts. */
  after: string[];
  /** Content words just before the figure ("toll", "rose"): what it counts when no noun follows. */
  before: string[];
  /**
   * The figure's role: content words of its clause within a few words either side, by stem, with words of one
   * meaning put in one class ("killed", "died", "dead" -> "kill"; "wounding", "injured" -> "injur").
   */
  role: string[];
  /** The noun right after the figure as written, singular ("dockworker"), or null: a fact's name. */
  noun: string | null;
}

const MONTHS = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/u;

/** A figure: currency sign, digits or number words, scale; the unit comes after (read by `unitAfter`). */
const FIGURE = new RegExp(
  `(?<sign>US\\$|NZ\\$|A\\$|C\\$|R\\$|\\$|€|£|¥|₦|₹|₱|₩|₺|₽|\\bGH¢\\s?|\\b(?:Rp|KSh|TSh|USh|Sh|Rs\\.?)\\s?(?=\\d)|\\bR(?=\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s?(?:bn|billion|million|mn|m|trillion|tn)\\b)|\\b(?:${[...ALL_CODES].join('|')})\\s?)?(?:(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|${SEPARATED}|\\d+(?:\\.\\d+)?)|\\b(?<article>half\\sa|(?:a|three)[\\s-]quarters?\\sof\\sa|a)(?=\\s(?:thousand|million|billion|trillion)\\b)|\\b(?<words>${NUMBER_WORD})\\b)` +
    `(?:\\s?(?<scale>thousand|million|billion|trillion|lakh\\scrores?|lakhs?|crores?|bn|mn|tn|m|b)\\b|-(?<wordScale>thousand|million|billion|trillion)\\b|(?<=\\d)(?<thousands>k)\\b)?`,
  'giu',
);
const HEDGES: [RegExp, Figure['qualifier']][] = [
  [/\b(?:at least|more than|over|upwards of|in excess of|no fewer than|exceed(?:ed|ing)?)\s*$/iu, 'at least'],
  [/\b(?:nearly|almost|up to|under|less than|fewer than|just under|close to)\s*$/iu, 'at most'],
  [/\b(?:about|around|some|roughly|approximately|an estimated|estimated|circa|an? approximate)\s*$/iu, 'about'],
];
const TOKEN = /[\p{L}][\p{L}'’-]*/gu;
/** An article before a scale word: "a million", "half a million", "a quarter of a million". */
const ARTICLE_SCALES: Record<string, number> = { a: 1, 'half a': 0.5, 'a quarter of a': 0.25, 'three quarters of a': 0.75, 'three-quarters of a': 0.75 };


/** The singular, lowercase form of a unit word: "kilometres" -> "kilometre", "days" -> "day". */
function singular(word: string): string {
  const lower = word.toLowerCase();
  if (lower === 'feet' || lower === 'reais' || lower === 'kronor') return lower;
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  return lower.length > 2 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

/** "34C", " 36 °C", " 109 degrees Fahrenheit", " 40 degrees": the scale letter or word in group 1. */
const TEMPERATURE = /^\s?(?:°\s?([CF])\b|([CF])(?![\p{L}\d'’-])|degrees?(?:\s(Celsius|centigrade|Fahrenheit|C\b|F\b))?)/u;
/** " kilometres an hour", " miles per hour", "km/h", " mph", " kph", " knots": a length unit per hour in group 1. */
const SPEED = /^(?:[\s-]?(kilometres?|kilometers?|km|miles?|metres?|meters?)(?:\s(?:an|a|per)\shour\b|\/h\b|ph\b)|\s?(mph|kph|km\/h|kmh)\b|[\s-](knots?)\b)/iu;

interface UnitRead {
  kind: string;
  normalized: (value: number) => string;
  /** Characters of the sentence the unit takes after the figure. */
  length: number;
  currency?: string;
}

/** The unit right after a figure: " per cent", "%", "-day", " years", " km", " tonnes", " euros". */
function unitAfter(rest: string): UnitRead | null {
  const percent = /^\s?(?:%|per ?cent\b|percent\b|percentage points?\b|pc\b|pct\b)/iu.exec(rest);
  if (percent) return { kind: '%', normalized: (v) => `${v} %`, length: percent[0].length };
  const temperature = TEMPERATURE.exec(rest);
  if (temperature) {
    // Bare "degrees" is Celsius up to 60 (no air is hotter), else Fahrenheit ("109 degrees" in a US paper).
    const scale = (temperature[1] ?? temperature[2] ?? temperature[3])?.[0]?.toUpperCase();
    return { kind: 'C', normalized: (v) => `${round(scale === 'F' || (!scale && v > 60) ? ((v - 32) * 5) / 9 : v)} C`, length: temperature[0].length };
  }
  const speed = SPEED.exec(rest);
  if (speed) {
    // A knot is a nautical mile (1,852 m) an hour.
    const perHour = speed[1] ? LENGTHS[singular(speed[1])] ?? null : speed[3] ? 1852 : speed[2]?.toLowerCase() === 'mph' ? LENGTHS.mile! : 1000;
    if (perHour !== null) return { kind: 'km/h', normalized: (v) => `${round((v * perHour) / 1000)} km/h`, length: speed[0].length };
  }
  // A unit may stand close to digits ("12km"): readFigures lets only known short units through.
  const word = /^(?:\s|-)?(?:(?:square|sq)\s)?([\p{L}]+)/u.exec(rest);
  if (!word) return null;
  const unit = singular(word[1]!);
  const duration = DURATIONS[unit];
  if (duration) {
    const multiple = /\d+$/u.exec(duration)?.[0];
    const code = duration.replace(/\d+$/u, '');
    const scale = multiple ? Number(multiple) : 1;
    const iso = (v: number) => (code.startsWith('T') ? `PT${v * scale}${code[1]}` : `P${v * scale}${code}`);
    return { kind: 'duration', normalized: iso, length: word[0].length };
  }
  // "30 square kilometres" is an area (3,000 ha); other squared units are not read.
  if (/^(?:\s|-)(?:square|sq)\s/u.test(word[0])) {
    const hectares = ({ kilometre: 100, kilometer: 100, km: 100, mile: 258.999, metre: 1e-4, meter: 1e-4 } as Record<string, number>)[unit];
    return hectares ? { kind: 'ha', normalized: (v) => `${round(v * hectares)} ha`, length: word[0].length } : null;
  }
  if (LENGTHS[unit] !== undefined) return { kind: 'm', normalized: (v) => `${round(v * LENGTHS[unit]!)} m`, length: word[0].length };
  if (MASSES[unit] !== undefined) return { kind: 't', normalized: (v) => `${round(v * MASSES[unit]!)} t`, length: word[0].length };
  if (POWERS[unit] !== undefined) return { kind: 'MW', normalized: (v) => `${round(v * POWERS[unit]!)} MW`, length: word[0].length };
  if (AREAS[unit] !== undefined) return { kind: 'ha', normalized: (v) => `${round(v * AREAS[unit]!)} ha`, length: word[0].length };
  const currency = CURRENCY_WORDS[unit];
  if (currency) return { kind: 'money', normalized: (v) => `${v} ${currency}`, length: word[0].length, currency };
  return null;
}

/** Content words of a stretch of text, singular and in their synonym class. */
function nouns(text: string, limit: number, fromEnd: boolean, keyed = true): string[] {
  const words = [...text.matchAll(TOKEN)].map((m) => m[0]);
  const picked: string[] = [];
  const ordered = fromEnd ? words.reverse() : words;
  for (const word of ordered) {
    const token = normalizeToken(word);
    if (STOPWORDS.has(token) || token.length < 3) {
      // After the figure, a function word ends the noun phrase ("12 on Monday after ..."; "40 of the drones" goes on).
      if (!fromEnd && token !== 'of' && token !== 'the') break;
      continue;
    }
    picked.push(keyed ? roleKey(word) : token);
    if (picked.length >= limit) break;
  }
  return picked;
}

/** Nouns of one person an age may stand after between commas ("the driver, 54, was held"). */
const PERSON_NOUN = /\b(?:man|woman|boy|girl|victim|driver|suspect|pilot|teacher|mother|father|son|daughter|wife|husband|pensioner|passenger|owner|captain|cyclist|pedestrian|motorist|rider|student|farmer|worker|officer|nurse|doctor|climber|hiker|fisherman|widow|grandmother|grandfather|defendant|accused)\s*,\s*$/iu;

/** A person's age: "the 53-year-old economist", "Daniel Mercer, 34,", "aged 62"; with the surname when one stands just before. */
function ageAt(before: string, rest: string, value: number, digits: boolean): { length: number; person: string | null } | null {
  if (!Number.isInteger(value) || value < 1 || value > 110) return null;
  const yearOld = /^[\s-]years?[\s-]old\b/iu.exec(rest);
  // "Daniels, now 61,": an age said to be today's.
  const named = /(\p{Lu}\p{Ll}+),\s*(?:(?:the|a|an|now)\s+)?$/u.exec(before);
  // "the victim, 54, of Leeds": a person named by a noun of people, no name.
  const personNoun = PERSON_NOUN.test(before) && /^\s*,/u.test(rest);
  const apposition = digits && (named !== null || personNoun) && /^\s*,/u.test(rest) && !/(?:the|a|an)\s+$/u.test(before);
  const aged = /\baged?\s*$/iu.test(before);
  // "Daniels (61)": a name and a bracketed number.
  const bracketed = digits ? /(\p{Lu}\p{Ll}+)\s*\(\s*$/u.exec(before) : null;
  const inBracket = bracketed !== null && /^\s*\)/u.test(rest);
  if (!yearOld && !apposition && !aged && !inBracket) return null;
  const person = (inBracket ? bracketed![1] : null) ?? named?.[1] ?? /(\p{Lu}\p{Ll}+),?\s+aged?\s*$/u.exec(before)?.[1] ?? null;
  return { length: yearOld ? yearOld[0].length : 0, person: person && !STOPWORDS.has(person.toLowerCase()) ? person : null };
}

function ageFigure(sentence: string, start: number, end: number, value: number, person: string | null): Figure {
  // An age is known by its person's name; without one, by the words around it ("a 41-year-old Spanish runner").
  // An age often stands in an apposition ("One, a 39-year-old man from Vigo, was taken to hospital"): what befell
  // the person is told past the commas, so the whole sentence gives the role.
  const role = person ? [`name:${person.toLowerCase()}`] : [...new Set(roleWords(sentence, start, end, 4, true).map(roleKey))];
  return {
    text: sentence.slice(start, end).trim(), start, end, amount: value, kind: 'age', normalized: `${value}`, precision: 1,
    qualifier: null, bound: false, after: [], before: [], role, noun: 'age',
  };
}

/** "182 votes to 95": a count of the votes in favour ("180 votes in favour" of another outlet), shown as the split. */
function splitFigure(sentence: string, start: number, end: number, votesFor: number, before: string): Figure {
  const around = surroundings(sentence, start, end, before);
  return {
    text: sentence.slice(start, end).trim(), start, end, amount: votesFor, kind: 'count', normalized: `${votesFor}`, precision: 1,
    qualifier: null, bound: false, ...around, after: [roleKey('votes'), ...around.after], noun: 'vote',
  };
}

/** What stands between an amount and its conversion: " (", " (about ", ", or about ". */
const CONVERSION_GAP = /^\s*(?:\(|,\s*or)\s*(?:about|around|roughly|approximately|some|nearly|almost|~)?\s*$/u;

/** Every figure of one sentence. */
export function readFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  // The end of a vote split read: its second number is no figure of its own.
  let splitEnd = -1;
  // "a quarter to nine", "half past 10": numbers of a clock time in words (figure-moments.ts reads them).
  const clocks = clockSpans(sentence);
  for (const match of sentence.matchAll(FIGURE)) {
    const groups = match.groups!;
    let scaleWord = (groups.scale ?? groups.wordScale ?? groups.thousands)?.toLowerCase().replace(/\s+/gu, ' ');
    const start = match.index;
    if (start < splitEnd || clocks.some((clock) => clock.start <= start && start < clock.end)) continue;
    let end = start + match[0].length;
    const before = sentence.slice(Math.max(0, start - 40), start);
    const after = sentence.slice(end, end + 60);
    const prevChar = sentence[start - 1] ?? ' ';
    // Part of a word, a code or a bigger number ("G20", "COVID-19", "A-4", "3.5.1"): not a figure. The second number
    // of "30-40" right after a figure is read, for joinFigures to join the two (or drop it).
    const dashed = prevChar === '-' && figures.at(-1)?.end === start - 1;
    // "mid-2028": a year after "mid-" is read (figure-years.ts says whether it is a fact).
    const midYear = prevChar === '-' && /\bmid-$/iu.test(before) && /^(?:19|20)\d\d$/u.test(groups.digits ?? '');
    if (groups.digits && /[\p{L}\d.\-/:]/u.test(prevChar) && !groups.sign && !dashed && !midYear) continue;
    // "3rd", "10:30", "4x4", "34C": no figure; a unit written close ("12km", "5kg") is read below.
    if (groups.digits && /^(?:[.:]\d)/u.test(after)) continue;
    if (groups.digits && !scaleWord && /^\p{L}/u.test(after) && !/^(?:km|kg|ha|m|ft|mph|kph|kmh|MW|GW|kW|pc|pct|hrs?|mins?|[CF](?![\p{L}\d'’-]))(?:\b|$)/u.test(after)) continue;
    // The pattern ignores case; a currency code is one only in capitals ("TRY 5" but not "try 5", "PEN" not "pen").
    const code = groups.sign?.trim();
    if (code && ALL_CODES.has(code.toUpperCase()) && code !== code.toUpperCase()) continue;
    const words = groups.words;
    // "two thirds of": the number counts parts of a fraction (read by fractionFigures).
    if (/^[\s-](?:halves|thirds|quarters|fifths|tenths)\b/iu.test(sentence.slice(end))) continue;
    const digitsEnd = groups.digits ? start + match[0].indexOf(groups.digits) + groups.digits.length : end;
    const written = groups.digits ? digitsValue(groups.digits, sentence.slice(digitsEnd, digitsEnd + 20)) : null;
    // "two and a half years", "one-and-a-half hours": the half joins the number.
    const andHalf = /^[\s-]and[\s-]a[\s-]half\b/iu.exec(sentence.slice(end));
    const article = groups.article ? ARTICLE_SCALES[groups.article.toLowerCase().replace(/\s+/gu, ' ')] : undefined;
    const whole = written ? written.value : article ?? wordValue(words ?? '');
    const value = whole !== null && andHalf && !scaleWord ? whole + 0.5 : whole;
    // "two and a half million": the scale comes after the half.
    let halved = false;
    if (andHalf && !scaleWord && whole !== null) {
      end += andHalf[0].length;
      const scaleAfter = /^\s(thousand|million|billion|trillion)\b/iu.exec(sentence.slice(end));
      if (scaleAfter) {
        scaleWord = scaleAfter[1]!.toLowerCase();
        end += scaleAfter[0].length;
        halved = true;
      }
    }
    if (value === null || !Number.isFinite(value)) continue;
    // "one" is mostly a pronoun or an article ("one of the", "one person"): a figure only with a unit.
    const scale = scaleWord ? SCALES[scaleWord] ?? 1 : 1;
    // A bare "m" or "b" after a figure is a scale only for money ("$1.2m"): elsewhere it is metres.
    const sign = groups.sign ? CURRENCY_SIGNS[groups.sign.trim().toLowerCase()] : undefined;
    // "3m euros": a currency word after the letter makes it a scale too.
    // (Looked at only for a bare "m" or "b" without a sign: it runs the whole unit reader.)
    const scaleIsUnit = scaleWord !== undefined && /^[mb]$/iu.test(scaleWord) && !sign
      && !(/^\s?(?:[\p{L}]+)/u.test(sentence.slice(end)) && unitAfter(sentence.slice(end))?.currency !== undefined);
    const scaled = scaleIsUnit ? value : value * scale;
    if (scaleIsUnit) end -= scaleWord!.length;
    // "a dozen or so", "20 or so miles": a round figure, about; the unit or noun is read past "or so".
    const orSo = sign ? null : /^\s+or\s+so\b/iu.exec(sentence.slice(end));
    if (orSo) end += orSo[0].length;
    const rest = sentence.slice(end);
    const split = groups.sign || scaleWord ? null : voteSplit(rest);
    if (split && scaled + split.against > 0) {
      splitEnd = end + split.length;
      figures.push(splitFigure(sentence, start, splitEnd, scaled, before));
      continue;
    }
    // Dates, clock times, ages and ordinal days are not figures of the event.
    const nextWord = /^\s*([\p{L}.]+)/u.exec(rest)?.[1] ?? '';
    const prevWord = /([\p{L}.]+)\s*$/u.exec(before)?.[1] ?? '';
    if (MONTHS.test(nextWord.toLowerCase()) || MONTHS.test(prevWord.toLowerCase())) continue;
    // "1400 hrs" is a clock time, "6 hrs" a duration.
    if ((/^\s?hrs\b/iu.test(rest) && /^\d{4}$/u.test(groups.digits ?? '')) || /^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|o['’]clock|local\s+time\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)/iu.test(rest) || /^[.:]\d{2}\s?(?:a\.?m|p\.?m)/iu.test(rest)) continue;
    const age = ageAt(before, rest, value, Boolean(groups.digits));
    if (age) {
      figures.push(ageFigure(sentence, start, end + age.length, value, age.person));
      continue;
    }
    if (/^[\s-]years?[\s-]old\b/iu.test(rest) || /\baged?\s*$/iu.test(before)) continue;
    if (/\b(?:No|number|page|route|flight|article|section|chapter|room|gate|platform)\.?\s*$/iu.test(before)) continue;
    // "a scale of five", "the five-level scale": the size of a scale, not a figure of the event.
    if (/\bscale of\s*$/iu.test(before) || /^-(?:level|point|grade|tier|step)\b/iu.test(rest)) continue;
    // "a 65-strong delegation": the size of a group of people, counted by the noun after it.
    const strong = sign ? null : /^-strong\b/iu.exec(rest);
    const unit = sign || strong ? null : unitAfter(rest);
    let kind: string;
    let normalized: string;
    let unitLength = 0;
    if (!sign && !unit && RATING.test(rest)) {
      // "level 4 on a scale of five", "was 3 on the European scale": a grade, compared only with grades.
      kind = 'rating';
      normalized = `${round(scaled)}`;
    } else if (strong) {
      kind = 'count';
      normalized = `${round(scaled)}`;
      unitLength = strong[0].length;
    } else if (sign || unit?.currency) {
      const currency = sign ?? unit!.currency!;
      kind = CONVERTED.has(currency) ? 'money' : `money:${currency}`;
      normalized = CONVERTED.has(currency) ? `${round(scaled)} ${currency}` : `${round(scaled)}`;
      unitLength = unit?.length ?? 0;
    } else if (unit) {
      kind = unit.kind;
      normalized = unit.normalized(scaled);
      unitLength = unit.length;
    } else {
      // A bare year is a date, not a count; a year something was built or is due by is a fact (figure-years.ts).
      const year = groups.digits && /^\d{4}$/u.test(groups.digits) && value >= 1800 && value <= 2100;
      if (year && !isYearFact(before)) continue;
      kind = year ? 'year' : 'count';
      normalized = `${round(scaled)}`;
    }
    // "one of the top ten sellers", "a top-5 finish": a rank in a list, not a count of anything.
    if (kind === 'count' && /\btop[\s-]$/iu.test(before)) continue;
    // "one million homes" is a figure; a lone "one" is mostly a pronoun.
    if (words && value === 1 && kind !== 'duration' && !scaleWord) continue;
    // "seven more bodies", "another 40 jets": an increment over an earlier figure, not a total.
    // An order of "30 more jets" is the size of this order, though: another outlet's "an order for 40".
    const increment = /^\s(?:more|additional|further|extra|new)\b/iu.test(sentence.slice(end + unitLength)) || /\banother\s*$/iu.test(before);
    if (increment && !ORDERED_BEFORE.test(before)) continue;
    end += unitLength;
    // "1.2 billion zlotys ($320 million)": a conversion in brackets restates the amount before it.
    const previous = figures.at(-1);
    if (kind.startsWith('money') && previous?.kind.startsWith('money') && CONVERSION_GAP.test(sentence.slice(previous.end, start))) continue;
    const decimals = written?.decimals ?? 0;
    // "three billion" is written to the billion, "twelve" to the unit.
    // "half a million" and "two and a half million" are written to the half (a quarter: to the quarter) of the scale.
    const precision = scaleWord && !scaleIsUnit ? (article !== undefined && article < 1 ? scale * article : halved ? scale / 2 : scale / 10 ** decimals) : words ? 1 : undefined;
    // "over 10 years" is the span a plan runs over, not a bound.
    const span = kind === 'duration' && /\b(?:over|under)\s*$/iu.test(before);
    const bound = !span && /\b(?:at least|more than|over|upwards of|in excess of|no fewer than|up to|under|less than|fewer than)\s*$/iu.test(before);
    const qualifier = span ? null : HEDGES.find(([pattern]) => pattern.test(before))?.[1] ?? (orSo ? 'about' : null);
    figures.push({
      text: sentence.slice(start, end).trim(),
      start,
      end,
      amount: round(scaled),
      kind,
      normalized,
      precision: kind === 'year' ? 1 : kind === 'duration' || kind === '%' ? undefined : precision,
      qualifier,
      bound,
      ...surroundings(sentence, start, end, before),
    });
  }
  const worded = [...fractionFigures(sentence), ...wordedFigures(sentence, surroundings)];
  // A figure inside a share or rank read in words ("one in five") is part of it.
  const own = figures.filter((figure) => !worded.some((other) => other.start <= figure.start && other.end >= figure.end));
  return joinFigures(sentence, [...own, ...worded].sort((a, b) => a.start - b.start), surroundings);
}

const FRACTIONS: Record<string, number> = { half: 1 / 2, third: 1 / 3, quarter: 1 / 4, fifth: 1 / 5, tenth: 1 / 10 };
/** "half a kilometre", "a third of", "two-thirds of", "a quarter of an hour", "a tenth of its staff". */
const FRACTION = /\b(?:(a|one|two|three)[\s-])?(half|thirds?|quarters?|fifths?|tenths?)\b(?:\s(?:a|an)\b)?/giu;

/** Fractions that state a share ("a tenth of its staff" = 10%) or a measure ("half a kilometre" = 500 m). */
function fractionFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of sentence.matchAll(FRACTION)) {
    const [, count, part] = match;
    const word = singular(part!).toLowerCase();
    const plural = word !== part!.toLowerCase();
    // "two thirds" but not "a thirds"; a lone "third"/"quarter" is an ordinal or a period ("the third day", "second quarter").
    if (plural !== (count !== undefined && !/^(?:a|one)$/iu.test(count))) continue;
    if (!count && word !== 'half') continue;
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    // "two and a half", "the first half of", "half-time": not a fraction of a whole.
    if (/\b(?:and|the|first|second|this|last|next|its|their|his|her)\s*$/iu.test(before) || /^-/u.test(sentence.slice(match.index + match[0].length))) continue;
    const multiple = count ? ({ a: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[count.toLowerCase()]! : 1;
    const share = multiple * FRACTIONS[word]!;
    const start = match.index;
    let end = start + match[0].length;
    const rest = sentence.slice(end);
    let kind: string;
    let normalized: string;
    // "a quarter of an hour" is a measure; "a third of the town" a share.
    const ofOne = /^\s+of\s(?:a|an)(?=\s)/iu.exec(rest);
    if (ofOne) end += ofOne[0].length;
    const of = ofOne ? null : /^\s+of\b/iu.exec(rest);
    const unit = of ? null : unitAfter(sentence.slice(end));
    if (of) {
      kind = '%';
      normalized = `${round(share * 100)} %`;
    } else if (unit && unit.kind !== 'money' && !unit.currency) {
      kind = unit.kind;
      normalized = unit.normalized(share);
      end += unit.length;
    } else continue;
    figures.push({
      text: sentence.slice(start, end).trim(), start, end, amount: round(kind === '%' ? share * 100 : share), kind, normalized,
      precision: undefined, qualifier: HEDGES.find(([pattern]) => pattern.test(before))?.[1] ?? null, bound: false,
      ...surroundings(sentence, start, end, before),
    });
  }
  return figures;
}

/** Number words and words that say nothing of a figure's role. */
const ROLE_NOISE = new Set(['least', 'more', 'than', 'nearly', 'almost', 'about', 'roughly', 'some', 'estimated', 'other', 'others', 'total', 'number', ...Object.keys(UNITS_WORDS), ...Object.keys(TENS_WORDS), 'hundred', 'thousand', 'million', 'billion', 'dozen', 'dozens', 'per', 'cent', 'percent']);

/** Role words of the figure at [start, end) of a sentence, as written: its clause, this many content words either side. */
function roleWords(sentence: string, start: number, end: number, reach: number, wholeSentence = false): string[] {
  // Leftwards a clause ends at punctuation or a coordination, not at "when": "the number of people killed when a
  // ferry capsized has risen to 19" keeps "killed".
  const clauseStart = wholeSentence ? 0 : Math.max(...[...sentence.slice(0, start).matchAll(/[,;:()—–]|\band\b|\bbut\b|\bwhile\b/gu)].map((m) => m.index + m[0].length), 0);
  const tail = /[,;:()—–]|\band\b|\bbut\b|\bwhile\b|\bwhen\b|\bafter\b|\bbefore\b/u.exec(sentence.slice(end));
  const clauseEnd = tail && !wholeSentence ? end + tail.index : sentence.length;
  // The sentence's first word is capitalised as a first word, not as a name ("Completion is scheduled for 2029").
  const content = (text: string, offset: number) =>
    [...text.matchAll(TOKEN)]
      .filter((m) => {
        const token = normalizeToken(m[0]);
        const lower = /^\p{Ll}/u.test(m[0]) || (offset + m.index === 0 && /^\p{Lu}\p{Ll}+$/u.test(m[0]) && !/^\p{Lu}/u.test(sentence.slice(m[0].length).trimStart()));
        return token.length > 2 && !STOPWORDS.has(token) && !ROLE_NOISE.has(token) && !MONTHS.test(token) && lower;
      })
      .map((m) => m[0]);
  // A figure's noun may stand far before it ("the number of people killed in the collapse ... rose to eight").
  const left = content(sentence.slice(clauseStart, start), clauseStart).slice(-(reach + 2));
  const right = content(sentence.slice(end, clauseEnd), end).slice(0, reach);
  return [...left, ...right];
}

/** The words around a figure: the nouns right after and before it, its clause's role words, the noun it counts (also read for clock times and dates, figure-moments.ts). */
export function surroundings(sentence: string, start: number, end: number, before: string): Pick<Figure, 'after' | 'before' | 'role' | 'noun'> {
  const phrase = sentence.slice(end, end + 70).replace(UNITS_OF, ' ').slice(0, 40).split(/[,;:.()—–]/u)[0]!.replace(BRAND_NAMES, ' ');
  return {
    after: nouns(phrase, 2, false),
    before: nouns(before.split(/[,;:()—–]/u).at(-1)!, 2, true),
    role: [...new Set([...roleWords(sentence, start, end, 4).map(roleKey), ...phraseRoles(sentence.slice(end, end + 60))])],
    noun: nouns(phrase, 1, false, false)[0] ?? null,
  };
}
