// When, where and who across the outlets of one story (issue 7): the place of the main event, its day, the date a
// measure takes effect and the person in a role, as the events stage read them from each article's lead (slots
// "event place", "event day", "effective date", "role <noun>"). Each article gives one version (its first); two
// versions disagree only when no article of either side also names the other's value anywhere in its text: an
// outlet that leads with Sofala and mentions Beira further down does not dispute "Beira".
import { claims as claimSettings, whenWhere as settings } from '../settings.js';
import type { StoryClaim } from './claims-types.js';
import { weekdayIndex } from './dates.js';

/** What the alignment needs of an article: its id, its claims and (when known) its text. */
export interface WhenWhereArticle {
  article: string;
  claims: StoryClaim[];
  text?: string;
  /** Publication date, ISO: a person's posts in reports months apart may both be right (a reshuffle). */
  date?: string | null;
}

export interface WhenWhereVersion {
  value: string;
  articles: string[];
  evidence: string;
  attributed_to: string[];
}

export interface WhenWhereConflict {
  fact: string;
  versions: WhenWhereVersion[];
  update: boolean;
  subject: string | null;
}

const PLACE = 'event place';
const DAY = 'event day';
const EFFECTIVE = 'effective date';
const ROLE = 'role ';
/** The clock time of the main event, in minutes after midnight ("?" first when a.m. or p.m. is not said). */
const CLOCK = 'event time';
/** A person's post, aligned per person (the claim's subject is the surname). */
const POST = 'post';
/** The flag of the story's ship ("Liberian-flagged"), compared by its country. */
const FLAG = 'ship flag';
/** Years of the story: when its subject was built or opened, when a project is due, by when a goal is to be met. */
const YEAR_SLOTS = ['year built', 'completion year', 'target year'];
/** Slots aligned per subject: a person's post, a thing's year, a goal's year by its figure. */
const KEYED_SLOTS = [POST, 'year built', 'target year'];
/** A minister named by the portfolio after the title: "Minister for Energy", "Vice-Minister of Petroleum". */
const MINISTER_OF = /\b(?<!(?:prime|chief|first)\s)minister\s+(?:of|for)\s+\S/iu;
/** Words that make a post another one, or no current one: "Deputy Secretary General" is not "Secretary General". */
const POST_PREFIX = /\b(?:deputy|vice|assistant|acting|former|ex|interim)[\s-]+$/iu;

/** Whether a slot is one of this module's (the slot alignment of claims.ts leaves them here). */
export function isWhenWhereSlot(slot: string): boolean {
  return slot === PLACE || slot === DAY || slot === CLOCK || slot === EFFECTIVE || slot === POST || slot === FLAG || YEAR_SLOTS.includes(slot) || slot.startsWith(ROLE);
}

interface Version extends WhenWhereVersion {
  claims: StoryClaim[];
}

/** Conflicts on the when, where and who of the story's main event (see the file's comment). */
export function whenWhereConflicts(articles: WhenWhereArticle[]): WhenWhereConflict[] {
  if (articles.length < 2) return [];
  // A post is one fact per person: its key holds the surname.
  const keyOf = (claim: StoryClaim) => (KEYED_SLOTS.includes(claim.slot) ? `${claim.slot}\u0000${claim.subject ?? ''}` : claim.slot);
  const keys = new Set(articles.flatMap(({ claims }) => claims.filter((claim) => isWhenWhereSlot(claim.slot)).map(keyOf)));
  const conflicts: WhenWhereConflict[] = [];
  for (const key of keys) {
    const [slot, subject] = key.split('\u0000') as [string, string | undefined];
    const same = slot === CLOCK ? sameClock : slot === PLACE ? samePlace : slot.startsWith(ROLE) ? samePerson : slot === POST || slot === FLAG || YEAR_SLOTS.includes(slot) ? samePost : sameDate;
    const versions: Version[] = [];
    for (const { article, claims } of articles) {
      const claim = claims.find((candidate) => keyOf(candidate) === key);
      if (!claim) continue;
      const version = versions.find((candidate) => same(candidate.claims[0]!, claim));
      if (version) {
        version.articles.push(article);
        version.claims.push(claim);
        if (claim.attributedTo && !version.attributed_to.includes(claim.attributedTo)) version.attributed_to.push(claim.attributedTo);
      } else {
        versions.push({ value: claim.value, articles: [article], evidence: claim.evidence, attributed_to: claim.attributedTo ? [claim.attributedTo] : [], claims: [claim] });
      }
    }
    if (versions.length < 2 || !disputed(slot, versions, articles, same)) continue;
    if (slot === POST && monthsApart(versions, articles)) continue;
    if (slot === DAY && daysApart(versions) > settings.maxDayGap) continue;
    versions.sort((a, b) => b.articles.length - a.articles.length);
    conflicts.push({
      fact: slot === POST ? `title of ${capitalised(subject ?? '')}` : slot === 'year built' ? `year the ${subject} was built` : factName(slot, versions),
      versions: versions.map(({ value, articles: ids, evidence, attributed_to }) => ({ value, articles: ids, evidence, attributed_to })),
      update: false,
      subject: null,
    });
  }
  return conflicts;
}

