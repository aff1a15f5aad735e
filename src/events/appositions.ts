// Mentions that code each other: a name in apposition to an office ("Dodik, president of Serbia,"), a name owned
// by a coded actor ("the FBI's Hostage Rescue Team"), and a group placed in a country ("rebels in Chad").
import type { ActorMemory, ActorMention } from './actors.js';
import { SECTOR_NOUNS } from './actor-tables.js';

/** A CAMEO actor code from its country and sector parts; null without a country. */
export const actorCode = (country: string | null, sector: string | null): string | null =>
  country === null ? null : sector && !country.endsWith(sector) ? country + sector : country;
const code = actorCode;

/** An office's words: a sector noun such as "president", "minister", "army". */
const namesOffice = (text: string): boolean => text.split(/\s+/).some((w) => SECTOR_NOUNS[w.toLowerCase()] !== undefined);

/** The sector a name's own last word gives it ("Hostage Rescue Team" none, "Border Police" COP). */
function sectorOfName(name: string): string | null {
  const last = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  return SECTOR_NOUNS[last] ?? null;
}

/** "Quatar's emir, Sheikh Hamad": a name in apposition to a coded actor is that actor. */
export function inheritAppositions(text: string, mentions: ActorMention[], memory: ActorMemory): ActorMention[] {
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    const prev = mentions[k - 1]!;
    const gap = text.slice(prev.end, m.start);
    if (m.code === null && prev.code !== null && /^\s*(?:,|bin|ibn|al|de|van|von)?\s*$/.test(gap) && prev.kind !== 'country' && prev.kind !== 'capital') {
      m.code = prev.code;
      m.country = prev.country;
      m.sector = prev.sector;
      memory.names.set(m.text, prev.code);
    }
    // "the FBI's Hostage Rescue Team", "Russia's Gazprom": a name owned by a coded actor is of its country.
    if (m.code === null && prev.code !== null && prev.possessive && prev.country !== null && !/^(?:IGO|NGO|IMG)/.test(prev.country) &&
      (m.kind === 'name' || m.kind === 'org') && /^['’]s?\s*(?:\p{Ll}+\s+){0,2}$/u.test(gap)) {
      m.country = prev.country;
      m.sector = m.sector ?? sectorOfName(m.text);
      m.code = code(m.country, m.sector);
    }
    // "Milorad Dodik, president of Serbia, ...", "Dodik, the Serbian president,": an office in apposition after an
    // uncoded name codes the name.
    if (prev.code === null && m.code !== null && m.sector !== null && (prev.kind === 'name' || prev.kind === 'person') &&
      /^\s*,\s*(?:the\s+|a\s+|an\s+)?$/i.test(gap) && m.kind !== 'person' && namesOffice(m.text)) {
      prev.code = m.code;
      prev.country = m.country;
      prev.sector = m.sector;
      memory.names.set(prev.text, m.code);
    }
  }
  return mentions;
}

/** "Rebels in the Ivory Coast", "Opposition groups in Zimbabwe": a group without a country takes the place's. */
export function attachLocations(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    if (m.country === null && m.kind !== 'person' && next && next.country !== null && (next.kind === 'country' || next.kind === 'capital' || next.kind === 'city') &&
      /^\s+(?:[a-z]+\s+)?(?:in|of|from)\s+(?:the\s+)?$/.test(text.slice(m.end, next.start))) {
      out.push({ ...m, end: next.end, text: text.slice(m.start, next.end), country: next.country, code: code(next.country, m.sector ?? SECTOR_NOUNS[m.text.toLowerCase().split(/\s+/).pop() ?? ''] ?? null), possessive: next.possessive });
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
}
