// Schema v2 of the store: a dossier's stories, events, entities and quotes as queryable tables, and an FTS5
// full-text index over articles (title, text, publisher) ranked by BM25. Rows of a dossier are keyed by the hash of
// its corpus, like the dossier itself, so two corpora in one store never mix.
import type Database from 'better-sqlite3';
import type { Dossier } from '../model.js';

export const SCHEMA_V2 = `
  CREATE TABLE stories (
    corpus_hash TEXT NOT NULL, id TEXT NOT NULL, title TEXT NOT NULL, start TEXT, end TEXT, story TEXT NOT NULL,
    PRIMARY KEY (corpus_hash, id));
  CREATE TABLE story_articles (
    corpus_hash TEXT NOT NULL, story_id TEXT NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (corpus_hash, story_id, article_id));
  CREATE INDEX story_articles_by_article ON story_articles(corpus_hash, article_id);
  CREATE TABLE events (
    corpus_hash TEXT NOT NULL, id TEXT NOT NULL, article_id TEXT NOT NULL, story_id TEXT, type TEXT NOT NULL,
    cameo TEXT NOT NULL, date TEXT, place TEXT, event TEXT NOT NULL,
    PRIMARY KEY (corpus_hash, id));
  CREATE TABLE entities (
    corpus_hash TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, entity TEXT NOT NULL,
    PRIMARY KEY (corpus_hash, id));
  CREATE TABLE entity_articles (
    corpus_hash TEXT NOT NULL, entity_id TEXT NOT NULL, article_id TEXT NOT NULL,
    PRIMARY KEY (corpus_hash, entity_id, article_id));
  CREATE INDEX entity_articles_by_article ON entity_articles(corpus_hash, article_id);
  CREATE TABLE quotes (
    corpus_hash TEXT NOT NULL, position INTEGER NOT NULL, article_id TEXT NOT NULL, speaker TEXT, via TEXT,
    text TEXT NOT NULL,
    PRIMARY KEY (corpus_hash, position));
  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, publisher, content = 'articles', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2');
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text, publisher) VALUES (new.rowid, new.title, new.text, new.publisher);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, publisher)
      VALUES ('delete', old.rowid, old.title, old.text, old.publisher);
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text, publisher)
      VALUES ('delete', old.rowid, old.title, old.text, old.publisher);
    INSERT INTO articles_fts(rowid, title, text, publisher) VALUES (new.rowid, new.title, new.text, new.publisher);
  END;
  INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');`;

const TABLES = ['stories', 'story_articles', 'events', 'entities', 'entity_articles', 'quotes'] as const;

/** Replaces the rows of one corpus's dossier with the dossier given: saving the same dossier twice changes nothing. */
export function writeDossierTables(db: Database.Database, corpusHash: string, dossier: Dossier): void {
  for (const table of TABLES) db.prepare(`DELETE FROM ${table} WHERE corpus_hash = ?`).run(corpusHash);
  const story = db.prepare('INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?)');
  const storyArticle = db.prepare('INSERT OR IGNORE INTO story_articles VALUES (?, ?, ?)');
  for (const s of dossier.stories) {
    story.run(corpusHash, s.id, s.title, s.date.start, s.date.end, JSON.stringify(s));
    for (const a of s.articles) storyArticle.run(corpusHash, s.id, a);
  }
  for (const a of dossier.articles) if (a.story) storyArticle.run(corpusHash, a.story, a.id);
  const event = db.prepare('INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const e of dossier.events) event.run(corpusHash, e.id, e.article, e.story, e.type, e.cameo, e.date, e.place, JSON.stringify(e));
  const entity = db.prepare('INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?)');
  const entityArticle = db.prepare('INSERT OR IGNORE INTO entity_articles VALUES (?, ?, ?)');
  for (const e of dossier.entities) {
    entity.run(corpusHash, e.id, e.name, e.type, JSON.stringify(e));
    for (const a of e.articles) entityArticle.run(corpusHash, e.id, a);
  }
  const quote = db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)');
  dossier.quotes.forEach((q, i) => quote.run(corpusHash, i, q.article, q.speaker, q.via, q.text));
}

/**
 * Turns untrusted search input into an FTS5 query that can only mean "all these words": every term is quoted
 * (so AND, OR, NEAR, column filters, parentheses and ^ are plain words), "quoted phrases" stay phrases and a
 * trailing * keeps its prefix meaning. Returns null when no searchable term is left.
 */
