// End-to-end tests of the command line, run as a user would: bin/dossier in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const repoRoot = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const bin = path.join(repoRoot, 'bin/dossier');
const samples = path.join(repoRoot, 'samples/articles');

function dossier(args: string[], options: { cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd, input: options.input, encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('--version and --help', () => {
  const version = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf-8')).version;
  assert.equal(dossier(['--version']).stdout.trim(), version);
  const help = dossier(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /extract/);
  assert.match(help.stdout, /analyze/);
  assert.match(help.stdout, /Pipeline: ingest -> extract/);
});

test('extract --format jsonl gives one Article per sample in the contract shape', () => {
  const run = dossier(['extract', samples, '--format', 'jsonl']);
  assert.equal(run.code, 0, run.stderr);
  const articles = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.ok(articles.length >= 10);
  for (const article of articles) {
    assert.deepEqual(Object.keys(article).sort(), ['agencies', 'boilerplate', 'byline', 'dateline', 'id', 'language', 'publisher', 'published', 'source', 'text', 'title'].sort());
    assert.deepEqual(Object.keys(article.published).sort(), ['confidence', 'date', 'evidence']);
    assert.ok(article.text.length > 200);
    assert.ok(!/\n{3,}/.test(article.text), 'paragraphs separated by one blank line');
  }
});

test('extract --format json: an object for one input; md renders', () => {
  const one = dossier(['extract', path.join(samples, '01-harbour-ledger-gdansk-strike.txt')]);
  assert.equal(JSON.parse(one.stdout).id, '01-harbour-ledger-gdansk-strike');
  const md = dossier(['extract', path.join(samples, '01-harbour-ledger-gdansk-strike.txt'), '--format', 'md']);
  assert.match(md.stdout, /^## /);
  assert.match(md.stdout, /removed blocks/);
});

test('analyze --format json follows the contract; without --format it writes store and report', () => {
  const cwd = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
  const json = dossier(['analyze', samples, '--format', 'json'], { cwd });
  assert.equal(json.code, 0, json.stderr);
  const result = JSON.parse(json.stdout);
  assert.deepEqual(Object.keys(result).sort(), ['articles', 'entities', 'events', 'quotes', 'stories', 'timeline']);
  assert.ok(result.articles.every((a: { story: unknown; duplicate_of: unknown }) => 'story' in a && 'duplicate_of' in a));
  assert.ok(!existsSync(path.join(cwd, 'dossier.db')), 'no store written for --format json without --db');

  const report = dossier(['analyze', samples, '--out', 'rep', '--db', 'store.db'], { cwd });
  assert.equal(report.code, 0, report.stderr);
  assert.match(report.stdout, /index\.html/);
  assert.ok(existsSync(path.join(cwd, 'rep/index.html')) && existsSync(path.join(cwd, 'store.db')));
  const html = readFileSync(path.join(cwd, 'rep/index.html'), 'utf-8');
  assert.match(html, /Content-Security-Policy/);
});

test('bad inputs: one line each naming the input, the others processed, exit code 2', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bad-'));
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners in the old town said trade was slow.', 'latin1'));
  writeFileSync(path.join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a'));
  writeFileSync(path.join(dir, 'lines.jsonl'), '{"id":"fine","text":"The harbour reopened on Monday, officials said."}\n{broken\n');
  symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
  const good = path.join(samples, '02-meridian-wire-gdansk-strike.txt');
  const run = dossier(['extract', '--format', 'jsonl', dir, good, path.join(dir, 'missing.txt')]);
  assert.equal(run.code, 2);
  const errors = run.stderr.trim().split('\n');
  const about = (name: string) => errors.filter((line) => line.includes(name));
  assert.equal(about('empty.txt').length, 1);
  assert.match(about('binary.bin')[0]!, /binary/);
  assert.match(about('latin1.txt')[0]!, /not valid UTF-8/);
  assert.match(about('huge.txt')[0]!, /50\.0 MB/);
  assert.match(about('lines.jsonl:2')[0]!, /malformed JSON/);
  assert.match(about('missing.txt')[0]!, /no such file/);
  assert.equal(about('dangling.txt').length, 0, 'a dangling link in a folder is not a file');
  const ids = run.stdout.trim().split('\n').map((line) => JSON.parse(line).id);
  assert.deepEqual(ids.sort(), ['02-meridian-wire-gdansk-strike', 'fine']);
});

test('stdin and --encoding', () => {
  const piped = dossier(['extract', '-', '--format', 'json'], { input: 'Harbour reopens\n\nThe harbour reopened on Monday after repairs, officials said.' });
  assert.equal(piped.code, 0);
  assert.equal(JSON.parse(piped.stdout).title, 'Harbour reopens');
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-enc-'));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 owners in the old town said trade was slow this winter.', 'latin1'));
  const decoded = dossier(['extract', path.join(dir, 'latin1.txt'), '--encoding', 'windows-1252']);
  assert.equal(decoded.code, 0, decoded.stderr);
  assert.match(JSON.parse(decoded.stdout).text, /Café owners/);
});

test('usage errors exit 1 with a one-line message', () => {
  const run = dossier(['nlp', '-', '--reference-date', 'June'], { input: 'x' });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /--reference-date must be a date/);
});
