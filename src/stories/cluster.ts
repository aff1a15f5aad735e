// Incremental single-pass story clustering. Each article, in arrival order, joins the most similar open story or
// starts a new one; nothing is reclustered, so the same code serves a batch and an endless stream (a small story may
// be split in two by a bounded repair, repair.ts).
// Similarity combines TF-IDF cosine to the story centroid (IDF learned as articles arrive), the cosine of names and
// numbers, and shared event types/actors when coded (off by default); a date gate keeps look-alike events apart in
// time, and a person given another title than the story gives them (a minister then, a secretary now) lowers the score.
// A rare name shared on the same event day raises it, an event day weeks away lowers it (anchors.ts).
import { stories as defaults, storyPrecision as precision } from '../settings.js';
import { anchorBonus, apartPenalty, defaultAnchorOptions, withinAnchorDays, type AnchorOptions } from './anchors.js';
import { datingFits, precise, type ArticleDating } from './dates.js';
import { addTo, CachedVector, IncrementalIdf, prune, weighted, type TermVector } from './text.js';
import { contrasted, type ScoredStory } from './contrast.js';
import { closeCall, type CloseCallSettings } from './close-call.js';
import type { ClusterDecision, TracedScore } from './trace.js';
import { eventSplit, memberRecord, similarityMatrix, splitPossible, type MemberVectors, type StoryMember } from './repair.js';
import { addDetails, articleDetails, countedStoriesApart, dayKind, disjoint, emptyStory, rolesConflict, type ArticleSignals, type StoryState } from './story-state.js';
import { StoryIndex } from './story-index.js';
import { figuresApart } from './figures-apart.js';
import { eventNamesConflict } from './event-names.js';

export type { ArticleSignals } from './story-state.js';
export type { ClusterDecision, ScoreParts } from './trace.js';

/** The numeric cluster settings, each read from src/settings.ts. */
const NUMBER_KEYS = [
  'textWeight', 'entityWeight', 'eventWeight', 'joinThreshold', 'maxGapDays', 'maxStorySpanDays', 'centroidTerms', 'queryTerms',
  'maxCandidates', 'maxPostings', 'retireAfterArticles', 'memberLinks', 'roleConflictPenalty', 'destinationConflictPenalty',
  'weekdayConflictPenalty', 'monthDayConflictPenalty', 'sameNamesGapDays', 'sameNamesSimilarity', 'sameNamesPenalty',
  'absorbMaxSize', 'absorbThreshold', 'weekdayMinArticles', 'contrastWeight', 'contrastSlack', 'closeCallMargin',
  'mergeThreshold', 'undatedPenalty', 'repairMaxMembers', 'repairMinMembers', 'repairMinGroup', 'repairCrossRatio',
  'repairMaxCross', 'repairDatedCrossRatio', 'repairDatedShare', 'eventNameConflictPenalty',
] as const;
type NumberKey = (typeof NUMBER_KEYS)[number];

/** With the numbers of `stories`, those of `storyPrecision` the clusterer reads (src/settings.ts). */
type PrecisionSettings = { bridgeNeedsTextDate: boolean; leadFiguresApart: number; repeatTakesLatest: boolean; repeatCloseCallMargin: number; countedRepeatApart: boolean; nearDaysNoConflict: boolean; countedStoriesApart: boolean };

export type ClusterSettings = { -readonly [K in NumberKey]: number } & PrecisionSettings & { useDates: boolean; repeatBlocksBridge: boolean; anchors: AnchorOptions };

/** What a caller may change: any cluster settings, and any anchor options (the others keep their defaults). */
export type ClusterOverrides = Partial<Omit<ClusterSettings, 'anchors'>> & { anchors?: Partial<AnchorOptions> };

