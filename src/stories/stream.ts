// The streaming front of the stories stage: an article in, its story and (for a copy) its original out.
// Near-duplicates are found first; a copy goes to its original's story without touching the centroid.
import type { Article, EventRecord, Span, TextAnnotations } from '../model.js';
import { stories as settings, storyPrecision } from '../settings.js';
import { StoryClusterer, type ArticleSignals, type ClusterOverrides, type StoryMove } from './cluster.js';
import { anchorNames } from './anchors.js';
import { articleDating, dayRange, gapDays, leadEndOf } from './dates.js';
import { DuplicateIndex } from './duplicates.js';
import { destinations, leadDayKeys, nameVector, personRoles } from './entities.js';
import { leadWeightedTerms, splitSentences } from './text.js';
import { repeatCues } from './repeat.js';
import { headlineKinds, leadEventNames } from './event-names.js';
import { figuresOf } from './figures-apart.js';
import type { StoryClaim } from './claims-types.js';

/** One article as the stories stage receives it; the optional layers are used when other stages provide them. */
export interface StoryInput {
  article: Article;
  annotations: TextAnnotations;
  events: EventRecord[];
  /** Claims extracted from the article (issue 6); without them a small fallback finds a few slots. */
  claims?: StoryClaim[];
  /** Dates (ISO) of the events the article reports, from the temporal tagger (issue 5). */
  eventDates?: string[];
}

/** The sentences of an article: the NLP layer's when present, else the fallback splitter's. */
export function articleSentences(input: StoryInput): Span[] {
  return input.annotations.sentences.length > 0 ? input.annotations.sentences : splitSentences(input.article.text);
}

/** True when a publication date names a day. */
function publishedDay(date: string | null): boolean {
  const range = dayRange(date);
  return range !== null && range.start === range.end;
}

export function articleSignals(input: StoryInput, sentences = articleSentences(input)): ArticleSignals {
  const { article, annotations, events } = input;
  const eventKeys = events.flatMap((event) => [
    `type:${event.type}`,
    `actor:${(event.source.code ?? event.source.text).toLowerCase()}`,
    ...(event.target ? [`actor:${(event.target.code ?? event.target.text).toLowerCase()}`] : []),
  ]);
  const leadEnd = leadEndOf(sentences);
  const eventNames = leadEventNames(article.title, article.text, leadEnd);
  const cues = repeatCues(article.title, article.text, leadEnd, storyPrecision.wideRepeatCues, storyPrecision.afterAStretchCounted);
  return {
    id: article.id,
    terms: leadWeightedTerms(article.title, article.text, sentences),
    entities: nameVector(article.title, article.text, leadEnd),
    eventKeys,
    roles: personRoles(article.text),
    destinations: destinations(article.text),
    anchors: anchorNames(article.text, article.title, leadEnd),
    dayKeys: leadDayKeys(article.title, article.text, leadEnd),
    published: publishedDay(article.published.date),
    leadFigures: figuresOf(`${article.title ?? ''}\n${article.text.slice(0, leadEnd)}`),
    figures: figuresOf(`${article.title ?? ''}\n${article.text}`),
    eventNames,
    eventKinds: headlineKinds(article.title, eventNames),
    repeat: cues.repeat,
    countedRepeat: cues.counted,
    dating: articleDating({
      eventDates: input.eventDates,
      events,
      published: article.published.date,
      title: article.title,
      text: article.text,
      sentences,
      timexes: annotations.timexes,
      countedRepeat: cues.counted,
    }),
  };
}

export type { StoryMove } from './cluster.js';

export interface StreamResult {
  story: string;
  /** The article this one copies, or null. */
  duplicateOf: string | null;
  /** Earlier articles (and their copies) this add moved to another story; a consumer re-files them. */
  moved: StoryMove[];
}

interface SeenArticle {
  id: string;
  published: string | null;
  publisher: string | null;
  agencies: string[];
  length: number;
  story: string;
}

/**
 * Which of two near-identical articles is the original: the one the other credits as its source, else the
 * earlier published, else the clearly longer (copies are trimmed), else the one that arrived first.
 */
export function originalOf(first: SeenArticle, second: SeenArticle): SeenArticle {
  const credits = (copy: SeenArticle, original: SeenArticle) =>
    original.publisher !== null && copy.agencies.some((agency) => agency.toLowerCase() === original.publisher!.toLowerCase());
  if (credits(second, first) && !credits(first, second)) return first;
  if (credits(first, second) && !credits(second, first)) return second;
  if (first.published && second.published && first.published.slice(0, 10) !== second.published.slice(0, 10)) {
    return first.published < second.published ? first : second;
  }
  const margin = 1 + settings.duplicateLengthMargin;
  if (second.length > first.length * margin) return second;
  return first;
}

