// Articles from raw inputs the way the CLI reads them: the project's own ingest and extraction (with dating).
import { readInputs } from '../src/ingest/index.js';
import type { Article, RawDocument } from '../src/model.js';
import { extractAll } from '../src/pipeline.js';

export async function articlesFrom(inputs: string[]): Promise<Article[]> {
  const documents: RawDocument[] = [];
  for await (const item of readInputs(inputs)) if (item.type === 'document') documents.push(item.document);
  return extractAll(documents).extracted.map((extracted) => extracted.article);
}
