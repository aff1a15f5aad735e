// What the story clusterer (cluster.ts) keeps of an article and of an open story, how a story starts, and how it
// takes in the details of an article that joins it: titles of people, trip destinations, anchors, lead days, date range.
import { dayPrecise, rememberAnchors } from './anchors.js';
import { rememberEventNames, type EventNames } from './event-names.js';
import { MAX_STORY_FIGURES } from './figures-apart.js';
import { precise, type ArticleDating, type DayRange } from './dates.js';
import type { StoryMember } from './repair.js';
import { addTo, CachedVector, type TermVector } from './text.js';

/** What clustering needs to know of one article. */
export interface ArticleSignals {
  id: string;
  /** Lead-weighted term counts (not yet IDF-weighted). */
  terms: TermVector;
  entities: TermVector;
  /** Event types and actor codes of the article's coded events. */
  eventKeys: string[];
  dating: ArticleDating;
  /** Surname -> head words of the titles the article gives that person ("shoigu" -> {"minister"}). */
  roles?: Map<string, Set<string>>;
  /** Places the article's trips and visits went to ("russia" for "arrived in Russia"). */
  destinations?: Set<string>;
  /** Rare names the article writes capitalised (src/stories/anchors.ts). */
  anchors?: Set<string>;
  /** Days named in the title and lead, by kind: weekdays ("weekday:tuesday") and dates ("monthday:12-11"). */
  dayKeys?: Set<string>;
  /** The title or lead reports a return or a repeat (repeat.ts): no same-names bridge to an old story. */
  repeat?: boolean;
  /** The title or lead counts the event as a later one of its kind ("for the second time", repeat.ts). */
  countedRepeat?: boolean;
  /** It carries a publication day (its date is not only read from its text). */
  published?: boolean;
  /** Figures its title and lead write, and all it writes (figures-apart.ts). */
  leadFigures?: Set<string>;
  figures?: Set<string>;
  /** Names of events its lead writes ("Auckland Cup": "cup" -> {"auckland"}, event-names.ts). */
  eventNames?: EventNames;
  /** The kinds of `eventNames` its headline writes (event-names.ts headlineKinds). */
  eventKinds?: Set<string>;
}

/** An open story as the clusterer keeps it: summed vectors and its date range, never the articles' texts. */
export interface StoryState {
  id: string;
  terms: CachedVector;
  entities: CachedVector;
  events: TermVector;
  range: DayRange | null;
  /**
   * The days its members are dated to when dated to a day or two (not a month): what the anchor rule compares an
   * article's event day with. A story of month-dated reports has a range but no days.
   */
  days: DayRange | null;
  notBefore: number | null;
  size: number;
  lastJoined: number;
  roles: Map<string, Set<string>>;
  destinations: Set<string>;
  /** Day key -> how many of the story's articles name it in their lead; kind -> how many name a day of that kind. */
  dayKeys: Map<string, number>;
  dayKeyArticles: Map<string, number>;
  /** The latest members' pruned term vectors: an article close to one member may join a story that has drifted. */
  members: CachedVector[];
  /** All members, in joining order, while the story is small enough to be re-examined (repair.ts), else null. */
  recorded: StoryMember[] | null;
  anchors: Set<string>;
  /** Members without a publication day: dated, if at all, by what their texts say. */
  unpublished: number;
  /** Figures its members write, and those their titles and leads write (capped: figures-apart.ts). */
  figures: Set<string>;
  leadFigures: Set<string>;
  /** Names of events its members' leads write (event-names.ts). */
  eventNames: EventNames;
  /** Members whose title or lead counts their event as a later one of its kind ("again", "a second outbreak": repeat.ts). */
  countedRepeats: number;
}

/** A new story with no member yet; `record` keeps its members' records for a repair (repair.ts). */
export function emptyStory(id: string, lastJoined: number, record: boolean): StoryState {
  return {
    id,
    terms: new CachedVector(),
    entities: new CachedVector(),
    events: new Map(),
    range: null,
    days: null,
    notBefore: null,
    size: 0,
    lastJoined,
    members: [],
    recorded: record ? [] : null,
    roles: new Map(),
    destinations: new Set(),
    anchors: new Set(),
    unpublished: 0,
    figures: new Set(),
    leadFigures: new Set(),
    eventNames: new Map(),
    countedRepeats: 0,
    dayKeys: new Map(),
    dayKeyArticles: new Map(),
  };
}

