// One act, two doers (issue 7, "who"): outlets that credit the same act to different people ("Wibisono and port chief
// Anouk de Graaf signed the agreement" / "Pieter Vos, who signed on behalf of the port"). An act is read with its
// named doers from three plain shapes of a sentence — "NAME, who VERBed ...", "... was VERBed by NAME" and a sentence
// opening with its doers, "NAME (and NAME) VERBed ..." — each with its co-doers ("alongside NAME", "together with
// NAME"). Two articles disagree when acts of one verb that share a content word carry doers of different surnames
// and neither article names the other's doer anywhere. Pure: texts in, conflicts out.
import { actAgents as settings } from '../settings.js';
import type { ArticleText, SentenceConflict } from './claims-sentences.js';
import { verbKey } from './claims-synonyms.js';
import { escaped } from './claims-when-where.js';
import { folded, NAME_TAIL, NAME_WORD, PARTICLE, surnameKey } from './quote-speakers.js';
import { isCountry } from './slot-mentions.js';
import { contentTokens, splitSentences } from './text.js';

/** An act read from one sentence: its verb, the content words around it and its named doers. */
export interface Act {
  verb: string;
  /** Stem the verb is compared by (claims-synonyms.ts classes). */
  key: string;
  objects: Set<string>;
  /** The doers' names as written. */
  doers: string[];
}

/** A run of capitalised words: a name, with the posts before it ("Indonesian Trade Minister Rahmat Wibisono"). */
const NAME = String.raw`${NAME_WORD}(?:${NAME_TAIL}){0,6}`;
/** A past verb: regular ("signed", "countersigned") or one of the common irregular acts. */
const PAST_VERB = String.raw`(?:\p{Ll}{3,}ed|cut|led|met|won|lost|shot|hit|struck|made|gave|took|sent|brought|began|opened|wrote|threw|caught|fought|sold|bought|paid|held|kept|left|set|broke|drove|rode|flew|beat|built|found|chose|bore|laid|read|sought|spent|shut|stole|swore|tore|spoke)`;

