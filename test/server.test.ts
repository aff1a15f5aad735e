// The web UI through Hono's in-process request API: no socket, no browser (see browser.test.ts for those).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dossier } from '../src/model.js';
import { createApp } from '../src/server/app.js';
import { Store } from '../src/store/sqlite.js';
import { fixtureDossier, hostileDossier } from './fixtures/dossier.js';
import { fillStore, storeFile } from './fixtures/store.js';
import { jobPage } from '../src/server/views.js';

const ORIGIN = 'http://127.0.0.1:4000';
const HOST = '127.0.0.1:4000';

function storeWith(dossier: Dossier): Store {
  return fillStore(new Store(storeFile()), dossier);
}

function setup(dossier: Dossier = fixtureDossier) {
  const store = storeWith(dossier);
  const { app, jobs, csrf } = createApp({ store, host: '127.0.0.1', port: () => 4000 });
  const get = (url: string, headers: Record<string, string> = {}) => app.request(`${ORIGIN}${url}`, { headers: { host: HOST, ...headers } });
  const post = (form: FormData, headers: Record<string, string> = {}) =>
    app.request(`${ORIGIN}/ingest`, { method: 'POST', body: form, headers: { host: HOST, origin: ORIGIN, 'sec-fetch-site': 'same-origin', ...headers } });
  return { store, jobs, csrf, get, post };
}

test('pages are served with a strict CSP and no script; the dossier page has the report views', async () => {
  const { get, store } = setup();
  const home = await get('/');
  assert.equal(home.status, 200);
  const csp = home.headers.get('content-security-policy')!;
  assert.match(csp, /default-src 'none'/);
  assert.ok(!/script-src|unsafe-inline/.test(csp));
  assert.equal(home.headers.get('x-frame-options'), 'DENY');
  const page = await home.text();
  assert.match(page, /Outlets disagree: number of strikers/);
  assert.match(page, /href="\/search"/);
  assert.ok(!/<script/i.test(page));
  assert.equal((await get('/', { host: 'evil.example:4000' })).status, 421, 'unknown Host is refused (DNS rebinding)');
  assert.equal((await get('/nowhere')).status, 404);
  store.close();
});

test('search finds ranked articles with filters and links each hit to its article page', async () => {
  const { get, store } = setup();
  const page = await (await get('/search?q=strike&story=story-strike&outlet=Meridian+Wire')).text();
  assert.match(page, /1 result/);
  assert.match(page, /<mark>strike<\/mark>/);
  const link = /href="(\/articles\/[0-9a-f]+)"/.exec(page)![1]!;
  const article = await (await get(link)).text();
  assert.match(article, /Valmora port strike halts container traffic/);
  assert.match(article, /href="\/#story-story-strike"/);
  assert.match(await (await get('/search?q=NEAR(%22x')).text(), /No results/);
  assert.match(await (await get('/search?entity=alma-osei')).text(), /2 results/);
  store.close();
});

test('POST /ingest: cross-site, foreign-origin and token-less requests are refused; a good one runs a job', async () => {
  const { post, get, csrf, jobs, store } = setup();
  const form = (token?: string) => {
    const f = new FormData();
    if (token) f.set('token', token);
    f.set('text', 'Ferry service resumes\n\nThe ferry between Valmora and the islands resumed on Friday after the strike ended, the operator said.');
    f.set('name', 'ferry note');
    return f;
  };
  assert.equal((await post(form(csrf.token), { 'sec-fetch-site': 'cross-site' })).status, 403);
  assert.equal((await post(form(csrf.token), { origin: 'https://evil.example' })).status, 403);
  assert.equal((await post(form())).status, 403);
  assert.equal((await post(form('wrong'))).status, 403);
  const accepted = await post(form(csrf.token));
  assert.equal(accepted.status, 303);
  const location = accepted.headers.get('location')!;
  assert.match(location, /^\/jobs\/[0-9a-f-]+$/);
  await jobs.idle();
  const status = await (await get(`${location}/status`)).json() as { state: string; articles: string[] };
  assert.equal(status.state, 'done');
  assert.deepEqual(status.articles, ['ferry-note']);
  assert.match(await (await get(location)).text(), /Open the dossier/);
  assert.match(await (await get('/search?q=ferry')).text(), /Ferry service resumes/);
  const empty = new FormData();
  empty.set('token', csrf.token);
  assert.equal((await post(empty)).status, 400);
  store.close();
});

test('hostile stored articles are escaped in every UI page', async () => {
  const { get, store } = setup(hostileDossier());
  for (const url of ['/', '/search?q=pwned', '/search?q=%3Cscript%3E']) {
    const page = await (await get(url)).text();
    assert.ok(!/<script/i.test(page), url);
    assert.ok(!/<(img|svg|iframe)[^>]*\son\w+=/i.test(page), url);
    assert.ok(!/href="javascript:/i.test(page), url);
  }
  store.close();
});

test('an empty store shows how to start; an oversized upload is refused with 413', async () => {
  const store = new Store(storeFile());
  const { app, csrf } = createApp({ store, host: '127.0.0.1', port: () => 4000 });
  const home = await (await app.request(`${ORIGIN}/`, { headers: { host: HOST } })).text();
  assert.match(home, /No dossier yet/);
  assert.match(await (await app.request(`${ORIGIN}/search?q=x`, { headers: { host: HOST } })).text(), /No results/);
  const big = new FormData();
  big.set('token', csrf.token);
  big.set('files', new File([new Uint8Array(17 * 1024 * 1024).fill(97)], 'big.txt'));
  const refused = await app.request(`${ORIGIN}/ingest`, { method: 'POST', body: big, headers: { host: HOST, origin: ORIGIN } });
  assert.equal(refused.status, 413);
  store.close();
});

test('a running job page reloads itself (no script); a finished one does not', () => {
  const job = { id: 'j', state: 'extracting' as const, created: '', inputs: 1, problems: [], articles: [], error: null };
  assert.match(jobPage(job), /<meta http-equiv="refresh" content="1">/);
  assert.match(jobPage(job), /Extracting the articles/);
  assert.ok(!/http-equiv="refresh"/.test(jobPage({ ...job, state: 'done' })));
});