const defaultClusterSettings: Omit<ClusterSettings, 'anchors'> = {
  ...(Object.fromEntries(NUMBER_KEYS.map((key) => [key, defaults[key]])) as Record<NumberKey, number>),
  useDates: true,
  repeatBlocksBridge: defaults.repeatBlocksBridge,
  bridgeNeedsTextDate: precision.bridgeNeedsTextDate,
  leadFiguresApart: precision.leadFiguresApart,
  repeatTakesLatest: precision.repeatTakesLatest,
  repeatCloseCallMargin: precision.repeatCloseCallMargin,
  countedRepeatApart: precision.countedRepeatApart,
  nearDaysNoConflict: precision.nearDaysNoConflict,
  countedStoriesApart: precision.countedStoriesApart,
};

/** Terms kept per remembered member vector. */
const MEMBER_TERMS = 60;

/** An earlier article that now belongs to another story: its story was split by a repair (repair.ts). */
export interface StoryMove {
  article: string;
  story: string;
}

export class StoryClusterer {
  readonly settings: ClusterSettings;
  private readonly termIdf = new IncrementalIdf();
  private readonly entityIdf = new IncrementalIdf();
  private readonly open = new Map<string, StoryState>();
  private readonly index = new StoryIndex();
  private storiesCreated = 0;
  /** IDF of the current article's terms and entities, computed once per article. */
  private queryIdf: { terms: TermVector; entities: TermVector } = { terms: new Map(), entities: new Map() };
  private articlesSeen = 0;
  /** Set while looking for small stories a grown story absorbs. */
  private onlySmall = false;
  /** The article being placed (null while stories are compared with each other). */
  private current: ArticleSignals | null = null;
  /** id of a story merged into another -> that story's id. */
  private readonly mergedInto = new Map<string, string>();
  /** Earlier articles the last `add` moved to another story by a repair (repair.ts), with their new story. */
  private moves: StoryMove[] = [];
  /** Set to watch the clusterer's decisions with their scores (diagnostics; costs nothing when null). */
  trace: ((decision: ClusterDecision) => void) | null = null;
  /** Score and its parts per candidate story of the last `closest`, kept only while tracing. */
  private lastTraced = new Map<StoryState, TracedScore>();
  /** The text and names cosines of the last `similarity`, kept only while tracing. */
  private lastCosines = { text: 0, names: 0 };

  private readonly closeCallSettings: CloseCallSettings;

  constructor(settings: ClusterOverrides = {}) {
    this.settings = { ...defaultClusterSettings, ...settings, anchors: { ...defaultAnchorOptions, ...settings.anchors } };
    // Look-alike stories are apart in time when their days are as far apart as the anchor rule's.
    this.closeCallSettings = { ...this.settings, apartDays: this.settings.anchors.apartDays };
  }

  /** Assigns an article to a story (existing or new) and returns the story id. */
  add(article: ArticleSignals): string {
    this.articlesSeen++;
    this.termIdf.observe(article.terms.keys());
    this.entityIdf.observe(article.entities.keys());
    const terms = weighted(article.terms, this.termIdf);
    const entities = weighted(article.entities, this.entityIdf);
    this.current = article;
    const best = this.closest(terms, entities, article.eventKeys, article.dating, article.roles ?? new Map(), article.destinations ?? new Set(), null, article.anchors, article.dayKeys);
    this.current = null;
    const story = best && best.score >= this.settings.joinThreshold ? best.story : this.startStory();
    if (this.trace) {
      const traced = [...this.lastTraced.values()];
      this.trace({
        kind: 'add',
        article: article.id,
        story: story.id,
        joined: story === best?.story,
        best: traced.find((entry) => entry.story === best?.story.id) ?? null,
        others: traced.filter((entry) => entry.story !== best?.story.id),
      });
    }
    this.join(story, article, { terms, entities });
    if (this.settings.mergeThreshold < 1 && story.size > 1) this.mergeCloseStory(story);
    else if (this.settings.absorbMaxSize > 0 && story.size > this.settings.absorbMaxSize) this.mergeCloseStory(story, true);
    this.moves = this.repair(story);
    if (this.articlesSeen % 1000 === 0) this.retireStale();
    const own = this.moves.find((move) => move.article === article.id);
    this.moves = this.moves.filter((move) => move !== own);
    return own?.story ?? story.id;
  }

