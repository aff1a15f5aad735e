// Claims: sentences that state a checkable fact (a toll, a count, an amount, a duration, a magnitude, a date, a
// place, a title), with the source the article attributes them to. A slot names what is measured, the same way in
// every article ("agreement duration", "death toll", "people on board", "deal value"), so that the stories stage
// lines up the claims of different outlets: "five-year agreement" (P5Y) in one against "four-year" (P4Y) in another.
import type { Claim, Span, TextAnnotations } from '../model.js';
import { events as settings } from '../settings.js';
import {
  HEDGE, isoDuration, LENGTH_UNIT, MONEY_SIGN_FIRST, MONEY_WORD_AFTER, parseFigure, parseLength, parseMoney,
  QUANTITY, SMALL_NUMBER, type Figure, type Money,
} from './claim-values.js';
import { ageClaims, departureClaims, distanceClaims, eventDateClaims, firstDueClaims, placeClaims, titleClaims } from './claim-facts.js';
import { FIGURE_SLOTS, MEASURE_SLOTS } from './claim-patterns.js';
import { genericClaims } from './claim-generic.js';
import { measureClaims } from './claim-measures.js';
import { clockClaims } from './claim-clock.js';
import { momentClaims } from './claim-moments.js';
import { whenWhereClaims } from './claim-when-where.js';
import { boundedSentences, splitSentences } from './sentences.js';

export { attributionOf } from './claim-facts.js';
import { attributionOf } from './claim-facts.js';

export interface ClaimOptions {
  /** The article's date: sentences about earlier years are background, not the story's figures. */
  referenceDate?: string | null;
}

