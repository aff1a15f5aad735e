// Country from context for actors named without one. News names a person or group ("Lt. Gen. Prosper Avril",
// "the Umma party", "thousands of protesters") and leaves the country to the rest of the sentence ("... to allow
// Haiti's first elections") or to the article ("the Pakistani Federal Secretary" two sentences earlier). The
// country the sentence names most (not counting the event's target), else the one the article has named most,
// stands in for the actor's own.
import type { Actor } from '../model.js';
import type { ActorMention } from './actors.js';
import type { Span } from '../model.js';
import { SECTOR_NOUNS, TITLE_WORDS } from './actor-tables.js';

/** "in southern India", "in the capital of Pakistan": a place the act happens in is its setting, not its target. */
const SETTING_BEFORE = /\b(?:in|at|near|across|throughout|inside|around|of)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$/;
/** "Thousands (of protesters)", "Dozens": a crowd, which acts where it is. */
const QUANTITY = /^(?:thousands|hundreds|dozens|scores|tens|many|some|several|crowds?|\d[\d,]*)$/i;
/** "Hindu", "Buddhist": a faith names a community, not a country; it takes the country of the place. */
const RELIGION = /^(?:Hindus?|Buddhists?|Muslims?|Moslems?|Christians?|Catholics?|Protestants?|Sikhs?|Jews?|Jewish|Shiites?|Shias?|Sunnis?|Islamists?|Copts?|Coptic)$/;

/** Opposition, rebels, police, courts, legislators, workers, students, civilians: they act at home, so the country
 * the sentence names is theirs even when it is also their act's target ("Opposition leader X accused Mugabe"). */
const DOMESTIC_SECTORS = new Set(['OPP', 'REB', 'COP', 'JUD', 'LEG', 'LAB', 'EDU', 'CVL']);

/** Non-state codes (IGO, NGO, IMG: international, non-governmental, multinational militant) are no country. */
const isState = (country: string | null): country is string => country !== null && !/^(?:IGO|NGO|IMG)/.test(country);

/** Countries named in a sentence, with how often. A news agency ("Ansa reported") tells who relayed the story,
 * not where it happened, and does not count. */
export function sentenceCountries(mentions: readonly ActorMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) if (isState(m.country) && m.sector !== 'JRN') counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  return counts;
}

/** Adds one sentence's counts to the article's. */
export function addCounts(into: Map<string, number>, counts: ReadonlyMap<string, number>): void {
  for (const [country, n] of counts) into.set(country, (into.get(country) ?? 0) + n);
}

function mostNamed(counts: ReadonlyMap<string, number>, except: string | null): string | null {
  let best: string | null = null;
  let bestCount = 0;
  // Map order is first mention: on a tie, the country named first wins.
  for (const [country, n] of counts) {
    if (country === except || n <= bestCount) continue;
    best = country;
    bestCount = n;
  }
  return best;
}

/** The sector an uncoded actor's own words give it: "officials" GOV, "Lt. Gen." MIL, "rebels" REB; else none. */
export function sectorOfWords(text: string): string | null {
  const words = text.split(/\s+/);
  // "Opposition leader X", "rebel commander Y": the group's word, not the rank's, names the sector.
  const group = words.find((w) => /^(?:opposition|rebel|rebels)$/i.test(w));
  if (group) return SECTOR_NOUNS[group.toLowerCase()]!;
  for (let k = words.length - 1; k >= 0; k--) {
    const sector = SECTOR_NOUNS[words[k]!.toLowerCase().replace(/[^a-z]/g, '')];
    if (sector) return sector;
  }
  if (words.some((w) => /^(?:Gen\.?|General|Lt\.?|Col\.?|Commander|Admiral|Maj\.?)$/.test(w))) return 'MIL';
  if (words.some((w) => TITLE_WORDS.has(w))) return 'GOV';
  return null;
}

/**
 * A code for an actor the lexicon left uncoded, from the sentence's countries and then the article's; null when
 * neither names one. The target's country is left out: "X condemned Russia" does not make X Russian.
 */
export function contextualCode(actor: Actor, target: Actor | null, sentence: ReadonlyMap<string, number>, article: ReadonlyMap<string, number>): string | null {
  const except = target?.code ? target.code.slice(0, 3) : null;
  const country = mostNamed(sentence, except) ?? mostNamed(article, except);
  if (!country) return null;
  const sector = sectorOfWords(actor.text);
  return sector ? country + sector : country;
}

/**
 * The codes context gives an event's actors: an ethnic group the country it lives in ("ethnic Albanians
 * demonstrated in Serbia" is SRB, as CAMEO codes it), and uncoded actors the sentence's or article's country.
 */
export function withContextCodes(text: string, sentence: Span, actors: { source: Actor; target: Actor | null }, mentions: readonly ActorMention[],
  here: ReadonlyMap<string, number>, article: ReadonlyMap<string, number>): { source: Actor; target: Actor | null } {
  let { source, target } = actors;
  const sourceMention = mentions.find((m) => m.kind === 'demonym' && m.text === source.text);
  if (sourceMention && /\bethnic\s+$/i.test(text.slice(Math.max(sentence.start, sourceMention.start - 8), sourceMention.start))) {
    const own = sourceMention.country;
    const home = contextualCode({ text: '', code: null }, own ? { text: '', code: own } : null, here, new Map());
    if (home) source = { ...source, code: home + (sourceMention.code?.slice(3) ?? '') };
  }
  if (source.code === null) {
    // "to allow Haiti's first elections": a possessive target is the setting, not an adversary. A group named by a
    // common noun ("Islamic fundamentalists", "students") acts at home; a named person may well be foreign.
    const targetIsSetting = target !== null && mentions.some((m) => m.text.startsWith(target!.text) &&
      (m.possessive || SETTING_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))));
    const words = source.text.split(/\s+/);
    const head = words[words.length - 1] ?? '';
    const group = /^\p{Ll}/u.test(head) || SECTOR_NOUNS[head.toLowerCase()] !== undefined || /^\p{Lu}\p{Ll}+men$/u.test(source.text) ||
      QUANTITY.test(words[0] ?? '') || RELIGION.test(head) || words.some((w) => DOMESTIC_SECTORS.has(SECTOR_NOUNS[w.toLowerCase()] ?? ''));
    const inferred = contextualCode(source, targetIsSetting || group ? null : target, here, article);
    if (inferred) source = { ...source, code: inferred };
  }
  // An uncoded target ("Prime Minister Mahendra Chaudhry", "Moslem demonstrators") is most often of the
  // country the sentence is about, the source's own included: most news events are domestic.
  if (target && target.code === null) {
    const inferred = contextualCode(target, null, here, article);
    if (inferred) target = { ...target, code: inferred };
  }
  return { source, target };
}