  /** Earlier articles that the last `add` moved to another story (a story split in two), with their new story ids. */
  get lastMoves(): readonly StoryMove[] {
    return this.moves;
  }

  /**
   * Re-examines the story an article just joined: when its members fall into two groups with little similarity
   * between them (repair.ts), the group without the story's first member becomes a story of its own. Only stories
   * of at most `repairMaxMembers` are examined (their members' signals are kept), so the work per article is bounded.
   */
  private repair(story: StoryState): StoryMove[] {
    const members = story.recorded;
    if (!members || members.length < this.settings.repairMinMembers) return [];
    const options = {
      minGroup: this.settings.repairMinGroup,
      crossRatio: this.settings.repairCrossRatio,
      maxCross: this.settings.repairMaxCross,
      datedCrossRatio: this.settings.repairDatedCrossRatio,
      datedShare: this.settings.repairDatedShare,
    };
    const dated = members.map((member) => member.dated);
    if (!splitPossible(dated, options)) return [];
    const split = eventSplit(similarityMatrix(members), dated, options);
    if (!split) return [];
    this.dropStory(story);
    const kept = this.startStory(story.id);
    for (const index of split.groups[0]) this.join(kept, members[index]!.signals);
    const parted = this.startStory();
    for (const index of split.groups[1]) this.join(parted, members[index]!.signals);
    this.trace?.({ kind: 'split', story: kept.id, parted: parted.id, moved: split.groups[1].map((index) => members[index]!.signals.id) });
    return split.groups[1].map((index) => ({ article: members[index]!.signals.id, story: parted.id }));
  }

  /** A story member's record under the current IDF (repair.ts); `vectors` when the caller has weighted them already. */
  private member(article: ArticleSignals, earlier: readonly StoryMember[], vectors?: MemberVectors): StoryMember {
    return memberRecord(article, earlier, this.termIdf, this.entityIdf, this.settings, vectors);
  }

  /** The story an earlier returned id now belongs to (stories merge when an article bridges them). */
  resolve(storyId: string): string {
    let id = storyId;
    for (let next = this.mergedInto.get(id); next !== undefined; next = this.mergedInto.get(id)) id = next;
    return id;
  }

