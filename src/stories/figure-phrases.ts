// Phrases around a figure that say what it is: a grade "on a scale of five", an order of "30 more" jets, brand names
// and "units of" before the noun counted, people driven "from their homes", the point a distance is measured "from",
// a change measured "over the previous season", the noun a figure is the scope of ("schools in 40 towns"). Read by
// figures.ts and claims-sentences.ts; linear-time regular expressions only.
import { roleKey } from './figure-roles.js';
import { STOPWORDS } from './text.js';

/** " on a scale of five", " on the five-level European scale": the figure before it is a grade on that scale. */
export const RATING = /^\s+on\s+(?:a|the|an)\s+(?:[\p{L}-]+\s+){0,3}scale\b/iu;

/** "has ordered 30 more", "bought another 12": an increment that is the size of a purchase. */
export const ORDERED_BEFORE = /\b(?:order(?:ed|s|ing)?|bought|buy(?:s|ing)?|purchas(?:e|ed|es|ing)|acquir(?:e|ed|es|ing)|book(?:ed|s)?)\b[^,;.]{0,20}$/iu;

/** "118,000 Arrow and Swift cars", "40 Airbus jets": names before the plural noun counted are its modifiers. */
export const BRAND_NAMES = /^\s+\p{Lu}[\p{L}-]*(?:\s+(?:and|or|&)\s+\p{Lu}[\p{L}-]*)*\s+(?=\p{Ll}+[^s\s]s\b)/u;

/** "42,000 units of its Arrow SUV": what is counted stands after "units of". */
export const UNITS_OF = /^\s+(?:units?|pieces?|items?|copies|numbers?)\s+of\s+(?:(?:its|their|the|his|her|our)\s+)?/iu;

/** "driving 15,000 from their homes", "forced out of their homes": people displaced, whatever the verb. */
const FROM_HOMES = /^[^,;.]{0,30}?\b(?:from|out of)\s+(?:their|his|her)\s+(?:homes?|houses?|villages?)\b/iu;

/** "2 km from Swarzedz station", "five kilometres away from the station": the point a distance is measured from. */
const FROM_POINT = /^\s*(?:away\s+)?from\s+(?:the\s+|a\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Ll}{3,})/u;

/** Roles a phrase after the figure gives that no single word does. */
export function phraseRoles(after: string): string[] {
  const roles = FROM_HOMES.test(after) ? [roleKey('evacuated')] : [];
  const point = FROM_POINT.exec(after)?.[1];
  if (point && !STOPWORDS.has(point)) roles.push(`from:${roleKey(point)}`);
  return roles;
}

/**
 * "an increase of 50 per cent over the previous season's price": the change is today's figure; the earlier time is
 * only what it is measured against. The base is cut before the clause is tested for background.
 */
const CHANGE_BASE = /\b(?:over|on|from|compared with|than)\s+(?:the\s+|a\s+)?(?:previous|last|prior)\b.*$/iu;
const CHANGE_WORD = /\b(?:increase|rise|rose|raised|jump(?:ed)?|hike|cut|fall|fell|drop(?:ped)?|decrease|decline|higher|lower|more|less)\b/iu;

export function withoutChangeBase(clause: string): string {
  const base = CHANGE_BASE.exec(clause);
  if (!base || !CHANGE_WORD.test(clause.slice(0, base.index)) || !/\d/u.test(clause.slice(0, base.index))) return clause;
  return clause.slice(0, base.index);
}

/** What the scope test reads of a figure: its sentence, where it starts, and its role words. */
export interface ScopedFigure {
  evidence: string;
  start: number;
  role: string[];
  after: string[];
  before: string[];
}

/** The noun a figure is the scope of ("Schools in 40 towns"): a plural noun, not a verb ("killed in 3 attacks"). */
const SCOPE = /(\p{L}{3,})\s+(?:in|across)\s+(?:(?:at least|more than|some|about|around|over|nearly|almost)\s+)?$/iu;

/** Whether the other figure's words allow what `figure` is the scope of. */
export function inScope(figure: ScopedFigure, other: ScopedFigure): boolean {
  return inScopeOf(scopeKey(figure), other);
}

/** The role key of the noun a figure is the scope of ("towns" in "schools in 40 towns"), or null. */
export function scopeKey(figure: ScopedFigure): string | null {
  const head = SCOPE.exec(figure.evidence.slice(Math.max(0, figure.start - 60), figure.start))?.[1];
  // Only a plural noun is taken for the thing in scope: "hidden in six suitcases" has a participle there.
  if (!head || !/[^s]s$/iu.test(head) || STOP_HEADS.test(head)) return null;
  return roleKey(head);
}

/** `inScope` with the figure's scope key read once (scopeKey). */
export function inScopeOf(key: string | null, other: ScopedFigure): boolean {
  return key === null || other.role.includes(key) || other.after.includes(key) || other.before.includes(key);
}
const STOP_HEADS = /^(?:and|but|the|was|were|are|has|had|have|been|said|says|live|lives|living|people|residents)$/iu;
