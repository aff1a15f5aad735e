// The form of a figure the reader leaves unread (census kind 2a): where a gold version's figure is written in its
// article, and in what form ("two dozen", "30 to 40", "EUR 1.2bn", "a 54-year-old", "3-1"), read by computed rules
// from the words around it. Also what the reader made of that spot (another value, or nothing). Used by the
// conflicts census, which prints held-out sets as totals per form only. Linear-time regular expressions only.
import { readFigures } from '../src/stories/figures.js';
import { readMoments } from '../src/stories/figure-moments.js';
import { NUMBER_WORD } from '../src/stories/number-words.js';
import { splitSentences } from '../src/stories/text.js';
import { figuresOf } from './conflicts.js';

/** One place a version's figure is written: its sentence and the figure's offset there. */
export interface Spot {
  sentence: string;
  start: number;
  end: number;
}

const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?/giu;

/** Where in `text` the figures of `value` are written, best first: all its figures close together, then its words near. */
export function spotsOf(text: string, value: string): Spot[] {
  const wanted = figuresOf(value);
  if (wanted.length === 0) return [];
  const words = value.toLowerCase().match(/\p{L}{3,}/gu)?.filter((word) => figuresOf(word).length === 0) ?? [];
  const scored: { spot: Spot; score: number }[] = [];
  // The whole text when the sentence splitter leaves a figure's words out (a heading, a caption).
  const sentences = splitSentences(text).map((span) => text.slice(span.start, span.end));
  const held = sentences.map(figuresOf);
  const whole = sentences.length === 0 || wanted.some((n) => !held.some((figures) => figures.includes(n)));
  for (const sentence of whole ? [text, ...sentences] : sentences) {
    for (const match of sentence.matchAll(TOKEN)) {
      if (figuresOf(match[0])[0] !== wanted[0]) continue;
      const window = sentence.slice(Math.max(0, match.index - 30), match.index + match[0].length + 30);
      const figures = new Set(figuresOf(window));
      const lower = window.toLowerCase();
      const score = wanted.filter((n) => figures.has(n)).length * 10 + words.filter((word) => lower.includes(word)).length;
      scored.push({ spot: { sentence, start: match.index, end: match.index + match[0].length }, score });
    }
  }
  return scored.sort((a, b) => b.score - a.score).map(({ spot }) => spot);
}

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NUMBER = `(?:\\d[\\d,.]*|(?:${NUMBER_WORD})\\b)`;
const VOTE_WORDS = /\b(?:votes?|voted|voting|ballots?|majority|motion|bill|ayes|noes|abstain\w*|in favour|in favor|against|ruling|verdict|split)\b/iu;
const SCORE_WORDS = /\b(?:beat|beating|won|win|wins|lost|lose|draw|drew|victory|defeat|goals?|scored?|score|match|final|game|half-time|halftime|lead|trail\w*|sets?|points?)\b/iu;
const CURRENCY_BEFORE = /(?:[$€£¥₦₹₱₩₺₽]|\b[A-Z]{3}|\bRs\.?|\bKSh|\bRp|\bGH¢)\s?$/u;
const CURRENCY_AFTER = /^[\s-]?(?:dollars?|euros?|pounds?|sterling|yen|yuan|renminbi|roubles?|rubles?|rupees?|francs?|zlotys?|złoty|złotych|forints?|kronor|kronas?|kron[ae]r?|reais|real|rand|pesos?|shillings?|naira|cedis?|dirhams?|riyals?|rials?|baht|ringgits?|won|hryvnias?|taka|korunas?|shekels?|dinars?|liras?|rupiah|dong|kwacha|birr|leva?|lei|soles|tenge|som|manats?|lari|drams?|[A-Z]{3}\b)\b/u;
const SCALE_WORDS = /^\s?(?:bn|mn|m|k|b|tn|billion|million|thousand|trillion|lakhs?|crores?)\b/iu;
const PERCENT = /^\s?(?:%|per ?cent\b|percent\b|percentage points?\b|pc\b|pct\b)/iu;
const FRACTION_WORDS = /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?|one\s+in\s+\w+|out\s+of)\b/iu;
const SPEED = /^[\s-]?(?:km\/h|kmh|kph|mph|knots?|(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?)\s+(?:an|a|per)\s+hour)\b/iu;
const DISTANCE = /^[\s-]?(?:km|kilomet(?:re|er)s?|miles?|metres?|meters?|m|ft|feet|foot|yards?|nautical miles?|cm|centimet(?:re|er)s?|mm|inches|inch)\b/iu;
const DURATION = /^[\s-]?(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|fortnights?|decades?|nights?|centur(?:y|ies))\b/iu;
const OTHER_UNIT = /^(?:[\s-]?(?:tonnes?|tons?|kg|kilo(?:gram(?:me)?)?s?|grams?|hectares?|ha|acres?|mw|gw|kw|megawatts?|gigawatts?|litres?|liters?|barrels?|degrees?|°)|[°%])(?![\p{L}])/iu;
const ORDINAL = /^(?:st|nd|rd|th)\b|^[\s-](?:placed|ranked|ranking|place)\b/iu;
const ORDINAL_BEFORE = /\b(?:ranked|rank|no\.|number|position|place[d]?|seeded|seed)\s*$/iu;
const HEDGE_BEFORE = /\b(?:some|about|around|roughly|approximately|nearly|almost|more than|less than|fewer than|at least|at most|up to|over|under|close to|upwards of|in excess of|an estimated|estimated|just over|just under|well over|no fewer than|as many as)\s*$/iu;
const LABEL_BEFORE = /\b(?:route|road|highway|line|flight|platform|gate|room|page|article|section|chapter|no|level|grade|category|phase|stage|block|unit|tier|pier|berth|terminal|runway|zone|ward|district|sector|lot|case|bus|train)\.?\s*$/iu;
const WORD_PHRASE_AFTER = /^\s?(?:dozens?|hundreds?|thousands?|score)\b/iu;