  /**
   * The most similar open story that the dates allow, with its score (title conflicts subtracted); a close call
   * (close-call.ts) or the contrast rule (contrast.ts) may pick another contender.
   */
  private closest(
    terms: TermVector,
    entities: TermVector,
    eventKeys: string[],
    dating: ArticleDating,
    roles: Map<string, Set<string>>,
    places: Set<string>,
    exclude: StoryState | null,
    anchors: Set<string> = new Set(),
    dayKeys: Set<string> = new Set(),
  ): ScoredStory | null {
    const idfOf = (vector: TermVector, idf: IncrementalIdf) => new Map([...vector.keys()].map((key) => [key, idf.weight(key)]));
    this.queryIdf = { terms: idfOf(terms, this.termIdf), entities: idfOf(entities, this.entityIdf) };
    const scored: ScoredStory[] = [];
    if (this.trace) this.lastTraced = new Map();
    const repeat = this.settings.repeatBlocksBridge && this.current?.repeat === true;
    const countedRepeat = this.current?.countedRepeat === true;
    const counted = this.settings.countedRepeatApart && countedRepeat;
    // Another cup, another marathon (event-names.ts): a rare name shared on the day is no sign of one event then.
    // The article's kinds its headline writes, or when a story looks for another to absorb (`exclude`), all its kinds.
    const eventNames = this.current ? this.current.eventNames : exclude?.eventNames;
    const eventKinds = this.current ? this.current.eventKinds ?? new Set<string>() : null;
    for (const story of this.index.candidates(terms, entities, this.settings)) {
      if (story === exclude || (this.onlySmall && story.size > this.settings.absorbMaxSize)) continue;
      // A story whose reports count their event as a repeat absorbs no story of the earlier event it counts, nor the other way.
      if (exclude && this.settings.countedStoriesApart && countedStoriesApart(exclude, story, this.settings.anchors.apartDays)) continue;
      // A report of a return or repeat (repeat.ts) gets no same-names bridge, as when a grown story absorbs small ones.
      const allowed = this.datesAllow(dating, story, this.onlySmall || repeat ? null : entities);
      if (!allowed) continue;
      const apart = apartPenalty(dating.range, story.range, this.settings.anchors);
      if (apart > 0) {
        // Weeks from the story and none of its figures: the same actors' next event (figures-apart.ts).
        if (this.settings.leadFiguresApart > 0 && figuresApart(this.current?.leadFigures ?? null, story, exclude, this.settings.leadFiguresApart)) continue;
        // A report that counts its event as a later one of its kind, weeks after the story: the story is the earlier one.
        if (counted && dating.range!.start > story.range!.end) continue;
      }
      const similarity = this.similarity(terms, entities, eventKeys, story);
      const rolePenalty = rolesConflict(roles, story.roles) ? this.settings.roleConflictPenalty : 0;
      const placePenalty = disjoint(places, story.destinations) ? this.settings.destinationConflictPenalty : 0;
      const otherEvent = this.settings.eventNameConflictPenalty > 0 && eventNames !== undefined && eventNamesConflict(eventNames, story.eventNames, eventKinds);
      const eventPenalty = otherEvent ? this.settings.eventNameConflictPenalty : 0;
      const anchorPart = otherEvent ? -apart : this.anchorScore(anchors, dating, story, similarity - rolePenalty - placePenalty, apart);
      const dayPenalty = this.dayConflictPenalty(dayKeys, story, dating);
      const undated = this.undatedPenaltyOf(dating, story);
      // A story let in only by the same-names bridge is months or years away: the join asks for more.
      const bridge = allowed === 'bridge' ? this.settings.sameNamesPenalty : 0;
      const score = similarity - rolePenalty - placePenalty - eventPenalty + anchorPart - dayPenalty - undated - bridge;
      if (this.trace) {
        const { text, names } = this.lastCosines;
        const parts = { similarity, text, names, roles: -rolePenalty, destinations: -placePenalty, events: -eventPenalty, anchors: anchorPart, days: -dayPenalty, undated: -undated, bridge: -bridge };
        this.lastTraced.set(story, { story: story.id, score, parts, size: story.size });
      }
      scored.push({ story, score });
    }
    if (scored.length === 0) return null;
    scored.sort((a, b) => b.score - a.score);
    const vectors = { terms, entities, termIdf: this.termIdf, entityIdf: this.entityIdf, queryIdf: this.queryIdf };
    // A close call between stories is decided on their members (close-call.ts), not when a story looks for another to
    // merge with (mergeCloseStory).
    const close = exclude === null ? closeCall(scored, { terms, entities }, precise(dating.range) !== null, this.closeCallSettings, countedRepeat) : null;
    return close ?? contrasted(scored, vectors, this.settings) ?? scored[0]!;
  }

