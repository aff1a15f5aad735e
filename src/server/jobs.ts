// Ingestion jobs of the web UI: uploaded files and pasted text go through the pipeline (ingest, extract, analyse)
// and into the store, while the browser polls the job's status. The server is an I/O edge, so it may compose
// pipeline functions; each step yields to the event loop so status requests are answered between steps.
import { randomUUID } from 'node:crypto';
import { idFromPath, itemsFromBytes } from '../ingest/index.js';
import type { RawDocument } from '../model.js';
import { analyzeArticles, extractAll } from '../pipeline.js';
import * as settings from '../settings.js';
import { corpusHashOf, type Store } from '../store/sqlite.js';

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

export type JobState = 'queued' | 'reading' | 'extracting' | 'analysing' | 'done' | 'failed';

export interface Job {
  id: string;
  state: JobState;
  created: string;
  inputs: number;
  /** One line per problem with an input; the others are still ingested. */
  problems: string[];
  /** Ids of the articles this job added or found already stored. */
  articles: string[];
  error: string | null;
}

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store) {}

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  /** Queues the uploads; jobs run one at a time, in order, so two uploads never analyse the store at once. */
  submit(uploads: Upload[]): Job {
    const job: Job = { id: randomUUID(), state: 'queued', created: new Date().toISOString(), inputs: uploads.length, problems: [], articles: [], error: null };
    this.jobs.set(job.id, job);
    this.forgetOldJobs();
    this.chain = this.chain.then(() => this.run(job, uploads));
    return job;
  }

  /** Resolves when every queued job has finished (tests, shutdown). */
  idle(): Promise<void> {
    return this.chain;
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((j) => j.state === 'done' || j.state === 'failed');
    for (const job of finished.slice(0, Math.max(0, finished.length - settings.server.keptJobs))) this.jobs.delete(job.id);
  }

  private async run(job: Job, uploads: Upload[]): Promise<void> {
    try {
      job.state = 'reading';
      await nextTick();
      const documents = await this.readUploads(job, uploads);
      job.state = 'extracting';
      await nextTick();
      const { extracted, failures } = extractAll(documents);
      for (const failure of failures) job.problems.push(`${failure.source}: ${failure.message}`);
      this.store.saveExtracted(documents, extracted.map(({ article }) => article));
      job.articles = extracted.map(({ article }) => article.id);
      job.state = 'analysing';
      await nextTick();
      // The dossier covers everything stored, so new articles join the stories of earlier ones.
      const articles = this.store.loadArticles();
      this.store.saveDossier(corpusHashOf(articles), analyzeArticles(articles));
      job.state = extracted.length > 0 || job.problems.length === 0 ? 'done' : 'failed';
      if (job.state === 'failed') job.error = 'no input could be read as an article';
    } catch (error) {
      job.state = 'failed';
      job.error = (error as Error).message;
    }
  }

  /** Uploads become documents as files given on the command line would; ids never clash with stored articles. */
  private async readUploads(job: Job, uploads: Upload[]): Promise<RawDocument[]> {
    const stored = this.store.articleHashes();
    const taken = new Set(stored.keys());
    const seen = new Set<string>();
    const documents: RawDocument[] = [];
    for (const upload of uploads) {
      const source = `upload:${upload.name}`;
      for await (const item of itemsFromBytes(upload.bytes, source, idFromPath(upload.name))) {
        if (item.type === 'failure') job.problems.push(`${item.failure.source}: ${item.failure.message}`);
        if (item.type !== 'document') continue;
        const doc = item.document;
        if (seen.has(doc.contentHash)) continue;
        seen.add(doc.contentHash);
        if (stored.get(doc.id) !== doc.contentHash && taken.has(doc.id)) {
          let n = 2;
          while (taken.has(`${doc.id}~${n}`)) n++;
          doc.id = `${doc.id}~${n}`;
        }
        taken.add(doc.id);
        documents.push(doc);
      }
    }
    return documents;
  }
}
