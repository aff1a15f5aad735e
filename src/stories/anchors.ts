// Anchors of an event for story clustering: the rare names an article writes capitalised (the place, the company,
// the ship) and the day the event happened. Short reports of one event by different outlets share few words, but
// they name the same rare place on the same day ("the mine explosion in Zonguldak on Tuesday"); look-alike events
// (one union's two strikes, one president's two visits) share the names but not the day.
import { storyAnchors as settings, storyPrecision as precision } from '../settings.js';
import { COUNTRIES, PLACES } from '../data/countries.js';
import { gapDays, type DayRange } from './dates.js';
import { CALENDAR_WORDS, normalizeToken, STOPWORDS } from './text.js';

/**
 * Words written capitalised that name a time, not a thing: they anchor nothing. With some of the month and weekday
 * abbreviations that are no common word or first name ("Sept. 23"; not "Jan", "Mar", "Sun").
 */
const CALENDAR: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS,
  ...'today yesterday tonight feb apr jun jul aug sep sept oct nov dec tues thur thurs weds'.split(' '),
]);

/**
 * Continents and compass words ("Southeast Asia", "West Africa") name regions that hold many countries' news: two
 * reports naming one of them on a day share no place. Only whole words are dropped: the parts of a compound
 * ("Asia-Pacific") are added after this filter and still anchor.
 */
const REGIONS: ReadonlySet<string> = new Set(
  ('asia africa europe america oceania north south east west northern southern eastern western ' +
    'northeast northwest southeast southwest central').split(' '),
);

/**
 * Country names and demonyms lead the names of bodies ("Finnish Port Association", "Polish Road Agency") without
 * being given names: they anchor on their own even when the text writes them only before another name.
 */
const COUNTRY_WORDS: ReadonlySet<string> = new Set(
  singleWords(COUNTRIES.flatMap((country) => [country.name, ...country.otherNames, ...country.demonyms, ...country.newsDemonyms])),
);

/** Countries, their peoples, capitals and known cities (src/data/countries.ts), as anchor words. */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...COUNTRY_WORDS,
  ...singleWords([
    ...COUNTRIES.flatMap((country) => [...country.capitals, ...country.newsNames, ...country.newsSeats]),
    ...PLACES.flatMap((places) => [...places.places, ...places.peoples]),
  ]),
]);

/** The one-word forms of a list of names, as anchor keys. */
function singleWords(forms: readonly string[]): string[] {
  return forms.filter((form) => !/\s/u.test(form)).map(normalizeToken);
}

