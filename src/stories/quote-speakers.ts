// One quotation, two speakers (issue 7, "who"): outlets that carry the same words in quotation marks often credit
// them to different people ("'We expect the line back by Friday,' said Mayor Ana Ruiz" / "... the transport chief
// Luis Pardo told reporters"). Quotations are read from each article's text (straight and curly double quotes; a
// quotation split by its attribution, "'A,' he said. 'B.'", is one) with the speaker the words around them name;
// "he"/"she" is the person last said to speak before. Two articles disagree when they carry one quotation (a run of
// shared content words) under speakers of different surnames. An unnamed speaker ("a spokesperson") gives no version.
// Pure: texts in, conflicts out. The events stage reads quotes for its own records (src/nlp/quotes.ts); the stories
// stage may not import it, so this is the stories-side reader, kept to what the comparison needs.
import { quoteSpeakers as settings } from '../settings.js';
import type { ArticleText, SentenceConflict } from './claims-sentences.js';
import { escaped } from './claims-when-where.js';
import { contentTokens } from './text.js';

/** A quotation with the speaker the article credits it to. */
export interface SpokenQuote {
  /** The quoted words, pieces of a split quotation joined by a space. */
  text: string;
  /** Content words of the quotation, in order (text.ts): what quotations are compared by. */
  words: string[];
  /** Every word of the quotation in lower case, in order: a short quotation is one with another when it is all in it. */
  plainWords: string[];
  /** The speaker as the article writes them ("Fana captain Silje Nordvik"), a lone surname given its full name. */
  speaker: string | null;
  /** The speaker's name alone ("Silje Nordvik"): null when the article names nobody. */
  name: string | null;
  /** The paragraph the quotation stands in, as evidence. */
  evidence: string;
}

