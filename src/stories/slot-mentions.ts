// Non-figure facts an article states, read per sentence without knowing the author (issue 7, part 3): places after a
// locative preposition ("signed in Port Verin", "near Tarvik", "coming from Peru", a dateline), a person's post
// ("Deputy Transport Minister Ana Veld", "Ana Veld, the agency's chief executive"), the person holding a post
// ("Judge Mira Holt": the same reading, keyed by the post), and the weekday of an event ("early on Monday",
// "Sunday night"). slot-pairs.ts pairs these across the articles of a story. Pure: a sentence in, mentions out.
import { COUNTRIES } from '../data/countries.js';
import { CALENDAR_WORDS } from './text.js';

export type SlotKind = 'place' | 'post' | 'who' | 'day';

export interface SlotMention {
  kind: SlotKind;
  /** The value as written, the form the conflict shows ("near Tarvik", "State Finance Minister", "Sunday night"). */
  value: string;
  /** What two values are compared by: a place's words, a post without nationality, a person's surname, a weekday. */
  key: string;
  /** Whose post (a surname) or which post a person holds (its head words); empty for places and days. */
  subject: string;
  /** The word that governs the mention: a place's preposition or verb, the word before a day, or "". */
  governor: string;
  /** The verb of the clause before the mention, its first five letters ("crash", "signe"), or "". */
  verb: string;
  /** Offset of the mention in its sentence. */
  start: number;
  end: number;
  /** The place of a dateline ("TASHKENT, Nov 18 -"): where the reporter files from, not always where it happened. */
  dateline: boolean;
}

const WEEKDAYS = CALENDAR_WORDS.slice(0, 7);
const CALENDAR = new Set(CALENDAR_WORDS);
const COUNTRY_NAMES = new Set(COUNTRIES.flatMap((c) => [c.name, ...c.otherNames, ...c.newsNames]).map((name) => name.toLowerCase()));
const DEMONYMS = new Set(COUNTRIES.flatMap((c) => [...c.demonyms, ...c.newsDemonyms]).map((name) => name.toLowerCase()));

/** Whether a place is a country (of the gazetteer): a country against a town is a difference of scale, not of fact. */
export function isCountry(place: string): boolean {
  return COUNTRY_NAMES.has(place.toLowerCase().replace(/^the\s+/u, ''));
}

/** A capitalised word (not a weekday or month), with an optional inner connector for "Dar es Salaam", "Ho Chi Minh City". */
const CAP = String.raw`\p{Lu}[\p{L}'’.-]*`;
const CONNECTOR = String.raw`(?:\s+(?:es|de|del|da|do|al|el|la|upon|sur)(?=\s+\p{Lu}))?`;
const NAME_RUN = `${CAP}(?:${CONNECTOR}\\s+${CAP}){0,4}`;

/** A locative preposition and the place after it; "port of", "city of", "town of" kept in front of the name. */
const PLACE = new RegExp(
  String.raw`\b(?<prep>[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|off|from|to|left|leaving|departed|visits|visited|visiting|reached)\s+(?:the\s+)?(?:(?:port\s+)?(?:port|city|town|village|district|province|region|commune|island|state)\s+of\s+)?(?<name>${NAME_RUN})`,
  'gu',
);
/** The larger place right after a place: " in Holm district", ", Peru". */
const WITHIN = new RegExp(String.raw`^(?:\s+in\s+(?:the\s+)?|,\s+)(?<outer>${NAME_RUN})(?<unit>\s+(?:district|province|region|state|county))?`, 'u');
/** Prepositions that say where relative to the place: shown with the place ("near Tarvik" is not "in Tarvik"). */
const RELATIVE = new Set(['near', 'outside', 'off']);
/** A dateline: the article's first capitalised word(s) in capitals, then a comma. */
const DATELINE = /^(?<name>\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,3}),/u;
/** Continents and world regions: where a trend holds, seldom where an event happened. */
const WORLD_REGION = /^(?:(?:North|South|Latin|Central|East|West|Southeast|Sub-Saharan)\s+)?(?:Africa|America|Americas|Asia|Europe|Oceania|Antarctica|Caribbean|Middle East|Pacific|Atlantic)$/u;
/** Capitalised words after "in" that are no place: organisations, documents, titles. */
const NOT_PLACE = /\b(?:Ministry|Minister|Government|Parliament|Council|Court|Commission|Agency|Bank|Party|Company|Group|Union|Committee|Office|Department|Agreement|Act|Statement|Press|Wire|News|Police|Army|Force|Forces|University|Airlines?|Air|Limited|Ltd|Inc|Corp|Authority|Association|Federation|Institute|Service|Services|Team)\b/u;

