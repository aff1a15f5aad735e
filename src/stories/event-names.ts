// Names of events that tell look-alike events apart: "the Auckland Cup" against "the Wellington Cup", "the Frankfurt
// Marathon" against "the Nairobi City Marathon". The same horse, runner or bank in two such events gives two reports
// many shared words and names; what differs is the word that names which cup or which marathon. A lead that names a
// cup only by another word than the story's leads do reports another event of the same kind.
import { storyPrecision as precision } from '../settings.js';
import { normalizeToken, STOPWORDS } from './text.js';

/** Capitalised words in a row on one line ("Frankfurt Marathon", "Nairobi City Marathon"). */
const NAME_RUN = /\p{Lu}\p{L}*(?:[^\S\n]+\p{Lu}\p{L}*)+/gu;
const LETTER = /[\p{L}'’-]/u;
/**
 * Kinds of thoroughfare: "Hilda Street" and "Burnett Street" name where, not which event. Outlets at one scene (a
 * burst main at a corner, a crash at a junction) name different streets of it (storyPrecision.streetsNameNoEvent).
 */
const STREET_KINDS: ReadonlySet<string> = new Set(['street', 'road', 'avenue', 'lane', 'boulevard', 'square', 'highway']);

/** True when `text` writes `word` (lower case) as a word of its own: "the cup", not "cups" or "hiccup". */
function writesLowercase(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    const after = at + word.length < text.length ? text[at + word.length]! : ' ';
    if (!LETTER.test(before) && !LETTER.test(after)) return true;
  }
  return false;
}

/** Head word (the kind: "cup") -> the words just before it in the names the lead writes ("auckland"). */
export type EventNames = Map<string, Set<string>>;

/** Kinds of event a story remembers. */
const MAX_HEADS = 30;

/** A headline that capitalises every longer word ("Lohan Ordered Back To Rehab"): its runs are style, not names. */
function titleCased(title: string): boolean {
  const words = title.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.every((word) => word[0] !== word[0]!.toLowerCase());
}

/**
 * The event names of an article: runs of capitalised words whose last word the text also writes in lower case (a
 * common noun, "the cup", "a marathon"; not a surname or a place, nor a kind of street), keyed by that word with the
 * words before it ("Kalinga International Open": "open" -> {"kalinga", "international"}). For each kind only the name that says which event is reported counts:
 * the headline's, else the lead's first (the first `leadEnd` characters of the text); later mentions recall other
 * events ("the Wellington Cup winner has completed the cup double in the Auckland Cup").
 */
export function leadEventNames(title: string | null, text: string, leadEnd: number): EventNames {
  const names: EventNames = new Map();
  const lowercase = new Map<string, boolean>();
  const lower = (head: string) => lowercase.get(head) ?? lowercase.set(head, writesLowercase(text, head)).get(head)!;
  for (const source of [title === null || titleCased(title) ? '' : title, text.slice(0, leadEnd)]) {
    for (const match of source.matchAll(NAME_RUN)) {
      const words = match[0].split(/[^\S\n]+/u);
      const head = words[words.length - 1]!.toLowerCase();
      if (head.length < 3 || names.has(head) || !lower(head) || (precision.streetsNameNoEvent && STREET_KINDS.has(head))) continue;
      const modifiers = words.slice(0, -1).map(normalizeToken).filter((word) => !STOPWORDS.has(word));
      if (modifiers.length > 0) names.set(head, new Set(modifiers));
    }
  }
  return names;
}

/**
 * The kinds of event among `names` that the headline writes, in any case ("Cup glory for stand-in rider"): the kinds
 * the article reports, not ones its lead mentions in passing (an agency, a court).
 */
export function headlineKinds(title: string | null, names: EventNames): Set<string> {
  const words = new Set((title?.match(/\p{L}+/gu) ?? []).map((word) => word.toLowerCase()));
  return new Set([...names.keys()].filter((head) => words.has(head)));
}

/**
 * True when some kind of event is named on both sides and by no word in common (another cup, another marathon);
 * only the kinds in `kinds` when given (an article's headline kinds).
 */
export function eventNamesConflict(article: EventNames, story: EventNames, kinds: ReadonlySet<string> | null = null): boolean {
  for (const [head, modifiers] of article) {
    if (kinds && !kinds.has(head)) continue;
    const known = story.get(head);
    if (known && ![...modifiers].some((modifier) => known.has(modifier))) return true;
  }
  return false;
}

/** Adds an article's event names to a story's. */
export function rememberEventNames(story: EventNames, names: Iterable<[string, Set<string>]>): void {
  for (const [head, modifiers] of names) {
    const known = story.get(head);
    if (known) for (const modifier of modifiers) known.add(modifier);
    else if (story.size < MAX_HEADS) story.set(head, new Set(modifiers));
  }
}