type ShownVersion = { value: string; articles: string[] };

/** Whether two versions share an article and a word longer than two letters ("Tuesday morning" with "Tuesday") or their digits. */
export function sharesOutletAndWord(version: ShownVersion, theirs: ShownVersion): boolean {
  // A clock time counts as a word by its hour and minutes ("3.15 a.m." and "3:15am" share "315"): it has no word of
  // three letters. Only a time with its minutes: any digits would tie a "3 p.m." to a toll of 3.
  const wordsOf = (value: string) => {
    const words = value.toLowerCase().split(/[^\p{L}\d]+/u).filter((word) => word.length > 2);
    const clock = /(?<!\d)(\d{1,2})[:.](\d{2})(?!\d)/u.exec(value);
    return clock ? [...words, `${Number(clock[1])}${clock[2]}`] : words;
  };
  return theirs.articles.some((article) => version.articles.includes(article)) && wordsOf(theirs.value).some((word) => wordsOf(version.value).includes(word));
}

/**
 * The known conflict that already flags this one, if any: each version shares an article and a word with one of its
 * versions ("Tuesday morning" with an incident date's "Tuesday", "Ho Chi Minh City" with "Ho Chi Minh").
 */
export function shownBy<K extends { versions: ShownVersion[] }>(found: { versions: ShownVersion[] }, known: K[]): K | undefined {
  return known.find((other) => found.versions.every((version) => other.versions.some((theirs) => sharesOutletAndWord(version, theirs))));
}

/** Whether another alignment already flags this conflict (see shownBy). */
export function flaggedAlready(found: { versions: ShownVersion[] }, known: { versions: ShownVersion[] }[]): boolean {
  return shownBy(found, known) !== undefined;
}

/**
 * What an article must write to know a version's value: a place or a year as written, a person by the surname, a
 * ship's flag by its country's word ("Liberian" for "a Liberian-flagged"), a post without what it covers ("director"
 * written anywhere knows "director of services"), except a minister's portfolio, which is the post itself ("Minister
 * for Energy" is not known from "Minister for Gozo").
 */
function searchedName(slot: string, value: string): string {
  if (slot === POST) return MINISTER_OF.test(value) ? value : value.replace(/\s+(?:of|for)\s+(?!staff\b).*$/u, '');
  if (slot === FLAG) return value.replace(/^(?:the|a)\s+|-flagged$|\s+flag$/gu, '');
  return slot === PLACE || YEAR_SLOTS.includes(slot) ? value : surname(value);
}

