// The event coder's view of the shared country facts (src/data/countries.ts): every form news writes, the
// nations of the UK folded into GBR (CAMEO codes the United Kingdom), and demonym plurals used as nouns.
import { COUNTRIES as COUNTRY_FACTS, PLACES as PLACE_FACTS, actorCountryCode, demonymPlural } from '../data/countries.js';

export interface CountryForms {
  /** The country part of a CAMEO actor code (ISO 3166-1 alpha-3). */
  code: string;
  names: string[];
  demonyms: string[];
  /** Capitals and other seats of government: as a subject ("Moscow said") they stand for the government. */
  capitals: string[];
}

export interface PlaceForms {
  code: string;
  places: string[];
  peoples: string[];
}

const withPlurals = (demonyms: string[]): string[] => demonyms.flatMap((d) => [d, demonymPlural(d)].filter((f): f is string => f !== null));

export const COUNTRIES: readonly CountryForms[] = COUNTRY_FACTS.map((c) => ({
  code: actorCountryCode(c.iso3),
  names: [c.name, ...c.otherNames, ...c.newsNames],
  demonyms: withPlurals([...c.demonyms, ...c.newsDemonyms]),
  capitals: [...c.capitals, ...c.newsSeats],
}));

export const PLACES: readonly PlaceForms[] = PLACE_FACTS.map((p) => ({ code: p.iso3, places: p.places, peoples: p.peoples }));