/** Verbs that attribute quoted words. */
const SAY = String.raw`(?:said|says|told|tells|added|adds|stated|states|explained|insisted|warned|recalled|continued|noted|wrote|admitted|conceded|declared|replied|stressed|remarked|argued|urged|cautioned|acknowledged|went\s+on)`;
/** A word of a name: a capital, then letters, apostrophes or hyphens ("O'Neill", "Asante-Mensah"). */
export const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** The particles names carry between their words ("Anouk de Graaf", "Hamad bin Khalifa"). */
export const PARTICLE = '(?:de|da|del|der|van|von|bin|al|el|la|le|du|dos)';
/** One more word of a name after its first, particles before it: a name is NAME_WORD then runs of NAME_TAIL. */
export const NAME_TAIL = String.raw`\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}`;
/** A name of two to five words. */
const FULL_NAME = String.raw`${NAME_WORD}(?:${NAME_TAIL}){1,4}`;
/** Capitalised words that head a body or an office, not a person: "the Transport Ministry said" names no one. */
const BODY_WORD = /^(?:Ministry|Department|Office|Police|Council|Agency|Company|Group|Bank|Court|Union|Association|Government|Commission|Service|Authority|Board|Party|Club|Federation|Committee|Institute|University|Hospital|Airport|Airlines?|Corporation|Limited|Ltd|Inc|News|Radio|Television|TV|Press|Times|Post)$/u;
/** Words that open a sentence or a clause in capitals without being a name. */
const NOT_NAME_WORD = /^(?:The|A|An|He|She|It|They|We|I|But|And|In|On|At|This|That|His|Her|Their|Its|According|As|After|Before|When|While|If|Mr|Mrs|Ms|Dr|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
/** Posts written in capitals before a name ("Mayor Ana Ruiz", "Coach Tomas Brenner"): the name is what follows. */
const TITLE_WORD = /^(?:Mayor|Minister|President|Premier|Chancellor|Governor|Senator|Chief|Captain|Coach|Manager|Judge|Justice|Magistrate|Chairman|Chairwoman|Chair|Director|General|Secretary|Deputy|Vice|Commissioner|Inspector|Superintendent|Sergeant|Officer|Colonel|Major|Lieutenant|Professor|Prof|Dr|Mr|Mrs|Ms|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Bishop|Father|Rev|Reverend|Spokesman|Spokeswoman|Spokesperson|Prosecutor|Ambassador|Councillor|Alderman|Sheriff|Constable|Detective|Skipper|Goalkeeper|Striker|Midfielder|Defender|Foreign|Finance|Defence|Defense|Interior|Health|Trade|Transport|Energy|Labour|Labor|Economy|Education|Agriculture|Environment|State|Prime|Executive|Managing|Senior|Junior|Head|Acting|Former)$/u;

/** Where a speaker's phrase stops: the words after it say where, when or to whom, not who. */
const PHRASE_END = /\s+(?:on|in|at|to|for|of|from|with|after|before|when|while|who|which|that|as|during|last|this|earlier|later|also)\b.*$/su;

/** "said Fana captain Silje Nordvik", "said the ministry's health director, Ana Ruiz": the speaker after the verb. */
const VERB_THEN_SPEAKER = new RegExp(String.raw`^[\s,—–-]*${SAY}\s+([^,.;:!?"“”\n]{1,80})(?:,\s*([^,.;:!?"“”\n]{1,80}))?`, 'u');
/** "Ørn coach Bjørn Tveit said", "Habimana, who rides for Amani, told reporters", "she said": speaker, then verb. */
const SPEAKER_THEN_VERB = new RegExp(String.raw`^[\s,—–-]*([^,.;:!?"“”\n]{1,80}?)(?:,([^,"“”\n]{1,100}),)?\s+(?:(?:also|later|then)\s+)?${SAY}\b`, 'u');
/**
 * "Luis Pardo told reporters:", "The Minister of Health, Dr Ana Ruiz, stated:", "Judge Ruiz said the offence had
 * \"...": the speaker of a quotation that follows, in its own sentence (the last such clause before it).
 */
const SPEAKER_BEFORE = new RegExp(String.raw`([^,.;:!?"“”\n]{1,80}?)(?:,([^,"“”\n]{1,100}),)?\s+(?:(?:also|later|then)\s+)?${SAY}\b`, 'gu');
/** Abbreviations of posts whose dot is no sentence end ("Dr. Ana Ruiz"): read as "Dr  Ana Ruiz". */
const TITLE_DOT = /\b(Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Rev|Sen|Gov|Insp|Supt)\./gu;
/** The words between two pieces of one quotation: its attribution and nothing else ("he said.", "said Ruiz,"). */
const JOINING_GAP = new RegExp(String.raw`^[^"“”\n]*\b${SAY}\b[^"“”\n]*$`, 'u');
/** A person said to speak: the name before a verb of saying (an appositive between) or after one. */
const NAMED_SPEAKER = new RegExp(String.raw`(${NAME_WORD}(?:${NAME_TAIL}){0,4})(?=(?:,[^,"“”\n]{1,100},|,)?\s+(?:(?:also|later|then)\s+)?${SAY}\b)|\b${SAY}\s+(?:\p{Ll}+\s+){0,3}(${FULL_NAME})`, 'gu');

/** Runs of capitalised words, with name particles: a speaker phrase names a person by its last run. */
const NAME_RUNS = new RegExp(String.raw`${NAME_WORD}(?:${NAME_TAIL})*`, 'gu');

/**
 * A person a sentence opens with, after a post ("Coach Eirik Haugland refused to ...", "Harbour master Ines Varga
 * walked the ..."): the name is followed by a comma or by a verb and a lower-case word, not by more of the post.
 */
const SUBJECT_NAME = new RegExp(String.raw`(?:^|[.!?]["”]?\s+)(?:[\p{L}'’-]+\s+){0,3}?(${NAME_WORD}(?:${NAME_TAIL}){0,4})(?=,|\s+\p{Ll}+(?:\s+\p{Ll}|[,.]))`, 'gu');
/** Someone unnamed said to speak ("the owner of a shop said", "An alderman added"): a later "he said" is theirs, unknown. */
const UNNAMED_SPEAKER = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:\p{Ll}[\p{Ll}'’-]*\s+){1,8}?${SAY}\b`, 'gu');
/** Where the sentence after a quotation's close ends (from lastIndex): its attribution lies within. */
const SENTENCE_STOP = /[.!?](?=\s|$)|["“]/gu;
/** A name right after a preposition is a place or body the speaker belongs to ("president of El Loa, told"). */
const AFTER_PREPOSITION = /\b(?:for|of|at|from|with|in|on|to|by)\s+(?:the\s+)?$/iu;

interface Speaker {
  speaker: string;
  name: string;
}

/** A full form of a lone surname the article writes, and where. */
interface NameForm {
  at: number;
  name: string;
}

/** The full forms of each lone surname met so far in one article's text: filled on first use. */
type FormsBySurname = Map<string, NameForm[]>;

interface Piece {
  open: number;
  close: number;
}

/** Quoted pieces of one paragraph, paired in order: “ or " opens, ” or " closes. */
function quotedPieces(paragraph: string): Piece[] {
  const pieces: Piece[] = [];
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const mark = paragraph[i];
    if (mark === '“') open = i;
    else if (mark === '”' && open >= 0) {
      pieces.push({ open, close: i });
      open = -1;
    } else if (mark === '"') {
      if (open < 0) open = i;
      else {
        pieces.push({ open, close: i });
        open = -1;
      }
    }
  }
  return pieces;
}

/** Every quotation of an article with its speaker, in text order. */
export function readQuotes(text: string): SpokenQuote[] {
  const quotes: SpokenQuote[] = [];
  let offset = 0;
  let lastSpeaker: Speaker | null = null;
  const plain = text.replace(TITLE_DOT, '$1 ');
  const forms: FormsBySurname = new Map();
  for (const paragraph of plain.split('\n')) {
    // The person last named or quoted in this paragraph: a quotation without its own attribution is theirs.
    let paragraphSpeaker: Speaker | null = null;
    const base = offset;
    offset += paragraph.length + 1;
    const pieces = quotedPieces(paragraph);
    const quoted = (at: number) => pieces.some((piece) => piece.open < at && at < piece.close);
    // People said to speak outside quotation marks, in order: who a later "he said" means.
    const named = [...paragraph.matchAll(NAMED_SPEAKER), ...paragraph.matchAll(SUBJECT_NAME)]
      .map((match) => ({ match, at: match.index! + match[0].indexOf(match[1] ?? match[2]!) }))
      .filter(({ at }) => !quoted(at))
      .map(({ match, at }) => {
        const context = paragraph.slice(Math.max(0, at - settings.prepositionContextChars), at);
        return { at, name: resolve(match[1] ?? match[2]!, plain, base + at, null, forms, context)?.name };
      })
      .filter((mention) => mention.name !== undefined);
    const unnamed = [...paragraph.matchAll(UNNAMED_SPEAKER)].filter((match) => !quoted(match.index!)).map((match) => ({ at: match.index!, name: undefined }));
    const mentions = [...named, ...unnamed].sort((a, b) => a.at - b.at);
    const take = (upTo: number) => {
      while (mentions.length > 0 && mentions[0]!.at < upTo) {
        const { name } = mentions.shift()!;
        lastSpeaker = paragraphSpeaker = name ? { speaker: name, name } : null;
      }
    };
    let i = 0;
    while (i < pieces.length) {
      // A quotation split by its attribution is one: the pieces join while only an attribution stands between them.
      const joined = [pieces[i]!];
      while (i + 1 < pieces.length) {
        const gap = paragraph.slice(pieces[i]!.close + 1, pieces[i + 1]!.open);
        if (gap.length > settings.joiningGapChars || !JOINING_GAP.test(gap)) break;
        joined.push(pieces[++i]!);
      }
      i++;
      const first = joined[0]!;
      const last = joined.at(-1)!;
      take(first.open);
      const said = joined.map((piece) => paragraph.slice(piece.open + 1, piece.close).trim()).join(' ');
      const words = contentTokens(said);
      const gaps = joined.slice(1).map((piece, k) => paragraph.slice(joined[k]!.close + 1, piece.open));
      const after = paragraph.slice(last.close + 1, last.close + 1 + settings.attributionChars);
      const before = paragraph.slice(Math.max(0, first.open - settings.attributionChars), first.open);
      const phrases = [...[...gaps, after].map(speakerAfter).find((found) => found.length > 0) ?? [], ...speakerBefore(before)];
      const standsAlone = paragraph.slice(0, first.open).trim() === '' && paragraph.slice(last.close + 1).trim() === '';
      const resolved: Speaker | null =
        phrases.length > 0 ? firstResolved(phrases, plain, base + first.open, lastSpeaker, forms) : (paragraphSpeaker ?? (standsAlone ? lastSpeaker : null));
      // The attribution's own mention ("said Fana captain Silje Nordvik") is this quotation's speaker: passed over.
      take(attributionEnd(paragraph, last.close + 1));
      if (resolved) lastSpeaker = paragraphSpeaker = resolved;
      const plainWords = said.toLowerCase().split(/[^\p{L}\d'’]+/u).filter(Boolean);
      if (words.length < settings.minSharedWords && plainWords.length < settings.minWholeQuoteWords) continue;
      quotes.push({ text: said, words, plainWords, speaker: resolved?.speaker ?? null, name: resolved?.name ?? null, evidence: paragraph.trim() });
    }
    take(paragraph.length);
  }
  return quotes;
}

/** Where the sentence after a quotation's close ends: its attribution lies within. */
function attributionEnd(paragraph: string, from: number): number {
  SENTENCE_STOP.lastIndex = from;
  const found = SENTENCE_STOP.exec(paragraph);
  return found ? found.index + 1 : paragraph.length;
}

/** Phrases that may name the speaker after a quotation ("said Fana captain Silje Nordvik", "Tveit said", "he said"). */
function speakerAfter(after: string): string[] {
  const verbFirst = VERB_THEN_SPEAKER.exec(after);
  if (verbFirst) return [verbFirst[1]!, verbFirst[2]].filter((phrase): phrase is string => phrase !== undefined).map(trimPhrase);
  const speakerFirst = SPEAKER_THEN_VERB.exec(after);
  return speakerFirst ? [speakerFirst[1]!, speakerFirst[2]].filter((phrase): phrase is string => phrase !== undefined) : [];
}

/** Phrases that may name the speaker of a quotation that follows, within its own sentence. */
function speakerBefore(before: string): string[] {
  const clause = before.split(/[.!?]\s+/u).at(-1) ?? before;
  const found = [...clause.matchAll(SPEAKER_BEFORE)].at(-1);
  return found ? [found[1]!, found[2]].filter((phrase): phrase is string => phrase !== undefined) : [];
}

/** A speaker phrase without what follows its head ("the minister on Tuesday" -> "the minister"). */
function trimPhrase(phrase: string): string {
  return phrase.replace(PHRASE_END, '').trim();
}

/** The first phrase that names a speaker: the phrase after the verb, else its appositive ("..., Dr Ana Ruiz"). */
function firstResolved(phrases: string[], text: string, at: number, lastSpeaker: Speaker | null, forms: FormsBySurname): Speaker | null {
  for (const phrase of phrases) {
    const found = resolve(phrase.trim(), text, at, lastSpeaker, forms);
    if (found) return found;
  }
  return null;
}

/**
 * The speaker of a phrase (`context`: the words before it, for a name that belongs to a preposition): "he"/"she" is
 * the last person said to speak; a phrase names a person by its last run of capitalised words, a lone surname taking
 * the nearest full form the article writes before `at`, else the first after; a phrase naming nobody is null.
 */
function resolve(phrase: string, text: string, at: number, lastSpeaker: Speaker | null, forms: FormsBySurname, context = ''): Speaker | null {
  if (/^(?:he|she)$/iu.test(phrase)) return lastSpeaker;
  const runs = [...phrase.matchAll(NAME_RUNS)];
  const run = runs.at(-1);
  if (!run) return null;
  const runWords = run[0].split(/\s+/u);
  if (runWords.some((word) => BODY_WORD.test(word))) return null;
  // The name follows the run's last post or function word: "Minister of Health Dr Ana Ruiz" -> "Ana Ruiz".
  let lastTitle = runWords.length - 1;
  while (lastTitle >= 0 && !TITLE_WORD.test(runWords[lastTitle]!) && !NOT_NAME_WORD.test(runWords[lastTitle]!)) lastTitle--;
  const words = runWords.slice(lastTitle + 1);
  const titled = lastTitle >= 0 && TITLE_WORD.test(runWords[lastTitle]!);
  if (words.length === 0) return null;
  // A name after a preposition is another's: "a spokesperson for Kestrel", "the head of Vell Transport".
  if (lastTitle < 0 && AFTER_PREPOSITION.test(context + phrase.slice(0, run.index))) return null;
  if (words.length >= 2) return { speaker: phrase, name: words.join(' ') };
  // A lone surname ("Pardo said", "Mayor Ruiz said") takes the article's full form; after a post it stands alone.
  const lone = words[0]!;
  if (TITLE_WORD.test(lone)) return null;
  const name = fullNameOf(lone, text, at, forms) ?? (titled ? lone : null);
  return name ? { speaker: phrase.replace(lone, name), name } : null;
}

/** A run of capitalised words as a person's name, the posts before it left out, or null for a body. */
function personName(run: string): string | null {
  const words = run.split(/\s+/u).filter((word) => !NOT_NAME_WORD.test(word));
  if (words.some((word) => BODY_WORD.test(word))) return null;
  while (words.length > 2 && TITLE_WORD.test(words[0]!)) words.shift();
  if (words.length < 2 || TITLE_WORD.test(words[0]!)) return null;
  return words.join(' ');
}

/**
 * A lone surname's full form: the last run of two or more capitalised words ending in it before `at`, else the first
 * after. The forms depend on the surname alone, so each surname's are read from the text once (`forms`).
 */
function fullNameOf(surname: string, text: string, at: number, forms: FormsBySurname): string | null {
  let written = forms.get(surname);
  if (!written) {
    const pattern = new RegExp(String.raw`(?:${NAME_WORD}\s+){1,3}${escaped(surname)}(?![\p{L}'’-])`, 'gu');
    written = [...text.matchAll(pattern)].flatMap((match) => {
      const name = personName(match[0]);
      return name ? [{ at: match.index, name }] : [];
    });
    forms.set(surname, written);
  }
  const chosen = written.filter((form) => form.at < at).at(-1) ?? written[0];
  return chosen?.name ?? null;
}

/** The longest run of content words two quotations share, in order. */
export function sharedRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] !== b[j - 1]) continue;
      row[j] = previous[j - 1]! + 1;
      if (row[j]! > best) best = row[j]!;
    }
    previous = row;
  }
  return best;
}

