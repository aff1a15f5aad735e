// The export command run as a user would: bin/dossier in a child process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { fixtureDossier } from './fixtures/dossier.js';

const repoRoot = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const bin = path.join(repoRoot, 'bin/dossier');

function dossier(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('export: GDELT CSV from a saved dossier, articles from raw inputs, clear usage errors', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-export-'));
  const saved = path.join(dir, 'dossier.json');
  writeFileSync(saved, JSON.stringify(fixtureDossier));
  const events = dossier(['export', '--dossier', saved, '--format', 'csv']);
  assert.equal(events.code, 0, events.stderr);
  assert.match(events.stdout, /^GlobalEventID,Day,MonthYear,Year,FractionDate,Actor1Code,/);
  assert.equal(events.stdout.trim().split('\r\n').length, fixtureDossier.events.length + 1);

  const out = path.join(dir, 'articles.jsonl');
  const articles = dossier(['export', path.join(repoRoot, 'samples/articles'), '--what', 'articles', '--format', 'jsonl', '-o', out]);
  assert.equal(articles.code, 0, articles.stderr);
  assert.equal(readFileSync(out, 'utf-8').trim().split('\n').length, 13);

  const refused = dossier(['export', '--dossier', saved, '--format', 'csv', '--what', 'dossier']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /csv exports events or articles/);
  writeFileSync(path.join(dir, 'other.json'), '{"a":1}');
  assert.match(dossier(['export', '--dossier', path.join(dir, 'other.json')]).stderr, /other\.json: not a dossier/);
});
