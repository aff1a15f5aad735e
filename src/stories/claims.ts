// Claims of one story aligned by slot (and subject, for a person's title or age): each slot whose articles give different
// values is a conflict, with every version, its articles and evidence. Values that differ only by rounding, unit,
// currency or hedge are one version (values.ts); a count that grows in later reports (a rising toll) is marked as
// an update. The claims come from the events stage (extractClaims), passed in through StoryInput.
import type { Conflict, ConflictVersion } from '../model.js';
import { claims as settings, quoteSpeakers as quoteSettings } from '../settings.js';
import type { StoryClaim } from './claims-types.js';
import { kindOf, pairLoneFigures, type LoneFigure } from './claims-cross.js';
import { nounKey, verbKey } from './claims-synonyms.js';
import { numericValue, sameValue } from './values.js';
import { sentenceConflicts, type SentenceConflict } from './claims-sentences.js';
import { readFigures } from './figures.js';
import { storedModel, type FigurePairModel } from './figure-pairs.js';
import { activeSlotModel, type SlotPairModel } from './slot-pairs.js';
import { asStoryConflict, byModel, bySlots, byText, textsOf } from './text-finders.js';
import { capitalised, escaped, flaggedAlready, isWhenWhereSlot, wholeWord, whenWhereConflicts } from './claims-when-where.js';
import { frameConflicts, type FrameRole } from './frames.js';
import { quoteSpeakerConflicts } from './quote-speakers.js';
import { spansAgree } from './written-spans.js';
import { withoutMixedMargins } from './margins.js';

/** A contract version plus the sources the articles attribute the value to ("state media", "TASS"). */
export interface StoryConflictVersion extends ConflictVersion {
  attributed_to: string[];
}

/** A contract Conflict plus whether the later version updates the earlier rather than contradicts it. */
export interface StoryConflict extends Conflict {
  /** True when the values grow with time in a slot that grows (a death toll): a later report, not a dispute. */
  update: boolean;
  subject: string | null;
  versions: StoryConflictVersion[];
}

export interface ArticleClaims {
  article: string;
  /** Publication (or event) date, ISO, for telling updates from disputes. */
  date: string | null;
  claims: StoryClaim[];
  /** The article's text: when every article gives it, figures are also aligned by sentence (claims-sentences.ts). */
  text?: string;
}

/** Words that present a figure as a revision of an earlier one. */
const UPDATE_WORDS = /\b(?:toll|tally|count|number)\b[^.;]{0,40}?\b(?:rose|risen|rises|rising|climbed|climbs|climbing|increased|jumped|reached)\b|\braising\b[^.;]{0,60}?\b(?:toll|tally|number)\b|\b(?:rose|risen|climbed|increased|jumped)\s+to\s+\d|\bmore bodies\b|\bup from\b|\brevised\b/iu;

/** Whether the words of an update stand just before this figure ("rose to 5,000"), not elsewhere in its sentence. */
function updateWorded(evidence: string, value: string): boolean {
  const at = evidence.indexOf(value);
  if (at < 0) return UPDATE_WORDS.test(evidence);
  return UPDATE_WORDS.test(evidence.slice(Math.max(0, at - settings.updateWordReach), at + value.length));
}

interface Version extends StoryConflictVersion {
  claim: StoryClaim;
  /** The claims of every article in the version: a new claim joins only if it agrees with all of them. */
  members: StoryClaim[];
  dates: string[];
  evidences: string[];
}

interface SlotGroup {
  slot: string;
  subject: string | null;
  versions: Version[];
  /** The verb a count hangs on, as first written, when the story's articles use several for the slot. */
  event: string | null;
  /** Every value each article gives for the slot, background mentions included. */
  stated: Map<string, StoryClaim[]>;
  /** How often each name the slot was written under is used: a fact is named by the story's usual word. */
  names: Map<string, number>;
}

function aligned(slot: string): boolean {
  return !settings.unalignedSlots.some((prefix) => slot === prefix || slot.startsWith(`${prefix} `));
}