/** Two versions disagree when no article of either also states the other's value (a name in its text, a date in its claims). */
function disputed(slot: string, versions: Version[], articles: WhenWhereArticle[], same: (a: StoryClaim, b: StoryClaim) => boolean): boolean {
  const byId = new Map(articles.map((entry) => [entry.article, entry]));
  const states = (article: string, other: Version): boolean => {
    const entry = byId.get(article);
    if (!entry) return false;
    if (entry.claims.some((claim) => claim.slot === slot && other.claims.some((theirs) => same(claim, theirs)))) return true;
    if (slot === DAY || slot === CLOCK || slot === EFFECTIVE || entry.text === undefined) return false;
    // A place or a person named anywhere in the article: it knows the other value, as background or a second place.
    const written = [...entry.text.matchAll(new RegExp(namePattern(searchedName(slot, other.value)), 'giu'))];
    // A post written as part of another ("Deputy Secretary General") is not the post itself.
    return written.some((m) => slot !== POST || !POST_PREFIX.test(entry.text!.slice(Math.max(0, (m.index ?? 0) - 12), m.index ?? 0)));
  };
  for (let i = 0; i < versions.length; i++) {
    for (let j = i + 1; j < versions.length; j++) {
      const a = versions[i]!;
      const b = versions[j]!;
      if (slot === PLACE && oneInTheOther(a.value, b.value, articles)) continue;
      if (!a.articles.some((article) => states(article, b)) && !b.articles.some((article) => states(article, a))) return true;
    }
  }
  return false;
}

/**
 * Whether an article of the story writes one place as inside or beside the other ("Malibu, California", "Ocean
 * Beach near Strahan", "California's Malibu", "Vitkovice in Ostrava"): then the two name one place at two scales.
 */
export function oneInTheOther(a: string, b: string, articles: WhenWhereArticle[]): boolean {
  const pattern = (inner: string, outer: string) =>
    `${escaped(inner)}(?:,\\s+(?:the\\s+)?|\\s+(?:in|near|outside)\\s+(?:the\\s+)?)${escaped(outer)}\\b|${escaped(outer)}['’]s\\s+${escaped(inner)}\\b`;
  const together = new RegExp(`\\b(?:${pattern(a, b)}|${pattern(b, a)})`, 'iu');
  return articles.some((entry) => entry.text !== undefined && together.test(entry.text));
}

/** One place written alike or one name inside the other ("Ho Chi Minh" in "Ho Chi Minh City"). */
function samePlace(a: StoryClaim, b: StoryClaim): boolean {
  return samePlaceName(a.value.toLowerCase(), b.value.toLowerCase());
}