const WORD = /\p{L}[\p{L}'’-]*/gu;
// A word opens a sentence when only spaces, quotes or brackets stand between it and a sentence end or a line start.
const OPENS_SENTENCE = /(?:^|[.!?:]["”’)]?)[\s"“‘(]*$/u;

/**
 * The anchor names of an article: words written capitalised inside a sentence, and words opening a sentence
 * that the text never writes in lower case ("Autolux said...", but not "Rescue teams..." when "rescue" recurs).
 * Headline words count like sentence openings: a headline capitalises by style, so only words the headline and
 * the text never write in lower case anchor ("Kuwait races to contain oil slick" gives "kuwait").
 */
export function anchorNames(text: string, title: string | null = null, leadEnd = text.length): Set<string> {
  const capitalised = new Set<string>();
  const opening = new Set<string>();
  const lowercase = new Set<string>();
  // Words of the title and the lead: where a report names the place of its event.
  const leading = new Set<string>();
  if (title) {
    for (const match of title.matchAll(WORD)) {
      const key = normalizeToken(match[0]);
      if (key.length < 3 || STOPWORDS.has(key) || CALENDAR.has(key)) continue;
      leading.add(key);
      if (match[0][0] === match[0][0]!.toLowerCase()) lowercase.add(key);
      else opening.add(key);
    }
  }
  // Name words the text writes only right before another name ("Krzysztof" of "Krzysztof Malinowski"): a given name
  // or the first word of a longer name, which different people and things share. Such a word anchors with the word
  // after it ("krzysztof malinowski"): two reports share it only when they write the same name.
  const leadingOnly = new Map<string, Set<string>>();
  const standalone = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const key = normalizeToken(word);
    if (key.length < 3 || STOPWORDS.has(key) || CALENDAR.has(key)) continue;
    const end = match.index + word.length;
    if (match.index < leadEnd) leading.add(key);
    // A currency code by an amount ("CFA 14 billion", "2,500 CFA francs") is a unit, not a thing of the event.
    if (settings.currencyCodesAnchor === false && CURRENCY_CODE.test(word) && touchesNumber(text, match.index, end)) continue;
    const lower = word[0] === word[0]!.toLowerCase();
    if (!lower && settings.leadingNamesAnchor === false) {
      const next = NAME_FOLLOWS.test(text.slice(end, end + 2)) ? NEXT_WORD.exec(text.slice(end + 1, end + 1 + NEXT_WORD_CHARS)) : null;
      if (next) {
        const pairs = leadingOnly.get(key) ?? new Set<string>();
        pairs.add(`${key} ${normalizeToken(next[0])}`);
        leadingOnly.set(key, pairs);
      } else standalone.add(key);
    }
    if (lower) lowercase.add(key);
    // Only the few characters before a word decide whether it opens a sentence: linear in the text.
    else if (OPENS_SENTENCE.test(text.slice(Math.max(0, match.index - 4), match.index))) opening.add(key);
    else capitalised.add(key);
  }
  for (const key of opening) if (!lowercase.has(key)) capitalised.add(key);
  const offices = officeWords(text);
  for (const key of offices) capitalised.delete(key);
  for (const key of REGIONS) capitalised.delete(key);
  for (const [key, pairs] of leadingOnly) {
    if (standalone.has(key) || COUNTRY_WORDS.has(key) || !capitalised.delete(key)) continue;
    for (const pair of pairs) if (!offices.has(pair.slice(key.length + 1))) capitalised.add(pair);
  }
  // A country or a city named only after the lead is the setting or the sender ("Done at Dakar"), not the event's
  // place: every report from that country may name it.
  if (settings.placesAnchorFromLead) for (const key of [...capitalised]) if (PLACE_WORDS.has(key) && !leading.has(key)) capitalised.delete(key);
  // A compound of names ("Patna-Kolkata express") also anchors each of its names.
  for (const key of [...capitalised]) {
    if (!key.includes('-') || key.includes(' ')) continue;
    for (const part of key.split('-')) if (part.length >= 3 && !STOPWORDS.has(part) && !CALENDAR.has(part)) capitalised.add(part);
  }
  return capitalised;
}

// A space and a capital letter after a word: another name word follows it on the line.
const NAME_FOLLOWS = /^[^\S\n]\p{Lu}/u;
// The name word after a leading one, read from a bounded slice (linear in the text).
const NEXT_WORD = /^\p{L}[\p{L}'’-]*/u;
const NEXT_WORD_CHARS = 40;
// Three capital letters: the shape of a currency code (PLN, USD, CFA).
const CURRENCY_CODE = /^\p{Lu}{3}$/u;
// A number right before ("2,500 CFA") or after ("CFA 14 billion") a word, across one space.
const NUMBER_BEFORE = /\d[^\S\n]$/u;
const NUMBER_AFTER = /^[^\S\n]?\d/u;

function touchesNumber(text: string, start: number, end: number): boolean {
  return NUMBER_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || NUMBER_AFTER.test(text.slice(end, end + 2));
}

/** Words that end the name of an office or a body: "Energy Minister", "Interior Ministry", "Fire Service". */
const OFFICES =
  'Minister|Ministry|Secretary|Department|Office|President|Governor|Mayor|Chief|Director|Commissioner|Spokesman|' +
  'Spokeswoman|Agency|Service|Council|Committee|Authority|Board|Commission|Police|Guard';
// Up to four capitalised words before an office word on one line: the office, which many stories name, not an
// anchor. The bound keeps the match linear in the text.
const OFFICE_NAME = new RegExp(`(?:\\p{Lu}[\\p{L}'’-]*[^\\S\\n]+){1,4}(?:${OFFICES})\\b`, 'gu');

/** The words of office names in a text ("energy" and "minister" of "Energy Minister Kemal Aras"), not anchors. */
function officeWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(OFFICE_NAME)) {
    for (const word of match[0].split(/\s+/u)) words.add(normalizeToken(word));
  }
  return words;
}

/** What the anchor rule needs to know of a story: its anchor names and the days its members report. */
export interface AnchorState {
  names: Set<string>;
  range: DayRange | null;
}

/** Anchor names a story remembers: enough for several reports' places and companies. */
export const MAX_STORY_ANCHORS = 60;

export function rememberAnchors(story: Set<string>, names: Iterable<string>): void {
  for (const name of names) {
    if (story.size >= MAX_STORY_ANCHORS) return;
    story.add(name);
  }
}

export interface AnchorOptions {
  bonus: number;
  days: number;
  floor: number;
  maxShare: number;
  minDocuments: number;
  apartDays: number;
  apartPenalty: number;
  /** The story side of the bonus is the story's day-dated members' days, not its whole range (months included). */
  storyDays: boolean;
}

export const defaultAnchorOptions: AnchorOptions = {
  bonus: settings.anchorBonus,
  days: settings.anchorDays,
  floor: settings.anchorFloor,
  maxShare: settings.anchorMaxShare,
  minDocuments: settings.anchorMinDocuments,
  apartDays: settings.apartDays,
  apartPenalty: settings.apartPenalty,
  storyDays: precision.anchorStoryDays,
};

/**
 * The bonus an article gets towards a story: `anchorBonus` when both are dated to a day or so, the days are at
 * most `anchorDays` apart, and they share an anchor name that is rare in the stream (written by at most
 * max(`anchorMinDocuments`, `anchorMaxShare` x articles seen) articles); else 0. The base similarity must reach
 * `anchorFloor`: a rare shared name on the same day is not enough for two reports on different subjects.
 */
export function anchorBonus(
  article: AnchorState,
  story: AnchorState,
  base: number,
  documentFrequency: (name: string) => number,
  documents: number,
  options: AnchorOptions = defaultAnchorOptions,
): number {
  if (options.bonus <= 0 || base < options.floor) return 0;
  if (!withinAnchorDays(article.range, story.range, options)) return 0;
  const rareUpTo = Math.max(options.minDocuments, options.maxShare * documents);
  const rare = (name: string) => documentFrequency(leadingWord(name)) <= rareUpTo;
  // Either side may write the name before another ("buca metro") and the other on its own ("buca").
  const shares = (names: ReadonlySet<string>, others: ReadonlySet<string>) => {
    for (const name of names) if (sharedName(name, others) && rare(name)) return true;
    return false;
  };
  return shares(article.names, story.names) || shares(story.names, article.names) ? options.bonus : 0;
}

/**
 * The other side writes the name, or writes it on its own when this side writes it only before another ("buca
 * metro" and "buca"). Two leading names with different words after them ("krzysztof malinowski", "krzysztof
 * jablonski") are not shared.
 */
function sharedName(name: string, names: ReadonlySet<string>): boolean {
  return names.has(name) || (name.includes(' ') && names.has(leadingWord(name)));
}

/** A name anchored with the word after it ("krzysztof malinowski") is as rare as its leading word. */
function leadingWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/**
 * Subtracted when the article is dated to a day more than `apartDays` from the story's range: reports of one event
 * come within days of it, a look-alike event weeks or months after.
 */
export function apartPenalty(article: DayRange | null, story: DayRange | null, options: AnchorOptions = defaultAnchorOptions): number {
  if (options.apartPenalty <= 0 || !article || !story || !dayPrecise(article)) return 0;
  return gapDays(article, story) > options.apartDays ? options.apartPenalty : 0;
}

/** The article is dated to a day or two within `options.days` of the story's range. */
export function withinAnchorDays(article: DayRange | null, story: DayRange | null, options: AnchorOptions = defaultAnchorOptions): boolean {
  return dayPrecise(article) && story !== null && gapDays(article, story) <= options.days;
}

/** A range of a day or two: "on Tuesday" resolved, or the publication day; a month is not an event day. */
export function dayPrecise(range: DayRange | null): range is DayRange {
  return range !== null && range.end - range.start <= 1;
}
