// Claims: sentences that state a checkable fact (a duration, a toll, a count, an amount, a date, a place, a title),
// with the source the article attributes them to. Slot names are fixed so that the claims of different articles
// about one event line up: "agreement duration" P5Y in one outlet against P4Y in another is a conflict.
import type { Claim, Span, TextAnnotations } from '../model.js';
import { findDurations, findUntil, numberValue } from './attributes.js';
import { boundedSentences, splitSentences } from './sentences.js';
import { events as settings } from '../settings.js';
import { isKnownPlace } from './actors.js';

/** Event nouns a fact can be about, mapped to one canonical subject. */
const TOPICS: [RegExp, string][] = [
  [/\b(?:agreement|pact|deal|treaty|accord|memorandum)\b/i, 'agreement'],
  [/\bcoup\b|\bseized power\b|\btook power\b/i, 'coup'],
  [/\b(?:visit|trip)\b/i, 'visit'],
  [/\b(?:talks|meeting|met)\b/i, 'meeting'],
  [/\b(?:conference|summit|forum)\b/i, 'conference'],
  [/\belections?\b/i, 'election'],
  [/\b(?:crackdown|attack|offensive|clashes|fighting|bombing|strike)\b/i, 'violence'],
  [/\bresolution\b/i, 'resolution'],
  [/\bsanctions?\b/i, 'sanctions'],
  [/\b(?:exercises?|drills?|parade)\b/i, 'exercise'],
];

