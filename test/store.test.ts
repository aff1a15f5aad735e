import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { extractDocument } from '../src/extract/index.js';
import { sha256 } from '../src/ingest/index.js';
import type { RawDocument } from '../src/model.js';
import { Store } from '../src/store/sqlite.js';

function document(id: string, content: string): RawDocument {
  return { id, source: `${id}.txt`, kind: 'text', contentHash: sha256(content), content, isHtml: false, supplied: {} };
}

const first = document('one', 'Harbour reopens\n\nThe harbour reopened on Monday after repairs, officials said.\n\nAdvertisement');
const second = document('two', 'The council voted on Tuesday to build a new bridge across the river, the mayor said.');

test('migrations run once; saving the same articles twice changes nothing; earlier rows survive', () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-store-')), 'test.db');
  const store = new Store(file);
  assert.equal(store.schemaVersion, 2);
  const pairs = [first, second].map((doc) => ({ document: doc, article: extractDocument(doc).article }));
  store.saveArticles(pairs);
  const once = store.counts();
  assert.deepEqual(once, { documents: 2, articles: 2, removedBlocks: 2, dossiers: 0, stories: 0, events: 0, entities: 0, quotes: 0 });
  store.saveArticles(pairs);
  assert.deepEqual(store.counts(), once);
  store.close();

  const reopened = new Store(file);
  assert.equal(reopened.schemaVersion, 2);
  reopened.saveArticles([pairs[1]!]);
  assert.deepEqual(reopened.counts(), once, 'a later run on fewer inputs deletes nothing');
  const titles = reopened.loadArticles().map((a) => a.title);
  assert.deepEqual(titles, ['Harbour reopens', null]);
  reopened.close();
});
