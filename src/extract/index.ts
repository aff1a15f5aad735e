// Extract stage: RawDocument -> Article. Plain text goes through the block classifier in ./text; HTML through
// the DOM extractor in ./html (issue 3).
import type { Article, PublicationDate, RawDocument, Warning } from '../model.js';
import { corpusBlockStats, extractText, splitBlocks, type CorpusBlockStats, type TextExtraction } from './text/index.js';

export { corpusBlockStats, extractText, splitBlocks };
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

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?/;

function suppliedDate(value: string | undefined): PublicationDate | null {
  const match = value ? ISO_DATE.exec(value.trim()) : null;
  if (!match) return null;
  return { date: match[0], evidence: `supplied with the input: ${value}`, confidence: 1 };
}

/** Block statistics of a corpus of plain-text documents. */
export function corpusContext(documents: RawDocument[]): ExtractContext {
  return { corpus: corpusBlockStats(documents.filter((d) => !d.isHtml).map((d) => splitBlocks(d.content))) };
}

export function extractDocument(document: RawDocument, context: ExtractContext = {}): ExtractedDocument {
  const warnings: Warning[] = [];
  if (document.isHtml) throw new Error('HTML extraction is not available yet');
  const found = extractText(document.content, document.supplied, context.corpus);
  const published: PublicationDate = suppliedDate(document.supplied.published) ??
    (found.statedDate
      ? { date: found.statedDate.date, evidence: found.statedDate.evidence, confidence: found.statedDate.isUpdate ? 0.6 : 0.9 }
      : { date: null, evidence: null, confidence: 0 });
  if (found.paragraphs.length === 0) warnings.push({ stage: 'extract', message: 'no article text found' });
  const article: Article = {
    id: document.id,
    source: document.source,
    title: found.title,
    publisher: found.publisher,
    byline: found.byline,
    dateline: found.dateline,
    published,
    language: 'en',
    text: found.paragraphs.join('\n\n'),
    boilerplate: found.boilerplate,
    agencies: found.agencies,
    contentHash: document.contentHash,
    warnings,
  };
  return { article, captions: found.captions, paragraphs: found.paragraphs };
}