/** Head nouns of a post or office (general English vocabulary of titles). */
const TITLE_HEADS =
  'minister|secretary|secretary-general|president|vice-president|premier|chancellor|governor|mayor|judge|justice|magistrate|' +
  'commander|commissioner|director|director-general|chairman|chairwoman|chairperson|chair|chief|officer|executive|economist|' +
  'spokesman|spokeswoman|spokesperson|ambassador|councillor|councilor|prosecutor|attorney-general|general|head|leader|' +
  'manager|senator|administrator|inspector|superintendent|coach|captain|envoy|ceo|cfo|registrar|speaker';
const TITLE_WORD = new RegExp(`^(?:${TITLE_HEADS})$`, 'iu');
/** The title words as a pattern that takes either case of the first letter ("Minister", "minister", "CEO"). */
const TITLE = TITLE_HEADS.split('|')
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .concat(['CEO', 'CFO'])
  .join('|');
/** Words that make a post another rank of it: "Deputy Foreign Minister" is not "Foreign Minister". */
export const RANK_WORDS = new Set(
  'deputy vice assistant acting former interim state senior principal chief junior associate first second executive general'.split(' '),
);
/** Heads that describe rather than name a post ("chief executive" ends in "executive": a post). */
const VAGUE_HEADS = /^(?:head|chief|leader)$/iu;
/** Words a post phrase may hold before its head: any capitalised word, the rank words, and a few lowercase kinds. */
const POST_WORD = /^(?:\p{Lu}[\p{L}'’-]*|deputy|vice|assistant|acting|former|interim|state|senior|principal|chief|junior|associate|regional|national|provincial|district|city|fire|police|foreign|finance|trade|defence|defense|interior|health|prime|general|financial|executive|operating|bank|central)$/u;
/** A person's name: two to four capitalised words (initials allowed). */
const NAME_WORD = String.raw`(?!(?:${TITLE})\b)\p{Lu}(?:['’]\p{Lu})?\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*`;
const PERSON = String.raw`(?<person>${NAME_WORD}(?:\s+(?:\p{Lu}\.|${NAME_WORD})){1,3})`;
/** "... Minister Ana Veld": a post phrase ending in a title word, right before a name. */
const POST_BEFORE = new RegExp(String.raw`(?<post>(?:[\p{L}'’-]+\s+){0,5}?\b(?:${TITLE})(?:\s+of\s+(?:the\s+)?${CAP}(?:\s+(?:and\s+)?${CAP}){0,4})?),?\s+(?:(?:ACFO|Dr|Mr|Mrs|Ms|Prof)\.?\s+)?${PERSON}`, 'gu');
/** "Ana Veld, the agency's chief executive," / "Ana Veld, 51, deputy governor of the Central Bank". */
const POST_AFTER = new RegExp(
  String.raw`${PERSON},\s+(?:\d{1,3},\s+)?(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+['’]s\s+)?(?:\d{1,3}-year-old\s+)?(?<post>(?:[\p{L}-]+\s+){0,4}?\b(?:${TITLE}))(?:\s+(?:of|at)\s+(?<org>(?:the\s+)?${CAP}(?:\s+(?:of\s+)?${CAP}){0,4}))?(?=[,.;]|\s+(?:said|told|says)\b)`,
  'gu',
);

/** A weekday as the day of something: "(early|late) on Monday (morning)", "last Thursday", "Sunday night". */
const DAY = new RegExp(
  String.raw`(?<lead>\b(?:(?:early|late)\s+)?(?:on|last|since|by|until|from)\s+)?\b(?<day>${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})\b(?<part>\s+(?:morning|afternoon|evening|night))?`,
  'gu',
);
/**
 * The last word of a text ("informed on Wednesday" -> "informed"). The lookbehind starts it only at a word's first
 * letter, which the leftmost match does anyway; without it a long word followed by a digit is tried at each letter.
 */
const LAST_WORD = /(?<![\p{L}'’-])([\p{L}'’-]+)\W*$/u;

/** The word before an offset of a sentence, lower-cased ("informed on Wednesday" -> "informed"); '' when none. */
export function lastWordBefore(sentence: string, at: number): string {
  return LAST_WORD.exec(sentence.slice(0, at))?.[1]?.toLowerCase() ?? '';
}
/** Verbs of an event that do not end in -ed (the rest are read by their ending). */
export const IRREGULAR = new Set('struck hit left met began broke took found held won fell sank ran came went made led set shot caught flew sent began tore gave rose spoke brought burnt burned swept blew froze drove threw sold bought fought'.split(' '));
const CLAUSE_START = /[,;:()—–]/u;

/** The last verb of the clause before `at` (a past form: "-ed" or an irregular one), cut to five letters. */
export function verbBefore(sentence: string, at: number): string {
  const before = sentence.slice(Math.max(0, at - 80), at);
  // Indices in UTF-16 units, as `at` and `slice` count them (an emoji is two units).
  let clauseStart = before.length;
  while (clauseStart > 0 && !CLAUSE_START.test(before[clauseStart - 1]!)) clauseStart--;
  const clause = before.slice(clauseStart);
  const words = clause.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if ((word.length > 4 && word.endsWith('ed')) || IRREGULAR.has(word)) return word.slice(0, 5);
  }
  return '';
}

/** The slot mentions of one sentence; `first` says whether it opens the article (a dateline may stand there). */
export function readSlotMentions(sentence: string, first: boolean): SlotMention[] {
  const mentions: SlotMention[] = [];
  if (first) {
    const dateline = DATELINE.exec(sentence);
    if (dateline) {
      const name = titleCase(dateline.groups!.name!);
      mentions.push({ kind: 'place', value: name, key: name.toLowerCase(), subject: '', governor: 'dateline', verb: '', start: 0, end: dateline[0].length - 1, dateline: true });
    }
  }
  for (const match of sentence.matchAll(PLACE)) {
    // "India's Bihar": the place is the inner one.
    const name = trimName(match.groups!.name!).split(/['’]s\s+/u).at(-1)!;
    if (!name || CALENDAR.has(name.toLowerCase().split(/\s+/u)[0]!) || NOT_PLACE.test(name) || WORLD_REGION.test(name) || DEMONYMS.has(name.toLowerCase())) continue;
    // "in Ana Veld's view", "to Veld": a name followed by a possessive is a person's.
    if (/^['’]s\b/u.test(sentence.slice(match.index + match[0].length))) continue;
    const prep = match.groups!.prep!.toLowerCase();
    // Shown with the larger place it is written in ("Tarvik in Holm district", "Cusco, Peru").
    const within = WITHIN.exec(sentence.slice(match.index + match[0].length));
    const larger = within && (within.groups!.unit || !within[0].startsWith(',') || isCountry(within.groups!.outer!)) ? within[0].replace(/[.'’-]+$/u, '') : '';
    const value = `${RELATIVE.has(prep) ? `${prep} ${name}` : name}${larger}`;
    const start = match.index + match[0].length - match.groups!.name!.length;
    mentions.push({ kind: 'place', value, key: name.toLowerCase(), subject: '', governor: prep, verb: verbBefore(sentence, match.index + 1), start, end: start + name.length, dateline: false });
  }
  for (const match of sentence.matchAll(POST_BEFORE)) {
    // "Minister Ana Veld's visit": a possessive name is the owner of what follows, still the post's holder,
    // but the name may run into the next noun; such readings are left out.
    if (/^['’]s\b/u.test(sentence.slice(match.index + match[0].length))) continue;
    const post = postPhrase(match.groups!.post!);
    if (post) mentions.push(...personAndPost(post, match.groups!.person!, match.index + match[0].length - match.groups!.person!.length - post.length - 1, match.index + match[0].length));
  }
  for (const match of sentence.matchAll(POST_AFTER)) {
    const written = match.groups!.post!;
    const post = postPhrase(match.groups!.org ? `${written} ${/\bat\b/u.test(match[0].slice(match[0].indexOf(written) + written.length, match[0].indexOf(written) + written.length + 5)) ? 'at' : 'of'} ${match.groups!.org}` : written);
    if (post) mentions.push(...personAndPost(post, match.groups!.person!, match.index, match.index + match[0].length));
  }
  for (const match of sentence.matchAll(DAY)) {
    // "by Tuesday", "since Monday", "until Friday": a deadline or a span, not the day something happened.
    if (/\b(?:since|by|until|from)\s+$/u.test(match.groups!.lead ?? '')) continue;
    const value = match[0].trim();
    mentions.push({ kind: 'day', value, key: match.groups!.day!.toLowerCase(), subject: '', governor: lastWordBefore(sentence, match.index), verb: verbBefore(sentence, match.index), start: match.index, end: match.index + match[0].length, dateline: false });
  }
  return dropOverlaps(mentions);
}

/** A post and the person holding it, as two mentions: the post of the person, and the person in the post. */
function personAndPost(post: string, person: string, start: number, end: number): SlotMention[] {
  const surname = person.trim().split(/\s+/u).at(-1)!;
  // The organisation ("of the Central Bank", "of Kenya") says where the post is, not which: compared without it.
  const org = /\s+(?:of|at)\s+(.+)$/u.exec(post);
  const key = postKey(org && (/^the\s/iu.test(org[1]!) || isCountry(org[1]!)) ? post.slice(0, org.index) : post);
  return [
    { kind: 'post', value: post, key, subject: surname.toLowerCase(), governor: '', verb: '', start, end, dateline: false },
    { kind: 'who', value: person.trim(), key: surname.toLowerCase(), subject: key, governor: '', verb: '', start, end, dateline: false },
  ];
}

/** The post phrase: its words from the first that may belong to a post, ending in the title word. */
function postPhrase(written: string): string | null {
  const words = written.trim().split(/\s+/u);
  const of = words.findIndex((word) => word === 'of' || word === 'at');
  const head = of < 0 ? words : words.slice(0, of);
  let from = head.length - 1;
  if (!TITLE_WORD.test(head[from] ?? '')) return null;
  // "head of the agency", "Commission chief": a description, not the name of a post.
  if (VAGUE_HEADS.test(head[from]!)) return null;
  while (from > 0 && POST_WORD.test(head[from - 1]!) && !/['’]s$/u.test(head[from - 1]!)) from--;
  // A sentence's first word, a determiner or a nationality is not part of the post ("Kenyan Defence Minister").
  while (from < head.length - 1 && (DEMONYMS.has(head[from]!.toLowerCase()) || /^(?:the|a|an|former)$/iu.test(head[from]!))) from++;
  const post = [...head.slice(from), ...(of < 0 ? [] : words.slice(of))].join(' ');
  return post.length >= 3 ? post : null;
}

/** A post compared by its words in lower case, hyphens as spaces, an organisation after "of"/"at" kept. */
function postKey(post: string): string {
  const words = post.toLowerCase().replace(/-/gu, ' ').replace(/\s+/gu, ' ').trim();
  return words.replace(/\b(?:ceo|cfo|coo)\b/gu, (short) => POST_ABBREVIATIONS[short]!);
}
/** Posts written by their initials, compared by their words ("CEO" is the "chief executive"). */
const POST_ABBREVIATIONS: Record<string, string> = { ceo: 'chief executive officer', cfo: 'chief financial officer', coo: 'chief operating officer' };

/** "PORT VERIN" -> "Port Verin". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** A place name without a trailing sentence-initial word of the next clause or a possessive. */
function trimName(name: string): string {
  return name.replace(/['’]s$/u, '').replace(/[.'’-]+$/u, '').trim();
}

/**
 * One mention per stretch of text and kind: the longest. Two posts of one person that overlap ("its Secretary
 * General, Lena Okafor, the former chief economist") are both kept: each is a post the article gives that person.
 */
function dropOverlaps(mentions: SlotMention[]): SlotMention[] {
  const kept: SlotMention[] = [];
  for (const mention of [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start))) {
    const twoPosts = (other: SlotMention) => (mention.kind === 'post' || mention.kind === 'who') && other.value !== mention.value;
    if (kept.some((other) => other.kind === mention.kind && other.start < mention.end && mention.start < other.end && other.subject === mention.subject && !twoPosts(other))) continue;
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