/** Nouns a duration can measure, mapped to the slot's subject: "a five-year supply contract" is an agreement's. */
const DURATION_NOUNS: [RegExp, string][] = [
  [/^(?:agreements?|deals?|pacts?|contracts?|accords?|treaty|treaties|memorandum|lease|partnership|extension)$/i, 'agreement'],
  [/^(?:talks|meetings?|negotiations|call|session|discussions?)$/i, 'meeting'],
  [/^(?:conference|forum|summit|congress)$/i, 'conference'],
  [/^(?:visit|trip|tour|stay)$/i, 'visit'],
  [/^(?:strike|walkout|stoppage|shutdown)$/i, 'strike'],
  [/^(?:ceasefire|truce|pause)$/i, 'ceasefire'],
  [/^(?:curfew|lockdown|blockade|siege)$/i, 'curfew'],
  [/^(?:emergency)$/i, 'state of emergency'],
  [/^(?:election|elections|vote|polls)$/i, 'election'],
  [/^(?:exercises?|drills?|games)$/i, 'exercise'],
  [/^(?:ban|suspension|moratorium)$/i, 'ban'],
  [/^(?:sentence|term)$/i, 'prison sentence'],
  [/^(?:mission|deployment)$/i, 'mission'],
];
const PRISON_CONTEXT = /\b(?:prison|jail\w*|sentenc\w*|convict\w*|courts?|judges?|guilty|custod\w*|behind bars)\b/iu;
const DURATION_UNIT = String.raw`(year|month|week|day|hour|minute)s?`;
/** "a five-year military cooperation agreement", "48-hour strike", "month-long election": noun within 3 words. */
const DURATION_BEFORE_NOUN = new RegExp(String.raw`\b(${SMALL_NUMBER})[- ]${DURATION_UNIT}(?:[- ]long)?\s+((?:[\p{L}-]+\s+){0,3})([\p{L}]+)`, 'giu');
const GAP_STOPS = /^(?:the|a|an|if|when|as|and|but|or|while|before|after|until|since|that|which|who|to|for|from|of|in|on|at|with|by|than|was|were|is|are|has|had|have|will|would|could)$/i;
const LONG_BEFORE_NOUN = new RegExp(String.raw`\b()(year|month|week|day|hour)-long\s+((?:[\p{L}-]+\s+){0,3})([\p{L}]+)`, 'giu');
/** "talks lasted nearly three hours", "an agreement valid for five years", "met for two hours". */
const DURATION_AFTER_NOUN = new RegExp(String.raw`\b(talks|meeting|negotiations|met|agreement|deal|pact|contract|treaty|accord|ceasefire|truce|strike|visit|curfew|ban|conference|summit)\b[^.;,]{0,40}?\b(?:lasted|lasting|last|lasts|for|of|runs? for|valid for)\s+(?:${HEDGE}\s+)?(${SMALL_NUMBER})\s+${DURATION_UNIT}\b`, 'giu');
const SENTENCED = new RegExp(String.raw`\b(?:sentenced|jailed|jailing|sentencing)\b[^.;]{0,80}?\b(?:to|for)\s+(${SMALL_NUMBER})\s+${DURATION_UNIT}\b`, 'giu');
/** "an effective 12 years behind bars", "eight years in prison": a term served, with or without a sentencing verb. */
const PRISON_TERM = new RegExp(String.raw`\b(${SMALL_NUMBER})[- ]${DURATION_UNIT}\s+(?:behind bars|in (?:prison|jail)|of imprisonment|imprisonment|(?:jail|prison) (?:term|sentence))\b`, 'giu');
const UNTIL = /\b(?:until|till|through|expires? in|runs? to|valid until)\s+(?:the end of\s+)?(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d{2})\b/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "magnitude 6.2", "a 6.2-magnitude quake", "measuring 6.2 on the Richter scale". */
const MAGNITUDE = [
  /\bmagnitude(?:[- ]|\s+of\s+)(\d(?:\.\d)?)\b/i,
  /\b(\d(?:\.\d)?)[- ]magnitude\b/i,
  /\bmeasur(?:ed|ing)\s+(\d(?:\.\d)?)\s+on the Richter\b/i,
  /\bmagnitude\s+(?:at|was|is|as|to)\s+(\d(?:\.\d)?)\b/i,
  /\bM(\d\.\d)\b/,
];
/** Which amount a sentence gives, from the words around it. */
const AMOUNT_KINDS: [RegExp, string][] = [
  // A charge first: a bank or a lender books one too.
  [/\b(?:restructuring|one-off|impairment)\s+charges?\b|\b(?:booking|book|booked|take|took|taking)\s+an?\s+(?:[\p{L}-]+\s+)?charge\b|\b(?:writedowns?|write-downs?)\b/iu, 'charge'],
  [/\b(?:fined?|fines|penalty|penalties)\b/i, 'fine'],
  [/\b(?:ransom)\b/i, 'ransom'],
  [/\b(?:compensation|compensate\w*|payout|settlement)\b/i, 'compensation'],
  [/\b(?:pledged?|pledging|aid|donat\w+|grants?|assistance|relief)\b/i, 'aid amount'],
  [/\b(?:loans?|lend\w*|credit line|bailout)\b/i, 'loan amount'],
  [/\b(?:damages?|losses|cost the economy)\b/i, 'damage estimate'],
  [/\b(?:worth|valued|value|deal|contract|agreement|acquisition|acquire|buy|bought|purchase|sale|sold|takeover|bid|paid|price)\b/i, 'deal value'],
  [/\bcost(?:s|ing)?\b/i, 'cost'],
  // "Investors" are people, not a sum invested.
  [/\b(?:budget|spending|invest(?!ors?\b)\w*)\b/i, 'investment'],
];

const YEAR = /\b(1[89]\d{2}|20\d{2})\b/g;
/** A year a thing was made or opened in: "built in 1961", "opened in 1963", "made between 2019 and 2022". */
const MADE_IN = /\b(?:built|opened|founded|established|constructed|made|manufactured|produced|completed|inaugurated)\s+(?:in|between|from)\s+(?:1[89]\d{2}|20\d{2})(?:\s+(?:and|to)\s+(?:1[89]\d{2}|20\d{2}))?/giu;
/**
 * A clause set off by commas that dates the thing it describes: "the rocket, first flown in 2017, ...", "the
 * bank, which was listed in 2015, ...", "the bridge, which opened in 1963, ...". The sentence's own figure is of now.
 */
