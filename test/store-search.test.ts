import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { sha256 } from '../src/ingest/index.js';
import type { Article, RawDocument } from '../src/model.js';
import { ftsQuery } from '../src/store/dossier-tables.js';
import { Store } from '../src/store/sqlite.js';
import { fixtureDossier } from './fixtures/dossier.js';

/** The fixture's articles as stored records (documents + articles), so search has rows to find. */
function storedPairs(): { document: RawDocument; article: Article }[] {
  return fixtureDossier.articles.map((a) => {
    const content = `${a.id}\n${a.text}`;
    const { story: _s, duplicate_of: _d, ...rest } = a;
    const document: RawDocument = { id: a.id, source: a.source, kind: 'text', contentHash: sha256(content), content, isHtml: false, supplied: {} };
    return { document, article: { ...rest, contentHash: document.contentHash, warnings: [] } };
  });
}

function freshStore(): { store: Store; file: string } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-search-')), 'test.db');
  return { store: new Store(file), file };
}

test('saveDossier fills story, event, entity and quote tables idempotently', () => {
  const { store } = freshStore();
  store.saveArticles(storedPairs());
  store.saveDossier('corpus-a', fixtureDossier);
  const once = store.counts();
  assert.deepEqual(
    { stories: once.stories, events: once.events, entities: once.entities, quotes: once.quotes, dossiers: once.dossiers },
    { stories: 2, events: 5, entities: 5, quotes: 4, dossiers: 1 },
  );
  store.saveDossier('corpus-a', fixtureDossier);
  assert.deepEqual(store.counts(), once);
  assert.deepEqual(store.loadDossier(), JSON.parse(JSON.stringify(fixtureDossier)));
  store.close();
});

test('search ranks by BM25 with title first, gives snippets and applies every filter', () => {
  const { store } = freshStore();
  store.saveArticles(storedPairs());
  store.saveDossier('corpus-a', fixtureDossier);
  const strike = store.search('strike');
  assert.ok(strike.length >= 2);
  assert.equal(strike[0]!.id, 'valmora-wire-1', 'the article with the word in its title ranks first');
  assert.ok(strike[0]!.snippet.some((p) => p.match && /strike/i.test(p.text)));
  assert.ok(strike.every((hit, i) => i === 0 || hit.score <= strike[i - 1]!.score));
  assert.deepEqual(store.search('copper', { outlet: 'pacific courier' }).map((h) => h.id), ['copper-courier-1']);
  assert.deepEqual(store.search('', { entity: 'Alma Osei' }).map((h) => h.id).sort(), ['valmora-times-2', 'valmora-wire-1']);
  assert.deepEqual(store.search('workers', { story: 'story-strike', from: '2024-03-04', to: '2024-03-04' }).map((h) => h.id).sort(), ['valmora-ledger-1', 'valmora-wire-1']);
  assert.equal(store.search('talks')[0]!.story, 'story-strike');
  assert.deepEqual(store.search('porto*').map((h) => h.id), ['copper-courier-1'], 'a trailing * searches by prefix');
  assert.deepEqual(store.search('"ten-year copper"').map((h) => h.id), ['copper-courier-1']);
  store.close();
});

test('FTS5 syntax in the query is inert text, never an error', () => {
  const { store } = freshStore();
  store.saveArticles(storedPairs());
  for (const hostile of ['NEAR(', 'title:strike', '"unbalanced', 'a OR', '*', '^strike', '(((', 'AND', "'; DROP TABLE articles; --", '\u0000', '-strike']) {
    assert.doesNotThrow(() => store.search(hostile), hostile);
  }
  assert.equal(ftsQuery('strike OR copper'), '"strike" "OR" "copper"');
  assert.equal(ftsQuery('title:strike'), '"title strike"');
  assert.equal(ftsQuery('  ** () '), null);
  assert.ok(store.counts().articles > 0, 'the table survived');
  store.close();
});

test('a v1 store is migrated to v2 with its existing articles indexed', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-migrate-')), 'old.db');
  const { store } = { store: new Store(file) };
  store.saveArticles(storedPairs());
  store.close();
  // Roll the file back to what a v1 dossier left behind.
  const db = new Database(file);
  db.exec(`DROP TRIGGER articles_fts_insert; DROP TRIGGER articles_fts_delete; DROP TRIGGER articles_fts_update; DROP TABLE articles_fts;
    DROP TABLE stories; DROP TABLE story_articles; DROP TABLE events; DROP TABLE entities; DROP TABLE entity_articles; DROP TABLE quotes;
    DELETE FROM schema_migrations WHERE version = 2;`);
  db.close();
  const reopened = new Store(file);
  assert.equal(reopened.schemaVersion, 2);
  assert.ok(reopened.search('copper').length >= 2);
  reopened.close();
});
