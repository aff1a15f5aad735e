// Within-document resolution: titles are stripped from people's names, and each mention gets the fullest name of
// the same entity in the text as its canonical name ("Shoigu" -> "Sergei Shoigu", "NLD" -> "National League for
// Democracy", "U.S." -> "United States").
import type { EntityMention, EntityType } from '../../model.js';
import { countryByName } from '../gazetteer.js';
import { isHonorific } from '../titles.js';
import type { Token } from '../tokenize.js';

export interface TokenizedMention {
  tokens: Token[];
  type: EntityType;
}

/** Small words that acronyms skip: "National League for Democracy" -> "NLD". */
const ACRONYM_SKIPPED = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&']);

export function acronymOf(words: readonly string[]): string {
  return words
    .filter((word) => !ACRONYM_SKIPPED.has(word.toLowerCase()))
    .map((word) => word.charAt(0))
    .join('')
    .toUpperCase();
}

/** Drops honorifics and ranks from the front of a person's name, keeping at least one word. */
function stripTitles(mention: TokenizedMention): TokenizedMention {
  if (mention.type !== 'person') return mention;
  let first = 0;
  while (first < mention.tokens.length - 1 && isHonorific((mention.tokens[first] as Token).text)) first++;
  return first === 0 ? mention : { ...mention, tokens: mention.tokens.slice(first) };
}

/** True when `short` is the end of `long` ("Shoigu", "Suu Kyi") or one word of it ("Sergei"). */
function isPartOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 1) return long.includes(short[0] as string);
  return short.every((word, k) => long[long.length - short.length + k] === word);
}

interface Named {
  words: string[];
  text: string;
  type: EntityType;
}

/** The fullest name in `names` (of the same type) that this one is part of, or the name itself. */
function fullestName(self: Named, names: readonly Named[]): string {
  if (self.type === 'place') {
    const country = countryByName(self.text);
    if (country) return country.name;
  }
  if (self.type === 'organization' && /^[A-Z]{2,6}$/.test(self.text)) {
    const expanded = names.find((other) => other.type === 'organization' && other.words.length === self.text.length && acronymOf(other.words) === self.text);
    if (expanded) return expanded.text;
  }
  if (self.type !== 'person') return self.text;
  const longer = names.filter((other) => other.type === 'person' && other.words.length > self.words.length && isPartOf(self.words, other.words));
  if (longer.length === 0) return self.text;
  // Two different full names that both contain this one ("Kim" in two Kims): prefer the most frequent, then the longest.
  const counts = new Map<string, number>();
  for (const other of longer) counts.set(other.text, (counts.get(other.text) ?? 0) + 1);
  const ranked = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || b.length - a.length);
  return ranked[0] as string;
}

/** Mentions with titles stripped from people's names and their canonical names filled in, in text order. */
export function assignCanonicalNames(text: string, found: readonly TokenizedMention[]): EntityMention[] {
  const named = found.map(stripTitles).map((mention) => {
    const start = (mention.tokens[0] as Token).start;
    const end = (mention.tokens[mention.tokens.length - 1] as Token).end;
    return { start, end, type: mention.type, text: text.slice(start, end), words: mention.tokens.map((t) => t.text) };
  });
  return named
    .map((mention) => ({
      start: mention.start,
      end: mention.end,
      text: mention.text,
      type: mention.type,
      canonical: fullestName(mention, named).replace(/\s+/g, ' '),
    }))
    .sort((a, b) => a.start - b.start);
}