  /**
   * After a join the story's centroid has moved: when it now matches another open story (the new article bridged
   * them), the two become one. Only the joined story is checked, so the work per article stays bounded.
   */
  private mergeCloseStory(story: StoryState, onlySmall = false): void {
    const terms = weighted(story.terms.raw, this.termIdf);
    const entities = weighted(story.entities.raw, this.entityIdf);
    const dating = { range: story.range, notBefore: story.notBefore };
    this.onlySmall = onlySmall;
    const other = this.closest(terms, entities, [...story.events.keys()], dating, story.roles, story.destinations, story);
    this.onlySmall = false;
    if (!other || other.score < (onlySmall ? this.settings.absorbThreshold : this.settings.mergeThreshold)) return;
    const gone = other.story;
    const traced = this.lastTraced.get(gone);
    if (traced) this.trace?.({ kind: 'absorb', story: story.id, absorbed: gone.id, score: other.score, parts: traced.parts });
    for (const [term, value] of gone.terms.raw) addTo(story.terms.raw, term, value);
    for (const [key, value] of gone.entities.raw) addTo(story.entities.raw, key, value);
    story.terms.changed();
    story.entities.changed();
    for (const [key, count] of gone.events) addTo(story.events, key, count);
    story.size += gone.size;
    const members = [...gone.members, ...story.members];
    story.members = members.slice(Math.max(0, members.length - this.settings.memberLinks));
    if (story.recorded && gone.recorded && story.size <= this.settings.repairMaxMembers) {
      // The two lists' members were never compared with each other: their links are taken again.
      const recorded: StoryMember[] = [];
      for (const { signals } of [...gone.recorded, ...story.recorded]) recorded.push(this.member(signals, recorded));
      story.recorded = recorded;
    } else story.recorded = null;
    addDetails(story, gone);

    this.dropStory(gone);
    this.mergedInto.set(gone.id, story.id);
    this.index.post(story, 'terms', this.settings.centroidTerms);
    this.index.post(story, 'entities', this.settings.centroidTerms);
  }

  /** Adds an article to the story of its original without changing the story's centroid (a copy adds no news). */
  addCopy(storyId: string): void {
    this.articlesSeen++;
    const story = this.open.get(this.resolve(storyId));
    if (story) story.lastJoined = this.articlesSeen;
  }

  get openStories(): number {
    return this.open.size;
  }

  /**
   * For each kind of day (weekday, date) the article names in its lead: when enough of the story's articles name a
   * day of that kind and none the article's, the kind's penalty. None for an article dated within `anchors.days` of
   * the story's days (`nearDaysNoConflict`): the next day's update names the next day ("rose to 11 on Tuesday").
   */
  private dayConflictPenalty(dayKeys: Set<string>, story: StoryState, dating: ArticleDating): number {
    if (this.settings.nearDaysNoConflict && withinAnchorDays(dating.range, story.days, this.settings.anchors)) return 0;
    let penalty = 0;
    for (const kind of new Set([...dayKeys].map(dayKind))) {
      if ((story.dayKeyArticles.get(kind) ?? 0) < this.settings.weekdayMinArticles) continue;
      if ([...dayKeys].some((key) => dayKind(key) === kind && story.dayKeys.has(key))) continue;
      penalty += kind === 'weekday' ? this.settings.weekdayConflictPenalty : this.settings.monthDayConflictPenalty;
    }
    return penalty;
  }

  /**
   * The article is dated to days or weeks and the story not at all, or the other way round: the date gate, the main
   * guard against look-alike events, could not check the pair, so the join asks for more similarity.
   */
  private undatedPenaltyOf(dating: ArticleDating, story: StoryState): number {
    if (!this.settings.useDates) return 0;
    const articleDated = precise(dating.range) !== null;
    return articleDated !== (story.range !== null) ? this.settings.undatedPenalty : 0;
  }

  /** Combined similarity: weighted mean of the signals both sides have. */
  private similarity(terms: TermVector, entities: TermVector, eventKeys: string[], story: StoryState): number {
    const { textWeight, entityWeight, eventWeight } = this.settings;
    let text = story.terms.cosine(terms, this.termIdf, this.queryIdf.terms);
    for (const member of story.members) text = Math.max(text, member.cosine(terms, this.termIdf, this.queryIdf.terms));
    let total = textWeight * text;
    let weights = textWeight;
    let names = 0;
    if (entityWeight > 0 && entities.size > 0 && story.entities.raw.size > 0) {
      names = story.entities.cosine(entities, this.entityIdf, this.queryIdf.entities);
      total += entityWeight * names;
      weights += entityWeight;
    }
    if (this.trace) this.lastCosines = { text, names };
    if (eventWeight > 0 && eventKeys.length > 0 && story.events.size > 0) {
      let shared = 0;
      for (const key of new Set(eventKeys)) if (story.events.has(key)) shared++;
      total += eventWeight * (shared / new Set(eventKeys).size);
      weights += eventWeight;
    }
    return total / weights;
  }