/** A name compared by its last word, without accents or case: "Ana Ruiz", "Mayor Ruiz" and "Ruiz" are one person. */
export function surnameKey(name: string): string {
  return folded(name.split(/\s+/u).at(-1)!);
}

/** Text without accents or case ("Ruíz" -> "ruiz"): how names are compared. */
export function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether the shorter of two quotations is, word for word, inside the other and long enough to be no stock phrase
 * ("We owed this to our fans after last year"): a short quotation has too few content words for a shared run.
 */
export function wholeWithin(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < settings.minWholeQuoteWords) return false;
  for (let start = 0; start + short.length <= long.length; start++) {
    if (short.every((word, k) => long[start + k] === word)) return true;
  }
  return false;
}

/** Conflicts of one story: a quotation its articles carry under speakers of different surnames. */
export function quoteSpeakerConflicts(entries: ArticleText[]): SentenceConflict[] {
  if (entries.length < 2) return [];
  const placed = entries.flatMap((entry, article) => readQuotes(entry.text).map((quote) => ({ ...quote, article })));
  // Quotations joined across articles by shared runs of words (union-find): each group is one quotation.
  const parent = placed.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      if (placed[i]!.article === placed[j]!.article) continue;
      if (sharedRun(placed[i]!.words, placed[j]!.words) >= settings.minSharedWords || wholeWithin(placed[i]!.plainWords, placed[j]!.plainWords)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, typeof placed>();
  for (let i = 0; i < placed.length; i++) {
    const group = groups.get(root(i));
    if (group) group.push(placed[i]!);
    else groups.set(root(i), [placed[i]!]);
  }
  const conflicts: SentenceConflict[] = [];
  const seen = new Set<string>();
  for (const group of groups.values()) {
    const versions = new Map<string, { value: string; articles: string[]; evidence: string }>();
    for (const quote of group) {
      if (!quote.name || !quote.speaker) continue;
      const key = surnameKey(quote.name);
      const version = versions.get(key) ?? { value: quote.speaker, articles: [], evidence: quote.evidence };
      const id = entries[quote.article]!.article;
      if (!version.articles.includes(id)) version.articles.push(id);
      versions.set(key, version);
    }
    const list = [...versions.values()];
    if (list.length < 2) continue;
    // An article that credits the words to two people is no side of a dispute: the group is left alone.
    const articles = list.flatMap((version) => version.articles);
    if (new Set(articles).size !== articles.length) continue;
    const signature = [...versions.keys()].sort().join('|');
    if (seen.has(signature)) continue;
    seen.add(signature);
    conflicts.push({ fact: 'who said', update: false, versions: list.sort((a, b) => b.articles.length - a.articles.length) });
  }
  return conflicts;
}
