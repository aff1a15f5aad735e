// The agent frames of frames.ts: the named person who does the act of a clause, read from three plain shapes —
// "NAME, who VERBed ...", "... was VERBed (...) by NAME" and "NAME VERBed ..." — with the act's predicate (the
// verb and the content words acted on). Keyed by surname; a lone surname stands for the full name the article
// writes elsewhere ("Ferraz" -> "Lucía Ferraz"), and is left out when it writes none. Pure: text in, frames out.
import { frames as settings } from '../settings.js';
import { verbKey } from './claims-synonyms.js';
import { escaped } from './claims-when-where.js';
import { folded, NAME_TAIL, NAME_WORD, PARTICLE, surnameKey } from './quote-speakers.js';
import { isCountry } from './slot-mentions.js';
import { STOPWORDS } from './text.js';

/** An agent read from a sentence: who, by which verb, over which words. */
export interface AgentReading {
  /** The person's name as the article writes it in full. */
  person: string;
  /** The act's verb as written ("announced", "cut"). */
  verb: string;
  /** Stems of the verb (by its class) and of the content words of what it acts on. */
  predicate: Set<string>;
  start: number;
}

/** A run of capitalised words (a name, with any capitalised post before it). */
const NAME = String.raw`${NAME_WORD}(?:${NAME_TAIL}){0,5}`;
/** A past verb: regular ("signed", "countersigned") or a common irregular act. */
const PAST_VERB = String.raw`(?:\p{Ll}{3,}ed|cut|led|met|won|shot|struck|made|gave|took|sent|brought|began|wrote|threw|caught|fought|sold|bought|paid|held|set|broke|drove|flew|beat|built|chose|laid|sought|shut|tore|spoke)`;
/** Words that report speech, a state or a thing done to the person rather than by them: no act of theirs. */
const NOT_ACTS = /^(?:said|stated|added|noted|reported|told|asked|explained|claimed|declared|warned|insisted|described|called|named|based|used|expected|needed|wanted|hoped|feared|believed|owned|estimated|accused|charged|sentenced|jailed|arrested|injured|killed|wounded|affected|involved|related|located|appointed|elected|employed|trained|born|founded|known|considered|seen|quoted|cited|replaced|succeeded|dismissed|fired|sacked|welcomed|praised|criticised|criticized|thanked|urged|blamed|admitted|confirmed|denied|stressed|argued|agreed|refused|declined|tried|wanted|seemed|appeared|remained|returned|died|suffered|worked|served|joined)$/u;
/** Capitalised words of a body, an opening word or a calendar word: not a person. */
const NOT_PERSON = /^(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|After|Before|When|While|His|Her|Their|Its|This|That|Ministry|Department|Office|Police|Council|Agency|Company|Group|Bank|Court|Union|Government|Commission|Authority|Board|Party|Club|Port|City|State|University|Hospital|Service|Federation|Committee|Institute|Corporation|Ltd|Inc|PT|Several|Some|Many|Both|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;
/** Capitalised post words before a name: the person is what follows them ("Transport Minister Elena Vidal"). */
const POST_WORD = /^(?:Mayor|Minister|President|Premier|Deputy|Secretary|Chief|Executive|Director|Chairman|Chairwoman|Chair|Governor|Lord|Lady|Dr|Mr|Mrs|Ms|Trade|Finance|Foreign|Transport|Health|Economy|Interior|Defence|Defense|General|Vice|Prime|Senior|Officer|Judge|Captain|Coach|Commissioner|Inspector|Sergeant|Superintendent|Mayoress|Senator|Councillor|Alderman|Professor|Prof|Sir|Dame)$/u;
/** Clause marks: an act's words are read up to the next one. */
const CLAUSE_END = /[,;:()—–"“”]/u;

/** "Pieter Vos, who signed on behalf of the port". */
const RELATIVE = new RegExp(String.raw`(${NAME}),\s+who\s+(?:also\s+|later\s+|personally\s+|then\s+)?(${PAST_VERB})\b`, 'gu');
/** "The cuts were presented on the analyst call by chief financial officer Lucía Ferraz". */
const PASSIVE = new RegExp(String.raw`\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(${PAST_VERB})\b([^.;:"“”]{0,80}?)\bby\s+([^.;:"“”]{1,120})`, 'gu');
/** "Mario Kovač scored the decisive penalty", "Wibisono and ... Anouk de Graaf signed the agreement". */
const ACTIVE = new RegExp(String.raw`(${NAME})\s+(?:also\s+|then\s+|later\s+|personally\s+)?(${PAST_VERB})\b`, 'gu');
const NAMES = new RegExp(NAME, 'gu');

/**
 * The stem a word is compared by: its verb class (claims-synonyms.ts) if it has one, else the word without its
 * ending and doubled last letter, cut to settings.stemLetters ("scored", "score", "scoring" -> "scor"; "cutting" -> "cut").
 */
export function agentStem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  const classed = verbKey(lower, settings.stemLetters);
  if (classed !== lower.slice(0, settings.stemLetters)) return classed;
  let bare = lower.replace(/(?:ing|ed|es|e|s)$/u, '');
  if (bare.length < 3) bare = lower;
  if (/([b-df-hj-np-tv-z])\1$/u.test(bare) && bare.length > 3) bare = bare.slice(0, -1);
  return bare.slice(0, settings.stemLetters);
}

/** The stems of the content words of a stretch: names (capitalised words) are who acts, not what is acted on. */
function contentStems(text: string): string[] {
  const stems: string[] = [];
  for (const match of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
    const word = match[0];
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    if (/^\p{Lu}/u.test(word) || lower.length < 3 || STOPWORDS.has(lower)) continue;
    stems.push(agentStem(lower));
  }
  return stems;
}

/** The words after an offset up to the clause's end. */
function clauseAfter(sentence: string, at: number): string {
  return sentence.slice(at, at + settings.predicateChars).split(CLAUSE_END)[0] ?? '';
}

/**
 * The person a run of capitalised words names: the words after its last post word; a lone surname is the full name
 * the article writes (`text`), when it writes one. Bodies, countries and calendar words are no person.
 */
function personOf(run: string, text: string): string | null {
  const words = run.trim().split(/\s+/u);
  let lastPost = words.length - 1;
  while (lastPost >= 0 && !POST_WORD.test(words[lastPost]!)) lastPost--;
  const name = words.slice(lastPost + 1);
  if (name.length === 0 || name.some((word) => NOT_PERSON.test(word)) || isCountry(name.join(' '))) return null;
  if (name.length >= 2) return name.join(' ');
  const surname = name[0]!;
  const full = new RegExp(String.raw`(${NAME_WORD})\s+(?:${PARTICLE}\s+){0,2}${escaped(surname)}(?![\p{L}'’-])`, 'u').exec(text);
  if (!full || NOT_PERSON.test(full[1]!) || POST_WORD.test(full[1]!)) return null;
  return full[0];
}

/** The agents of one sentence's acts (`text`: its article, where a lone surname's full name is looked up). */
export function readAgents(sentence: string, text = sentence): AgentReading[] {
  const readings: AgentReading[] = [];
  const add = (person: string | null, verb: string, around: string, start: number) => {
    if (!person || NOT_ACTS.test(verb)) return;
    const names = new Set(person.split(/\s+/u).map(agentStem));
    const objects = contentStems(around).filter((stem) => !names.has(stem));
    readings.push({ person, verb, predicate: new Set([agentStem(verb), ...objects]), start });
  };
  for (const match of sentence.matchAll(RELATIVE)) {
    const at = match.index + match[0].length;
    add(personOf(match[1]!, text), match[2]!, clauseAfter(sentence, at), match.index);
  }
  for (const match of sentence.matchAll(PASSIVE)) {
    // What was done: the clause before "was" and the words between the verb and "by".
    const subject = sentence.slice(Math.max(0, match.index - settings.predicateChars), match.index).split(CLAUSE_END).at(-1) ?? '';
    const byPhrase = match[3]!.split(/\b(?:while|after|before|who|which|when|as|and\s+said)\b|[;]/u)[0]!;
    for (const name of byPhrase.matchAll(NAMES)) add(personOf(name[0], text), match[1]!, `${subject} ${match[2]!}`, match.index);
  }
  for (const match of sentence.matchAll(ACTIVE)) {
    // "Anouk de Graaf signed", not "signed by": a passive participle after a name is no act of it.
    const at = match.index + match[0].length;
    if (/^\s+by\b/u.test(sentence.slice(at))) continue;
    add(personOf(match[1]!, text), match[2]!, clauseAfter(sentence, at), match.index);
  }
  return readings;
}

/** Whether a text names a person (by surname, as a whole word, without accents or case). */
export function namesPerson(text: string, person: string): boolean {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped(surnameKey(person))}(?![\p{L}\p{N}])`, 'u').test(folded(text));
}
