// Who acts when the sentence does not name it plainly: pronoun subjects ("it has agreed"), subject noun phrases the
// lexicon does not know ("Thousands of protesters"), quote speakers, and the countries an actor without one falls
// back on.
import type { Actor, Span } from '../model.js';
import { findActors, type ActorMemory, type ActorMention } from './actors.js';

/** A mention right after one of these is inside a prepositional phrase: where or to whom, not who. */
export const PREPOSITION_BEFORE = /\b(?:in|of|at|from|near|to|with|for|against|on|by|into|over|across|between|about)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;

export const toActor = (m: ActorMention): Actor => ({ text: m.text.replace(/['’]s?$/, ''), code: m.code });

/** A subject pronoun right before the act, past auxiliaries and adverbs: "it has agreed", "they also rejected". */
const PRONOUN_BEFORE = /(?:^|[,;]\s*|\b(?:and|but|which|that|said|says)\s+)(it|they)\s+(?:(?:has|have|had|is|are|was|were|will|would|could|should|may|might|must|also|then|later|not|now|still|had|already|reportedly|\w+ly)\s+){0,3}$/i;

/**
 * The actor a pronoun subject refers to: the sentence's own earlier subject ("While the Syrian army continues its
 * assault ..., it has agreed"), else the main actor of the sentence before. Null when no pronoun is the subject.
 */
export function pronounSubject(text: string, sentence: Span, trigger: Span, mentions: ActorMention[], memory: ActorMemory): Actor | null {
  const before = text.slice(sentence.start, trigger.start);
  const m = PRONOUN_BEFORE.exec(before);
  if (!m) return null;
  const pronounAt = sentence.start + (m.index ?? 0) + m[0].indexOf(m[1]!);
  // Candidates: actors before the pronoun that are no place and stand outside prepositional phrases.
  const antecedent = mentions.find((a) => a.end <= pronounAt && a.code !== null && a.kind !== 'city' && !a.possessive &&
    !PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, a.start - 20), a.start)) &&
    !(a.kind === 'person' && m[1]!.toLowerCase() === 'it'));
  if (antecedent) return toActor(antecedent);
  // A sentence that names an actor before its pronoun but not as a subject gives no safe antecedent.
  if (mentions.some((a) => a.end <= pronounAt && a.code !== null)) return null;
  return memory.lastSource ? { ...memory.lastSource } : null;
}

const SUBJECT_NOUN_PHRASE = /(?:^|[,;]\s*)(?:the\s+|a\s+|an\s+)?((?:[\p{L}'’-]+\s+){0,3}?(?:thousands|hundreds|dozens|people|protesters|protestors|demonstrators|workers|students|residents|villagers|activists|group|groups|members|supporters|militants|gunmen|officials|authorities|police|troops|soldiers|forces|party|parties|movement|union|government|army|rebels|fundamentalists|extremists|islamists|hackers|bandits|insurgents|guerrillas|guerillas|refugees|prisoners|farmers|journalists|lawyers|miners|monks|clerics|leaders|men|attackers|assailants|kidnappers|mobs?|crowds?|youths|fighters|raiders|pirates|bombers|settlers|tribesmen|gangs?|smugglers|traffickers|officers|sailors|pilots))\b(?:\s+of\s+[\p{L}'’-]+)?/iu;

/** With no known actor, the subject noun phrase ("Thousands of protesters") still names who acted. */
export function subjectPhrase(before: string): Actor | null {
  const m = SUBJECT_NOUN_PHRASE.exec(before);
  return m ? { text: m[0].replace(/^[,;]\s*/, '').trim(), code: null } : null;
}

/** What the story has named so far; before it has named anything, what the whole story names. */
export function articleCountries(memory: ActorMemory): ReadonlyMap<string, number> {
  return memory.countries.size > 0 || !memory.storyCountries ? memory.countries : memory.storyCountries();
}

/** The speaker of a quote as an actor, coded from what the document said about that name. */
export function speakerActor(speaker: string, memory: ActorMemory): Actor {
  const last = speaker.split(/\s+/).pop() ?? speaker;
  const known = memory.names.get(speaker) ?? memory.names.get(last);
  if (known) return { text: speaker, code: known };
  // "Russia", "the Kremlin", "Sergei Shoigu": the lexicon codes a speaker as it codes any actor.
  const lexical = findActors(speaker, { start: 0, end: speaker.length }, memory).find((m) => m.code !== null);
  return { text: speaker, code: lexical?.code ?? null };
}