export interface AlignOptions {
  /** The learned figure aligner's model (figure-pairs.ts); null leaves it out (the hand rules alone). */
  figurePairs?: FigurePairModel | null;
  /** The learned aligner of places, posts, people and weekdays (slot-pairs.ts); null leaves it out. */
  slotPairs?: SlotPairModel | null;
  /** The rules of the "same predicate, different filler" finder in use (frames.ts); settings.frames.roles by default. */
  frameRoles?: readonly FrameRole[];
  /** Whether one quotation credited to different speakers is flagged (quote-speakers.ts); settings.quoteSpeakers.inUse by default. */
  quoteSpeakers?: boolean;
}

/** Conflicts of one story from the claims of its articles (copies may stay in: they join their original's version). */
export function alignClaims(input: ArticleClaims[], options: AlignOptions = {}): StoryConflict[] {
  const articles = namedAges(input);
  const slots = new Map<string, SlotGroup>();
  // Earliest reports first, so a version starts from the first figure given and later ones join or differ.
  const byDate = [...articles].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const events = eventsBySlot(articles);
  for (const { article, date, claims } of byDate) {
    // One value per article and slot: the first, because the lead gives an article's current figure and later
    // mentions are background ("up from 12 on Monday", "the 48-hour strike in March").
    const given = new Set<string>();
    for (const claim of claims) {
      if (!aligned(claim.slot) || isWhenWhereSlot(claim.slot)) continue;
      const slot = slotOf(claim);
      // A person's title or age, a distance from a place: one slot per person or place.
      const keyed = settings.subjectSlots.includes(claim.slot);
      const subject = keyed ? claim.subject ?? null : null;
      // An age without a name is an unnamed person's (the events stage keeps one per article): one slot of its own.
      if (keyed && !subject && claim.slot !== 'age') continue;
      // A count of a noun hangs on a verb ("flights cancelled"): when a story's articles hang one noun on different
      // verbs, each verb is its own fact; a count without a verb stays apart from them.
      const event = !keyed && (events.get(slot)?.size ?? 0) > 1 ? eventOf(claim) : null;
      const key = `${slot}\u0000${subject ?? ''}\u0000${event ?? ''}`;
      let group = slots.get(key);
      if (!group) slots.set(key, (group = { slot, subject, event: event ? claim.subject ?? null : null, versions: [], stated: new Map(), names: new Map() }));
      group.names.set(claim.slot, (group.names.get(claim.slot) ?? 0) + 1);
      const stated = group.stated.get(article) ?? [];
      stated.push(claim);
      group.stated.set(article, stated);
      // A figure deep in an article is background or a side detail; it may still show the article knows a value.
      if (given.has(key) || claim.sentence.start > settings.leadChars) continue;
      given.add(key);
      addToVersion(group, article, date, claim);
    }
  }
  const conflicts: StoryConflict[] = [];
  for (const group of slots.values()) {
    showExactFigures(group);
    const versions = group.versions;
    if (versions.length < 2) continue;
    const growing = settings.growingSlots.includes(group.slot);
    if (!growing && !disputed(group)) continue;
    versions.sort((a, b) => b.articles.length - a.articles.length);
    const name = nameOf(group);
    conflicts.push({
      fact: group.subject
        ? `${name} ${name === 'distance' ? 'from' : 'of'} ${capitalised(group.subject)}`
        : group.event ? `${name} ${group.event.toLowerCase()}` : name,
      versions: versions.map(({ value, articles, evidence, attributed_to }) => ({ value, articles, evidence, attributed_to })),
      update: growing
        ? isUpdate(versions)
        : settings.changingSlots.includes(group.slot)
          ? apartInTime(versions)
          : // Any other count is an update only when the later, larger figure is worded as one ("rose to 5,000").
            versions.every((version) => kindOf(version.claim.normalized) === 'count') &&
            isUpdate(versions) && versions.some((version) => version.evidences.some((evidence) => updateWorded(evidence, version.value))),
      subject: group.subject,
    });
  }
  const bySlot = [...conflicts, ...crossConflicts([...slots.values()], articles)];
  // The when, where and who of the main event (claims-when-where.ts), unless a slot above already gave those values.
  const whenWhere = whenWhereConflicts(articles).filter((found) => !flaggedAlready(found, bySlot));
  const byRules = [...bySlot, ...whenWhere, ...bySentence(articles, [...bySlot, ...whenWhere])];
  const model = options.figurePairs === undefined ? storedModel : options.figurePairs;
  const withFigures = model ? [...byRules, ...byModel(articles, byRules, model)] : byRules;
  const slotModel = options.slotPairs === undefined ? activeSlotModel : options.slotPairs;
  const withSlots = slotModel ? [...withFigures, ...bySlots(articles, withFigures, slotModel)] : withFigures;
  // Places, days, posts and the worst-hit place (frames.ts); a quotation credited to different speakers
  // (quote-speakers.ts).
  const withFrames = [...withSlots, ...byText(articles, withSlots, (texts) => frameConflicts(texts, options.frameRoles), true)];
  const found = (options.quoteSpeakers ?? quoteSettings.inUse) ? [...withFrames, ...byText(articles, withFrames, quoteSpeakerConflicts)] : withFrames;
  // One exact figure inside the span another version writes ("19" against "more than a dozen") is no dispute,
  // whichever finder paired them; dropped last, so no finder pairs those figures anew.
  // A margin against a plain figure ("a five-goal lead" against a player's 11 goals) is two facts: plain ones stay.
  return found
    .map((conflict) => ({ ...conflict, versions: withoutMixedMargins(conflict.versions) }))
    // A growing count a later report raises past an earlier bound ("at least three dead", then "five") is an update,
    // which the gold of every author counts: kept (settings.claims.boundThenUpdateKept).
    .filter((conflict) => conflict.versions.length > 1 && (!spansAgree(conflict.versions) || (settings.boundThenUpdateKept && conflict.update)));
}

