// Claims that are not figures: who a fact is attributed to, when and where an event happened ("signed in Hanoi on
// Wednesday"), and the office a person holds ("Defence Minister Sergei Shoigu").
import type { Span, Timex } from '../model.js';
import { placeCountry } from './actors.js';
import { LENGTH_UNIT, parseLength } from './claim-values.js';
import { COUNTRIES } from './countries.js';

const ATTRIBUTIONS: RegExp[] = [
  /\baccording to\s+((?:the\s+|a\s+|an\s+)?[^,.;"“”]{2,80}?)(?=[,.;"“”]|$)/i,
  /,\s*((?:the\s+|a\s+|an\s+)?(?:[\p{L}'’.-]+\s+){0,6}?[\p{L}'’.-]+)\s+(?:said|says|reported|reports|announced|confirmed|told)\b(?!\s+(?:that|it|they))/iu,
  /^((?:the\s+|a\s+|an\s+)?[^,;"“”]{2,70}?)\s+(?:said|says|reported|reports|announced|confirmed)\b/i,
];

/** Who the sentence says the fact comes from: "a local monitoring group", "state media". */
export function attributionOf(sentence: string): string | null {
  for (const re of ATTRIBUTIONS) {
    const m = re.exec(sentence);
    if (!m?.[1]) continue;
    const source = m[1].trim().replace(/^(?:the)\s+/i, (t) => t.toLowerCase());
    // A pronoun or a bare clause is not a source.
    if (/^(?:it|he|she|they|we|this|that|there)$/i.test(source) || source.split(/\s+/).length > 9) continue;
    // "Myanmar state television on Sunday": the day is when it said so, not who said it.
    return source.replace(/\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|earlier|late|last week)$/iu, '');
  }
  return null;
}

/** What an event verb says happened, for the slot of its date or place. */
const EVENT_TRIGGERS: { re: RegExp; topic: string; needs?: RegExp }[] = [
  { re: /\b(?:signed|inked|concluded|sealed)\b/i, topic: 'agreement', needs: /\b(?:agreement|deal|pact|contract|treaty|accord|memorandum)\b/i },
  { re: /\b(?:met|talks|meeting|negotiations)\b/i, topic: 'meeting' },
  { re: /\b(?:summit|conference)\b/i, topic: 'conference' },
  { re: /\b(?:struck|capsized|sank|exploded|crashed|collided|collapsed|caved in|erupted|derailed|jumped the tracks|came off the (?:tracks|rails)|overturned|plunged|caught fire|broke out|was attacked|were attacked|stormed|went down)\b/i, topic: 'incident' },
  { re: /\b(?:arrived|landed)\b/i, topic: 'visit' },
];

/** Characters between an event verb and the date or place after it ("signed ... in Hanoi on Wednesday"). */
const TRIGGER_REACH = 80;
/** Characters between a date and the event verb after it ("on Sunday struck"): closer, or it dates another act. */
const TRIGGER_REACH_BEFORE = 15;

export interface FactClaim {
  slot: string;
  value: string;
  normalized: string;
  subject?: string;
}

/** A timex that is a clock time and nothing else: "4pm", "14:20", "10:15 a.m.", "midnight". */
const CLOCK_ONLY = /^\s*(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?|h|hrs)?|noon|midnight)\s*$/iu;

/** True when a time expression names only an hour, so any day in its value was supplied by the publication date. */
export function isClockOnly(text: string): boolean {
  return CLOCK_ONLY.test(text);
}

/** "signed ... on Wednesday" -> agreement date 2025-05-21, from the time layer's resolved dates in the sentence. */
export function eventDateClaims(sentence: string, span: Span, timexes: Timex[]): FactClaim[] {
  // "Tuesday morning" (2025-12-02TMO) dates the day as well as "Tuesday".
  // A bare clock reading ("at 7:20 a.m.") takes its day from the publication date, not from the text: it dates nothing.
  const dated = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.start >= span.start && t.end <= span.end && /^\d{4}-\d{2}-\d{2}/.test(t.value) && !isClockOnly(t.text));
  if (dated.length === 0) return [];
  const out: FactClaim[] = [];
  const offset = span.start;
  for (const { re, topic, needs } of EVENT_TRIGGERS) {
    const m = re.exec(sentence);
    if (!m || (needs && !needs.test(sentence))) continue;
    const at = offset + (m.index ?? 0);
    const near = dated
      .map((t) => ({ t, after: t.start >= at, distance: t.start >= at ? t.start - at - m[0].length : at - t.end }))
      .filter(({ after, distance }) => distance <= (after ? TRIGGER_REACH : TRIGGER_REACH_BEFORE))
      .sort((a, b) => a.distance - b.distance)[0];
    if (near) out.push({ slot: `${topic} date`, value: near.t.text, normalized: near.t.value.slice(0, 10) });
  }
  return out;
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
const PLACE_AFTER = new RegExp(String.raw`^(?:[^.;]|\.(?=\d)){0,${TRIGGER_REACH}}?\b(?:in|at|off|near)\s+(?:the\s+)?(?:(?:capital|city|town|port|village|coast|island)\s+(?:of\s+)?)?(${PLACE_NAME})`, 'u');
const NOT_PLACES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b/u;

let countryNames: Map<string, string> | null = null;
/** Demonyms in lower case, each with its country's code. */
let demonymCountries: Map<string, string> | null = null;

export function countryCodeOf(name: string): string | null {
  countryNames ??= new Map(COUNTRIES.flatMap((c) => c.names.map((n) => [n.toLowerCase(), c.code] as [string, string])));
  return countryNames.get(name.toLowerCase()) ?? null;
}

function demonymCountry(word: string): string | null {
  demonymCountries ??= new Map(COUNTRIES.flatMap((c) => c.demonyms.map((d) => [d.toLowerCase(), c.code] as [string, string])));
  return demonymCountries.get(word.toLowerCase()) ?? null;
}

export function isDemonym(word: string): boolean {
  return demonymCountry(word) !== null;
}

/** The country a name or a demonym names ("Liberia" or "Liberian" -> its code), or null. */
export function countryOfNameOrDemonym(word: string): string | null {
  return countryCodeOf(word) ?? demonymCountry(word);
}

/** A place as a path, country first: "MMR/Naypyidaw", "MMR"; "?/Wawonii Island" when the country is unknown. */
export function placePath(name: string): string {
  const country = countryCodeOf(name);
  if (country) return country;
  return `${placeCountry(name) ?? '?'}/${name}`;
}

/** "signed in Hanoi", "held talks in the capital Naypyidaw", "capsized off Wawonii Island". */
export function placeClaims(sentence: string): FactClaim[] {
  const out: FactClaim[] = [];
  for (const { re, topic, needs } of EVENT_TRIGGERS) {
    const m = re.exec(sentence);
    if (!m || (needs && !needs.test(sentence))) continue;
    const place = PLACE_AFTER.exec(sentence.slice((m.index ?? 0) + m[0].length));
    const written = place?.[1]?.replace(/['’]s$/u, '');
    if (!written || NOT_PLACES.test(written) || isDemonym(written.split(/\s+/)[0]!)) continue;
    // "Indonesia's Sulawesi": the country, then the place in it.
    const owner = /^(\p{Lu}[\p{L}-]+)['’]s\s+(.+)$/u.exec(written);
    const ownerCode = owner ? countryCodeOf(owner[1]!) : null;
    const normalized = owner && ownerCode ? `${ownerCode}/${owner[2]}` : placePath(written);
    out.push({ slot: `${topic} place`, value: written, normalized });
  }
  return out;
}

/** "the ferry had left the port of Bitung for Ternate", "departed from Manado": where a journey began. */
const DEPARTURE = new RegExp(String.raw`\b(?:left|departed(?:\s+from)?|sailed from|set sail from|took off from|leaving|departing(?:\s+from)?)\s+(?:the\s+)?(?:(?:port|city|town|harbour|harbor|airport|island)\s+(?:of\s+)?)?(${PLACE_NAME})`, 'u');
const JOURNEY = /\b(?:ferry|ship|vessel|boat|train|plane|flight|aircraft|jet|bus|coach|convoy|tanker|freighter|liner)\b/iu;

/** The place a journey began: a port or a city is one point, so two outlets' different names for it disagree. */
export function departureClaims(sentence: string): FactClaim[] {
  const m = DEPARTURE.exec(sentence);
  const written = m?.[1]?.replace(/['’]s$/u, '');
  if (!m || !written || NOT_PLACES.test(written) || isDemonym(written.split(/\s+/)[0]!)) return [];
  // A journey: a vehicle in the sentence, or a destination after the place ("left Manado for Ternate").
  const after = sentence.slice((m.index ?? 0) + m[0].length);
  if (!JOURNEY.test(sentence) && !/^\s+(?:for|bound for|to)\s+\p{Lu}/u.test(after)) return [];
  return [{ slot: 'departure', value: written, normalized: placePath(written) }];
}

/** Offices, whose holder is a checkable fact; ranks and descriptions ("General", "junta leader") are not. */
const OFFICE = String.raw`(?:Prime Minister|Minister|Secretary-General|Secretary|President|Vice-President|Premier|Chancellor|Governor|Ambassador|Mayor|Speaker|Chairman|Chairwoman|Chair|Director-General|Director|Foreign Minister)`;
const OFFICE_WORD = new RegExp(OFFICE, 'u');
const TITLE = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’-]+\s+){0,4})(${OFFICE})(\s+of\s+(?:the\s+)?\p{Lu}[\p{L}]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}]+)??)?\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)`, 'gu');
const NOT_TITLE_WORDS = /^(?:The|On|In|At|As|But|And|After|When|While|Meanwhile|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Former|Then|Acting|Late|New|Outgoing|Incoming)$/u;

/** "Russian Defence Minister Sergei Shoigu" -> title "defence minister" of "shoigu". */
export function titleClaims(sentence: string): FactClaim[] {
  if (!OFFICE_WORD.test(sentence)) return [];
  const out: FactClaim[] = [];
  for (const m of sentence.matchAll(TITLE)) {
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0);
    // A former or acting office holder says nothing about the current one.
    if (/\b(?:former|ex-|acting|late|then)\s*$/i.test(before)) continue;
    let words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
    const cut = words.map((w) => NOT_TITLE_WORDS.test(w)).lastIndexOf(true);
    if (cut >= 0) {
      if (/^(?:Former|Acting|Late|Then|Outgoing)$/u.test(words[cut]!)) continue;
      words = words.slice(cut + 1);
    }
    const qualifiers = words.filter((w) => !isDemonym(w.replace(/['’]s$/u, '')) && !countryCodeOf(w.replace(/['’]s$/u, '')));
    const name = m[4]!;
    if (/^(?:Assembly|Council|Office|Ministry|Department|Staff)\b/u.test(name)) continue;
    const value = `${words.join(' ')} ${m[2]}${m[3] ?? ''}`.trim();
    out.push({ slot: 'title', value, normalized: normalizeTitle(qualifiers, m[2]!, m[3] ?? ''), subject: name.split(/\s+/).at(-1)!.replace(/['’]s$/u, '').toLowerCase() });
  }
  return out;
}

/** "Minister of Defense" and "Defence Minister" -> "defence minister". */
function normalizeTitle(qualifiers: string[], office: string, ofPart: string): string {
  const of = ofPart.replace(/^\s+of\s+(?:the\s+)?/u, '').trim();
  return [...qualifiers, of, office]
    .filter(Boolean)
    .join(' ')
    .toLowerCase()
    .replace(/\bdefense\b/gu, 'defence')
    .replace(/\s+/gu, ' ');
}

const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}`;
/** A word that links a noun to another ("the rider of Team Amani"): a name past it is not the aged person's. */
const NOT_LINK = String.raw`(?!(?:of|from|for|with|at|in|on|to|and|by)\b)`;
/** "John Smith, 45, said": the age of a named person, news style. */
const AGE = new RegExp(String.raw`(${NAME}),\s+(\d{1,3}),`, 'gu');