  /**
   * The anchor rule (src/stories/anchors.ts): a bonus for a rare name shared with the story on the same event day,
   * less `apart`, the penalty for an event day weeks from the story's (computed by `closest`).
   */
  private anchorScore(anchors: Set<string>, dating: ArticleDating, story: StoryState, base: number, apart: number): number {
    const frequency = (name: string) => this.termIdf.documentFrequency(name);
    const options = this.settings.anchors;
    const article = { names: anchors, range: dating.range };
    const bonus = anchorBonus(article, { names: story.anchors, range: options.storyDays ? story.days : story.range }, base, frequency, this.articlesSeen, options);
    return bonus - apart;
  }

  /**
   * False when the article's date (or the earliest date it can have) puts it outside the story's time; 'bridge' when
   * only the same-names bridge lets it in; else 'near'.
   */
  private datesAllow(dating: ArticleDating, story: StoryState, entities: TermVector | null = null): 'near' | 'bridge' | false {
    if (!this.settings.useDates) return 'near';
    if (datingFits(dating, story, this.settings.maxGapDays, this.settings.maxStorySpanDays)) return 'near';
    // Same names and figures: the arrest and the trial a year later (the names' cosine is checked last: it costs most).
    const { sameNamesGapDays, sameNamesSimilarity } = this.settings;
    // Reports and stories all dated by their publication days months apart are two events, not one misdated.
    const textDated = !this.settings.bridgeNeedsTextDate || this.current?.published !== true || story.unpublished > 0;
    const bridged =
      entities !== null &&
      textDated &&
      sameNamesGapDays > this.settings.maxGapDays &&
      datingFits(dating, story, sameNamesGapDays, sameNamesGapDays) &&
      story.entities.cosine(entities, this.entityIdf, this.queryIdf.entities) >= sameNamesSimilarity;
    return bridged ? 'bridge' : false;
  }

  /** A new empty story, under a new id or (a story rebuilt by a repair) the given one. */
  private startStory(id?: string): StoryState {
    if (id === undefined) this.storiesCreated++;
    const story = emptyStory(id ?? `story-${this.storiesCreated}`, this.articlesSeen, this.settings.repairMaxMembers > 0);
    this.open.set(story.id, story);
    return story;
  }

  private join(story: StoryState, article: ArticleSignals, vectors?: MemberVectors): void {
    for (const [term, value] of article.terms) addTo(story.terms.raw, term, value);
    for (const [key, value] of article.entities) addTo(story.entities.raw, key, value);
    story.terms.changed();
    story.entities.changed();
    for (const key of article.eventKeys) addTo(story.events, key, 1);
    story.size++;
    if (story.recorded) {
      story.recorded.push(this.member(article, story.recorded, vectors));
      // A story grown past the cap is no longer re-examined: its members' records are let go.
      if (story.recorded.length > this.settings.repairMaxMembers) story.recorded = null;
    }
    if (this.settings.memberLinks > 0) {
      story.members.push(new CachedVector(prune(article.terms, MEMBER_TERMS)));
      if (story.members.length > this.settings.memberLinks) story.members.shift();
    }
    story.lastJoined = this.articlesSeen;
    addDetails(story, articleDetails(article));
    this.index.post(story, 'terms', this.settings.centroidTerms);
    this.index.post(story, 'entities', this.settings.centroidTerms);
  }

  /** Drops stories nobody joined for a long stretch of the stream: their centroids no longer take memory. */
  private retireStale(): void {
    for (const story of this.open.values()) {
      if (this.articlesSeen - story.lastJoined < this.settings.retireAfterArticles) continue;
      this.dropStory(story);
    }
  }

  private dropStory(story: StoryState): void {
    this.index.remove(story);
    this.open.delete(story.id);
  }
}