/**
 * An age written without a name ("the 58-year-old", "The driver, 34,") is the age of the one person of the story
 * whom other articles give an age by name, when the article names that person and no other aged one.
 */
function namedAges(articles: ArticleClaims[]): ArticleClaims[] {
  const named = new Set(articles.flatMap(({ claims }) => claims.filter((claim) => claim.slot === 'age' && claim.subject).map((claim) => claim.subject!)));
  if (named.size === 0) return articles;
  return articles.map((entry) => {
    if (entry.text === undefined || !entry.claims.some((claim) => claim.slot === 'age' && !claim.subject)) return entry;
    const mentioned = [...named].filter((name) => new RegExp(wholeWord(escaped(name)), 'iu').test(entry.text!));
    if (mentioned.length !== 1) return entry;
    return { ...entry, claims: entry.claims.map((claim) => (claim.slot === 'age' && !claim.subject ? { ...claim, subject: mentioned[0]! } : claim)) };
  });
}

/** Conflicts of the sentence alignment that the slot alignment has not flagged already. */
function bySentence(articles: ArticleClaims[], known: StoryConflict[]): StoryConflict[] {
  const texts = textsOf(articles);
  if (!texts) return [];
  const found = sentenceConflicts(texts);
  const read = new Map<string, number[]>();
  const amounts = (value: string) => read.get(value) ?? (read.set(value, readFigures(value).map((figure) => figure.amount)), read.get(value)!);
  type Stated = { value: string; articles: string[] };
  /** Two versions that share an article and a figure. */
  const sameFigure = (v: Stated, w: Stated) =>
    v.articles.some((article) => w.articles.includes(article)) && amounts(v.value).some((n) => amounts(w.value).includes(n));
  const covers = (conflict: StoryConflict, versions: SentenceConflict['versions']) =>
    versions.every((version) => conflict.versions.some((other) => sameFigure(other, version)));
  // A figure the slot alignment already put in a conflict has its fact: another pairing of it is a second guess.
  const consumed = (version: SentenceConflict['versions'][number]) =>
    known.some((other) =>
      other.versions.some((v) => sameFigure(v, version) && (v.evidence.includes(version.evidence) || version.evidence.includes(v.evidence))),
    );
  return found
    .filter((conflict) => !known.some((other) => covers(other, conflict.versions)) && !conflict.versions.some(consumed))
    .map(asStoryConflict);
}

/** A generic claim's slot with its noun in its synonym class ("traveller" -> "passenger"); named slots as they are. */
function slotOf(claim: StoryClaim): string {
  return claim.generic ? nounKey(claim.slot) : claim.slot;
}

/** The name the story's articles use most for the slot; the first written on a tie. */
function nameOf(group: SlotGroup): string {
  let best = group.slot;
  let count = group.names.get(group.slot) ?? 0;
  for (const [name, uses] of group.names) {
    if (uses > count) [best, count] = [name, uses];
  }
  return best;
}

