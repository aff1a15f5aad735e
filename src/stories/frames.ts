// "Same predicate, different filler" (issue 7, part 3): frames read from each sentence of a story's articles — a
// predicate (the content words of the clause around a filler), a role and the filler: the place an act happened
// in ("left the rails outside Sober"), its weekday ("signed in Perth on Tuesday"), a named person's post ("Finance
// director Miriam Chanda") and the place a superlative names ("the worst-affected zone was San Carlos"). Two
// articles disagree when frames of one role and predicate carry different fillers and neither article also gives
// the other's filler. Places, posts and days come from slot-mentions.ts; only the predicate and the superlative are
// read here. Pure: texts in, conflicts out.
import { frames as settings } from '../settings.js';
import { backgroundSentence, yearOf, type ArticleText, type SentenceConflict } from './claims-sentences.js';
import { verbKey } from './claims-synonyms.js';
import { namePattern, oneInTheOther, samePlaceName, type WhenWhereArticle } from './claims-when-where.js';
import { IRREGULAR, isCountry, lastWordBefore, readSlotMentions, RANK_WORDS } from './slot-mentions.js';
import { splitSentences, STOPWORDS } from './text.js';

export type FrameRole = 'place' | 'day' | 'post' | 'worst';

export interface Frame {
  role: FrameRole;
  /** The filler as written ("outside Sober", "Monday evening", "Finance director", "San Carlos"). */
  value: string;
  /** What fillers are compared by: a place's name, a weekday, a post's words in lower case. */
  key: string;
  /** Whose post (the person's name as written); for a superlative, the kind of place it ranks ("department"). */
  subject: string;
  /** Stems of the content words of the filler's clause: what is said to happen there, then or by that person. */
  predicate: Set<string>;
  /** Those of them written as verbs: a weekday is the day of an act, which a verb names. */
  verbs: Set<string>;
  start: number;
}

/** A frame placed in its story. */
interface PlacedFrame extends Frame {
  article: number;
  evidence: string;
}

