// Country facts for tagging and resolution: names, ISO codes, demonyms and capitals, with exact lookups by any of
// them and a token-sequence matcher used as a feature by the entity tagger.
import { COUNTRIES, normalizeCountryName, type Country } from '../data/countries.js';
import { tokenize } from './tokenize.js';

export type { Country } from '../data/countries.js';

export type GazetteerKind = 'country' | 'demonym' | 'capital';

/** The tagger's own plural rule (its model was trained with these forms; see src/data/countries.ts). */
function plural(demonym: string): string | null {
  return /[^seh]$/.test(demonym) ? `${demonym}s` : null;
}

interface Lookups {
  byName: Map<string, Country>;
  byDemonym: Map<string, Country>;
  byCapital: Map<string, Country>;
}

let lookups: Lookups | null = null;

function getLookups(): Lookups {
  if (lookups) return lookups;
  const built: Lookups = { byName: new Map(), byDemonym: new Map(), byCapital: new Map() };
  const add = (map: Map<string, Country>, key: string, country: Country): void => {
    const normal = normalizeCountryName(key);
    if (!map.has(normal)) map.set(normal, country);
  };
  for (const country of COUNTRIES) {
    for (const name of [country.name, ...country.otherNames]) add(built.byName, name, country);
    for (const demonym of country.demonyms) {
      add(built.byDemonym, demonym, country);
      const many = plural(demonym);
      if (many) add(built.byDemonym, many, country);
    }
    for (const capital of country.capitals) add(built.byCapital, capital, country);
  }
  lookups = built;
  return built;
}

export function countryByName(name: string): Country | undefined {
  return getLookups().byName.get(normalizeCountryName(name));
}

export function countryByDemonym(word: string): Country | undefined {
  return getLookups().byDemonym.get(normalizeCountryName(word));
}

export function countryByCapital(name: string): Country | undefined {
  return getLookups().byCapital.get(normalizeCountryName(name));
}

interface GazetteerEntry {
  tokens: string[];
  kind: GazetteerKind;
}

let entriesByFirstToken: Map<string, GazetteerEntry[]> | null = null;

function getEntries(): Map<string, GazetteerEntry[]> {
  if (entriesByFirstToken) return entriesByFirstToken;
  const built = new Map<string, GazetteerEntry[]>();
  const { byName, byDemonym, byCapital } = getLookups();
  const add = (names: Iterable<string>, kind: GazetteerKind): void => {
    for (const name of names) {
      const tokens = tokenize(name).map((token) => foldForMatch(token.text));
      const first = tokens[0];
      if (!first) continue;
      const list = built.get(first) ?? [];
      list.push({ tokens, kind });
      built.set(first, list);
    }
  };
  add(byName.keys(), 'country');
  add(byDemonym.keys(), 'demonym');
  add(byCapital.keys(), 'capital');
  for (const list of built.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  entriesByFirstToken = built;
  return built;
}

/** Matching ignores case (headlines are often in capitals) and the kind of apostrophe. */
function foldForMatch(word: string): string {
  return word.replace(/’/g, "'").toLowerCase();
}

/** Per token, the gazetteer kind and position ("country-B", "country-I") of the longest match covering it. */
export function gazetteerTags(words: readonly string[]): (string | null)[] {
  const tags: (string | null)[] = new Array<string | null>(words.length).fill(null);
  const entries = getEntries();
  const folded = words.map(foldForMatch);
  for (let i = 0; i < words.length; i++) {
    const candidates = entries.get(folded[i]!);
    if (!candidates) continue;
    const entry = candidates.find((candidate) => candidate.tokens.every((token, k) => (folded[i + k] ?? '') === token));
    if (!entry) continue;
    for (let k = 0; k < entry.tokens.length; k++) tags[i + k] = `${entry.kind}-${k === 0 ? 'B' : 'I'}`;
    i += entry.tokens.length - 1;
  }
  return tags;
}
