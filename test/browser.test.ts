// The report and the web UI in a real browser: Debian's Chromium driven by playwright-core. Screenshots of the
// main views go to .tmp/screenshots/ (gitignored). Skipped only when Chromium is missing outside CI.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { dossierHtml } from '../src/report/html.js';
import { startServer, type RunningServer } from '../src/server/index.js';
import { Store } from '../src/store/sqlite.js';
import { fixtureDossier, hostileDossier, PAYLOADS } from './fixtures/dossier.js';
import { fillStore, storeFile } from './fixtures/store.js';

const CHROMIUM = '/usr/bin/chromium';
const repoRoot = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
const screenshots = path.join(repoRoot, '.tmp/screenshots');
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing; .ci/run installs it (apt-get install chromium)`);
const skip = available ? false : `${CHROMIUM} not installed (apt-get install chromium); browser tests skipped`;

let context: BrowserContext;
let profile: string;
const work = mkdtempSync(path.join(tmpdir(), 'dossier-browser-'));

async function newPage(width = 1280): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  return page;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage });
}

/** Nothing a payload would do happened: no flag on window, title untouched, no dialog. */
async function assertNothingRan(page: Page, title: string): Promise<void> {
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.equal(await page.title(), title);
}

async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  await page.waitForTimeout(100);
}

describe('in Chromium', { skip }, () => {
  before(async () => {
    mkdirSync(screenshots, { recursive: true });
    profile = mkdtempSync(path.join(tmpdir(), 'dossier-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });
  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  test('the report opens from file://, a story can be followed and its conflict seen', async () => {
    const file = path.join(work, 'report.html');
    writeFileSync(file, dossierHtml(fixtureDossier));
    const page = await newPage();
    await page.goto(pathToFileURL(file).href);
    assert.equal(await page.title(), 'Dossier');
    await shot(page, 'report-overview');
    await page.getByRole('link', { name: 'Dock strike at the port of Valmora' }).first().click();
    assert.match(page.url(), /#story-story-strike$/);
    const story = page.locator('#story-story-strike');
    assert.ok(await story.isVisible());
    const conflict = story.locator('.conflict');
    assert.match(await conflict.innerText(), /Outlets disagree: number of strikers[\s\S]*3,000[\s\S]*5,000/);
    await story.scrollIntoViewIfNeeded();
    await shot(page, 'report-story');
    await story.locator('.conflict a.cite').first().click();
    assert.match(page.url(), /#article-valmora-ledger-1$/);
    await page.locator('#article-valmora-ledger-1 summary').click();
    assert.ok(await page.getByText('Subscribe to the Ledger for £1 a week').isVisible(), 'removed block viewable');
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    await shot(page, 'report-timeline');
    await page.locator('#entities').scrollIntoViewIfNeeded();
    await shot(page, 'report-entities');
    const phone = await newPage(390);
    await phone.goto(pathToFileURL(file).href);
    await phone.keyboard.press('Tab');
    assert.equal(await phone.evaluate(() => document.activeElement?.textContent), 'Skip to content', 'first Tab reaches the skip link');
    await shot(phone, 'report-phone-overview');
    await phone.goto(pathToFileURL(file).href + '#story-story-strike');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling at phone width (page is ${width}px wide)`);
    await shot(phone, 'report-phone-story');
    await page.close();
    await phone.close();
  });

  test('hostile payloads in the report run nothing', async () => {
    const file = path.join(work, 'hostile.html');
    writeFileSync(file, dossierHtml(hostileDossier()));
    const page = await newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await openEverything(page);
    await assertNothingRan(page, 'Dossier');
    assert.ok((await page.content()).includes('window.__pwned'), 'the payloads are on the page, as text');
    assert.equal(await page.locator('script, iframe, img, [onerror], [onload]').count(), 0);
    assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });

  describe('served UI', () => {
    let server: RunningServer;
    before(async () => {
      const db = storeFile();
      fillStore(new Store(db), fixtureDossier).close();
      server = await startServer({ db, port: 0 });
    });
    after(async () => server?.close());

    test('search with filters, then open a hit', async () => {
      const page = await newPage();
      await page.goto(`${server.url}search`);
      await page.getByLabel('Words').fill('strike');
      await page.getByLabel('Story').selectOption({ label: 'Dock strike at the port of Valmora' });
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/search\?q=strike/);
      const hits = page.locator('ol.hits > li');
      assert.ok((await hits.count()) >= 2);
      assert.equal(await hits.first().locator('mark').first().innerText(), 'strike');
      await shot(page, 'ui-search');
      await hits.first().locator('a').first().click();
      await page.waitForURL(/\/articles\//);
      assert.match(await page.locator('main h3').first().innerText(), /strike/i);
      await page.close();
    });

    test('ingest a file through the form and find it in the dossier', async () => {
      const upload = path.join(work, 'ferry-resumes.txt');
      writeFileSync(upload, 'Ferries resume after Valmora strike\n\nThe ferry between Valmora and the islands resumed on Friday after the dock strike ended, the operator said.\n');
      const page = await newPage();
      await page.goto(`${server.url}ingest`);
      assert.ok(await page.getByLabel('URL').isDisabled(), 'URL ingestion shown disabled');
      await shot(page, 'ui-ingest');
      await page.getByLabel(/Drop files/).setInputFiles(upload);
      await page.getByRole('button', { name: 'Add and analyse' }).click();
      await page.waitForURL(/\/jobs\//);
      await page.getByText('Done.').waitFor({ timeout: 15_000 });
      await shot(page, 'ui-job-done');
      await page.getByRole('link', { name: 'Open the dossier' }).click();
      assert.ok(await page.locator('#article-ferry-resumes').count() === 1);
      await shot(page, 'ui-dossier');
      await page.close();
    });
  });

  test('hostile payloads in the served UI run nothing', async () => {
    const db = storeFile();
    fillStore(new Store(db), hostileDossier()).close();
    const server = await startServer({ db, port: 0 });
    try {
      const page = await newPage();
      for (const url of ['', 'search?q=pwned', `search?q=${encodeURIComponent(PAYLOADS[0]!)}`]) {
        await page.goto(server.url + url);
        await openEverything(page);
        const title = await page.title();
        assert.ok(['Dossier', 'Search'].includes(title), title);
        await assertNothingRan(page, title);
        assert.equal(await page.locator('script, iframe, img, [onerror], [onload], a[href^="javascript:" i]').count(), 0);
      }
      const hit = page.locator('ol.hits a').first();
      await page.goto(`${server.url}search?q=pwned`);
      await hit.click();
      await openEverything(page);
      await assertNothingRan(page, await page.title());
      await page.close();
    } finally {
      await server.close();
    }
  });
});
