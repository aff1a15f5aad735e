// The place of a sentence's events: a known city or country after "in"/"at", or a place entity.
import type { EntityMention, Span } from '../model.js';
import { isKnownPlace } from './actors.js';
import { COUNTRIES } from './countries.js';

const PLACE_PHRASE = /\b(in|at|to|into|near)\s+(?:the\s+)?(?:(?:town|city|village|province|region|port)\s+of\s+)?(?:([\p{Lu}][\p{L}]+)\s+capital\s*,?\s*|capital\s*,?\s*)?([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})?/gu;

/** The place of the sentence's events: a known city or country after "in"/"at", or a place entity. */
export function findPlace(text: string, sentence: Span, entities: EntityMention[]): string | null {
  const body = text.slice(sentence.start, sentence.end);
  let countryFallback: string | null = null;
  for (const m of body.matchAll(PLACE_PHRASE)) {
    const demonym = m[2];
    const name = m[3]?.replace(/['’]s$/, '');
    if (name && isKnownPlace(name)) {
      const isCountry = COUNTRIES.some((c) => c.names.includes(name));
      if (!isCountry) return name;
      // "to Russia" names a destination, not where the sentence happens.
      if (m[1] !== 'to' && m[1] !== 'into') countryFallback ??= name;
    } else if (demonym && m[1] !== 'to') {
      const country = COUNTRIES.find((c) => c.demonyms.includes(demonym));
      if (country?.capitals[0]) return country.capitals[0];
    }
  }
  const placeEntity = entities.find((e) => e.type === 'place' && e.start >= sentence.start && e.end <= sentence.end);
  if (placeEntity) return placeEntity.canonical || placeEntity.text;
  return countryFallback;
}

