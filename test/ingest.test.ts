import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { detectKind, idFromPath, readInputs, type IngestItem } from '../src/ingest/index.js';
import { parseJsonl } from '../src/ingest/jsonl.js';
import { decodeText, firstInvalidUtf8Offset } from '../src/ingest/text.js';

const bytes = (text: string) => new TextEncoder().encode(text);

async function collect(inputs: string[], stdin?: string): Promise<IngestItem[]> {
  const items: IngestItem[] = [];
  for await (const item of readInputs(inputs, { stdin: stdin === undefined ? undefined : Readable.from([stdin]) })) items.push(item);
  return items;
}

test('detects kinds by content, not by name', () => {
  assert.equal(detectKind(bytes('Plain words.\nMore words.')), 'text');
  assert.equal(detectKind(bytes('<!DOCTYPE html><html><body><p>x</p></body></html>')), 'html');
  assert.equal(detectKind(bytes('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>')), 'feed');
  assert.equal(detectKind(bytes('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')), 'feed');
  assert.equal(detectKind(bytes('WARC/1.1\r\nWARC-Type: response\r\n')), 'warc');
  assert.equal(detectKind(bytes('{"id": "a", "text": "x"}\n')), 'jsonl');
  assert.equal(detectKind(bytes('   \n ')), 'empty');
  assert.equal(detectKind(new Uint8Array([0x41, 0x00, 0x42])), 'binary');
});

test('ids are file names without extension', () => {
  assert.equal(idFromPath('/a/b/003_abc.txt'), '003_abc');
  assert.equal(idFromPath('crawl.warc.gz'), 'crawl');
  assert.equal(idFromPath('page.html'), 'page');
});

test('strict UTF-8: invalid bytes are an error that says where', () => {
  assert.equal(decodeText(bytes('héllo')), 'héllo');
  const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]);
  assert.equal(firstInvalidUtf8Offset(latin1), 3);
  assert.throws(() => decodeText(latin1), /not valid UTF-8 \(byte 0xE9 at offset 3\)/);
  assert.equal(decodeText(latin1, 'windows-1252'), 'café ok');
  assert.throws(() => decodeText(bytes('a\u0001\u0002\u0003\u0004b')), /binary/);
});

test('JSONL: good lines become records, bad lines become errors with their line number', () => {
  const lines = [...parseJsonl('{"id":"a","text":"x"}\n\n{oops\n{"id":"b"}\n{"id":7,"html":"<p>y</p>","published":"2021-06-22"}\n')];
  assert.equal(lines.length, 4);
  assert.deepEqual(lines.map((l) => l.line), [1, 3, 4, 5]);
  assert.ok('record' in lines[0]! && lines[0].record.id === 'a');
  assert.ok('error' in lines[1]! && /malformed JSON/.test(lines[1].error));
  assert.ok('error' in lines[2]! && /"text" or an "html"/.test(lines[2].error));
  assert.ok('record' in lines[3]! && lines[3].record.id === '7');
});

test('folders are read recursively in name order; bad inputs fail alone; same bytes are one document', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-ingest-'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'b.txt'), 'Second article text.');
  writeFileSync(path.join(dir, 'a.txt'), 'First article text.');
  writeFileSync(path.join(dir, 'sub', 'copy.txt'), 'First article text.');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, '.hidden.txt'), 'never read');
  writeFileSync(path.join(dir, 'corpus.jsonl'), '{"id":"j1","text":"From JSONL."}\nnot json\n');
  const items = await collect([dir, path.join(dir, 'missing.txt')]);
  const documents = items.flatMap((i) => (i.type === 'document' ? [i.document] : []));
  const failures = items.flatMap((i) => (i.type === 'failure' ? [i.failure] : []));
  const duplicates = items.filter((i) => i.type === 'duplicate');
  assert.deepEqual(documents.map((d) => d.id), ['a', 'b', 'j1']);
  assert.equal(documents[0]!.contentHash.length, 64);
  assert.equal(duplicates.length, 1);
  assert.deepEqual(failures.map((f) => path.basename(f.source)).sort(), ['corpus.jsonl:2', 'empty.txt', 'missing.txt']);
  assert.match(failures.find((f) => f.source.endsWith('missing.txt'))!.message, /no such file/);
});

test('stdin is read with -', async () => {
  const items = await collect(['-'], 'Text from a pipe.');
  assert.equal(items.length, 1);
  const [only] = items;
  assert.ok(only?.type === "document" && only.document.source === "stdin");
});

test('two different documents with one name keep distinct ids', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-ids-'));
  mkdirSync(path.join(dir, 'x'));
  mkdirSync(path.join(dir, 'y'));
  writeFileSync(path.join(dir, 'x', 'story.txt'), 'One text.');
  writeFileSync(path.join(dir, 'y', 'story.txt'), 'Another text.');
  const ids = (await collect([dir])).flatMap((i) => (i.type === 'document' ? [i.document.id] : []));
  assert.deepEqual(ids, ['story', 'story~2']);
});
