// Who published an article, and which news agencies and outlets it cites. Facts about agencies (their names and
// usual abbreviations) are a lexicon; unknown ones are found by the wording that introduces a source.
import * as settings from '../../settings.js';

/** Agencies and outlets that news articles cite, with the spellings they are cited by. Facts, not rules. */
const AGENCY_ALIASES: Record<string, string[]> = {
  Reuters: ['Reuters', 'Thomson Reuters'],
  AFP: ['AFP', 'Agence France-Presse', 'Agence France Presse', 'France-Presse'],
  AP: ['AP', 'Associated Press', 'The Associated Press'],
  TASS: ['TASS', 'ITAR-TASS'],
  RIA: ['RIA', 'RIA Novosti', 'RIA-Novosti'],
  Interfax: ['Interfax'],
  Sputnik: ['Sputnik'],
  Xinhua: ['Xinhua'],
  Bloomberg: ['Bloomberg'],
  Kyodo: ['Kyodo', 'Kyodo News'],
  Jiji: ['Jiji', 'Jiji Press'],
  Yonhap: ['Yonhap'],
  Anadolu: ['Anadolu', 'Anadolu Agency'],
  dpa: ['dpa', 'DPA', 'Deutsche Presse-Agentur'],
  EFE: ['EFE'],
  ANSA: ['ANSA'],
  PTI: ['PTI', 'Press Trust of India'],
  ANI: ['ANI'],
  Bernama: ['Bernama'],
  Antara: ['Antara'],
  KCNA: ['KCNA', 'Korean Central News Agency'],
  IRNA: ['IRNA'],
  MRTV: ['MRTV'],
  BBC: ['BBC'],
  CNN: ['CNN'],
  'Al Jazeera': ['Al Jazeera'],
  NHK: ['NHK'],
  CCTV: ['CCTV'],
  RT: ['RT'],
  'The New York Times': ['New York Times'],
  'The Washington Post': ['Washington Post'],
  'The Wall Street Journal': ['Wall Street Journal'],
  'Financial Times': ['Financial Times'],
  'The Guardian': ['The Guardian'],
  Kommersant: ['Kommersant'],
  Izvestia: ['Izvestia'],
  Vedomosti: ['Vedomosti'],
};

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const escapeRegExp = (text: string) => text.replace(ESCAPE, '\\$&');

const ALIAS_TO_AGENCY = new Map<string, string>();
for (const [canonical, aliases] of Object.entries(AGENCY_ALIASES)) {
  for (const alias of aliases) ALIAS_TO_AGENCY.set(alias, canonical);
}

