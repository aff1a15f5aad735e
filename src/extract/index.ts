// Extract stage: RawDocument -> Article. Plain text goes through the block classifier in ./text; HTML through
// the DOM extractor in ./html. Both give the same fields, assembled here into the contract's Article.
import type { Article, PublicationDate, RawDocument, RemovedBlock, Warning } from '../model.js';
import { extractHtml } from './html/index.js';
import { corpusBlockStats, extractText, splitBlocks, type CorpusBlockStats, type TextExtraction } from './text/index.js';
import { findAgencies } from './text/sources.js';
import { hasOverlongWord } from './text/patterns.js';

export { corpusBlockStats, extractText, splitBlocks, extractHtml };
export type { CorpusBlockStats, TextExtraction };

export interface ExtractContext {
  /** Block statistics over the whole corpus, so furniture repeated across an outlet's pages is recognised. */
  corpus?: CorpusBlockStats;
}

/** What extraction found beside the Article, for later stages (the time stage dates undated articles). */
export interface ExtractedDocument {
  article: Article;
  captions: string[];
  paragraphs: string[];
}

/** The fields both extractors find. */
interface Found {
  title: string | null;
  publisher: string | null;
  byline: string[];
  dateline: string | null;
  published: PublicationDate | null;
  language: string | null;
  paragraphs: string[];
  boilerplate: RemovedBlock[];
  agencies: string[];
  captions: string[];
  warnings: Warning[];
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;
const UNDATED: PublicationDate = { date: null, evidence: null, confidence: 0 };

function suppliedDate(value: string | undefined): PublicationDate | null {
  const match = value ? ISO_DATE.exec(value.trim()) : null;
  if (!match) return null;
  return { date: match[0], evidence: `supplied with the input: ${value}`, confidence: 1 };
}

/** Block statistics of a corpus of plain-text documents. */
export function corpusContext(documents: RawDocument[]): ExtractContext {
  return { corpus: corpusBlockStats(documents.filter((d) => !d.isHtml).map((d) => splitBlocks(d.content))) };
}

function fromText(document: RawDocument, context: ExtractContext): Found {
  const found = extractText(document.content, document.supplied, context.corpus);
  const stated = found.statedDate;
  return {
    ...found,
    published: stated ? { date: stated.date, evidence: stated.evidence, confidence: stated.isUpdate ? 0.6 : 0.9 } : null,
    language: null,
    warnings: [],
  };
}

function fromHtml(document: RawDocument): Found {
  const url = document.supplied.url ?? (/^https?:\/\//i.test(document.source) ? document.source : undefined);
  const found = extractHtml(document.content, { url, captured: document.supplied.captured });
  // Encoded data is never prose; the text classifier drops it first thing (hasOverlongWord), here before anything
  // reads the paragraphs.
  const paragraphs: string[] = [];
  const boilerplate = [...found.boilerplate];
  for (const text of found.paragraphs) {
    if (hasOverlongWord(text)) boilerplate.push({ text, reason: 'encoded data' });
    else paragraphs.push(text);
  }
  return {
    ...found,
    paragraphs,
    boilerplate,
    title: found.title ?? document.supplied.title ?? null,
    publisher: document.supplied.publisher ?? found.publisher,
    published: found.published.date !== null ? found.published : null,
    agencies: findAgencies(paragraphs, found.publisher),
    captions: boilerplate.filter((b) => /caption/i.test(String(b.reason))).map((b) => b.text),
  };
}

export function extractDocument(document: RawDocument, context: ExtractContext = {}): ExtractedDocument {
  const found = document.isHtml ? fromHtml(document) : fromText(document, context);
  const warnings = [...found.warnings];
  if (found.paragraphs.length === 0) warnings.push({ stage: 'extract', message: 'no article text found' });
  const article: Article = {
    id: document.id,
    source: document.source,
    title: found.title,
    publisher: found.publisher,
    byline: found.byline,
    dateline: found.dateline,
    published: suppliedDate(document.supplied.published) ?? found.published ?? UNDATED,
    language: found.language ?? 'en',
    text: found.paragraphs.join('\n\n'),
    boilerplate: found.boilerplate,
    agencies: found.agencies,
    contentHash: document.contentHash,
    warnings,
  };
  return { article, captions: found.captions, paragraphs: found.paragraphs };
}