export function ftsQuery(input: string): string | null {
  const terms: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of input.slice(0, 500).matchAll(pattern)) {
    const phrase = match[1];
    const word = match[2];
    if (phrase !== undefined) {
      const words = phrase.match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push(`"${words.join(' ')}"`);
    } else if (word !== undefined) {
      const prefix = word.endsWith('*');
      const words = word.match(/[\p{L}\p{N}]+/gu);
      if (words) terms.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
    }
  }
  return terms.length > 0 ? terms.slice(0, 32).join(' ') : null;
}

export interface SearchOptions {
  /** Entity id or name (case-insensitive) in the dossier searched. */
  entity?: string;
  outlet?: string;
  /** Publication date bounds, ISO (`2024-03-01`); undated articles are left out when a bound is given. */
  from?: string;
  to?: string;
  story?: string;
  limit?: number;
  /** The dossier whose stories and entities filter and label hits; default the latest one. */
  corpusHash?: string;
}

export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchHit {
  id: string;
  contentHash: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  story: string | null;
  /** BM25 score (higher is better); 0 when the search had no words, only filters. */
  score: number;
  snippet: SnippetPart[];
}

const OPEN = '\u0002';
const CLOSE = '\u0003';

function snippetParts(snippet: string): SnippetPart[] {
  const clean = snippet.replace(/[\u0000\u0001\u0004-\u0008]/g, '');
  const parts: SnippetPart[] = [];
  for (const piece of clean.split(OPEN)) {
    const close = piece.indexOf(CLOSE);
    if (close < 0) parts.push({ text: piece, match: false });
    else parts.push({ text: piece.slice(0, close), match: true }, { text: piece.slice(close + 1), match: false });
  }
  return parts.filter((p) => p.text !== '');
}

/** Title weighs most, then publisher, then body text. */
const BM25_WEIGHTS = { title: 5, text: 1, publisher: 2 };
const MAX_LIMIT = 200;

export function searchArticles(db: Database.Database, query: string, options: SearchOptions, latestCorpus: string | null): SearchHit[] {
  const corpus = options.corpusHash ?? latestCorpus ?? '';
  const match = ftsQuery(query);
  const where: string[] = [];
  const params: Record<string, string | number> = { corpus, limit: Math.max(1, Math.min(options.limit ?? 20, MAX_LIMIT)) };
  if (match !== null) (where.push('articles_fts MATCH @match'), (params.match = match));
  if (options.outlet) (where.push('a.publisher = @outlet COLLATE NOCASE'), (params.outlet = options.outlet));
  if (options.from) (where.push('a.published >= @from'), (params.from = options.from));
  if (options.to) (where.push("a.published <= @to || '~'"), (params.to = options.to));
  if (options.story) {
    where.push('EXISTS (SELECT 1 FROM story_articles s WHERE s.corpus_hash = @corpus AND s.story_id = @story AND s.article_id = a.id)');
    params.story = options.story;
  }
  if (options.entity) {
    where.push(`EXISTS (SELECT 1 FROM entity_articles ea JOIN entities e ON e.corpus_hash = ea.corpus_hash AND e.id = ea.entity_id
      WHERE ea.corpus_hash = @corpus AND ea.article_id = a.id AND (e.id = @entity OR e.name = @entity COLLATE NOCASE))`);
    params.entity = options.entity;
  }
  const story = '(SELECT s.story_id FROM story_articles s WHERE s.corpus_hash = @corpus AND s.article_id = a.id LIMIT 1)';
  const w = BM25_WEIGHTS;
  const sql = match !== null
    ? `SELECT a.id, a.content_hash, a.title, a.publisher, a.published, ${story} AS story,
         -bm25(articles_fts, ${w.title}, ${w.text}, ${w.publisher}) AS score,
         snippet(articles_fts, -1, '${OPEN}', '${CLOSE}', '…', 24) AS snippet
       FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
       WHERE ${where.join(' AND ')} ORDER BY score DESC, a.id LIMIT @limit`
    : `SELECT a.id, a.content_hash, a.title, a.publisher, a.published, ${story} AS story, 0 AS score,
         substr(a.text, 1, 200) AS snippet
       FROM articles a ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.published DESC, a.id LIMIT @limit`;
  type Row = { id: string; content_hash: string; title: string | null; publisher: string | null; published: string | null; story: string | null; score: number; snippet: string };
  return (db.prepare(sql).all(params) as Row[]).map((row) => ({
    id: row.id,
    contentHash: row.content_hash,
    title: row.title,
    publisher: row.publisher,
    published: row.published,
    story: row.story,
    score: row.score,
    snippet: snippetParts(row.snippet ?? ''),
  }));
}