/** "35-year-old Daniel Mercer", "the 35-year-old former worker Daniel Mercer". */
const AGE_BEFORE = new RegExp(String.raw`\b(\d{1,3})-year-old\s+(?:${NOT_LINK}\p{Ll}[\p{L}-]*\s+){0,3}?(${NAME})`, 'gu');
/** "Eric Habimana (24, Team Amani)", "Ana Ruiz (31)": a name with its age in brackets, as sports and lists write it. */
const AGE_BRACKETS = new RegExp(String.raw`(${NAME})\s+\((\d{1,3})(?:,|\))`, 'gu');

/** "Grace Wanjiru, the 53-year-old chief economist": an age in apposition to a name. */
const AGE_APPOSITION = new RegExp(String.raw`(${NAME}),\s+(?:the|an?)\s+(\d{1,3})-year-old\b`, 'gu');

/** Ages of named people, keyed by surname: one outlet's "45" against another's "46" is a conflict. */
export function ageClaims(sentence: string): FactClaim[] {
  const out: FactClaim[] = [];
  if (!/,\s*\d{1,3},|\d-year-old|\(\d{1,3}[,)]/.test(sentence)) return out;
  const found = [...sentence.matchAll(AGE)].map((m) => [m[1]!, m[2]!] as const)
    .concat([...sentence.matchAll(AGE_BEFORE)].map((m) => [m[2]!, m[1]!] as const))
    .concat([...sentence.matchAll(AGE_APPOSITION)].map((m) => [m[1]!, m[2]!] as const))
    .concat([...sentence.matchAll(AGE_BRACKETS)].map((m) => [m[1]!, m[2]!] as const));
  for (const [name, written] of found) {
    const age = Number(written);
    if (age < 1 || age > 120) continue;
    out.push({ slot: 'age', value: written, normalized: String(age), subject: name.split(/\s+/).at(-1)!.replace(/['’]s$/u, '').toLowerCase() });
  }
  // "A 41-year-old Spanish runner", "a 39-year-old man from Vigo": no name, so no subject (the capitalised word is an
  // origin); the claims stage keeps such an age only when the article describes one unnamed person by age.
  const namedValues = new Set(out.map((claim) => claim.value));
  // "Ana Ruiz, the 49-year-old director": an age a name already took is that person's, not an unnamed one's.
  const definite = [...sentence.matchAll(AGE_THE_UNNAMED), ...sentence.matchAll(AGE_NOUN_COMMA)].filter((m) => !namedValues.has(m[1]!));
  for (const m of [...sentence.matchAll(AGE_UNNAMED), ...definite]) {
    const age = Number(m[1]);
    if (age < 1 || age > 120) continue;
    const named = out.findIndex((claim) => claim.value === m[1]);
    if (named >= 0) out.splice(named, 1);
    out.push({ slot: 'age', value: m[1]!, normalized: String(age) });
  }
  return out;
}

const PERSON_NOUN = String.raw`(?:man|woman|boy|girl|person|runner|rider|driver|passenger|worker|tourist|mother|father|resident|student|pilot|cyclist|pedestrian|fisherman|farmer|teacher|nurse|soldier|officer|victim|survivor|child|motorist|hiker|climber|swimmer|athlete|spectator|fan)\b`;
const DEMONYM = String.raw`\p{Lu}\p{Ll}+(?:ish|ese|an|ian|i|ch)`;
/** "a 41-year-old Spanish runner", "an 80-year-old woman from Lyon", "a 39-year-old man": an unnamed person. */
const AGE_UNNAMED = new RegExp(
  String.raw`\b[Aa]n?\s+(\d{1,3})-year-old\s+(?:(?:${DEMONYM})\s+)?${PERSON_NOUN}(?!\s+(?:named|called|identified as)\b)(?!,?\s+\p{Lu})`,
  'gu',
);

/** "the 58-year-old approved", "The 23-year-old rider of Team Amani": a person the article named before, by age. */
const AGE_THE_UNNAMED = new RegExp(String.raw`\b[Tt]he\s+(\d{1,3})-year-old\b(?!\s+(?:${NOT_LINK}\p{Ll}[\p{L}-]*\s+){0,3}\p{Lu})`, 'gu');
/** "The driver, 34, was attacked": a person's role with the age in apposition. */
const AGE_NOUN_COMMA = new RegExp(String.raw`\b[Tt]he\s+(?:\p{Ll}+\s+)?${PERSON_NOUN},\s+(\d{1,3}),`, 'gu');

const DIRECTION = String.raw`(?:(?:north|south|east|west)(?:-?(?:east|west))?)`;
/** "90 km southwest of Kendari", "56 miles from the capital Lima": a distance from a named place. */
const DISTANCE = new RegExp(String.raw`\b((?:[Aa]bout|[Aa]round|[Ss]ome|roughly|nearly|almost|more than|at least)\s+)?(\d[\d,]*(?:\.\d+)?)\s*(${LENGTH_UNIT})\s+(?:\(\s*[\d.,]+\s*\p{L}+\s*\)\s+)?(?:${DIRECTION}\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:capital|city|town|port|village)\s+(?:of\s+)?)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)`, 'gu');

/** Distances from a named place, in metres, keyed by the place. */
export function distanceClaims(sentence: string): (FactClaim & { precision: number })[] {
  const out: (FactClaim & { precision: number })[] = [];
  if (!/\d\s*(?:km|kilomet\w*|miles?|metres?|meters?|feet|ft|m)\b/.test(sentence)) return out;
  for (const m of sentence.matchAll(DISTANCE)) {
    const length = parseLength(`${(m[1] ?? '').toLowerCase()}${m[2]!}`, m[3]!);
    if (!length || NOT_PLACES.test(m[4]!)) continue;
    out.push({ slot: 'distance', value: m[0], normalized: `${length.value} m`, subject: m[4]!.toLowerCase(), precision: length.precision });
  }
  return out;
}

/** "The first vessel is due to be delivered in 2029", "the first ferry will leave the slipway in 2030". */
const FIRST_DUE = /\b[Tt]he first (?:[\p{Ll}-]+\s+){0,3}?(?:is|are|will|would|should|could|was|were)\b(?:\s+(?:now\s+)?(?:due|expected|scheduled|set|planned|slated)\b)?[^.;]{0,50}?\b(?:in|by)\s+((?:early|late|mid-?)\s*)?(20\d{2})\b/u;

/**
 * The year the first of a planned series is due (a first delivery, a first flight): one per sentence, and only a
 * year after the report's own (a past year is history). Outlets that give different years disagree.
 */
export function firstDueClaims(sentence: string, referenceYear: number | null): FactClaim[] {
  if (referenceYear === null || !/\bfirst\b/iu.test(sentence)) return [];
  const m = FIRST_DUE.exec(sentence);
  if (!m || Number(m[2]) <= referenceYear) return [];
  return [{ slot: 'first due', value: m[2]!, normalized: m[2]! }];
}