/** People whose titles a story remembers. */
const MAX_ROLES = 50;

/** True when some person has titles on both sides and none in common (a minister then, a secretary now). */
export function rolesConflict(article: Map<string, Set<string>>, story: Map<string, Set<string>>): boolean {
  for (const [person, heads] of article) {
    const known = story.get(person);
    if (known && ![...heads].some((head) => known.has(head))) return true;
  }
  return false;
}

/** The kind of a day key: "weekday" or "monthday". */
export function dayKind(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** Places a story remembers as where its trips went. */
const MAX_DESTINATIONS = 20;

/** What a story takes from an article that joins it, or from a story merged into it, besides its vectors. */
export interface StoryDetails {
  roles: Iterable<[string, Set<string>]>;
  destinations: Iterable<string>;
  anchors: Iterable<string>;
  unpublished: number;
  figures: Iterable<string>;
  leadFigures: Iterable<string>;
  eventNames: Iterable<[string, Set<string>]>;
  countedRepeats: number;
  /** Day key -> articles naming it; kind -> articles naming a day of that kind. */
  dayKeys: Iterable<[string, number]>;
  dayKeyArticles: Iterable<[string, number]>;
  range: DayRange | null;
  days: DayRange | null;
  notBefore: number | null;
}

/** The smallest range holding both (either may be null). */
function union(a: DayRange | null, b: DayRange | null): DayRange | null {
  if (!a || !b) return a ?? (b ? { ...b } : null);
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** What a story takes from an article that joins it: its details, its lead's days, its dating. */
export function articleDetails(article: ArticleSignals): StoryDetails {
  const dayKeys = [...(article.dayKeys ?? [])];
  return {
    roles: article.roles ?? [],
    destinations: article.destinations ?? [],
    anchors: article.anchors ?? [],
    unpublished: article.published === true ? 0 : 1,
    figures: article.figures ?? [],
    leadFigures: article.leadFigures ?? [],
    eventNames: article.eventNames ?? [],
    countedRepeats: article.countedRepeat === true ? 1 : 0,
    dayKeys: dayKeys.map((key) => [key, 1]),
    dayKeyArticles: [...new Set(dayKeys.map(dayKind))].map((kind) => [kind, 1]),
    range: precise(article.dating.range),
    days: dayPrecise(article.dating.range) ? article.dating.range : null,
    notBefore: article.dating.notBefore,
  };
}

export function addDetails(story: StoryState, details: StoryDetails): void {
  for (const [person, heads] of details.roles) {
    const known = story.roles.get(person);
    if (known) for (const head of heads) known.add(head);
    else if (story.roles.size < MAX_ROLES) story.roles.set(person, new Set(heads));
  }
  for (const place of details.destinations) if (story.destinations.size < MAX_DESTINATIONS) story.destinations.add(place);
  rememberAnchors(story.anchors, details.anchors);
  story.unpublished += details.unpublished;
  for (const figure of details.figures) if (story.figures.size < MAX_STORY_FIGURES) story.figures.add(figure);
  for (const figure of details.leadFigures) if (story.leadFigures.size < MAX_STORY_FIGURES) story.leadFigures.add(figure);
  rememberEventNames(story.eventNames, details.eventNames);
  story.countedRepeats += details.countedRepeats;
  for (const [day, count] of details.dayKeys) addTo(story.dayKeys, day, count);
  for (const [kind, count] of details.dayKeyArticles) addTo(story.dayKeyArticles, kind, count);
  story.range = union(story.range, details.range);
  story.days = union(story.days, details.days);
  if (details.notBefore !== null) story.notBefore = Math.max(story.notBefore ?? 0, details.notBefore);
}

/**
 * True when the two stories' day-dated reports lie more than `apartDays` apart and the later story's reports count
 * their event as a later one of its kind: the earlier story is the event they count, not the same one.
 */
export function countedStoriesApart(a: StoryState, b: StoryState, apartDays: number): boolean {
  if (!a.days || !b.days) return false;
  const [earlier, later] = a.days.start <= b.days.start ? [a, b] : [b, a];
  return later.countedRepeats > 0 && later.days!.start - earlier.days!.end > apartDays;
}

/** True when both sides name places and none in common. */
export function disjoint(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const item of a) if (b.has(item)) return false;
  return true;
}
