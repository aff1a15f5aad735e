// Stories stage: groups articles that report the same real-world event, spots syndicated copies, aligns the
// claims of each story and flags the facts its outlets disagree on; a multi-source summary and a timeline.
// Files by concern: text.ts (terms, IDF), entities.ts, dates.ts, duplicates.ts (MinHash/LSH), cluster.ts
// (single-pass clustering), stream.ts (articles in, stories out), claims*.ts and values.ts, summary.ts, timeline.ts.
import type { Span, Story } from '../model.js';
import { alignClaims, type ArticleClaims, type StoryConflict } from './claims.js';
import type { ClusterOverrides } from './cluster.js';
import { isoDay, isoRange, precise, type DayRange } from './dates.js';
import { articleSentences, articleSignals, StoryStream, type StoryInput } from './stream.js';
import { storySummary } from './summary.js';
import { addTo, dot, IncrementalIdf, weighted, type TermVector } from './text.js';

export { buildTimeline } from './timeline.js';
export { StoryStream, articleSignals, type StoryInput, type StoryMove, type StreamResult } from './stream.js';
export { StoryClusterer, type ClusterOverrides, type ClusterSettings } from './cluster.js';
export { DuplicateIndex } from './duplicates.js';
export { asStoryConflict } from './text-finders.js';
export { alignClaims, type AlignOptions, type StoryConflict, type StoryConflictVersion, type ArticleClaims } from './claims.js';
export { figurePairConflicts } from './figure-pairs.js';
export { sameValue } from './values.js';
export type { StoryClaim } from './claims-types.js';

/** A contract Story plus the copies among its articles and conflicts marked as updates where they are. */
export interface DossierStory extends Story {
  duplicates: string[];
  conflicts: StoryConflict[];
}

export interface StoryAssignment {
  /** article id -> story id (absent: in no story). */
  storyOf: Map<string, string>;
  /** article id -> id of the article it copies. */
  duplicateOf: Map<string, string>;
  stories: DossierStory[];
}

interface Prepared {
  input: StoryInput;
  index: number;
  sentences: Span[];
  signals: ReturnType<typeof articleSignals>;
}

/**
 * Batch entry point. Articles are streamed through StoryStream in date order (undated ones last, in input order):
 * with the whole batch at hand, earlier reports found stories and later ones join them, as on a live stream.
 */
export function buildStories(inputs: StoryInput[], clusterSettings: ClusterOverrides = {}): StoryAssignment {
  const prepared: Prepared[] = inputs.map((input, index) => {
    const sentences = articleSentences(input);
    return { input, index, sentences, signals: articleSignals(input, sentences) };
  });
  const order = [...prepared].sort((a, b) => {
    const da = a.signals.dating.range?.start ?? Infinity;
    const db = b.signals.dating.range?.start ?? Infinity;
    return da - db || a.index - b.index;
  });
  const stream = new StoryStream(clusterSettings);
  const storyOf = stream.assignAll(order);
  const duplicateOf = new Map(stream.duplicateOf);

  const idf = new IncrementalIdf();
  for (const item of prepared) idf.observe(item.signals.terms.keys());
  const members = new Map<string, Prepared[]>();
  for (const item of prepared) {
    const id = storyOf.get(item.input.article.id)!;
    const list = members.get(id);
    if (list) list.push(item);
    else members.set(id, [item]);
  }
  // Stories numbered in order of their first article in the input.
  const renamed = new Map([...members.keys()].map((id, i) => [id, `story-${i + 1}`]));
  for (const [article, id] of storyOf) storyOf.set(article, renamed.get(id)!);
  const stories = [...members.entries()].map(([id, items]) => assembleStory(renamed.get(id)!, items, duplicateOf, idf));
  return { storyOf, duplicateOf, stories };
}

function assembleStory(id: string, items: Prepared[], duplicateOf: Map<string, string>, idf: IncrementalIdf): DossierStory {
  const originals = items.filter((item) => !duplicateOf.has(item.input.article.id));
  const vectors = originals.map((item) => weighted(item.signals.terms, idf));
  const centroid: TermVector = new Map();
  for (const vector of vectors) for (const [term, value] of vector) addTo(centroid, term, value);
  let central = 0;
  vectors.forEach((vector, i) => {
    if (dot(vector, centroid) > dot(vectors[central]!, centroid)) central = i;
  });
  const centralItem = originals[central] ?? items[0]!;
  const date = storyDates(items.map((item) => item.signals.dating.range));
  const sentencesOf = (item: Prepared) => item.sentences.map((span) => item.input.article.text.slice(span.start, span.end));
  return {
    id,
    title: storyTitle(centralItem),
    date,
    articles: items.map((item) => item.input.article.id),
    duplicates: items.map((item) => item.input.article.id).filter((article) => duplicateOf.has(article)),
    summary: storySummary(originals.map((item) => ({ article: item.input.article.id, sentences: sentencesOf(item) }))),
    events: items.flatMap((item) => item.input.events.map((event) => event.id)),
    conflicts: alignClaims(items.map((item) => articleClaimsOf(item.input))),
  };
}

/** An article as the claim alignment reads it: its id, date, claims of the events stage and text. */
export function articleClaimsOf(input: StoryInput): ArticleClaims & { text: string } {
  return { article: input.article.id, date: input.article.published.date, claims: input.claims ?? [], text: input.article.text };
}

/**
 * A story's date range, each end at the precision of the date it comes from ("2026-06-12", "2026-06"): from its
 * members' day- or month-level dates, else (members dated by year only) the years rather than none.
 */
export function storyDates(ranges: (DayRange | null)[]): { start: string | null; end: string | null } {
  const dated = ranges.filter((range): range is DayRange => range !== null);
  const precision = dated.map(precise).filter((range): range is DayRange => range !== null);
  const known = precision.length > 0 ? precision : dated;
  if (known.length === 0) return { start: null, end: null };
  const earliest = known.reduce((a, b) => (b.start < a.start ? b : a));
  const latest = known.reduce((a, b) => (b.end > a.end ? b : a));
  return { start: isoRange(earliest).start, end: isoRange(latest).end };
}

/** The central article's title, else its lead sentence cut at a word boundary. */
function storyTitle(item: Prepared): string {
  const title = item.input.article.title?.trim();
  if (title) return title;
  const lead = item.sentences[0];
  const sentence = lead ? item.input.article.text.slice(lead.start, lead.end) : item.input.article.text;
  return sentence.length <= 120 ? sentence : `${sentence.slice(0, 120).replace(/\s+\S*$/u, '')}…`;
}