/**
 * Conflicts between lone figures: each given by one article only in its slot, paired with another article's lone
 * figure of the same kind that fits it best (claims-cross.ts). A pair is a conflict when the values differ and
 * neither article also states the other's figure.
 */
function crossConflicts(groups: SlotGroup[], articles: ArticleClaims[]): StoryConflict[] {
  if (articles.length < 2) return [];
  const claimsOf = new Map(articles.map((entry) => [entry.article, entry.claims]));
  const lone: (LoneFigure & { group: SlotGroup })[] = [];
  for (const group of groups) {
    if (group.stated.size !== 1 || group.versions.length !== 1 || group.subject) continue;
    const version = group.versions[0]!;
    if (!kindOf(version.claim.normalized) || version.articles.length !== 1) continue;
    lone.push({ article: version.articles[0]!, claim: version.claim, articleClaims: claimsOf.get(version.articles[0]!) ?? [], group });
  }
  // A sum no slot names ("a line of credit of 1.5 billion US dollars") may be another outlet's named sum ("a $1 billion
  // credit line"): such amounts of the lead join the lone figures, to be paired with a named sum only (claims-cross.ts).
  for (const { article, claims } of articles) {
    for (const claim of claims) {
      if (claim.slot !== 'amount' || kindOf(claim.normalized) !== 'money' || claim.sentence.start > settings.leadChars) continue;
      const group: SlotGroup = { slot: 'amount', subject: null, versions: [], event: null, stated: new Map([[article, [claim]]]), names: new Map([['amount', 1]]) };
      lone.push({ article, claim, articleClaims: claims, group });
    }
  }
  const conflicts: StoryConflict[] = [];
  for (const { first, second } of pairLoneFigures(lone)) {
    if (sameValue(first.claim, second.claim)) continue;
    const states = (figure: LoneFigure, other: StoryClaim) =>
      figure.articleClaims.some((claim) => claim !== figure.claim && kindOf(claim.normalized) === kindOf(other.normalized) && sameValue(claim, other));
    if (states(first, second.claim) || states(second, first.claim)) continue;
    const [a, b] = [first, second] as [LoneFigure & { group: SlotGroup }, LoneFigure & { group: SlotGroup }];
    // Named by the side that says what it is: a named slot or a noun before a bare "time".
    const named = [a, b].find((side) => !side.claim.generic && side.group.slot !== 'amount') ?? [a, b].find((side) => !side.claim.generic) ?? [a, b].find((side) => side.group.slot !== 'time' && side.claim.subject) ??
      [a, b].find((side) => side.group.slot !== 'time') ?? a;
    const name = nameOf(named.group);
    const event = named.claim.generic && named.claim.subject && name !== 'time' ? ` ${named.claim.subject.toLowerCase()}` : '';
    conflicts.push({
      fact: `${name}${event}`,
      versions: [a, b].map(({ article, claim }) => ({ value: claim.value, articles: [article], evidence: claim.evidence, attributed_to: claim.attributedTo ? [claim.attributedTo] : [] })),
      update: false,
      subject: null,
    });
  }
  return conflicts;
}

/** The verb of a claim outside the subject slots (the events stage puts it in `subject`), cut to its stem. */
function eventOf(claim: StoryClaim): string | null {
  if (settings.subjectSlots.includes(claim.slot) || !claim.subject) return null;
  // A duration or a measure is named by its noun ("fire duration"): "burned for three hours" and "fought the blaze
  // for five hours" are one fact. Only a bare time is told apart by its verb.
  if (kindOf(claim.normalized) !== 'count' && claim.slot !== 'time') return null;
  return verbKey(claim.subject, settings.verbStemLetters);
}

/** The distinct verbs each slot's claims hang on across the story. */
function eventsBySlot(articles: ArticleClaims[]): Map<string, Set<string>> {
  const events = new Map<string, Set<string>>();
  for (const { claims } of articles) {
    for (const claim of claims) {
      const event = eventOf(claim);
      if (event) events.set(slotOf(claim), (events.get(slotOf(claim)) ?? new Set()).add(event));
    }
  }
  return events;
}