function withinDays(a: string | null, b: string | null, days: number): boolean {
  const ra = dayRange(a);
  const rb = dayRange(b);
  return !ra || !rb || gapDays(ra, rb) <= days;
}

/**
 * Stories over a stream of articles: `add` each as it comes. Earlier decisions are revisited in two bounded ways:
 * the direction of a copy, and a small story split in two by a repair (the moved articles are reported).
 */
export class StoryStream {
  readonly clusterer: StoryClusterer;
  private readonly duplicates = new DuplicateIndex();
  private readonly seen = new Map<string, SeenArticle>();
  /** article id -> id of the article it copies (the direction may flip when the original arrives second). */
  readonly duplicateOf = new Map<string, string>();
  /** original id -> ids of its copies, to move copies with their original. */
  private readonly copiesOf = new Map<string, string[]>();

  constructor(clusterSettings: ClusterOverrides = {}, private readonly detectDuplicates = true) {
    this.clusterer = new StoryClusterer(clusterSettings);
  }

  add(input: StoryInput, signals: ArticleSignals = articleSignals(input)): StreamResult {
    const { article } = input;
    const match = this.detectDuplicates ? this.duplicates.add(article.id, article.text) : null;
    const candidate = match ? this.seen.get(match.match) : undefined;
    // A copy is republished within days; the same wording years apart is a template reused for a new event.
    const earlier = candidate && withinDays(candidate.published, article.published.date, this.clusterer.settings.maxGapDays) ? candidate : undefined;
    const entry: SeenArticle = {
      id: article.id,
      published: article.published.date,
      publisher: article.publisher,
      agencies: article.agencies,
      length: article.text.length,
      story: '',
    };
    if (earlier) {
      const root = this.duplicateOf.get(earlier.id) ?? earlier.id;
      const original = originalOf(this.seen.get(root) ?? earlier, entry);
      entry.story = this.clusterer.resolve(earlier.story);
      this.clusterer.addCopy(entry.story);
      this.remember(entry);
      if (original === entry) {
        // The newcomer is the original: every earlier copy of this text now points at it.
        const copies = this.copiesOf.get(root) ?? [];
        for (const copy of copies) this.duplicateOf.set(copy, entry.id);
        this.duplicateOf.set(root, entry.id);
        this.copiesOf.delete(root);
        this.copiesOf.set(entry.id, [...copies, root]);
        return { story: entry.story, duplicateOf: null, moved: [] };
      }
      this.duplicateOf.set(entry.id, root);
      const copies = this.copiesOf.get(root);
      if (copies) copies.push(entry.id);
      else this.copiesOf.set(root, [entry.id]);
      return { story: entry.story, duplicateOf: root, moved: [] };
    }
    entry.story = this.clusterer.add(signals);
    this.remember(entry);
    return { story: entry.story, duplicateOf: null, moved: this.movesOfLastAdd() };
  }

  /** Streams the items in order; returns each article's story at the end (repairs' moves applied, merged stories resolved). */
  assignAll(items: Iterable<{ input: StoryInput; signals: ArticleSignals }>): Map<string, string> {
    const storyOf = new Map<string, string>();
    for (const { input, signals } of items) {
      const result = this.add(input, signals);
      storyOf.set(input.article.id, result.story);
      for (const move of result.moved) storyOf.set(move.article, move.story);
    }
    for (const [article, story] of storyOf) storyOf.set(article, this.storyNow(story));
    return storyOf;
  }

  /** The clusterer's moves of the last add, each original followed by its copies. */
  private movesOfLastAdd(): StoryMove[] {
    const moved: StoryMove[] = [];
    for (const move of this.clusterer.lastMoves) {
      // The clusterer knows the text's first report; a later-arriving original may have taken its copies since.
      const lead = this.duplicateOf.get(move.article) ?? move.article;
      for (const article of new Set([move.article, lead, ...(this.copiesOf.get(lead) ?? [])])) {
        moved.push({ article, story: move.story });
        const seen = this.seen.get(article);
        if (seen) seen.story = move.story;
      }
    }
    return moved;
  }

  /**
   * The story an id returned earlier belongs to now: stories merge when a later article bridges them, so a
   * consumer of the stream re-resolves ids it keeps.
   */
  storyNow(storyId: string): string {
    return this.clusterer.resolve(storyId);
  }

  private remember(entry: SeenArticle): void {
    this.seen.set(entry.id, entry);
    // Only recent articles can be originals of new copies; the index forgets older ones too.
    if (this.seen.size > settings.duplicateWindow) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
  }
}