const DATED_APPOSITION = /,\s*(?:(?:which|that)\s+(?:(?:was|were|had been|has been)\s+)?)?(?:first\s+)?\p{Ll}+(?:ed|en|wn|lt|ne|ght)\s+(?:in|between|from)\s+(?:1[89]\d{2}|20\d{2})(?:\s+(?:and|to)\s+(?:1[89]\d{2}|20\d{2}))?\s*(?=,)/giu;
/** "the deadliest since 1999", "the largest since 2018": a comparison with the past, not a past figure. */
const SUPERLATIVE_SINCE = /\b(?:\p{Ll}+est|most\s+\p{Ll}+|first|worst|biggest)\s+(?:[\p{Ll}'’-]+\s+){0,3}?since\b[^,.;]*/giu;
/** A count "since" a year this recent runs up to now ("killed 870 since the 2021 coup"); older is history. */
const RECENT_SINCE_YEARS = 10;

/** A dateline opening a report: a place in capitals, a date, maybe a year and an agency, a dash ("ROME, Sept 17 -"). */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*\p{L}[\p{L}\s.]{0,20})?,\s+[^-–—,.()]{3,25}?(?:,\s*\d{4})?(?:\s*\([^()]{1,40}\))?\s*[-–—]\s/u;

export function extractClaims(text: string, annotations: TextAnnotations, options: ClaimOptions = {}): Claim[] {
  const given: Span[] = annotations.sentences.length > 0 ? annotations.sentences : splitSentences(text);
  const sentences = boundedSentences(text, given, settings.maxSentenceChars);
  const referenceYear = yearOf(options.referenceDate) ?? latestYear(text);
  const claims: Claim[] = [];
  for (const span of sentences) {
    const written = text.slice(span.start, span.end);
    // "MADRID, June 18 - Four people were killed": the dateline's day is no figure of the story (blanked, same length).
    const dateline = span === sentences[0] ? DATELINE.exec(written)?.[0] ?? '' : '';
    const sentence = ' '.repeat(dateline.length) + written.slice(dateline.length);
    // Who the sentence cites, looked up once and only for sentences that state something.
    let attributedTo: string | null | undefined;
    const add = (slot: string, value: string, normalized: string, extra: Partial<Claim> = {}): void => {
      if (attributedTo === undefined) attributedTo = attributionOf(sentence);
      claims.push({ slot, value: asWritten(value), normalized, sentence: span, evidence: written.trim(), attributedTo, subject: null, ...extra });
    };
    const addFigure = (slot: string, value: string, figure: Figure | null, extra: Partial<Claim> = {}): void => {
      if (figure) add(slot, value, String(figure.value), { precision: figure.precision, qualifier: figure.qualifier, ...extra });
    };
    // Figures of an earlier year are history ("the 2004 tsunami killed 230,000"), not this story's figures.
    const background = isBackground(sentence, referenceYear);
    if (!background) {
      for (const { slot, hint, patterns, unit, exactTo } of /\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundred|dozen)\b/i.test(sentence) ? FIGURE_SLOTS : []) {
        if (!hint.test(sentence)) continue;
        for (const re of patterns) {
          const m = re.exec(sentence);
          const figure = m?.[1] ? parseFigure(m[1]) : null;
          if (!m || !figure || !countsAll(sentence, m, figure)) continue;
          const stated = exactTo !== undefined && !figure.qualifier ? { ...figure, precision: Math.min(figure.precision, exactTo) } : figure;
          addFigure(slot, m[1]!, stated, unit ? { unit } : {});
          break;
        }
      }
      durationClaims(sentence, add);
      for (const re of /\b(?:quake|earthquake|tremor|aftershock)s?\b/i.test(sentence) ? MAGNITUDE : []) {
        const m = re.exec(sentence);
        if (!m?.[1]) continue;
        addFigure('magnitude', m[0], parseFigure(m[1]));
        break;
      }
      for (const { slot, hint, pattern, context, convert } of MEASURE_SLOTS) {
        if (!hint.test(sentence) || (context && !context.test(sentence))) continue;
        const m = pattern.exec(sentence);
        const measure = m ? convert(m) : null;
        if (measure) add(slot, m![0], `${measure.value} ${measure.unit}`, { unit: measure.unit, precision: measure.precision, qualifier: measure.qualifier });
      }
      for (const money of MONEY_HINT.test(sentence) ? moneyIn(sentence) : []) {
        const kind = amountKind(sentence, money.start, money.text.length);
        add(kind, money.text, `${money.amount.value} ${money.amount.currency}`, {
          unit: money.amount.currency, precision: money.amount.precision, qualifier: money.amount.qualifier,
        });
      }
    }
    const until = UNTIL.exec(sentence);
    if (until && /\b(?:agreement|deal|pact|contract|treaty|accord|memorandum|lease)\b/i.test(sentence)) {
      const month = until[1] ? MONTHS.indexOf(until[1].toLowerCase()) + 1 : 0;
      add('agreement end', until[0], month > 0 ? `${until[2]}-${String(month).padStart(2, '0')}` : until[2]!);
    }
    if (!background) {
      for (const claim of eventDateClaims(sentence, span, annotations.timexes)) add(claim.slot, claim.value, claim.normalized);
      for (const claim of [...placeClaims(sentence), ...departureClaims(sentence)]) add(claim.slot, claim.value, claim.normalized);
      for (const claim of firstDueClaims(sentence, referenceYear)) add(claim.slot, claim.value, claim.normalized, { precision: 1 });
    }
    for (const claim of titleClaims(sentence)) add('title', claim.value, claim.normalized, { subject: claim.subject });
    for (const claim of ageClaims(sentence)) add('age', claim.value, claim.normalized, { subject: claim.subject, precision: 1 });
    if (!background) {
      for (const claim of distanceClaims(sentence)) add('distance', claim.value, claim.normalized, { subject: claim.subject, unit: 'm', precision: claim.precision });
      // The generic slot last: a figure a named slot (or an age) has read is not read again as a count of a noun.
      const taken = new Set(claims.filter((claim) => claim.sentence === span).flatMap((claim) => [claim.normalized, String(Number.parseFloat(claim.normalized))]));
      for (const claim of genericClaims(sentence, taken)) {
        add(claim.slot, claim.value, claim.normalized ?? String(claim.figure.value), {
          precision: claim.figure.precision, qualifier: claim.figure.qualifier, subject: claim.verb, generic: true, ...(claim.unit ? { unit: claim.unit } : {}),
        });
        taken.add(claim.normalized ?? String(claim.figure.value));
      }
      for (const claim of measureClaims(sentence, taken)) {
        add(claim.slot, claim.value, claim.normalized, {
          precision: claim.figure.precision, qualifier: claim.figure.qualifier, subject: claim.verb, generic: true, ...(claim.unit ? { unit: claim.unit } : {}),
        });
      }
    }
  }
  claims.push(...whenWhereClaims(text, annotations, sentences, referenceYear));
  claims.push(...clockClaims(text, sentences));
  claims.push(...momentClaims(text, sentences));
  return oneUnnamedAge(claims);
}

