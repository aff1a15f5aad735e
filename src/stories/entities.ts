// Names, numbers and people's titles of an article, for story similarity. Surface forms are used rather than the
// NLP layer's typed entities: on the ECB+ tuning topics the capitalised words inside sentences (with the numbers)
// told look-alike events apart better than the tagger's mentions, whose types and spans vary between outlets.
import { stories as settings } from '../settings.js';
import { ORDINAL_WORDS } from './number-words.js';
import { addTo, CALENDAR_WORDS, normalizeToken, type TermVector } from './text.js';

/** Capitalised words that label dates or are titles, not names. */
const NOT_NAMES: ReadonlySet<string> = new Set([
  ...(
    'the a an and but or if in on at of for to by with from as this that these those it its he she they we you i his her ' +
    'their our there here when while after before since during under over about said says according more most some many ' +
    'mr mrs ms dr'
  ).split(' '),
  ...CALENDAR_WORDS,
]);

// A capitalised word that does not open a sentence, a quote or a line: in news English almost always part of a name.
const INNER_CAPITALISED = /(?<![.!?:"“]\s+|^\s*)\b\p{Lu}[\p{L}'’-]*\p{L}/gmu;
// A number as written: counts, scores, ages, years, magnitudes ("31-24" gives 31 and 24, "6.1", "288").
const NUMBER = /\b\d[\d,.]*\d\b|\b\d\b/gu;
// A word mixing letters and digits: an ordinal ("12th"), a version or a code ("MS08-078", "IE7", "F-16"). These
// name one thing of a series, so two look-alike events (the 11th and the 12th, two patches) differ in exactly them.
const IDENTIFIER = /\b(?:\p{L}+-?\d[\p{L}\d]*(?:-[\p{L}\d]+)*|\d+(?:st|nd|rd|th))\b/gu;
/** Ordinals written out, as their digits, so "Eleventh Doctor" and "11th Doctor" meet. */
const SPELLED_ORDINALS: ReadonlyMap<string, string> = new Map(
  Object.entries(ORDINAL_WORDS).map(([word, n]) => [word, `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`]),
);
const ORDINAL_WORD = new RegExp(`\\b(?:${[...SPELLED_ORDINALS.keys()].join('|')})\\b`, 'giu');
const ONLY_SPACE = /^[^\S\n]+$/u;

/**
 * Names and numbers of an article as keys: capitalised words inside sentences, pairs of adjacent ones ("Council
 * Secretary", "Tony Thompson": an office or a full name) and written numbers. Look-alike events share their kind
 * of event and often a main actor, but rarely the other names or the figures (the opponent, the score, the year).
 */
export function nameVector(
  title: string | null,
  text: string,
  leadEnd = 0,
  weights: { title: number; lead: number; identifier: number; spelledOrdinals: boolean } = {
    title: settings.nameTitleWeight,
    lead: settings.nameLeadWeight,
    identifier: settings.identifierWeight,
    spelledOrdinals: settings.spelledOrdinals,
  },
): TermVector {
  const vector: TermVector = new Map();
  const parts = [title ?? '', text];
  for (const [partIndex, part] of parts.entries()) {
    // Names of the title and the lead say who the event is about; later ones are often background.
    const weightAt = (index: number) => (partIndex === 0 ? weights.title : index < leadEnd ? weights.lead : 1);
    let previous = '';
    let previousEnd = -1;
    for (const match of part.matchAll(INNER_CAPITALISED)) {
      const key = normalizeToken(match[0]);
      if (key.length < 2 || NOT_NAMES.has(key)) {
        previousEnd = -1;
        continue;
      }
      const weight = weightAt(match.index);
      addTo(vector, key, weight);
      if (previousEnd >= 0 && ONLY_SPACE.test(part.slice(previousEnd, match.index))) addTo(vector, `${previous} ${key}`, settings.namePairWeight * weight);
      previous = key;
      previousEnd = match.index + match[0].length;
    }
    for (const match of part.matchAll(NUMBER)) addTo(vector, `#${match[0].replace(/,/gu, '')}`, weightAt(match.index));
    if (weights.identifier > 0) {
      for (const match of part.matchAll(IDENTIFIER)) addTo(vector, `#${match[0].toLowerCase()}`, weights.identifier * weightAt(match.index));
      if (weights.spelledOrdinals) {
        for (const match of part.matchAll(ORDINAL_WORD)) {
          addTo(vector, `#${SPELLED_ORDINALS.get(match[0].toLowerCase())}`, weights.identifier * weightAt(match.index));
        }
      }
    }
  }
  for (const [key, count] of vector) vector.set(key, 1 + Math.log(count));
  return vector;
}

/** Words that head a title written before a name ("Defence Minister Sergei Shoigu", "President-elect Obama"). */
const ROLE_HEADS: ReadonlySet<string> = new Set(
  (
    'president president-elect minister secretary general chief director governor senator chairman chairwoman ' +
    'spokesman spokeswoman leader commander ambassador mayor king queen prince princess judge justice sheriff ' +
    'captain lieutenant colonel sergeant admiral marshal premier chancellor pope bishop cardinal ceo treasurer ' +
    'attorney prosecutor inspector commissioner superintendent speaker coach manager envoy'
  ).split(' '),
);

/** Last words of capitalised runs that end an institution's name or abbreviate a title, not a surname. */
const NOT_SURNAMES: ReadonlySet<string> = new Set(
  'assembly council service committee department office court house party union agency ministry army police rep sen gov sgt lt col gen'.split(' '),
);

// A run of capitalised words (hyphenated ones included) on one line: a title and the name it precedes.
const CAPITALISED_WORDS = /\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)+/gu;

/**
 * The titles an article gives people: surname -> head words of the titles written before the name. A person's
 * title changes with time (a defence minister becomes a council secretary, a president-elect a president), so
 * two reports that give one person different titles are most likely about different moments.
 */
export function personRoles(text: string): Map<string, Set<string>> {
  const roles = new Map<string, Set<string>>();
  for (const match of text.matchAll(CAPITALISED_WORDS)) {
    const words = match[0].split(/\s+/u).map((word) => word.toLowerCase().replace(/['’]s?$/u, ''));
    let head = -1;
    for (let i = 0; i < words.length - 1; i++) if (ROLE_HEADS.has(words[i]!)) head = i;
    if (head < 0) continue;
    const surname = normalizeToken(words[words.length - 1]!);
    if (surname.length < 3 || NOT_NAMES.has(surname) || ROLE_HEADS.has(surname) || NOT_SURNAMES.has(surname)) continue;
    const heads = roles.get(surname);
    if (heads) heads.add(words[head]!);
    else roles.set(surname, new Set([words[head]!]));
  }
  return roles;
}

// Where a trip went: the capitalised name after a verb or noun of travel ("arrived in Russia", "visit to Myanmar").
const DESTINATION =
  /\b(?:arrived in|arrives in|arriving in|landed in|visited|visiting|visit to|trip to|travel(?:l?ed|ling|ing|s)? to|flew to)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)*)/gu;

/**
 * The places an article's trips and visits went to. Two visits by the same people look alike in every word but the
 * direction: a defence chief in Myanmar, then the junta leader in Russia. A city and its country count as two
 * places (there is no gazetteer here), which only matters when both sides name no place in common.
 */
export function destinations(text: string): Set<string> {
  const places = new Set<string>();
  for (const match of text.matchAll(DESTINATION)) {
    const key = match[1]!.split(/\s+/u).map((word) => normalizeToken(word)).join(' ');
    if (key.length >= 3 && !NOT_NAMES.has(key)) places.add(key);
  }
  return places;
}


// A weekday name as written in English news ("on Tuesday"; "Tues." is left out: rare and ambiguous with names).
const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/gu;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// A day of a month without or before its year: "Dec. 11", "March 3", "11 December" (a month name then a day
// number of one or two digits, or the other way round; "May" needs its day to be a month).
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_DAY = new RegExp(`\\b${MONTH_NAME}\\.?[^\\S\\n]+(\\d{1,2})\\b(?!:|\\d|,\\d)|(?<![:.\\d])\\b(\\d{1,2})[^\\S\\n]+${MONTH_NAME}\\b`, 'gu');

/**
 * Days named in the title and the lead, as keys of two kinds: "weekday:tuesday" and "monthday:12-11". Reports of
 * one event say the day it happened ("killed on Tuesday", "on Dec. 11"), whoever wrote them and whenever, so a
 * report naming only other days than a story's is likely a look-alike event. Needs no year: most undated reports
 * still name the day.
 */
export function leadDayKeys(title: string | null, text: string, leadEnd: number): Set<string> {
  const keys = new Set<string>();
  for (const part of [title ?? '', text.slice(0, leadEnd)]) {
    for (const match of part.matchAll(WEEKDAY)) keys.add(`weekday:${match[0].toLowerCase()}`);
    for (const match of part.matchAll(MONTH_DAY)) {
      const month = MONTHS.indexOf((match[1] ?? match[4]!).slice(0, 3).toLowerCase()) + 1;
      const day = Number(match[2] ?? match[3]);
      if (day >= 1 && day <= 31) keys.add(`monthday:${month}-${day}`);
    }
  }
  return keys;
}
