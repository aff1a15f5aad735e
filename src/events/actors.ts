// Actor lexicon and mention finder: turns "Russia's Defence Ministry", "the junta", "Kremlin" or "Shoigu" into a CAMEO
// actor code (country ISO3 + sector, e.g. RUSGOV, MMRMIL, IGOUNO). Works alone; named-entity spans, when the NLP
// stage provides them, add person/organisation mentions the lexicon does not know.
import type { EntityMention, Span } from '../model.js';
import { COUNTRIES, PLACES } from './countries.js';
import { LEADERS } from './leaders.js';
import {
  AMBIGUOUS_SURNAMES, COUNTRY_BOUND_ORGS, HEADLINE_LOWER_WORDS, NAMED_ACTORS, NAME_PARTICLE, NOT_NAMES, NP_MODIFIERS,
  SECTOR_NOUNS, STANDALONE_SECTOR_NOUNS, TITLE_WORDS,
} from './actor-tables.js';
import { candidatePatterns } from './verbs.js';
import { actorCode as code, attachLocations, inheritAppositions } from './appositions.js';

export interface ActorMention extends Span {
  text: string;
  /** Full CAMEO actor code, e.g. RUSGOV; null when the country is unknown. */
  code: string | null;
  country: string | null;
  sector: string | null;
  /** What the mention's head is: used to tell places from actors and persons from groups. */
  kind: 'country' | 'demonym' | 'capital' | 'city' | 'org' | 'person' | 'group' | 'name';
  /** True when written as a possessive ("Russia's"): a modifier of what follows, not a clause subject. */
  possessive: boolean;
}

interface LexiconEntry {
  country: string | null;
  sector: string | null;
  kind: ActorMention['kind'];
}

const MAX_PHRASE_TOKENS = 5;

/** "in Moscow", "to the capital Naypyidaw": a capital after these is where, not who. */
const PLACE_PREPOSITION = /\b(?:in|at|to|from|near|into|outside|around|visit(?:ed|ing|s)?|capital)\s+(?:the\s+)?(?:capital\s+)?(?:city\s+of\s+)?$/i;

/** Names with a possessive inside ("People's Liberation Army"), in the token form the finder looks up. */
const POSSESSIVE_NAMES = new Set<string>();