/** "Pieter Vos, who signed on behalf of the port": a doer named before a relative clause. */
const RELATIVE = new RegExp(String.raw`(${NAME}),\s+who\s+(?:also\s+|personally\s+|later\s+)?(${PAST_VERB})\b([^.;:"“”]{0,160})`, 'gu');
/** "The ribbon was cut by the minister together with Sandra Okafor": a doer after a passive verb. */
const PASSIVE = new RegExp(String.raw`\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(${PAST_VERB})\b([^.;:"“”]{0,80}?)\bby\s+([^.;:"“”]{1,160})`, 'gu');
/** "Wibisono and port chief executive Anouk de Graaf signed the agreement": doers opening a sentence. */
const ACTIVE = new RegExp(String.raw`^((?:[\p{L}'’-]+\s+){0,12}?)(${PAST_VERB})\b([^.;:"“”]{0,160})`, 'u');
/** Words that make the opening of a sentence a clause of its own, not a subject: "Mwangi said the deal would cut". */
const CLAUSE_WORDS = /\b(?:was|were|is|are|has|have|had|who|which|that|said|says|told|would|will|could|should|may|might|can|to|it|he|she|they|we|if|when|after|before|while)\b/u;
/** An act the doers of a sentence do next, as a participle: "opened the office, cutting a ribbon alongside ...". */
const PARTICIPLE = /,\s+(\p{Ll}{2,}ing)\b([^.;:"“”]{0,120})/u;
/** Co-doers written after the act: "alongside the Lord Mayor, Gavin Teo", "together with Sandra Okafor". */
const CO_DOER = new RegExp(String.raw`\b(?:alongside|together\s+with|jointly\s+with)\s+([^.;:"“”]{1,80})`, 'gu');
const NAMES = new RegExp(NAME, 'gu');
/** Verbs that report speech or a state, not an act a person is credited with. */
const NOT_ACTS = /^(?:said|stated|added|noted|reported|told|asked|explained|claimed|declared|warned|insisted|described|called|named|based|used|expected|needed|wanted|planned|owned|estimated|accused|charged|sentenced|jailed|arrested|injured|killed|wounded|affected|involved|related|located|appointed|elected|employed|trained|born|founded|known|considered|seen|quoted|cited)$/u;
/** Capitalised words that open a sentence or name a body or a post, not a person. */
const NOT_PERSON = /^(?:The|A|An|He|She|It|They|We|In|On|At|But|And|After|Before|When|While|His|Her|Their|Its|This|That|Ministry|Department|Office|Police|Council|Agency|Company|Group|Bank|Court|Union|Government|Commission|Authority|Board|Party|Club|Port|City|State|University|Hospital|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/u;
/** Posts written in capitals before a name: the doer is what follows ("Lord Mayor of Perth, Gavin Teo"). */
const POST_WORD = /^(?:Mayor|Minister|President|Premier|Deputy|Secretary|Chief|Executive|Director|Chairman|Governor|Lord|Lady|Dr|Mr|Mrs|Ms|Trade|Finance|Foreign|Transport|Health|Economy|General|Vice|Prime|Senior|Officer|Judge|Captain|Coach)$/u;

/**
 * The people a phrase names: runs of capitalised words after their last post ("Lord Mayor of Perth, Gavin Teo" ->
 * "Gavin Teo"), bodies left out; a lone surname is the person only when the article writes their full name
 * (`fullNames`: the full form found in `text` for each lone surname looked up so far).
 */
function namedIn(phrase: string, text: string, fullNames: Map<string, string | undefined>): string[] {
  const people: string[] = [];
  for (const match of phrase.matchAll(NAMES)) {
    const run = match[0].split(/\s+/u);
    if (run.some((word) => NOT_PERSON.test(word))) continue;
    let lastPost = run.length - 1;
    while (lastPost >= 0 && !POST_WORD.test(run[lastPost]!)) lastPost--;
    const words = run.slice(lastPost + 1);
    // A country signs too ("Viet Nam and Chile signed"), but it is no person an outlet may credit in another's place.
    if (words.length >= 2 && !isCountry(words.join(' '))) people.push(words.join(' '));
    else if (words.length === 1) {
      const full = fullNameIn(text, words[0]!, fullNames);
      if (full && !NOT_PERSON.test(full.split(/\s+/u)[0]!) && !POST_WORD.test(full.split(/\s+/u)[0]!)) people.push(full);
    }
  }
  return people;
}

/** The first full form of a lone surname the text writes ("Gavin Teo" for "Teo"), read once per surname. */
function fullNameIn(text: string, surname: string, fullNames: Map<string, string | undefined>): string | undefined {
  if (!fullNames.has(surname)) fullNames.set(surname, new RegExp(String.raw`${NAME_WORD}\s+(?:${PARTICLE}\s+){0,2}${surname}(?![\p{L}'’-])`, 'u').exec(text)?.[0]);
  return fullNames.get(surname);
}

/** A verb without its ending: "signed", "signing" -> "sign"; "cutting" -> "cut"; "travelled" -> "travel". */
export function lemma(verb: string): string {
  const stripped = verb.toLowerCase().replace(/ied$/u, 'y').replace(/(?:ed|ing)$/u, '');
  return /([b-df-hj-np-tv-z])\1$/u.test(stripped) && stripped.length > 3 ? stripped.slice(0, -1) : stripped;
}

/**
 * The acts of one sentence with their named doers (`text`: the article, where a lone surname's full name is found;
 * `fullNames`: those found so far in it, shared by the article's sentences).
 */
export function readActs(sentence: string, text = sentence, fullNames = new Map<string, string | undefined>()): Act[] {
  const acts: Act[] = [];
  const peopleIn = (phrase: string) => namedIn(phrase, text, fullNames);
  const add = (verb: string, around: string, named: string[]) => {
    const coDoers = [...around.matchAll(CO_DOER)].flatMap((match) => peopleIn(match[1]!));
    const doers = [...named, ...coDoers];
    if (NOT_ACTS.test(verb) || doers.length === 0) return;
    // What was acted on, not who acted: the doers' names are no shared ground between two outlets' acts.
    const names = new Set(contentTokens(doers.join(' ')));
    const objects = new Set(contentTokens(around).filter((word) => !names.has(word)));
    acts.push({ verb, key: verbKey(lemma(verb), settings.stemLetters), objects, doers: [...new Set(doers)] });
  };
  for (const match of sentence.matchAll(RELATIVE)) {
    const named = peopleIn(match[1]!).at(-1);
    if (named) add(match[2]!, match[3]!, [named]);
  }
  for (const match of sentence.matchAll(PASSIVE)) {
    const doers = peopleIn(match[3]!.split(/\b(?:alongside|together\s+with|while|after|before|who|which)\b/u)[0]!);
    add(match[1]!, `${sentence.slice(0, match.index)} ${match[2]!} ${match[3]!}`, doers);
  }
  const active = ACTIVE.exec(sentence);
  // Only a subject of names and posts: "The two firms signed" or "Earlier, police arrested" name no doer.
  if (active && !CLAUSE_WORDS.test(active[1]!)) {
    const doers = peopleIn(active[1]!);
    add(active[2]!, active[3]!, doers);
    const next = PARTICIPLE.exec(active[3]!);
    if (next) add(next[1]!, next[2]!, doers);
  }
  return acts;
}

/** Conflicts of one story: an act its articles credit to doers of different surnames. */
export function actAgentConflicts(entries: ArticleText[]): SentenceConflict[] {
  if (entries.length < 2) return [];
  const acts = entries.map((entry) => {
    const fullNames = new Map<string, string | undefined>();
    return splitSentences(entry.text)
      .slice(0, settings.maxSentences)
      .flatMap((span) => readActs(entry.text.slice(span.start, span.end), entry.text, fullNames).map((act) => ({ ...act, evidence: entry.text.slice(span.start, span.end) })));
  });
  const surnames = entries.map((entry) => folded(entry.text));
  // A surname written as a whole word: one pattern per surname, however many acts name it. Not \b, which knows
  // ASCII letters only even under the u flag: a surname starting or ending in ø, ł or æ ("Ødegaard", "Dahlø")
  // would never be found.
  const patterns = new Map<string, RegExp>();
  const mentions = (article: number, name: string) => {
    const key = surnameKey(name);
    let pattern = patterns.get(key);
    if (!pattern) patterns.set(key, (pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped(key)}(?![\p{L}\p{N}])`, 'u')));
    return pattern.test(surnames[article]!);
  };
  const conflicts: SentenceConflict[] = [];
  const seen = new Set<string>();
  for (let a = 0; a < entries.length; a++) {
    for (let b = a + 1; b < entries.length; b++) {
      for (const x of acts[a]!) {
        for (const y of acts[b]!) {
          if (x.key !== y.key || [...x.objects].filter((word) => y.objects.has(word)).length < settings.minSharedWords) continue;
          // A doer the other article names anywhere is known to it (a co-doer, "the minister"): no side of a dispute.
          const onlyX = x.doers.filter((name) => !mentions(b, name));
          const onlyY = y.doers.filter((name) => !mentions(a, name));
          if (onlyX.length === 0 || onlyY.length === 0) continue;
          const signature = [x.key, ...onlyX.map(surnameKey), '|', ...onlyY.map(surnameKey)].join(' ');
          if (seen.has(signature)) continue;
          seen.add(signature);
          conflicts.push({
            // Named by the past form where one side writes it ("who cut" for "cut" and "cutting").
            fact: `who ${[x.verb, y.verb].find((verb) => !verb.endsWith('ing')) ?? lemma(x.verb)}`,
            update: false,
            versions: [
              { value: onlyX.join(' and '), articles: [entries[a]!.article], evidence: x.evidence },
              { value: onlyY.join(' and '), articles: [entries[b]!.article], evidence: y.evidence },
            ],
          });
        }
      }
    }
  }
  return conflicts;
}
