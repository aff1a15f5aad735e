// Who published an article, and which news agencies and outlets it cites. Facts about agencies (their names and
// usual abbreviations) are a lexicon; unknown ones are found by the wording that introduces a source.

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
  if (/\s/.test(name) || !/\p{Ll}\p{Lu}/u.test(name)) return name;
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
  /\b(?:Post|Times|News|Daily|Herald|Journal|Gazette|Tribune|Telegraph|Guardian|Wire|Ledger|Observer|Chronicle|Express|Mail|Standard|Review|Press|Today|Monitor|Report|Reporter|Insider|Agency|Radio|TV|Television|Weekly|Courier|Sun|Star|Globe|Mirror|Independent|Dispatch|Bulletin|Record|Examiner|Inquirer|Register|Sentinel|Mercury|Nation|Online|Media)\b/i;

/** Self-references of an outlet in its own boilerplate: "A Message from The X:", "Support The X!", "journalists of The X". */
const SELF_REFERENCE = new RegExp(
  `(?:message from|more from|support|journalists of|subscribe to|sign up for|welcome to|thank you for reading|on|to|©\\s*\\d{0,4})\\s+((?:The\\s)?${NAME})`,
  'gu',
);

/**
 * Chooses the publisher from masthead lines and the outlet's self-references in its own boilerplate. A name
 * counts when it is seen twice, or once with an outlet word ("Times", "Post") in it.
 */
export function findPublisher(mastheads: string[], boilerplate: string[]): string | null {
  const votes = new Map<string, { name: string; votes: number }>();
  const vote = (raw: string, weight: number) => {
    const name = splitJoinedName(raw.trim().replace(/[!:.,]+$/, ''));
    const key = outletKey(name);
    if (key === '' || key.split(' ').length > 5) return;
    const entry = votes.get(key) ?? { name, votes: 0 };
    // Prefer the spelling with "The", and mixed case over a masthead's capitals, when an outlet is seen both ways.
    const better = (a: string, b: string) => (/^The\s/i.test(a) && !/^The\s/i.test(b)) || (isAllCaps(b) && !isAllCaps(a));
    if (better(name, entry.name)) entry.name = name;
    entry.votes += weight;
    votes.set(key, entry);
  };
  for (const line of mastheads) vote(line, 1);
  for (const block of boilerplate) {
    for (const match of block.matchAll(SELF_REFERENCE)) {
      if (OUTLET_WORD.test(match[1]!) || votes.has(outletKey(match[1]!))) vote(match[1]!, 1);
    }
  }
  let best: { name: string; votes: number } | null = null;
  for (const entry of votes.values()) {
    const plausible = entry.votes >= 2 || OUTLET_WORD.test(entry.name);
    if (isAllCaps(entry.name)) entry.name = titleCase(entry.name);
    if (plausible && (best === null || entry.votes > best.votes)) best = entry;
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