function buildLexicon(): Map<string, LexiconEntry> {
  const lexicon = new Map<string, LexiconEntry>();
  const add = (form: string, entry: LexiconEntry): void => {
    if (!lexicon.has(form)) lexicon.set(form, entry);
  };
  for (const [written, code] of Object.entries(NAMED_ACTORS)) {
    // "Lord's Resistance Army" is looked up as its tokens read, without the possessive: "Lord Resistance Army".
    const form = written.replace(/(\p{L})['’]s?(?=\s)/gu, '$1');
    if (form !== written) POSSESSIVE_NAMES.add(form);
    const isIgo = code.startsWith('IGO') || code.startsWith('NGO') || code.startsWith('IMG');
    const country = code.slice(0, 3);
    const sector = code.length > 3 ? code.slice(3, 6) : null;
    const person = /^[A-Z][a-z]+( [A-Z][a-z]+)*$/.test(form) && /[a-z]/.test(form) && !isIgo && sector !== 'JRN';
    add(form, { country, sector: isIgo ? code.slice(3) || null : sector, kind: person ? 'person' : 'org' });
  }
  for (const [name, code] of LEADERS) {
    // Common words that are also surnames ("May", "Major", "Brown", "Rice") only count with a title before them.
    add(name, { country: code.slice(0, 3), sector: code.slice(3) || null, kind: 'person' });
  }
  for (const p of PLACES) {
    for (const place of p.places) add(place, { country: p.code, sector: null, kind: 'city' });
    for (const people of p.peoples) add(people, { country: p.code, sector: null, kind: 'demonym' });
  }
  for (const c of COUNTRIES) {
    for (const name of c.names) add(name, { country: c.code, sector: null, kind: 'country' });
    for (const demonym of c.demonyms) add(demonym, { country: c.code, sector: null, kind: 'demonym' });
    for (const capital of c.capitals) add(capital, { country: c.code, sector: 'GOV', kind: 'capital' });
  }
  return lexicon;
}

let lexiconCache: Map<string, LexiconEntry> | null = null;
function lexicon(): Map<string, LexiconEntry> {
  lexiconCache ??= buildLexicon();
  return lexiconCache;
}

export interface Token extends Span {
  /** The word without a trailing possessive or full stop. */
  word: string;
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const ABBREVIATION = /^(?:\p{Lu}\.)+$/u;

/** Words of a span with their offsets; possessives and sentence-final stops are split off. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(WORD)) {
    let word = m[0];
    const start = span.start + (m.index ?? 0);
    if (word.endsWith('.') && !ABBREVIATION.test(word) && !/^(?:Gen|Lt|Col|Mr|Mrs|Ms|Dr|St)\.$/.test(word)) {
      word = word.replace(/\.+$/, '');
    }
    let possessive = false;
    const poss = /['’]s?$/.exec(word);
    if (poss && word.length > poss[0].length + 1) {
      possessive = true;
      word = word.slice(0, poss.index);
    }
    tokens.push({ start, end: start + word.length, word, possessive });
  }
  return tokens;
}

/** What the document has told us so far: surnames and sector nouns resolved to codes ("Shoigu" -> RUSGOV). */
export interface ActorMemory {
  names: Map<string, string>;
  /** Sector noun -> country last seen with it ("Myanmar's junta" makes a later "the junta" MMR). */
  sectorCountry: Map<string, string>;
  /** The most recently mentioned country, for bare sector nouns never seen with a country. */
  lastCountry: string | null;
  /** Countries the article has named so far, with how often: the context of actors named without one. */
  countries: Map<string, number>;
  /** The source of the last sentence's main event: what a later "it" or "they" most often refers to. */
  lastSource: { text: string; code: string | null } | null;
  /** Countries the whole story names, counted on first need: before the story has named any, an actor without
   * one takes the country the story goes on to name most (the story's subject, often its dateline). */
  storyCountries?: () => Map<string, number>;
}

export function newActorMemory(): ActorMemory {
  return { names: new Map(), sectorCountry: new Map(), lastCountry: null, countries: new Map(), lastSource: null };
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w);

let firstWordCache: Set<string> | null = null;
/** First words of all lexicon phrases: most tokens are not one, and need no phrase look-up at all. */
function firstWords(): Set<string> {
  firstWordCache ??= new Set([...lexicon().keys()].map((k) => k.split(' ')[0]!));
  return firstWordCache;
}

type LookupResult = { entry: LexiconEntry; length: number } | null;
const lookupMemo = new WeakMap<Token[], (LookupResult | undefined)[]>();

/** The longest lexicon phrase starting at token i; memoised per token list, as the finder asks repeatedly. */
function lookup(tokens: Token[], i: number): LookupResult {
  let memo = lookupMemo.get(tokens);
  if (!memo) {
    memo = [];
    lookupMemo.set(tokens, memo);
  }
  const cached = memo[i];
  if (cached !== undefined) return cached;
  const found = lookupUncached(tokens, i);
  memo[i] = found;
  return found;
}

function lookupUncached(tokens: Token[], i: number): LookupResult {
  const lex = lexicon();
  const word = tokens[i]!.word;
  if (!firstWords().has(word) && !word.includes('-')) return null;
  for (let n = Math.min(MAX_PHRASE_TOKENS, tokens.length - i); n >= 1; n--) {
    const words = tokens.slice(i, i + n);
    // A possessive can only end a phrase: "Russia's Defence" is not one name.
    const form = words.map((t) => t.word).join(' ');
    if (words.slice(0, -1).some((t) => t.possessive) && !POSSESSIVE_NAMES.has(form)) continue;
    const entry = lex.get(form);
    if (entry?.kind === 'person' && n === 1 && AMBIGUOUS_SURNAMES.has(form)) continue;
    // The lexicon is case-sensitive, so "turkey" and "us" never match a country.
    if (entry) return { entry, length: n };
    // "Vietnamese-led forces", "Russian-backed rebels": the prefix names the country.
    const hyphen = n === 1 ? /^(.+)-(?:led|backed|based|allied|sponsored|controlled)$/.exec(form) : null;
    const prefixed = hyphen ? lex.get(hyphen[1]!) : undefined;
    if (prefixed) return { entry: prefixed, length: 1 };
  }
  return null;
}


/**
 * Actor mentions in one sentence, in order. Each lexicon hit is widened over the title, sector nouns and name
 * that follow it ("Russian Security Council Secretary Sergei Shoigu"); bare sector nouns ("the junta") and unknown
 * capitalised names take their country from the document memory.
 */
export function findActors(text: string, sentence: Span, memory: ActorMemory, entities: EntityMention[] = []): ActorMention[] {
  const tokens = tokenize(text, sentence);
  // In a headline ("Russia, Myanmar Agree to Bolster Ties") capitals do not mark names.
  const titleCase = tokens.length >= 3 && !tokens.some((t) => /^\p{Ll}{4,}$/u.test(t.word) && !HEADLINE_LOWER_WORDS.has(t.word));
  const mentions: ActorMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const hit = lookup(tokens, i);
    const token = tokens[i]!;
    const lower = token.word.toLowerCase();
    if (hit) {
      let country = hit.entry.country;
      let sector = hit.entry.sector;
      let end = i + hit.length;
      const nameTokens: Token[] = [];
      // Widen over the noun phrase that the country word modifies ("Russia's Defence Ministry").
      const widenable = hit.entry.kind !== 'person';
      const isIgo = country !== null && /^(?:IGO|NGO|IMG)/.test(country);
      while (widenable && end < tokens.length && end - i < hit.length + 7) {
        if (end > i + hit.length && tokens[end - 1]!.possessive) break;
        const next = tokens[end]!;
        // A comma ends the noun phrase: "Quatar's emir, Sheikh Hamad" is two mentions in apposition.
        if (/[,;:()"“”]/.test(text.slice(tokens[end - 1]!.end, next.start))) break;
        const nextLower = next.word.toLowerCase();
        const nextHit = lookup(tokens, end);
        // "Russia's Security Council": a country's own council, not the UN's.
        if (nextHit && COUNTRY_BOUND_ORGS.has(tokens.slice(end, end + nextHit.length).map((t) => t.word).join(' ')) && !isIgo) {
          sector = pickSector(sector, 'GOV');
          end += nextHit.length;
          continue;
        }
        // "Russian Security Council Secretary Sergei Shoigu": a known name ends the phrase it heads.
        if (nextHit && nextHit.entry.kind === 'person' && !tokens[end - 1]!.possessive) {
          nameTokens.push(...tokens.slice(end, end + nextHit.length));
          end += nextHit.length;
          break;
        }
        // "Dominican President Danilo Medina": a one-word city after a first name is the surname.
        if (nextHit && nextHit.entry.kind === 'city' && nextHit.length === 1 && nameTokens.length > 0 && !tokens[end - 1]!.possessive &&
          !(end + 1 < tokens.length && isCapitalised(tokens[end + 1]!.word))) {
          nameTokens.push(next);
          end++;
          continue;
        }
        // "Bosnian Serbs": a demonym after a demonym is the head; the first word gives the country.
        // "Kosovo Albanians" too: a people named by the country it lives in.
        if (nextHit && !((hit.entry.kind === 'demonym' || hit.entry.kind === 'country') && nextHit.entry.kind === 'demonym' && !tokens[end - 1]!.possessive)) break;
        const sectorNoun = SECTOR_NOUNS[nextLower];
        if (nextHit) {
          end += nextHit.length;
          continue;
        }
        if (sectorNoun !== undefined) {
          if (!isIgo) sector = pickSector(sector, sectorNoun);
        } else if (!isCapitalised(next.word) && sectorNounAhead(tokens, end)) {
          // "French paper workers", "Nigerian junior foreign minister": modifiers before a sector noun.
        } else if (isCapitalised(next.word) && !NOT_NAMES.has(next.word) && !titleCase) {
          if (!TITLE_WORDS.has(next.word)) nameTokens.push(next);
        } else if (!NP_MODIFIERS.has(nextLower)) break;
        end++;
      }
      // Only keep modifiers when a head noun followed them: "Russian deputy" alone is just "Russian".
      while (end > i + hit.length && NP_MODIFIERS.has(tokens[end - 1]!.word.toLowerCase())) end--;
      if (hit.entry.kind === 'capital' && end === i + hit.length) sector = 'GOV';
      if ((hit.entry.kind === 'capital' || hit.entry.kind === 'city') && PLACE_PREPOSITION.test(text.slice(Math.max(sentence.start, token.start - 25), token.start))) {
        i = end;
        continue;
      }
      // "the Prime Minister of Iraq", "the Foreign Ministry of Japan": an office of the country named after "of".
      let first = i;
      if (hit.entry.kind === 'country' && !isIgo) {
        const office = officeBefore(tokens, i);
        if (office) {
          first = office.start;
          sector = pickSector(sector, office.sector);
          while (mentions.length > 0 && mentions[mentions.length - 1]!.start >= tokens[first]!.start) mentions.pop();
        }
      }
      const firstToken = tokens[first]!;
      const last = tokens[end - 1]!;
      // A news agency ("(AFP)", "RIA reported") says who relayed the story, not whom it is about.
      if (country && !country.startsWith('IGO') && !country.startsWith('NGO') && sector !== 'JRN') memory.lastCountry = country;
      for (let k = i; k < end; k++) {
        const w = tokens[k]!.word.toLowerCase();
        if (country && STANDALONE_SECTOR_NOUNS.has(w)) memory.sectorCountry.set(w, country);
      }
      const full = code(country, sector);
      if (nameTokens.length > 0 && full) {
        memory.names.set(nameTokens.map((t) => t.word).join(' '), full);
        memory.names.set(nameTokens[nameTokens.length - 1]!.word, full);
      }
      mentions.push({
        start: firstToken.start, end: last.end, text: text.slice(firstToken.start, last.end), code: full, country, sector,
        kind: nameTokens.length > 0 ? 'person' : first < i ? 'group' : hit.entry.kind, possessive: last.possessive,
      });
      i = end;
      continue;
    }
    const determined = i === 0 || lower === 'junta' || /^(?:the|its|their|his|her|a|an|ruling|local|state)$/i.test(tokens[i - 1]!.word) || isCapitalised(token.word);
    if (STANDALONE_SECTOR_NOUNS.has(lower) && determined) {
      let country = memory.sectorCountry.get(lower) ?? memory.lastCountry;
      let end = i + 1;
      let sector = SECTOR_NOUNS[lower]!;
      // "junta leader Min Aung Hlaing": the leader of the junta is the junta, and a known leader names its country.
      // Titles ("junta leader Senior General Min Aung Hlaing") run on to the name they introduce.
      const nameOrTitle = (w: string): boolean => isCapitalised(w) && (!NOT_NAMES.has(w) || TITLE_WORDS.has(w));
      while (end < tokens.length && (SECTOR_NOUNS[tokens[end]!.word.toLowerCase()] !== undefined || nameOrTitle(tokens[end]!.word)) && !tokens[end - 1]!.possessive) {
        const person = lookup(tokens, end);
        if (person && person.entry.kind === 'person') {
          country = person.entry.country ?? country;
          end += person.length;
          break;
        }
        if (person) break;
        end++;
      }
      if (lower === 'junta' || lower === 'military') sector = 'MIL';
      const last = tokens[end - 1]!;
      const full = code(country, sector);
      const nameTokens = tokens.slice(i + 1, end).filter((t) => isCapitalised(t.word) && !TITLE_WORDS.has(t.word));
      if (nameTokens.length > 0 && full && !memory.names.has(nameTokens.map((t) => t.word).join(' '))) {
        memory.names.set(nameTokens.map((t) => t.word).join(' '), full);
      }
      mentions.push({ start: token.start, end: last.end, text: text.slice(token.start, last.end), code: full, country, sector, kind: 'group', possessive: last.possessive });
      i = end;
      continue;
    }
    const sentenceInitialWord = i === 0 && !hasLaterCapital(tokens, i) && !memory.names.has(token.word);
    if (isCapitalised(token.word) && !NOT_NAMES.has(token.word) && !sentenceInitialWord && !titleCase) {
      // An unknown capitalised sequence: a person or organisation named in the text.
      let end = i + 1;
      // Runs on through name particles ("Hamad bin Khalifa al-Thani") and into a known leader's surname.
      while (end < tokens.length && !tokens[end - 1]!.possessive) {
        const next = tokens[end]!;
        const nextHit = lookup(tokens, end);
        // "President Danilo Medina": a one-word city after a first name is a surname, not a place.
        const surnameCity = nextHit?.entry.kind === 'city' && nextHit.length === 1 && !tokens[end - 1]!.possessive &&
          !TITLE_WORDS.has(tokens[end - 1]!.word) && seqHasTitle(tokens, i, end) && !(end + 1 < tokens.length && isCapitalised(tokens[end + 1]!.word));
        if (nextHit && nextHit.entry.kind !== 'person' && !surnameCity) break;
        const particle = NAME_PARTICLE.test(next.word) && end + 1 < tokens.length && isCapitalised(tokens[end + 1]!.word);
        if (!particle && !(isCapitalised(next.word) && !NOT_NAMES.has(next.word)) && !/^al-\p{Lu}/u.test(next.word)) break;
        end++;
      }
      const seq = tokens.slice(i, end);
      const words = seq.filter((t) => !TITLE_WORDS.has(t.word));
      const nameText = words.map((t) => t.word).join(' ');
      const lastWord = words.length > 0 ? words[words.length - 1]!.word : '';
      const lastTwo = words.slice(-2).map((t) => t.word).join(' ');
      const known = memory.names.get(nameText) ?? memory.names.get(lastWord) ?? LEADERS.get(nameText) ?? LEADERS.get(lastTwo) ??
        LEADERS.get(lastWord.replace(/^al-/, '')) ??
        (words.length > 1 || seq.length > words.length ? LEADERS.get(lastWord) : undefined);
      if (words.length > 0 && (known || end - i >= 1)) {
        const last = seq[seq.length - 1]!;
        const titleSector = seq.some((t) => t.word === 'General' || t.word === 'Commander') ? 'MIL' : seq.some((t) => TITLE_WORDS.has(t.word)) ? 'GOV' : null;
        mentions.push({
          start: token.start, end: last.end, text: text.slice(token.start, last.end), code: known ?? null,
          country: known ? known.slice(0, 3) : null, sector: known ? known.slice(3) || null : titleSector,
          kind: 'name', possessive: last.possessive,
        });
      }
      i = end;
      continue;
    }
    i++;
  }
  addEntityMentions(text, mentions, entities, sentence, memory);
  mentions.sort((a, b) => a.start - b.start);
  return attachLocations(text, inheritAppositions(text, mentions, memory));
}

/**
 * The office before "of (the) <country>": "Prime Minister of", "the army of", "Supreme Court of". Returns the first
 * token of the office and its sector, or null when the words before "of" are no office.
 */
function officeBefore(tokens: Token[], i: number): { start: number; sector: string } | null {
  let k = i - 1;
  if (k >= 0 && tokens[k]!.word.toLowerCase() === 'the') k--;
  if (k < 1 || tokens[k]!.word !== 'of') return null;
  let sector: string | null = null;
  let start = -1;
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    const w = tokens[j]!.word;
    const lower = w.toLowerCase();
    if (tokens[j]!.possessive) break;
    const noun = SECTOR_NOUNS[lower];
    if (noun !== undefined) {
      // The head noun is the last one before "of", found first: "Defence Minister" is GOV, "Army Commander" MIL.
      sector ??= noun;
      start = j;
    } else if (TITLE_WORDS.has(w) || NP_MODIFIERS.has(lower)) {
      start = j;
    } else break;
  }
  return sector !== null && start >= 0 ? { start, sector } : null;
}

/** A sector noun one or two lower-case words ahead, with no verb-like word between. */
function sectorNounAhead(tokens: Token[], index: number): boolean {
  for (let k = index; k < Math.min(tokens.length, index + 3); k++) {
    const w = tokens[k]!.word;
    if (isCapitalised(w) || tokens[k]!.possessive) return false;
    if (SECTOR_NOUNS[w.toLowerCase()] !== undefined) return k > index;
    if (/(?:ed|ing|s)$/.test(w) && !/(?:ss|us|is)$/.test(w)) return false;
    // A word that can start an event phrase ("sent troops") is a verb, not a modifier.
    if (candidatePatterns([w.toLowerCase()]).length > 0) return false;
    if (/^(?:has|have|had|is|are|was|were|will|would|to|and|or|the|a|an|of|in|on|at|for|with|by|that|who|which)$/i.test(w)) return false;
  }
  return false;
}

/** A title of office among tokens[from, to): "President", "Minister", "General". */
function seqHasTitle(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TITLE_WORDS.has(tokens[k]!.word)) return true;
  return false;
}

function hasLaterCapital(tokens: Token[], i: number): boolean {
  return i + 1 < tokens.length && isCapitalised(tokens[i + 1]!.word);
}

/** MIL is more specific than GOV ("Defence Minister", "junta leader"); keep the first otherwise. */
function pickSector(current: string | null, next: string): string {
  if (current === null) return next;
  if (current === 'GOV' && (next === 'MIL' || next === 'SPY' || next === 'JUD' || next === 'LEG')) return next;
  return current;
}

function addEntityMentions(text: string, mentions: ActorMention[], entities: EntityMention[], sentence: Span, memory: ActorMemory): void {
  for (const e of entities) {
    if (e.start < sentence.start || e.end > sentence.end || e.type === 'misc') continue;
    if (mentions.some((m) => m.start < e.end && e.start < m.end)) continue;
    // A place the lexicon skipped ("in Tokyo") is coded with its country.
    const known = memory.names.get(e.canonical) ?? memory.names.get(e.text) ?? (e.type === 'place' ? placeCountry(e.canonical || e.text) : null) ?? null;
    mentions.push({
      start: e.start, end: e.end, text: text.slice(e.start, e.end), code: known, country: known ? known.slice(0, 3) : null,
      sector: known ? known.slice(3) || null : null, kind: e.type === 'person' ? 'person' : e.type === 'place' ? 'capital' : 'org',
      possessive: /['’]s$/.test(e.text),
    });
  }
}

/** Country code of a place name ("Naypyidaw" -> MMR), for the place of an event. */
export function placeCountry(name: string): string | null {
  return lexicon().get(name)?.country ?? null;
}

export function isKnownPlace(name: string): boolean {
  const entry = lexicon().get(name);
  return entry !== undefined && (entry.kind === 'country' || entry.kind === 'capital' || entry.kind === 'city');
}