/** An age without a subject describes an unnamed person: kept only when the article has one, so two victims' ages never meet. */
function oneUnnamedAge(claims: Claim[]): Claim[] {
  const unnamed = claims.filter((claim) => claim.slot === 'age' && !claim.subject);
  const ages = new Set(unnamed.map((claim) => claim.normalized));
  return ages.size > 1 ? claims.filter((claim) => !unnamed.includes(claim)) : claims;
}

type Adder = (slot: string, value: string, normalized: string, extra?: Partial<Claim>) => void;

function durationClaims(sentence: string, add: Adder): void {
  if (!/year|month|week|day|hour|minute/i.test(sentence)) return;
  const seen = new Set<number>();
  const claimsHere = new Set<string>();
  for (const m of [...sentence.matchAll(DURATION_BEFORE_NOUN), ...sentence.matchAll(LONG_BEFORE_NOUN)]) {
    // The first word of up to four after the duration that names what it measures: "military cooperation agreement".
    const all = `${m[3] ?? ''}${m[4]!}`.trim().split(/\s+/);
    // Only modifiers stand between a duration and its noun: "four days if the strike" measures no strike.
    const stop = all.findIndex((word) => GAP_STOPS.test(word));
    const words = stop < 0 ? all : all.slice(0, stop);
    const found = words.map((word) => DURATION_NOUNS.find(([re]) => re.test(word))?.[1]).find((topic) => topic !== undefined);
    // "a four-year term" is a term of office unless the sentence speaks of prison or a court.
    const about = found === 'prison sentence' && words.some((word) => /^terms?$/iu.test(word)) && !PRISON_CONTEXT.test(sentence) ? 'term' : found;
    const value = isoDuration(m[1] || '1', m[2]!);
    const start = m.index ?? 0;
    if (!about || !value || seen.has(start)) continue;
    seen.add(start);
    const written = m[0].slice(0, m[0].length - `${m[3] ?? ''}${m[4]!}`.length).trim();
    if (claimsHere.has(`${about}\u0000${value}`)) continue;
    claimsHere.add(`${about}\u0000${value}`);
    add(`${about} duration`, written, value, { precision: 1 });
  }
  for (const m of sentence.matchAll(DURATION_AFTER_NOUN)) {
    const word = m[1]!.toLowerCase() === 'met' ? 'meeting' : m[1]!;
    const about = DURATION_NOUNS.find(([re]) => re.test(word))?.[1];
    const value = isoDuration(m[2]!, m[3]!);
    if (about && value) add(`${about} duration`, m[0].slice(m[0].search(/\b(?:lasted|lasting|last|lasts|for|of|runs?|valid)\b/i)), value, { precision: 1 });
  }
  const sentenced = new Set<string>();
  for (const m of sentence.matchAll(SENTENCED)) {
    const value = isoDuration(m[1]!, m[2]!);
    if (value) add('prison sentence duration', m[0], value, { precision: 1 });
    if (value) sentenced.add(value);
  }
  for (const m of sentence.matchAll(PRISON_TERM)) {
    const value = isoDuration(m[1]!, m[2]!);
    // "had spent 27 years in prison", "after eight years behind bars": time served before, not the sentence.
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
    const served = /\b(?:spent|served|serving|after|having|past)\s+(?:\S+\s+){0,2}$/iu.test(before);
    // "six years and 300 days in prison": the last part of a longer term is no term by itself.
    const partOfLonger = /\b(?:years?|months?|weeks?)\s+and\s+$/iu.test(before);
    if (value && !served && !partOfLonger && !sentenced.has(value)) add('prison sentence duration', m[0], value, { precision: 1 });
  }
}

