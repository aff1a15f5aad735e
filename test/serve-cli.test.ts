// `dossier serve` as a user starts it: a child process that prints its address and answers on loopback only.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const repoRoot = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));

test('serve binds 127.0.0.1, prints its URL and serves pages with a CSP', async () => {
  const db = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-serve-')), 'ui.db');
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/dossier'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error('serve did not start within 10 s')), 10_000);
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /at (http:\/\/\S+\/)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code}`));
      });
    });
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    assert.match(await response.text(), /No dossier yet/);
  } finally {
    child.kill('SIGTERM');
  }
  const bad = spawn(process.execPath, [path.join(repoRoot, 'bin/dossier'), 'serve', '--port', 'x'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  bad.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => bad.on('exit', resolve));
  assert.equal(code, 1);
  assert.match(stderr, /--port must be a port number/);
});