/** The form of a version's figure as written at one spot; the names are the census's rows. */
export function formAt(spot: Spot): string {
  const { sentence, start, end } = spot;
  const token = sentence.slice(start, end);
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 40);
  const around = sentence.slice(Math.max(0, start - 40), end + 40);
  const digits = /^\d/u.test(token);
  // Periods, dates, clock times, years.
  if (new RegExp(`\\b(?:${MONTH})\\.?\\s*$`, 'iu').test(before) || new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})\\b`, 'iu').test(after)) return 'date or period';
  if (/\b(?:quarter|half|q[1-4]|h[12]|fiscal|financial year|spring|summer|autumn|fall|winter|end of|by|in|since|until)\s+(?:of\s+)?$/iu.test(before) && /^(?:19|20)\d\d$/u.test(token)) return 'date or period';
  if (/^(?:[:.]\d\d)?\s?(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs\b|o'clock|h\b)/iu.test(after) || /^[:.]\d\d\b/u.test(after)) return 'clock time';
  if (/^(?:19|20)\d\d$/u.test(token)) return 'year';
  // Ages.
  if (/^[\s-]years?[\s-]old\b/iu.test(after) || /\baged?\s*$/iu.test(before) || (/\p{Lu}\p{Ll}+,\s*$/u.test(before) && /^\s*,/u.test(after)) || (/\(\s*$/u.test(before) && /^\s*\)/u.test(after))) return 'age';
  // Two numbers joined: a vote, a score or a range.
  const joined = new RegExp(`^\\s?(?:[-–—]|to|votes?\\s+to|or|and)\\s?${NUMBER}`, 'iu').exec(after);
  const joinedBefore = new RegExp(`${NUMBER}\\s?(?:[-–—]|to|votes?\\s+to|or|and)\\s?$`, 'iu').exec(before);
  if (joined || joinedBefore) {
    if (VOTE_WORDS.test(around)) return 'vote split';
    const dash = /^\s?[-–—]\s?\d/u.test(after) || /\d\s?[-–—]\s?$/u.test(before);
    const small = (joined ? figuresOf(joined[0]) : figuresOf(joinedBefore![0])).every((n) => n <= 20) && Number(token) <= 20;
    if (dash && small && SCORE_WORDS.test(around)) return 'score';
    if (!/^\s?and\b/iu.test(after) || /\bbetween\s+(?:\S+\s+)?$/iu.test(before)) return 'range';
  }
  // Money, with a scale word or a code.
  const money = CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after.replace(SCALE_WORDS, ''));
  if (money) return SCALE_WORDS.test(after) ? 'money with a scale word' : /\b[A-Z]{3}\s?$/u.test(before) ? 'money with a currency code' : 'money';
  if (PERCENT.test(after)) return 'percent';
  if (FRACTION_WORDS.test(sentence.slice(Math.max(0, start - 12), end + 16))) return 'fraction or share';
  if (SPEED.test(after)) return 'speed';
  if (DISTANCE.test(after)) return 'distance';
  if (ORDINAL.test(after) || ORDINAL_BEFORE.test(before)) return 'ordinal or rank';
  if (DURATION.test(after) || /^[\s-]?(?:and\s+a\s+half\s+)?(?:years?|months?|weeks?|days?|hours?)\b/iu.test(after)) return 'duration';
  if (OTHER_UNIT.test(after)) return 'other unit (mass, area, power)';
  if (/^-\p{L}/u.test(after) || (digits && /^\p{L}/u.test(after))) return 'unit suffix or compound ("1,200-strong")';
  if (!digits || WORD_PHRASE_AFTER.test(after) || /\bdozens?\s*$/iu.test(before)) return 'number word or phrase';
  if (SCALE_WORDS.test(after)) return 'digits with a scale word';
  if (LABEL_BEFORE.test(before)) return 'label ("Route 12", "No. 5")';
  if (HEDGE_BEFORE.test(before)) return 'hedged digits ("some 300")';
  return 'plain digits';
}

/** What the reader made of a spot: a figure of another value over it, or nothing. */
export function readingAt(spot: Spot): string {
  const over = [...readFigures(spot.sentence), ...readMoments(spot.sentence, 2000)].find((figure) => figure.start < spot.end && figure.end > spot.start);
  return over ? `read as ${over.kind}, another value` : 'nothing read there';
}

/** The form and reading of a version's figure in the first of its texts that writes it ("not located" when none does). */
export function unreadForm(texts: string[], value: string): { form: string; reading: string } {
  for (const text of texts) {
    const spot = spotsOf(text, value)[0];
    if (spot) return { form: formAt(spot), reading: readingAt(spot) };
  }
  return { form: 'not located', reading: 'not located' };
}