/** Longest aliases first, so "RIA Novosti" wins over "RIA"; case-sensitive so "AP" is not "ap" in a word. */
const KNOWN_AGENCY = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${[...ALIAS_TO_AGENCY.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`,
  'gu',
);

/** A capitalised name of up to four words; dots only inside a word ("LA.lv"), so a sentence end stops it. */
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&'’-]*(?:\\.[\\p{L}\\p{N}]+)*";
const NAME = `${NAME_WORD}(?:\\s${NAME_WORD}){0,3}`;

/** Wording that introduces a source not in the lexicon: "state broadcaster MRTV", "the Irrawaddy news site". */
const INTRODUCED_SOURCE = [
  new RegExp(`\\b(?:news agency|state broadcaster|broadcaster|newspaper|daily|news (?:site|outlet|portal|service)|wire service|television channel|TV channel)\\s(${NAME})`, 'gu'),
  new RegExp(`(?<![\\p{L}])(${NAME})\\s(?:news agency|newspaper|broadcaster|TV|television|news site)\\b`, 'gu'),
  new RegExp(`(?<![\\p{L}])((?:${NAME_WORD}\\s){1,3}(?:News Agency|Press Agency|News Service|Wire Service))\\b`, 'gu'),
];

/** "told REUTERS"-style acronyms after attribution verbs are outlets even when the lexicon lacks them. */
const ATTRIBUTED_ACRONYM = /\b(?:told|according to|reported by|quoted by|cited by|via)\s(?:the\s)?(\p{Lu}{2,6})\b/gu;

/** Words that look like names after "newspaper" etc. but are not outlets. */
const NOT_AN_OUTLET = /^(The|A|An|On|In|It|He|She|They|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "Russia's RIA" -> "RIA"; "TASS. Russia" -> "TASS": a name found by wording ends at a possessive or full stop. */
function trimIntroducedName(raw: string): string {
  const afterPossessive = raw.split(/['’]s\s/).pop()!;
  return afterPossessive.split(/\.\s/)[0]!.replace(/[.,;:'’]+$/, '').replace(/['’]s$/, '');
}

function addAgency(found: Map<string, number>, rawName: string, position: number): void {
  const name = trimIntroducedName(rawName);
  if (name.length < 2 || NOT_AN_OUTLET.test(name.split(' ')[0]!)) return;
  const canonical = ALIAS_TO_AGENCY.get(name) ?? name;
  if (!found.has(canonical)) found.set(canonical, position);
}

/** Agencies and outlets cited in the given texts, in order of first citation. */
export function findAgencies(texts: string[], publisher: string | null): string[] {
  const found = new Map<string, number>();
  let offset = 0;
  for (const text of texts) {
    for (const match of text.matchAll(KNOWN_AGENCY)) addAgency(found, match[1]!, offset + match.index!);
    for (const pattern of INTRODUCED_SOURCE) {
      for (const match of text.matchAll(pattern)) {
        addAgency(found, match[1]!, offset + match.index!);
      }
    }
    for (const match of text.matchAll(ATTRIBUTED_ACRONYM)) addAgency(found, match[1]!, offset + match.index!);
    offset += text.length + 1;
  }
  const publisherKey = publisher ? outletKey(publisher) : null;
  return [...found.entries()]
    .filter(([name]) => outletKey(name) !== publisherKey)
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name);
}

/** The names listed on a "Sources: Bloomberg, LA.lv" line. */
export function namesOnSourceLine(line: string): string[] {
  const list = line.replace(/^[^:]*:\s*/, '').replace(/^(sources?|via|reporting by|with reporting from)\s+/i, '');
  return list
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((name) => name.trim().replace(/\.$/, ''))
    .filter((name) => name.length > 1 && name.length < 60);
}

/** "TheJakartaPost" -> "The Jakarta Post"; names with spaces are left alone. */
export function splitJoinedName(name: string): string {
  if (/\s/.test(name) || !/^\p{Lu}/u.test(name) || !/\p{Ll}\p{Lu}/u.test(name)) return name;
  return name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/** A key under which "The Jakarta Post", "Jakarta Post" and "TheJakartaPost" are one outlet. */
export function outletKey(name: string): string {
  return splitJoinedName(name)
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

/** Words that outlet names are made of; a masthead candidate with one of them is very likely an outlet. */
export const OUTLET_WORD =
  /\b(?:Post|Times|News|Daily|Herald|Journal|Gazette|Tribune|Telegraph|Guardian|Wire|Ledger|Observer|Chronicle|Express|Mail|Standard|Review|Press|Today|Monitor|Report|Reporter|Insider|Agency|Radio|TV|Television|Weekly|Courier|Sun|Star|Globe|Mirror|Independent|Dispatch|Bulletin|Record|Examiner|Inquirer|Register|Sentinel|Mercury|Nation|Online|Media|Magazine|Lantern|Clarion|Signal|Review)\b/i;

/** Self-references of an outlet in its own boilerplate: "A Message from The X:", "Support The X!", "© 2025 The X". */
const SELF_REFERENCE_WORDS = ['message from', 'more from', 'support', 'journalists of', 'subscribe to', 'sign up for', 'welcome to', 'download', 'get', 'thank you for reading', 'edition of', 'on', 'to', '©', '(c)', 'copyright'];
/** Keywords in either case, name in its own: a regex `i` flag would let \p{Lu} match lowercase too. */
const caseless = (phrase: string) => escapeRegExp(phrase).replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const SELF_REFERENCE = new RegExp(
  `(?:${SELF_REFERENCE_WORDS.map(caseless).join('|')})\\s+(?:\\d{4}\\s+)?((?:The\\s)?${NAME})`,
  'gu',
);

/** A furniture line that opens with the outlet's name: "Circuit & Signal may earn a commission ...". */
const LEADING_NAME = new RegExp(`^((?:The\\s)?${NAME}(?:\\s&\\s${NAME})?)\\s(?:may|is|does|will|uses|reserves|and its)\\b`, 'u');

/** Company-register suffixes: the owner of an outlet, not the outlet ("Kestrel Media B.V."). */
const COMPANY_SUFFIX = /\b(Ltd|Limited|Inc|LLC|B\.?V|GmbH|plc|PLC|Pte|Pty|Group|Holdings|Society|Corporation|Company|Trust)\.?$/;

/** The holder of a copyright line: "© 2024 Kestrel Post", "Copyright © 2019 Kestrel.com, LLC", "(c) Kestrel". */
const COPYRIGHT_HOLDER = new RegExp(
  `(?:©|\\([cC]\\)|${caseless('copyright')})\\s*(?:©\\s*)?(?:\\d{1,4}(?:\\s*[-–]\\s*\\d{2,4})?,?\\s+)?(?:${caseless('by')}\\s+)?((?:The\\s)?${NAME})(?![\\p{L}\\p{N}]*\\s*:)`,
  'u',
);
/** A site's domain written as its name: "Kestrel.com" is Kestrel. */
const DOMAIN_ENDING = /\.(?:com|org|net|info|co\.uk|de|fr|it|es|nl|at|ch|eu|io)$/i;

/** Up to four capitalised words and nothing else. */
const ONLY_A_NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s(?:&\s)?\p{Lu}[\p{L}&'’.-]*){0,3}$/u;

/** Segments of a footer or masthead line ("© 2025 Kestrel Media B.V. — Kestrel Magazine"). */
const SEGMENT_SEPARATOR = /\s+(?:--|—|–|\||·|•)\s+/;

export interface PublisherEvidence {
  /** The outlet's name on a line of its own near the top. */
  mastheads: string[];
  /** Page furniture in which the outlet may name itself. */
  furniture: string[];
}

/**
 * Chooses the publisher by votes: a masthead counts two, each self-reference in the outlet's own furniture one.
 * A name with an outlet word ("Times", "Post") gains one; a company-register name ("... Ltd") loses one. A name
 * is only chosen when seen twice, or when it is a masthead or carries an outlet word.
 */
export function findPublisher(evidence: PublisherEvidence): string | null {
  const votes = new Map<string, { name: string; votes: number; masthead: boolean }>();
  const vote = (raw: string, weight: number, masthead: boolean) => {
    const name = splitJoinedName(raw.trim().replace(/[!:.,]+$/, ''));
    const key = outletKey(name);
    if (key === '' || key.split(' ').length > 5) return;
    const entry = votes.get(key) ?? { name, votes: 0, masthead: false };
    // Prefer the spelling with "The", and mixed case over a masthead's capitals, when an outlet is seen both ways.
    const better = (a: string, b: string) => (/^The\s/i.test(a) && !/^The\s/i.test(b)) || (isAllCaps(b) && !isAllCaps(a));
    if (better(name, entry.name)) entry.name = name;
    entry.votes += weight;
    entry.masthead ||= masthead;
    votes.set(key, entry);
  };
  for (const line of evidence.mastheads) vote(line.split(SEGMENT_SEPARATOR)[0]!, 2, true);
  for (const block of evidence.furniture) {
    // A copyright line names the site's owner: the outlet itself, unless it is a company's register name.
    const holder = COPYRIGHT_HOLDER.exec(block)?.[1]?.replace(DOMAIN_ENDING, '');
    if (holder && !COMPANY_SUFFIX.test(holder) && !/^(?:All|Foto|Photo|Bild|Image)$/i.test(holder)) vote(holder, settings.textExtraction.copyrightVotes, false);
    for (const segment of block.split(SEGMENT_SEPARATOR)) {
      const leading = LEADING_NAME.exec(segment);
      if (leading) vote(leading[1]!, 1, false);
      for (const match of segment.matchAll(SELF_REFERENCE)) {
        if (OUTLET_WORD.test(match[1]!) || votes.has(outletKey(match[1]!))) vote(match[1]!, 1, false);
      }
      // A footer segment that is only a name: "Kestrel Magazine".
      if (ONLY_A_NAME.test(segment.trim()) && OUTLET_WORD.test(segment)) vote(segment, 1, false);
    }
  }
  // "Kestrel" on one masthead line and "Kestrel Magazine" in the footer are one outlet: the fuller name takes
  // the votes of the names it contains, unless it is the owning company's.
  for (const [key, entry] of votes) {
    if (COMPANY_SUFFIX.test(entry.name)) continue;
    for (const [otherKey, other] of votes) {
      if (otherKey !== key && ` ${key} `.includes(` ${otherKey} `)) {
        entry.votes += other.votes;
        entry.masthead ||= other.masthead;
      }
    }
  }
  let best: { name: string; score: number } | null = null;
  for (const entry of votes.values()) {
    const outletNamed = OUTLET_WORD.test(entry.name) && entry.name.split(/\s+/).length >= 2;
    const plausible = entry.votes >= 2 || entry.masthead || outletNamed;
    const score = entry.votes + (outletNamed ? 1 : 0) - (COMPANY_SUFFIX.test(entry.name) ? 1 : 0);
    const name = isAllCaps(entry.name) ? titleCase(entry.name) : entry.name;
    if (plausible && (best === null || score > best.score)) best = { name, score };
  }
  return best?.name ?? null;
}

export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** True when the block is exactly the name of a known agency ("Reuters" on a line of its own). */
export function isAgencyName(block: string): boolean {
  return ALIAS_TO_AGENCY.has(block.trim().replace(/[.:]$/, ''));
}