/** Verbs of saying: a weekday right after one is the day a thing was said. */
const REPORTING = /^(?:said|says|told|announced|confirmed|informed|estimated|stated|added|reported|disclosed|revealed|noted|warned)$/u;
/** Words of a count that grew: a weekday in their clause dates the new count, not the event. */
const UPDATED = /\b(?:rose|risen|rising|climbed|increased|jumped|reached|grew|stood)\b/iu;
/** A place in a list: "in Visp and Sion", "in Visp, Sion and Brig". */
const LISTED_AFTER = /^(?:,\s+\p{Lu}[\p{L}'’-]*)*\s+(?:and|or)\s+\p{Lu}/u;
const LISTED_BEFORE = /\p{Lu}[\p{L}'’-]*(?:,|\s+and|\s+or)\s+$/u;
/** Words of another occasion than the story's: the next one, the previous one, a year's earlier one. */
const NOT_THIS_EVENT = /\b(?:next|previous|last\s+year|a\s+year\s+(?:ago|earlier))\b/iu;
/** A place after a person's workplace ("an analyst at Fenwick Partners") or before a word of a larger area ("the Sil valley"). */
const WORKPLACE = /\b(?:analyst|economist|professor|researcher|lecturer|strategist|fellow|partner|consultant)\s+(?:at|in)\s+(?:the\s+)?$/iu;
const AREA_AFTER = /^\s+(?:valley|region|area|basin|coast|mountains|province|county|state|district)\b/u;
const OUTER_PLACE = /\p{Lu}[\p{L}'’.-]*\s+in\s+(?:the\s+)?$/u;
/** Places the hurt, the dead or the accused are taken to: seldom where the story's act happened. */
const ELSEWHERE = /\b(?:hospital|hospitals|clinic|morgue|court|prison|jail)\b[^,;]*$/iu;
/** A picture's caption: "Photo: Firefighters near Alferce on Saturday / Reuters". */
const CAPTION = /^(?:Photo|Picture|Image|Caption|File photo|Video)\b/u;
/** A place written relative to another ("near Chilas", "outside Sober"): keyed apart from a place written as the site. */
const RELATIVE_PLACE = /^(?:near|outside|off)\s/u;

/** Words that say how or when something is said, not what happened: no predicate shares a fact through them. */
const LIGHT_WORDS = new Set(
  ('early late morning afternoon evening night today yesterday tomorrow later earlier just about nearly almost some ' +
    'official officials statement confirmed added announced saying spokesman spokeswoman spokesperson people ' +
    'city town village province region district country state national local regional government').split(' '),
);

/** A superlative of harm and the noun it ranks, then the place: "the worst-hit district was Cocody". */
const WORST_WORD = String.raw`(?:worst|hardest|most\s+badly|most\s+severely)[\s-]+(?:hit|affected|damaged)`;
const PLACE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|del|da|do|la|el)?\s*\p{Lu}[\p{L}'’.-]*){0,3}`;
const WORST_BEFORE = new RegExp(String.raw`\b(?<worst>${WORST_WORD})\s+(?<noun>[a-z]+)(?:,[^,]{1,80},)?\s+(?:was|were|is|are|has\s+been)\s+(?:the\s+(?:\p{Ll}+\s+){0,2}(?:of\s+)?)?(?<name>${PLACE_NAME})`, 'gu');
/** "The department of Tupungato(, home to ..., ) was the worst affected", "San Carlos took the worst of it". */
const WORST_AFTER = new RegExp(
  String.raw`(?:\b(?:[Tt]he\s+)?(?<noun>[a-z]+)\s+of\s+)?(?<name>${PLACE_NAME})(?:,[^,]{1,120},)?\s+(?:was|were|is|are|has\s+been)\s+(?:the\s+)?(?<worst>${WORST_WORD})|(?<name2>${PLACE_NAME})\s+(?:took|bore|suffered)\s+the\s+(?:worst|brunt)\b`,
  'gu',
);

/** Clause marks: a predicate is read within the clause of its filler. */
const CLAUSE_MARK = /[,;:()—–"“”]/u;

/** A noun of an act after "the" ("the signing", "the opening"): its verb is the word less "-ing" plus "-ed". */
const ACT_NOUN = /^\p{L}{3,}ing$/u;

/** Words after which a verb stands in its base form. */
const MODALS = new Set(['would', 'will', 'to', 'shall', 'can', 'could', 'must', 'may', 'might', 'should']);

/**
 * The predicate of a filler at [start, end) of a sentence: the stems of the last `predicateWordsBefore` content words
 * of its clause before it and the first `predicateWordsAfter` after it ("members would vote on Friday" -> members,
 * vote; "gather in an assembly on Monday to vote" -> gather, assembly, vote). Names are left out. `verbs` are the
 * verbs among those stems; `clauseVerbs` the verbs of the whole clause before the filler (within `predicateChars`)
 * and of the words after it.
 */
export function predicateOf(sentence: string, start: number, end: number): { stems: Set<string>; verbs: Set<string>; clauseVerbs: Set<string> } {
  const words = (text: string) => {
    const found: { stem: string; verb: boolean }[] = [];
    let previous = '';
    for (const match of text.matchAll(/[\p{L}][\p{L}'’-]*/gu)) {
      const word = match[0];
      const lower = word.toLowerCase().replace(/['’]s$/u, '');
      const after = previous;
      previous = lower;
      // A capitalised word is a name or a sentence's first word: the filler's neighbours, not its predicate.
      if (/^\p{Lu}/u.test(word) || lower.length < 3 || STOPWORDS.has(lower) || LIGHT_WORDS.has(lower)) continue;
      // An act named by its noun ("the signing took place", "the opening"): read as its verb ("signed", "opened").
      if (after === 'the' && ACT_NOUN.test(lower)) {
        found.push({ stem: verbKey(`${lower.slice(0, -3)}ed`, settings.stemLetters), verb: true });
        continue;
      }
      // A verb by its form: a past ("signed", "struck") or a base after a modal or "to" ("would vote", "to vote").
      const verb = (lower.length > 4 && lower.endsWith('ed')) || IRREGULAR.has(lower) || MODALS.has(after);
      found.push({ stem: verbKey(lower, settings.stemLetters), verb });
    }
    return found;
  };
  const clause = words(clauseBefore(sentence, start));
  const before = clause.slice(-settings.predicateWordsBefore);
  const after = words(sentence.slice(end, end + settings.predicateChars).split(CLAUSE_MARK)[0] ?? '').slice(0, settings.predicateWordsAfter);
  const all = [...before, ...after];
  const verbsOf = (list: { stem: string; verb: boolean }[]) => new Set(list.filter((word) => word.verb).map((word) => word.stem));
  return { stems: new Set(all.map((word) => word.stem)), verbs: verbsOf(all), clauseVerbs: verbsOf([...clause, ...after]) };
}

/** The clause of a sentence before an offset. */
function clauseBefore(sentence: string, at: number): string {
  return sentence.slice(Math.max(0, at - settings.predicateChars), at).split(CLAUSE_MARK).at(-1) ?? '';
}

/**
 * Whether a day at [start, end) after the word `governor` dates no act: "said on Tuesday", "announced on Friday" (the
 * day a thing was said, which follows each outlet's own deadline); "rose to 25 on Wednesday" (the day of a later
 * count); "Saturday's election" (a day named in passing).
 */
function datesNoAct(governor: string, sentence: string, start: number, end: number): boolean {
  return REPORTING.test(governor) || UPDATED.test(clauseBefore(sentence, start)) || /^['’]s\b/u.test(sentence.slice(end));
}

/**
 * The predicate of a day at [start, end): a day is the day of its clause's act, however far before it the verb stands
 * ("signed a package of critical minerals agreements worth A$2.4 billion in Perth on Tuesday"): with
 * settings.dayVerbsFromClause its verbs are the clause's, and they count as predicate stems.
 */
function dayPredicate(sentence: string, start: number, end: number): { stems: Set<string>; verbs: Set<string> } {
  const read = predicateOf(sentence, start, end);
  const verbs = settings.dayVerbsFromClause ? read.clauseVerbs : read.verbs;
  return { stems: new Set([...read.stems, ...verbs]), verbs };
}

/** Whether a place mention at [start, end) may be where the story's act happened. */
function placeOfTheAct(sentence: string, start: number, end: number, key: string, governor: string): boolean {
  if (isCountry(key) || !settings.placeGovernors.includes(governor)) return false;
  const [before, after] = [sentence.slice(0, start), sentence.slice(end)];
  // "hospitals in Visp and Sion": one of several places, none of them the place of the act.
  if (LISTED_AFTER.test(after) || LISTED_BEFORE.test(before)) return false;
  // "near Dasu in Upper Kohistan district": the larger place of another; "the hospital in Chilas": where the hurt
  // were treated, not where it happened; "an analyst at Fenwick Partners", "the Sil valley".
  return !(OUTER_PLACE.test(before) || ELSEWHERE.test(clauseBefore(sentence, start)) || WORKPLACE.test(before) || AREA_AFTER.test(after));
}

/** The frames of one sentence; `first` says whether it opens its article (a dateline may stand there). */
export function readFrames(sentence: string, first: boolean): Frame[] {
  const frames: Frame[] = [];
  const mentions = readSlotMentions(sentence, first);
  for (const mention of mentions) {
    if (mention.kind === 'who' || mention.dateline) continue;
    if (mention.kind === 'day' && datesNoAct(mention.governor, sentence, mention.start, mention.end)) continue;
    if (mention.kind === 'place' && !placeOfTheAct(sentence, mention.start, mention.end, mention.key, mention.governor)) continue;
    // The person holding a post is read with it (slot-mentions gives both over one stretch).
    const person = mention.kind === 'post' ? mentions.find((other) => other.kind === 'who' && other.start === mention.start && other.end === mention.end)?.value ?? mention.subject : '';
    // A place's own preposition ("outside Sober") stands in its clause and so in its predicate: two places of one
    // relation ("just outside A", "in a cutting outside B") share it.
    const { stems: predicate, verbs } = mention.kind === 'day' ? dayPredicate(sentence, mention.start, mention.end) : predicateOf(sentence, mention.start, mention.end);
    frames.push({ role: mention.kind, value: mention.value, key: mention.kind === 'place' ? `${RELATIVE_PLACE.test(mention.value) ? 'near ' : ''}${mention.key}` : mention.key, subject: person, predicate, verbs, start: mention.start });
  }
  for (const match of sentence.matchAll(WORST_BEFORE)) frames.push(worstFrame(sentence, match));
  for (const match of sentence.matchAll(WORST_AFTER)) frames.push(worstFrame(sentence, match));
  return frames;
}

function worstFrame(sentence: string, match: RegExpMatchArray): Frame {
  const groups = match.groups!;
  const name = (groups.name ?? groups.name2!).trim();
  const worst = (groups.worst ?? 'worst-hit').toLowerCase().replace(/\s+/gu, '-');
  const noun = groups.noun ?? '';
  return { role: 'worst', value: name, key: name.toLowerCase(), subject: `${worst} ${noun}`.trim(), predicate: new Set(['worst']), verbs: new Set(), start: match.index ?? 0 };
}

/** Whether two places are one as a story writes them: one name, or one written inside or beside the other. */
type SamePlace = (a: string, b: string) => boolean;

/** `SamePlace` over a story's texts, each pair's answer kept (the same pairs are asked again and again). */
function samePlaceIn(texts: string[]): SamePlace {
  const articles: WhenWhereArticle[] = texts.map((text) => ({ article: '', claims: [], text }));
  const known = new Map<string, boolean>();
  return (a, b) => {
    if (samePlaceName(a, b)) return true;
    // oneInTheOther is symmetric: one answer per unordered pair.
    const key = [a, b].sort().join('\u0000');
    let answer = known.get(key);
    if (answer === undefined) known.set(key, (answer = oneInTheOther(a, b, articles)));
    return answer;
  };
}

/** Whether two fillers of one role are one (the same place written longer, the same post, the same weekday). */
function sameFiller(role: FrameRole, a: Frame, b: Frame, samePlace: SamePlace): boolean {
  if (role === 'place') {
    // "near Denver" and "in Aurora" place one act at two scales: only sites written alike are compared.
    const [x, y] = [a.key.startsWith('near '), b.key.startsWith('near ')];
    if (x !== y) return true;
    return samePlace(a.key.replace(/^near /u, ''), b.key.replace(/^near /u, ''));
  }
  if (role === 'worst') return samePlace(a.key, b.key);
  if (role === 'post') return samePost(a.key, b.key);
  return a.key === b.key;
}

/**
 * "foreign minister" and "minister" are one post said at two lengths, "mines minister" and "minister of mines" one
 * post in two orders; "deputy foreign minister" is another rank.
 */
function samePost(a: string, b: string): boolean {
  if (a === b) return true;
  // Compared as bags of words: the longer may add words that say what the post covers, not a rank.
  const bag = (post: string) => post.split(/\s+/u).filter((word) => !/^(?:of|for|the|and)$/u.test(word)).map((word) => word.replace(/s$/u, ''));
  const [x, y] = [bag(a), bag(b)];
  const [fewer, more] = x.length <= y.length ? [x, y] : [y, x];
  if (fewer.every((word) => more.includes(word)) && !more.some((word) => !fewer.includes(word) && RANK_WORDS.has(word))) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (!long.endsWith(` ${short}`) && !long.startsWith(`${short} `)) return false;
  const extra = long.replace(short, '').trim().split(/\s+/u);
  return !extra.some((word) => RANK_WORDS.has(word));
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const stem of a) if (b.has(stem)) count++;
  return count;
}

/**
 * Whether an article also gives the other's filler: a place named anywhere in its text (it knows the place); a day,
 * a post or a superlative in a frame of its own of the same predicate (or person).
 */
function knows(text: string, own: PlacedFrame[], other: PlacedFrame, samePlace: SamePlace): boolean {
  if (other.role === 'place') return new RegExp(namePattern(other.key.replace(/^near /u, '')), 'iu').test(text);
  return own.some(
    (frame) =>
      frame.role === other.role &&
      (other.role === 'post' ? samePerson(frame.subject, other.subject) : other.role === 'worst' || shared(frame.predicate, other.predicate) > 0) &&
      sameFiller(other.role, frame, other, samePlace),
  );
}

/** Conflicts of a story from its frames (see the file's comment); `roles` are the rules in use. */
export function frameConflicts(entries: ArticleText[], roles: readonly FrameRole[] = settings.roles): SentenceConflict[] {
  if (entries.length < 2 || roles.length === 0) return [];
  const texts = entries.map((entry) => entry.text);
  const samePlace = samePlaceIn(texts);
  const frames: PlacedFrame[][] = entries.map((entry, article) =>
    splitSentences(entry.text).flatMap((span, index) => {
      const sentence = entry.text.slice(span.start, span.end);
      // Background ("In 2014, 301 miners died in Soma", "The next summit will be held in Kigali") is another event.
      if (index >= settings.maxSentences || backgroundSentence(sentence, yearOf(entry)) || NOT_THIS_EVENT.test(sentence) || CAPTION.test(sentence)) return [];
      return readFrames(sentence, index === 0)
        .filter((frame) => roles.includes(frame.role))
        .map((frame) => ({ ...frame, article, evidence: sentence }));
    }),
  );
  const conflicts: SentenceConflict[] = [];
  // The frame each version was first read from: a later article joins the version whose filler is its own.
  const firstFrame = new Map<SentenceConflict['versions'][number], PlacedFrame>();
  const taken = new Set<string>();
  for (const role of roles) {
    const ofRole = frames.map((list) => list.filter((frame) => frame.role === role));
    // A post is one person's and a superlative ranks one kind of place: no predicate to share.
    const withoutPredicate = role === 'post' || role === 'worst';
    const pairs: { x: PlacedFrame; y: PlacedFrame; score: number }[] = [];
    for (let a = 0; a < entries.length; a++) {
      for (let b = a + 1; b < entries.length; b++) {
        for (const x of ofRole[a]!) {
          for (const y of ofRole[b]!) {
            if (role === 'post' && !samePerson(x.subject, y.subject)) continue;
            const score = withoutPredicate ? 1 : shared(x.predicate, y.predicate);
            if (!withoutPredicate && score < settings.minSharedStems) continue;
            // Two weekdays are of one act only when a verb names it in both ("opened on Thursday", "was opened on
            // Wednesday"); a shared noun ("a fire ... on Tuesday", "fanned a fire ... on Wednesday") may be two moments of it.
            if (role === 'day' && shared(x.verbs, y.verbs) === 0) continue;
            if (sameFiller(role, x, y, samePlace)) continue;
            pairs.push({ x, y, score });
          }
        }
      }
    }
    pairs.sort((p, q) => q.score - p.score || p.x.start + p.y.start - (q.x.start + q.y.start));
    for (const { x, y } of pairs) {
      // Neither article gives the other's filler: then it knows both and disputes neither.
      if (knows(texts[x.article]!, frames[x.article]!, y, samePlace) || knows(texts[y.article]!, frames[y.article]!, x, samePlace)) continue;
      const id = `${role}\u0000${x.subject.toLowerCase()}`;
      const pairId = `${id}\u0000${x.article}\u0000${y.article}`;
      if (taken.has(pairId)) continue;
      taken.add(pairId);
      const existing = conflicts.find((conflict) => conflict.fact === factName(role, x) && conflict.versions.some((v) => v.articles.includes(entries[x.article]!.article) || v.articles.includes(entries[y.article]!.article)));
      if (existing) {
        for (const frame of [x, y]) addVersion(existing, entries[frame.article]!.article, frame, firstFrame, samePlace);
        continue;
      }
      const versions = [x, y].map((frame) => {
        const version = { value: frame.value, articles: [entries[frame.article]!.article], evidence: frame.evidence };
        firstFrame.set(version, frame);
        return version;
      });
      conflicts.push({ fact: factName(role, x), update: false, versions });
    }
  }
  return conflicts;
}

/** A third article's filler joins the version whose first frame has the same filler, or adds a version. */
function addVersion(
  conflict: SentenceConflict,
  article: string,
  frame: PlacedFrame,
  firstFrame: Map<SentenceConflict['versions'][number], PlacedFrame>,
  samePlace: SamePlace,
): void {
  if (conflict.versions.some((version) => version.articles.includes(article))) return;
  const version = conflict.versions.find((candidate) => sameFiller(frame.role, firstFrame.get(candidate)!, frame, samePlace));
  if (version) version.articles.push(article);
  else {
    const added = { value: frame.value, articles: [article], evidence: frame.evidence };
    firstFrame.set(added, frame);
    conflict.versions.push(added);
  }
}

function samePerson(a: string, b: string): boolean {
  const surname = (name: string) => name.trim().split(/\s+/u).at(-1)!.toLowerCase();
  const first = (name: string) => (name.trim().split(/\s+/u).length > 1 ? name.trim().split(/\s+/u)[0]!.toLowerCase() : null);
  if (surname(a) !== surname(b)) return false;
  const [x, y] = [first(a), first(b)];
  return x === null || y === null || x === y;
}

/** The fact by its kind, as the report names it: "place", "day", "title of Miriam Chanda", "worst-hit department". */
function factName(role: FrameRole, frame: Frame): string {
  if (role === 'post') return `title of ${frame.subject}`;
  if (role === 'worst') return frame.subject;
  return role;
}
