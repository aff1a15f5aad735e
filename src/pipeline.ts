// The pipeline in one place: which stages run, in which order, over which records. Stages never import each
// other; this module composes them over the types in model.ts. All functions here are pure (no I/O).
import { codeEvents, extractClaims } from './events/index.js';
import { corpusContext, extractDocument, type ExtractedDocument } from './extract/index.js';
import type { Article, Dossier, DossierArticle, EventRecord, QuoteRecord, RawDocument, TextAnnotations } from './model.js';
import { annotateText, buildEntityProfiles } from './nlp/index.js';
import { inferDatesFromCorpus, inferPublicationDate, resolveEventDate } from './nlp/time/index.js';
import { buildStories, buildTimeline, type StoryInput } from './stories/index.js';

/** The stages in order; `--help` shows this list. */
export const STAGES = [
  { name: 'ingest', does: 'read files, folders, stdin and JSONL; detect kinds; hash content' },
  { name: 'extract', does: 'clean article text and metadata; every removed block with its reason' },
  { name: 'nlp', does: 'sentences, entities, temporal expressions, quotes' },
  { name: 'events', does: 'PLOVER/CAMEO event coding' },
  { name: 'stories', does: 'same-event clustering, duplicates, conflicts' },
] as const;

export interface ExtractFailure {
  source: string;
  message: string;
}

/** Called after each document of a long run, so an edge (the CLI, the server) can show progress. */
export type ProgressCallback = (done: number, total: number) => void;

/** Extracts every document, using corpus-wide block statistics; a document that fails is reported, not fatal. */
export function extractAll(
  documents: RawDocument[],
  onProgress?: ProgressCallback,
): { extracted: ExtractedDocument[]; failures: ExtractFailure[] } {
  const context = corpusContext(documents);
  const extracted: ExtractedDocument[] = [];
  const failures: ExtractFailure[] = [];
  for (const document of documents) {
    try {
      extracted.push(extractDocument(document, context));
    } catch (error) {
      failures.push({ source: document.source, message: (error as Error).message });
    }
    onProgress?.(extracted.length + failures.length, documents.length);
  }
  return { extracted: dateArticles(extracted), failures };
}

/**
 * Articles without a stated date get one inferred from their own text (never from a photo caption), then from
 * the corpus (another article dates "the February coup"); null stays null when nothing is sure enough.
 */
export function dateArticles(extracted: ExtractedDocument[]): ExtractedDocument[] {
  const ownDates = extracted.map((e) =>
    e.article.published.date !== null
      ? e
      : {
          ...e,
          article: {
            ...e.article,
            published: inferPublicationDate({ text: e.article.text, paragraphs: e.paragraphs, stated: null, captionTexts: e.captions }),
          },
        },
  );
  const borrowed = inferDatesFromCorpus(
    ownDates.map((e) => ({ id: e.article.id, text: e.article.text, published: e.article.published, paragraphs: e.paragraphs, captionTexts: e.captions })),
  );
  return ownDates.map((e) => {
    const published = borrowed.get(e.article.id);
    return published ? { ...e, article: { ...e.article, published } } : e;
  });
}

export function annotateArticle(article: Article): TextAnnotations {
  return annotateText(article.text, { id: article.id, referenceDate: article.published.date });
}

/** Events of one text, each dated by the time stage from its own sentence ("on Monday", not "until 2030"). */
export function codeDatedEvents(text: string, annotations: TextAnnotations, referenceDate: string | null) {
  return codeEvents(text, annotations, { referenceDate }).map((event) => {
    const when = resolveEventDate(event.sentence, annotations.timexes, referenceDate, text);
    return { ...event, date: when.date ?? event.date, date_evidence: when.date ? when.evidence : null };
  });
}

function isBackground(event: EventRecord): boolean {
  return (event as EventRecord & { attributes?: { background?: boolean } }).attributes?.background === true;
}

/** An article as the contract shows it: without the store's content hash and the extractor's warnings. */
export function publicFields(article: Article): Omit<Article, 'contentHash' | 'warnings'> {
  const { contentHash: _hash, warnings: _warnings, ...rest } = article;
  return rest;
}

export function publicArticle(article: Article, story: string | null, duplicateOf: string | null): DossierArticle {
  return { ...publicFields(article), story, duplicate_of: duplicateOf };
}

/** Every per-article stage after extraction: NLP layers, dated events and claims, ready for the stories stage. */
export function prepareArticles(articles: Article[], onProgress?: ProgressCallback): StoryInput[] {
  return articles.map((article, i) => {
    onProgress?.(i, articles.length);
    const annotations = annotateArticle(article);
    const events: EventRecord[] = codeDatedEvents(article.text, annotations, article.published.date).map((event, n) => ({
      ...event,
      id: `${article.id}#e${n + 1}`,
      article: article.id,
      reported_by: article.publisher,
      story: null,
    }));
    const claims = extractClaims(article.text, annotations, { referenceDate: article.published.date });
    return { article, annotations, events, claims };
  });
}

/** Runs every stage after extraction and assembles the contract's Dossier. */
export function analyzeArticles(articles: Article[], onProgress?: ProgressCallback): Dossier {
  const inputs = prepareArticles(articles, onProgress);
  const assignment = buildStories(inputs);
  const events = inputs.flatMap((input) =>
    input.events.map((event) => ({ ...event, story: assignment.storyOf.get(input.article.id) ?? null })),
  );
  const quotes: QuoteRecord[] = inputs.flatMap(({ article, annotations }) =>
    annotations.quotes.map((quote) => ({ speaker: quote.speaker, text: quote.text, article: article.id, via: quote.via })),
  );
  return {
    articles: articles.map((article) =>
      publicArticle(article, assignment.storyOf.get(article.id) ?? null, assignment.duplicateOf.get(article.id) ?? null),
    ),
    stories: assignment.stories,
    events,
    entities: buildEntityProfiles(
      inputs.map(({ article, annotations }) => ({
        article: article.id,
        date: article.published.date,
        text: article.text,
        entities: annotations.entities,
      })),
    ),
    quotes,
    // Background events ("the last strike, in 2011") belong to the story's past, not to the corpus timeline.
    timeline: buildTimeline(assignment.stories, events.filter((event) => !isBackground(event))),
  };
}
