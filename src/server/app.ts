// The web UI: the report's views rendered live from the store, full-text search with filters, and ingestion of
// uploaded or pasted articles. Everything is rendered on the server; pages carry no script at all.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Dossier } from '../model.js';
import { publicArticle } from '../pipeline.js';
import { articleView } from '../report/articles.js';
import { dossierSections, dossierSubtitle } from '../report/html.js';
import { html, indexDossier, raw } from '../report/util.js';
import * as settings from '../settings.js';
import type { Store } from '../store/sqlite.js';
import { JobQueue, type Upload } from './jobs.js';
import { allowedHostNames, CsrfGuard, hostCheck, securityHeaders } from './security.js';
import { articlePage, emptyDossierPage, ingestPage, jobPage, searchPage, uiPage, type SearchForm } from './views.js';

export interface AppOptions {
  store: Store;
  host: string;
  /** The port the server listens on, known once the socket is bound (port 0 picks a free one). */
  port: () => number;
}


const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function searchForm(c: Context): SearchForm {
  const get = (name: string) => {
    const value = c.req.query(name)?.trim();
    return value ? value.slice(0, 200) : undefined;
  };
  const date = (name: string) => {
    const value = get(name);
    return value && ISO_DAY.test(value) ? value : undefined;
  };
  return { q: get('q') ?? '', entity: get('entity'), outlet: get('outlet'), story: get('story'), from: date('from'), to: date('to') };
}

interface ReadUploads {
  uploads: Upload[];
  token: unknown;
  problem: string | null;
}

async function readUploads(c: Context): Promise<ReadUploads> {
  const body = await c.req.parseBody({ all: true });
  const token = body.token;
  const files = ([] as unknown[]).concat(body.files ?? []).filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length > settings.server.maxUploadFiles) return { uploads: [], token, problem: `at most ${settings.server.maxUploadFiles} files at once` };
  const uploads: Upload[] = [];
  for (const file of files) uploads.push({ name: file.name || 'upload.txt', bytes: new Uint8Array(await file.arrayBuffer()) });
  const text = typeof body.text === 'string' ? body.text.trim() : '';
  if (text !== '') {
    const name = typeof body.name === 'string' && body.name.trim() !== '' ? body.name.trim() : `pasted-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
    uploads.push({ name: `${name.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80)}.txt`, bytes: new TextEncoder().encode(text) });
  }
  return { uploads, token, problem: uploads.length === 0 ? 'choose a file or paste some text first' : null };
}

export function createApp(options: AppOptions): { app: Hono; jobs: JobQueue; csrf: CsrfGuard } {
  const { store } = options;
  const jobs = new JobQueue(store);
  const csrf = new CsrfGuard();
  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', hostCheck(() => allowedHostNames(options.host, options.port())));

  app.get('/', (c) => {
    const dossier = store.loadDossier();
    if (dossier === null) return c.html(emptyDossierPage());
    return c.html(uiPage('Dossier', dossierSections(dossier), dossierSubtitle(dossier), '/'));
  });

  app.get('/search', (c) => {
    const form = searchForm(c);
    const searched = form.q !== '' || Boolean(form.entity || form.outlet || form.story || form.from || form.to);
    const hits = searched ? store.search(form.q, { ...form, limit: settings.server.searchLimit }) : null;
    return c.html(searchPage(form, hits, store.loadDossier(), store.outlets()));
  });

  app.get('/articles/:hash', (c) => {
    const article = store.loadArticle(c.req.param('hash'));
    if (article === null) return c.html(uiPage('Not found', html`<h2>No such article</h2><p><a href="/search">Search</a></p>`), 404);
    const dossier: Dossier = store.loadDossier() ?? { articles: [], stories: [], events: [], entities: [], quotes: [], timeline: [] };
    const inDossier = dossier.articles.find((a) => a.id === article.id);
    const view = publicArticle(article, inDossier?.story ?? null, inDossier?.duplicate_of ?? null);
    const index = indexDossier({ ...dossier, articles: [...dossier.articles, view] });
    // Anchors in the article view point into the dossier page.
    const body = articleView(view, index).html.replace(/href="#/g, 'href="/#');
    return c.html(articlePage(view, raw(body)));
  });

  app.get('/ingest', (c) => c.html(ingestPage(csrf.token)));

  app.post(
    '/ingest',
    bodyLimit({
      maxSize: settings.server.maxUploadBytes,
      onError: (c) => c.html(ingestPage(csrf.token, `The upload is over ${settings.server.maxUploadBytes / 1024 / 1024} MB; use the command line for large corpora.`), 413),
    }),
    async (c) => {
      const read = await readUploads(c).catch((error: Error): ReadUploads => ({ uploads: [], token: undefined, problem: `could not read the upload (${error.message})` }));
      const refused = csrf.refusal(c, read.token);
      if (refused !== null) return c.html(ingestPage(csrf.token, `Refused: ${refused}.`), 403);
      if (read.problem !== null) return c.html(ingestPage(csrf.token, read.problem), 400);
      const job = jobs.submit(read.uploads);
      return c.redirect(`/jobs/${job.id}`, 303);
    },
  );

  app.get('/jobs/:id', (c) => {
    const job = jobs.get(c.req.param('id'));
    if (!job) return c.html(uiPage('Not found', html`<h2>No such job</h2><p><a href="/ingest">Add articles</a></p>`), 404);
    return c.html(jobPage(job));
  });

  app.get('/jobs/:id/status', (c) => {
    const job = jobs.get(c.req.param('id'));
    return job ? c.json(job) : c.json({ error: 'no such job' }, 404);
  });

  app.notFound((c) => c.html(uiPage('Not found', html`<h2>Page not found</h2><p><a href="/">Back to the dossier</a></p>`), 404));
  app.onError((error, c) => {
    process.stderr.write(`dossier serve: ${c.req.method} ${c.req.path}: ${error.message}\n`);
    return c.html(uiPage('Error', html`<h2>Something went wrong</h2><p>${error.message}</p>`), 500);
  });
  return { app, jobs, csrf };
}