/** Every money amount of a sentence, once each (sign-first and word-after patterns may overlap). */
function moneyIn(sentence: string): { text: string; amount: Money; start: number }[] {
  const found: { text: string; amount: Money; start: number }[] = [];
  const hedgeBefore = (index: number): string | null => {
    const m = new RegExp(String.raw`\b(${HEDGE})\s+$`, 'i').exec(sentence.slice(Math.max(0, index - 20), index));
    return m?.[1] ?? null;
  };
  for (const m of sentence.matchAll(MONEY_SIGN_FIRST)) {
    const amount = parseMoney(m[1]!, m[2]!, hedgeBefore(m.index ?? 0));
    if (amount) found.push({ text: m[0], amount, start: m.index ?? 0 });
  }
  for (const m of sentence.matchAll(MONEY_WORD_AFTER)) {
    const start = m.index ?? 0;
    if (found.some((f) => Math.abs(f.start - start) < 4)) continue;
    const amount = parseMoney(m[2]!, m[1]!, hedgeBefore(start));
    if (amount) found.push({ text: m[0], amount, start });
  }
  // "$US1 million ($1.52 million)": the amount in brackets after another is a conversion, not a second figure.
  const sorted = found.sort((a, b) => a.start - b.start);
  return sorted.filter((f, i) => i === 0 || !/^\s*\(\s*$/u.test(sentence.slice(sorted[i - 1]!.start + sorted[i - 1]!.text.length, f.start)));
}

/** Cheap test before the money patterns: a currency sign, code or word. */
const MONEY_HINT = /[$€£¥₽₹]|USD|EUR|GBP|JPY|CNY|RMB|RUB|INR|AUD|CAD|CHF|PLN|HUF|ZAR|NGN|KES|BRL|KRW|IDR|dollar|euro|pound|yen|yuan|ruble|rouble|rupee|franc|z[lł]oty|forint|rand|naira|shilling|reais|real|lira|rupiah/i;

/** Characters around an amount that say what it is: "worth $1.2 billion", "a $500 million loan". */
const KIND_BEFORE = 50;
const KIND_AFTER = 30;
/** "of which approximately $281 million", "including $50 million": a part of an amount given before. */
const PART_BEFORE = new RegExp(String.raw`\b(?:of which|including|includes|with)\s+(?:${HEDGE}\s+)?$`, 'i');
/** "for approximately $334 million": a price. */
const FOR_PRICE = new RegExp(String.raw`\bfor\s+(?:${HEDGE}\s+)?$`, 'i');
const SALE_VERBS = /\b(?:buy|bought|buying|acquire[sd]?|acquiring|purchase[sd]?|sell|sold|selling|takeover|take over)\b/i;

function amountKind(sentence: string, start: number, length: number): string {
  // "$281 million of the purchase price" is a part, "$4 million a year" a rate: neither is the deal's value.
  if (/^\s*(?:of\s+(?:the|its|which|that|this)|a\s+(?:year|month|week|day)|per\s+\w+|annually|each\s+year)\b/i.test(sentence.slice(start + length))) return 'amount';
  if (PART_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return 'amount';
  const around = sentence.slice(Math.max(0, start - KIND_BEFORE), start + length + KIND_AFTER);
  const kind = AMOUNT_KINDS.find(([re]) => re.test(around))?.[1];
  if (kind) return kind;
  // "agreed to buy Harlow Chemicals for $4.5 billion": the price of a sale named further back.
  return FOR_PRICE.test(sentence.slice(0, start)) && SALE_VERBS.test(sentence) ? 'deal value' : 'amount';
}

/**
 * A match that counts the whole group: not "no one was killed", not "four other people died" (an increment), not
 * "a mother of 12 was killed" (a singular verb after a plural figure counts something else).
 */
function countsAll(sentence: string, m: RegExpExecArray, figure: Figure): boolean {
  const before = sentence.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
  if (/\b(?:no|none of the|not a single)\s*$/i.test(before) || /^no\b/i.test(m[0])) return false;
  const after = m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length);
  if (/\b(?:other|more|additional|further|another|extra)\b/i.test(after)) return false;
  if (figure.value !== 1 && /\b(?:was|is|has been)\b/i.test(after)) return false;
  return true;
}

/** Words that open a figure and are capitalised only because they open the sentence: "At least 12" -> "at least 12". */
const SENTENCE_OPENERS = /^(?:At|More|Over|Nearly|Almost|About|Around|Some|Up|Fewer|Less|Roughly|An|A|Approximately|Close|As|Upwards|In|No|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety)\b/u;

function asWritten(value: string): string {
  const trimmed = value.trim();
  return SENTENCE_OPENERS.test(trimmed) ? trimmed[0]!.toLowerCase() + trimmed.slice(1) : trimmed;
}

/** "at least 1,000" -> "1000"; "5.1 million" -> "5100000"; "five" -> "5". */
export function normalizeNumber(raw: string): string {
  const figure = parseFigure(raw);
  return figure ? String(figure.value) : raw.trim().toLowerCase();
}

/** A sentence set in an earlier year than the article's (years after "until" or "by", and recent "since", excepted). */
function isBackground(whole: string, referenceYear: number | null): boolean {
  // "since the 2021 coup", "its first meeting since a war six years ago": a period up to now, not a past event;
  // "a war waged since 1955" is history all the same.
  const recent = (phrase: string) =>
    referenceYear === null || [...phrase.matchAll(YEAR)].every((m) => referenceYear - Number(m[1]) <= RECENT_SINCE_YEARS);
  const compared = whole.replace(SUPERLATIVE_SINCE, '');
  const sentence = compared.replace(/\bsince\b[^,.;]*/giu, (phrase) => (recent(phrase) ? '' : phrase));
  // "the bridge, opened in 1963", "models built between 2019 and 2022": when a thing was made, not when the
  // sentence's figure happened.
  const described = sentence.replace(DATED_APPOSITION, '').replace(MADE_IN, '');
  // "last year's floods" names an earlier event; the sentence's own figure may still be today's.
  if (/\b(?:years ago|last year(?!['’]s)|in the past)\b/i.test(described)) return true;
  if (referenceYear === null) return false;
  for (const m of described.matchAll(YEAR)) {
    const before = described.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
    if (/\b(?:until|till|by|through|to)\s+(?:\p{L}+\s+)?$/iu.test(before)) continue;
    if (Number(m[1]) < referenceYear) return true;
  }
  return false;
}

function yearOf(date: string | null | undefined): number | null {
  const m = /^(\d{4})/.exec(date ?? '');
  return m ? Number(m[1]) : null;
}

/** Without a date, the latest year the text mentions (not after "until") stands in for the article's year. */
function latestYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(/(\b(?:until|till|through|by|to)\s+)?\b(19[5-9]\d|20\d{2})\b/gi)) {
    if (!m[1]) latest = Math.max(latest ?? 0, Number(m[2]));
  }
  return latest;
}