/** The same test on two place names already in lower case. */
export function samePlaceName(x: string, y: string): boolean {
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `) || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/** One person: the same surname ("Thandeka Mbatha", "Judge Mbatha"'s full name). */
function samePerson(a: StoryClaim, b: StoryClaim): boolean {
  return surname(a.value).toLowerCase() === surname(b.value).toLowerCase();
}

/**
 * One day: the same resolved date; a date without its year ("XXXX-10-01") is compared by month and day, a weekday
 * without a date ("XXXX-WXX-1", an undated report's "on Monday") by the day of the week.
 */
function sameDate(a: StoryClaim, b: StoryClaim): boolean {
  const weekday = (date: string) => (/^XXXX-WXX-([1-7])$/u.exec(date)?.[1] ? Number(date.slice(-1)) : null);
  const dayOfWeek = (date: string) => (/^\d{4}-\d{2}-\d{2}$/u.test(date) ? weekdayIndex(date) || 7 : null);
  // An undated report's weekday agrees with a dated report's day of that weekday.
  if (weekday(a.normalized) !== null || weekday(b.normalized) !== null) {
    const x = weekday(a.normalized) ?? dayOfWeek(a.normalized);
    const y = weekday(b.normalized) ?? dayOfWeek(b.normalized);
    return x !== null && x === y;
  }
  if (a.normalized.startsWith('XXXX') || b.normalized.startsWith('XXXX')) return a.normalized.slice(4) === b.normalized.slice(4);
  return a.normalized === b.normalized;
}

/**
 * One time: within `clockTolerance` minutes ("about 9:40" and "9:45" are one estimate); a time without a.m. or p.m.
 * agrees with either half of the day.
 */
function sameClock(a: StoryClaim, b: StoryClaim): boolean {
  const unsure = a.normalized.startsWith('?') || b.normalized.startsWith('?');
  const gap = Math.abs(Number(a.normalized.replace('?', '')) - Number(b.normalized.replace('?', '')));
  const apart = unsure ? Math.min(gap % 720, 720 - (gap % 720)) : Math.min(gap, 1440 - gap);
  return apart <= settings.clockTolerance;
}

/** Posts that lead what they are of: "head of" the same body is one of them written loosely. */
const LEADING_POST = /(?:^|\s)(?:director|chief|chair|chairman|chairwoman|chairperson|president|manager|commissioner|governor|commander|mayor|secretary general|director general)$/u;

/**
 * One post (the same words, hyphens as spaces: "Secretary-General", "secretary general"), or one year. "Head of ..."
 * says only that the person leads it, which a director, a chief or a chair does too: it agrees with a leading post
 * (not with a spokeswoman's or an adviser's).
 */
function samePost(a: StoryClaim, b: StoryClaim): boolean {
  if (a.normalized === b.normalized) return true;
  const other = a.normalized === 'head' ? b.normalized : b.normalized === 'head' ? a.normalized : null;
  return other !== null && LEADING_POST.test(other);
}

/** The most days between two versions' dates (0 when a version gives a weekday only). */
function daysApart(versions: Version[]): number {
  const times = versions.map((version) => version.claims[0]!.normalized).filter((date) => /^\d{4}-\d{2}-\d{2}$/u.test(date)).map((date) => Date.parse(date));
  return times.length < 2 ? 0 : (Math.max(...times) - Math.min(...times)) / 86_400_000;
}

/** Reports this far apart may give a person's old and new post: no dispute (as for the title slot). */
function monthsApart(versions: Version[], articles: WhenWhereArticle[]): boolean {
  const dateOf = new Map(articles.map((entry) => [entry.article, entry.date ?? null]));
  const times = versions.map((version) => version.articles.map((article) => dateOf.get(article)).filter((date): date is string => !!date).map(Date.parse));
  if (times.some((list) => list.length === 0)) return false;
  const gap = claimSettings.roleChangeDays * 86_400_000;
  return times.some((a, i) => times.some((b, j) => j > i && Math.min(...a.map((x) => Math.min(...b.map((y) => Math.abs(x - y))))) >= gap));
}

export function capitalised(name: string): string {
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

function surname(name: string): string {
  return name.trim().split(/\s+/u).at(-1)!;
}

export function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A pattern as a whole word, with edges that know every script's letters: `\b` knows only ASCII ones, so "\bŁódź"
 * never matches and "\bOrsted" matches inside "Ørsted".
 */
export function wholeWord(pattern: string): string {
  return `(?<![\\p{L}\\p{N}_])(?:${pattern})(?![\\p{L}\\p{N}_])`;
}

/** A name written anywhere as a whole word, spaces and hyphens in it taken as one. */
export function namePattern(name: string): string {
  return wholeWord(escaped(name).replace(/[\s-]+/gu, '[\\s-]+'));
}

/**
 * The fact in plain words: "place", "date" ("time" when a version gives the part of the day: "Sunday night"), and
 * a role by its noun and the qualifiers every version shares ("regional fire commander", "judge").
 */
function factName(slot: string, versions: Version[]): string {
  if (slot === PLACE) return 'place';
  if (slot === CLOCK) return 'time';
  if (slot === DAY) return versions.some((version) => version.claims.some((claim) => claim.subject === 'time')) ? 'time' : 'date';
  if (slot === EFFECTIVE) return 'date';
  if (slot === FLAG) return 'flag';
  if (YEAR_SLOTS.includes(slot)) return slot;
  const roles = versions.flatMap((version) => version.claims.map((claim) => (claim.subject ?? slot.slice(ROLE.length)).split(' ')));
  const shared = roles[0]!.filter((word) => roles.every((role) => role.includes(word)));
  return shared.join(' ') || slot.slice(ROLE.length);
}
