// The embedded store: one SQLite file (WAL mode) through better-sqlite3. Writes are idempotent: the same inputs
// stored twice change nothing, and nothing stored before is ever deleted by a later run.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { Article, Dossier, RawDocument } from '../model.js';
import { SCHEMA_V2, searchArticles, writeDossierTables, type SearchHit, type SearchOptions } from './dossier-tables.js';

export type { SearchHit, SearchOptions, SnippetPart } from './dossier-tables.js';

/** Schema versions, applied in order, each once; a store opened by an older dossier is brought up to date. */
const MIGRATIONS: { version: number; description: string; sql: string }[] = [
  {
    version: 1,
    description: 'documents, articles and removed blocks',
    sql: `
      CREATE TABLE documents (
        content_hash TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        content TEXT NOT NULL,
        supplied TEXT NOT NULL,
        first_seen TEXT NOT NULL
      );
      CREATE INDEX documents_by_id ON documents(id);
      CREATE TABLE articles (
        content_hash TEXT PRIMARY KEY REFERENCES documents(content_hash),
        id TEXT NOT NULL,
        title TEXT,
        publisher TEXT,
        published TEXT,
        text TEXT NOT NULL,
        article TEXT NOT NULL
      );
      CREATE INDEX articles_by_id ON articles(id);
      CREATE TABLE removed_blocks (
        content_hash TEXT NOT NULL REFERENCES articles(content_hash),
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (content_hash, position)
      );
      CREATE TABLE dossiers (
        corpus_hash TEXT PRIMARY KEY,
        created TEXT NOT NULL,
        dossier TEXT NOT NULL
      );`,
  },
  {
    version: 2,
    description: 'stories, events, entities, quotes of each dossier; FTS5 index over articles',
    sql: SCHEMA_V2,
  },
];

export interface StoreCounts {
  documents: number;
  articles: number;
  removedBlocks: number;
  dossiers: number;
  stories: number;
  events: number;
  entities: number;
  quotes: number;
}

/** The key of a dossier: the same set of articles, in any order, is the same corpus. */
export function corpusHashOf(articles: Pick<Article, 'contentHash'>[]): string {
  return createHash('sha256').update(articles.map((a) => a.contentHash).sort().join('\n')).digest('hex');
}