function addToVersion(group: SlotGroup, article: string, date: string | null, claim: StoryClaim): void {
  // Agreement with every member, not with one: "at least 68" agrees with 68 and with 70, but 68 and 70 differ.
  const version = group.versions.find((candidate) => candidate.members.every((member) => sameValue(member, claim)));
  if (version) {
    if (version.articles.includes(article)) return;
    version.members.push(claim);
    version.articles.push(article);
    version.evidences.push(claim.evidence);
    if (date) version.dates.push(date);
    if (claim.attributedTo && !version.attributed_to.includes(claim.attributedTo)) version.attributed_to.push(claim.attributedTo);
    return;
  }
  group.versions.push({
    value: claim.value,
    claim,
    members: [claim],
    articles: [article],
    evidence: claim.evidence,
    evidences: [claim.evidence],
    dates: date ? [date] : [],
    attributed_to: claim.attributedTo ? [claim.attributedTo] : [],
  });
}

/**
 * Two versions are in dispute when neither side's articles also state the other's value somewhere: an article that
 * leads with a five-year pact and later mentions the ten-year one it replaces does not dispute "ten years".
 */
function disputed(group: SlotGroup): boolean {
  // The first claim of an article is its own version's; only its further mentions can state another value.
  const states = (article: string, version: Version) =>
    (group.stated.get(article) ?? []).slice(1).some((claim) => sameValue(claim, version.claim)) ||
    // "15 vessels were waiting, up from 12 on Monday": the earlier figure, given as the one it replaces.
    (group.stated.get(article) ?? []).some((claim) => revisedFrom(claim.evidence).some((figure) => sameValue(figure, version.claim)));
  for (let i = 0; i < group.versions.length; i++) {
    for (let j = i + 1; j < group.versions.length; j++) {
      const a = group.versions[i]!;
      const b = group.versions[j]!;
      const aKnowsB = a.articles.some((article) => states(article, b));
      const bKnowsA = b.articles.some((article) => states(article, a));
      if (!aKnowsB && !bKnowsA) return true;
    }
  }
  return false;
}

/** The figures a sentence gives as replaced: "up from 12", "down from 1,400". */
function revisedFrom(evidence: string): string[] {
  return [...evidence.matchAll(/\b(?:up|down|revised)\s+from\s+(\d[\d,]*(?:\.\d+)?)\b/giu)].map((m) => m[1]!.replace(/,/gu, ''));
}

/** Larger values come later, or are worded as a revision ("raising the death toll to 14"). */
function isUpdate(versions: Version[]): boolean {
  const byValue = [...versions].sort((a, b) => (numericValue(a.claim) ?? 0) - (numericValue(b.claim) ?? 0));
  for (let i = 1; i < byValue.length; i++) {
    const lower = byValue[i - 1]!;
    const higher = byValue[i]!;
    const laterInTime =
      lower.dates.length > 0 && higher.dates.length > 0 && [...higher.dates].sort()[0]! > [...lower.dates].sort().at(-1)!;
    if (!laterInTime && !higher.evidences.some((evidence) => UPDATE_WORDS.test(evidence))) return false;
  }
  return true;
}

/** Versions reported months apart: a person's title then and now (a reshuffle), not a dispute. */
function apartInTime(versions: Version[]): boolean {
  if (versions.some((version) => version.dates.length === 0)) return false;
  const ranges = versions
    .map((version) => [...version.dates].sort())
    .map((dates) => [Date.parse(dates[0]!), Date.parse(dates.at(-1)!)] as const)
    .sort((a, b) => a[0] - b[0]);
  const gap = settings.roleChangeDays * 86_400_000;
  return ranges.every((range, i) => i === 0 || range[0] - ranges[i - 1]![1] >= gap);
}


/**
 * A version is shown by its exact figure: "more than 300 injured" (one outlet) and 310 (another) are one version,
 * shown as 310, so that 310 against 315 reads as the dispute it is.
 */
function showExactFigures(group: SlotGroup): void {
  for (const version of group.versions) {
    if (!version.claim.qualifier) continue;
    const exact = version.members.find((member) => !member.qualifier);
    if (!exact) continue;
    version.claim = exact;
    version.value = exact.value;
    version.evidence = exact.evidence;
  }
}