const ATTRIBUTIONS: RegExp[] = [
  /\baccording to\s+((?:the\s+|a\s+|an\s+)?[^,.;"“”]{2,80}?)(?=[,.;"“”]|$)/i,
  /,\s*((?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s+(?:said|says|reported|reports|announced|confirmed|told)\b(?!\s+(?:that|it|they))/iu,
  /^((?:the\s+|a\s+|an\s+)?[^,;"“”]{2,70}?)\s+(?:said|says|reported|reports|announced|confirmed)\b/i,
];

/** Who the sentence says the fact comes from. */
export function attributionOf(sentence: string): string | null {
  for (const re of ATTRIBUTIONS) {
    const m = re.exec(sentence);
    if (!m?.[1]) continue;
    const source = m[1].trim().replace(/^(?:the)\s+/i, (t) => t.toLowerCase());
    // A pronoun or a bare clause is not a source.
    if (/^(?:it|he|she|they|we|this|that|there)$/i.test(source) || source.split(/\s+/).length > 9) continue;
    return source;
  }
  return null;
}

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands`;
const HEDGE = String.raw`(?:at least|more than|over|nearly|almost|about|around|some|up to|fewer than|less than|roughly|an estimated)\s+`;
const PEOPLE = String.raw`(?:people|civilians|persons|soldiers|troops|protesters|demonstrators|children|women|men|fighters|militants|rebels|police(?:men)?|officers|villagers|residents|refugees|prisoners|journalists|activists|students|workers|Iraqis|Afghans|Palestinians)`;

const TOLLS: { slot: string; re: RegExp }[] = [
  { slot: 'death toll', re: new RegExp(String.raw`\b(?:killed|killing|kills|left)\s+((?:${HEDGE})?(?:${NUMBER}))\s+(?:\w+\s+){0,2}?(${PEOPLE})`, 'i') },
  { slot: 'death toll', re: new RegExp(String.raw`\b((?:${HEDGE})?(?:${NUMBER}))\s+(?:\w+\s+){0,2}?(${PEOPLE})\s+(?:were|have been|had been|was)?\s*(?:killed|dead|died)`, 'i') },
  { slot: 'death toll', re: new RegExp(String.raw`\bdeath toll\s+(?:\w+\s+){0,3}?(?:to|of|at)\s+((?:${HEDGE})?(?:${NUMBER}))()`, 'i') },
  { slot: 'injured', re: new RegExp(String.raw`\b(?:wounded|injured|wounding|injuring)\s+((?:${HEDGE})?(?:${NUMBER}))\s+(?:\w+\s+){0,2}?(${PEOPLE})?`, 'i') },
  { slot: 'arrested', re: new RegExp(String.raw`\b(?:arrested|detained|arresting|detaining)\s+((?:${HEDGE})?(?:${NUMBER}))\s+(?:\w+\s+){0,2}?(${PEOPLE})?`, 'i') },
  { slot: 'displaced', re: new RegExp(String.raw`\b((?:${HEDGE})?(?:${NUMBER}))\s+(?:\w+\s+){0,2}?(${PEOPLE})\s+(?:have\s+)?(?:fled|been displaced|were displaced)`, 'i') },
];

const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB', '¥': 'JPY' };
const CURRENCY_WORD: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', rouble: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', yuan: 'CNY', kyat: 'MMK', shillings: 'SHILLING', rupees: 'INR',
};
const AMOUNT_SYMBOL = /([$€£₽¥])\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|billion|thousand|bn|m)?\b/g;
const AMOUNT_WORD = /\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(million|billion|thousand)?\s+(dollars?|euros?|pounds|roubles|rubles?|yuan|kyat|shillings|rupees)\b/gi;
const COUNT = new RegExp(String.raw`\b((?:${HEDGE})?(\d{1,3}(?:,\d{3})+|\d+))\s+(countries|nations|states|members|people|civilians|soldiers|troops|tanks|jets|helicopters|aircraft|elephants|delegates|officials|villages|towns|projects|scholarships)\b`, 'gi');

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9 };

/** "at least 1,000" -> "1000"; "5.1 million" -> "5100000"; "five" -> "5". */
export function normalizeNumber(raw: string): string {
  const text = raw.toLowerCase().replace(new RegExp(`^${HEDGE}`, 'i'), '').trim();
  const m = /^([\d,.]+)\s*(million|billion|thousand|bn|m)?$/.exec(text);
  if (m) {
    const value = Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2]]! : 1);
    return String(Math.round(value * 100) / 100);
  }
  const word = numberValue(text);
  return word === null ? text : String(word);
}

const TITLE_HEAD = String.raw`(?:Minister|Secretary|President|Premier|Chancellor|General|Commander|Chief|Chairman|Spokesman|Spokeswoman|Ambassador|Envoy|Director|Governor|King|Emir|leader|chief)`;
const TITLE_WORD = String.raw`(?:Russian|Chinese|American|British|French|Myanmar|Defen[cs]e|Foreign|Prime|Deputy|Vice|Senior|Security|Council|Interior|Finance|National|Federal|State|Junta|junta|military|Military|Army|Supreme|First|Lieutenant|Major|Chief)`;
const TITLE = new RegExp(String.raw`\b((?:${TITLE_WORD}\s+){0,5}${TITLE_HEAD}(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)*)?)\s+((?:[\p{Lu}][\p{L}'’-]+\s+){0,3}[\p{Lu}][\p{L}'’-]+)`, 'gu');

/** Cheap test before the title pattern: no head word, no title. */
const TITLE_HINT = new RegExp(TITLE_HEAD);

export function extractClaims(text: string, annotations: TextAnnotations): Claim[] {
  const given: Span[] = annotations.sentences.length > 0 ? annotations.sentences : splitSentences(text);
  const sentences = boundedSentences(text, given, settings.maxSentenceChars);
  const claims: Claim[] = [];
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    const attributedTo = attributionOf(sentence);
    const topic = TOPICS.find(([re]) => re.test(sentence))?.[1] ?? null;
    const add = (slot: string, value: string, normalized: string, extra: Partial<Claim> = {}): void => {
      claims.push({ slot, value, normalized, sentence: span, evidence: sentence, attributedTo, subject: topic, ...extra });
    };
    for (const d of findDurations(sentence)) {
      const near = sentence.slice(d.index, d.index + d.text.length + 45);
      const about = TOPICS.find(([re]) => re.test(near))?.[1];
      if (about) add(`${about} duration`, d.text, d.value, { subject: about });
    }
    const until = findUntil(sentence);
    if (until && topic === 'agreement') add('agreement end', /until\s+[^,.;]+/i.exec(sentence)?.[0] ?? until, until, { subject: 'agreement' });
    const hasNumber = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b/i.test(sentence);
    for (const { slot, re } of hasNumber ? TOLLS : []) {
      const m = re.exec(sentence);
      if (m?.[1]) add(slot, m[1], normalizeNumber(m[1]), { unit: m[2] || undefined });
    }
    for (const m of sentence.matchAll(AMOUNT_SYMBOL)) {
      add('amount', m[0].trim(), normalizeNumber(`${m[2]} ${m[3] ?? ''}`.trim()), { unit: CURRENCY_SYMBOL[m[1]!] });
    }
    for (const m of sentence.matchAll(AMOUNT_WORD)) {
      add('amount', m[0], normalizeNumber(`${m[1]} ${m[2] ?? ''}`.trim()), { unit: CURRENCY_WORD[m[3]!.toLowerCase()] ?? m[3] });
    }
    for (const m of sentence.matchAll(COUNT)) {
      if (claims.some((c) => c.sentence === span && c.value.includes(m[1]!))) continue;
      add(`count of ${m[3]!.toLowerCase()}`, m[1]!, normalizeNumber(m[1]!), { unit: m[3]!.toLowerCase() });
    }
    for (const t of annotations.timexes) {
      if (t.start < span.start || t.end > span.end || t.type !== 'DATE' || !/^\d{4}/.test(t.value)) continue;
      if (topic) add(`${topic} date`, t.text, t.value, { subject: topic });
    }
    for (const m of TITLE_HINT.test(sentence) ? sentence.matchAll(TITLE) : []) {
      const title = m[1]!.replace(/^(?:Russian|Chinese|American|British|French|Myanmar)\s+/, '');
      // "General Assembly" is a body, and a bare lower-case "leader" says nothing checkable.
      if (/^(?:Assembly|Council|Staff|Office)\b/.test(m[2]!) || /^(?:leader|chief)$/.test(title)) continue;
      add('title', m[1]!, title, { subject: m[2]! });
    }
    const place = /\b(?:held talks|met|signed|arrived|visited)\b[^.]*?\bin\s+(?:the\s+)?(?:capital\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)/u.exec(sentence);
    if (place && topic && isKnownPlace(place[1]!)) add(`${topic} place`, place[1]!, place[1]!, { subject: topic });
  }
  return claims;
}