export class Store {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT, applied TEXT)');
    const applied = new Set(
      this.db.prepare('SELECT version FROM schema_migrations').all().map((row) => (row as { version: number }).version),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db
          .prepare('INSERT INTO schema_migrations (version, description, applied) VALUES (?, ?, ?)')
          .run(migration.version, migration.description, new Date().toISOString());
      })();
    }
  }

  get schemaVersion(): number {
    const row = this.db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
    return row.v ?? 0;
  }

  /** Saves documents and their articles in one transaction; rows already there are left as they are. */
  saveArticles(pairs: { document: RawDocument; article: Article }[]): void {
    const insertDocument = this.db.prepare(
      `INSERT OR IGNORE INTO documents (content_hash, id, source, kind, content, supplied, first_seen)
       VALUES (@contentHash, @id, @source, @kind, @content, @supplied, @now)`,
    );
    const upsertArticle = this.db.prepare(
      `INSERT INTO articles (content_hash, id, title, publisher, published, text, article)
       VALUES (@contentHash, @id, @title, @publisher, @published, @text, @json)
       ON CONFLICT(content_hash) DO UPDATE SET id = excluded.id, title = excluded.title, publisher = excluded.publisher,
         published = excluded.published, text = excluded.text, article = excluded.article
       WHERE articles.article IS NOT excluded.article`,
    );
    const clearBlocks = this.db.prepare('DELETE FROM removed_blocks WHERE content_hash = ?');
    const insertBlock = this.db.prepare(
      'INSERT OR REPLACE INTO removed_blocks (content_hash, position, text, reason) VALUES (?, ?, ?, ?)',
    );
    const now = new Date().toISOString();
    this.db.transaction(() => {
      for (const { document, article } of pairs) {
        insertDocument.run({ ...document, supplied: JSON.stringify(document.supplied), now });
        upsertArticle.run({
          contentHash: article.contentHash,
          id: article.id,
          title: article.title,
          publisher: article.publisher,
          published: article.published.date,
          text: article.text,
          json: JSON.stringify(article),
        });
        // Removed blocks are derived from the document; re-extraction replaces them for that document only.
        clearBlocks.run(article.contentHash);
        article.boilerplate.forEach((block, i) => insertBlock.run(article.contentHash, i, block.text, block.reason));
      }
    })();
  }

  /** Saves extracted articles with the documents they came from (matched by content hash). */
  saveExtracted(documents: RawDocument[], articles: Article[]): void {
    const byHash = new Map(documents.map((d) => [d.contentHash, d]));
    this.saveArticles(articles.map((article) => ({ document: byHash.get(article.contentHash)!, article })));
  }

  /**
   * Saves a dossier under the hash of its corpus, with its stories, events, entities and quotes as rows: the same
   * corpus analysed again replaces its own dossier only. The latest saved dossier is the one shown and searched.
   */
  saveDossier(corpusHash: string, dossier: Dossier): void {
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO dossiers (corpus_hash, created, dossier) VALUES (?, ?, ?)
           ON CONFLICT(corpus_hash) DO UPDATE SET dossier = excluded.dossier, created = excluded.created`,
        )
        .run(corpusHash, new Date().toISOString(), JSON.stringify(dossier));
      writeDossierTables(this.db, corpusHash, dossier);
    })();
  }

  /** The hash of the corpus of the most recently saved dossier, or null for a store without one. */
  latestCorpus(): string | null {
    const row = this.db.prepare('SELECT corpus_hash FROM dossiers ORDER BY created DESC, rowid DESC LIMIT 1').get() as { corpus_hash: string } | undefined;
    return row?.corpus_hash ?? null;
  }

  loadDossier(corpusHash: string | null = this.latestCorpus()): Dossier | null {
    if (corpusHash === null) return null;
    const row = this.db.prepare('SELECT dossier FROM dossiers WHERE corpus_hash = ?').get(corpusHash) as { dossier: string } | undefined;
    return row ? (JSON.parse(row.dossier) as Dossier) : null;
  }

  /** Ranked full-text search over stored articles (BM25, title first), with filters; the query is untrusted text. */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return searchArticles(this.db, query, options, this.latestCorpus());
  }

  /** Outlets of the stored articles, for search filters. */
  outlets(): string[] {
    return this.db
      .prepare('SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL ORDER BY publisher')
      .all()
      .map((row) => (row as { publisher: string }).publisher);
  }

  loadArticle(contentHash: string): Article | null {
    const row = this.db.prepare('SELECT article FROM articles WHERE content_hash = ?').get(contentHash) as { article: string } | undefined;
    return row ? (JSON.parse(row.article) as Article) : null;
  }

  loadArticles(): Article[] {
    return this.db
      .prepare('SELECT article FROM articles ORDER BY id')
      .all()
      .map((row) => JSON.parse((row as { article: string }).article) as Article);
  }

  /** Stored article ids with their content hashes, without parsing the articles. */
  articleHashes(): Map<string, string> {
    const rows = this.db.prepare('SELECT id, content_hash FROM articles ORDER BY id').all() as { id: string; content_hash: string }[];
    return new Map(rows.map((row) => [row.id, row.content_hash]));
  }

  counts(): StoreCounts {
    const count = (table: string) => (this.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      documents: count('documents'),
      articles: count('articles'),
      removedBlocks: count('removed_blocks'),
      dossiers: count('dossiers'),
      stories: count('stories'),
      events: count('events'),
      entities: count('entities'),
      quotes: count('quotes'),
    };
  }

  close(): void {
    this.db.close();
  }
}
