// The dossier command line. I/O edge: reads inputs, runs the pipeline, writes stdout, the store and reports.
import { Command, Option } from 'commander';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dossier, RawDocument } from '../model.js';
import { analyzeArticles, codeDatedEvents, extractAll, publicFields, STAGES } from '../pipeline.js';
import { exportDossier, type ExportFormat, type ExportWhat } from '../report/exports.js';
import { annotateText } from '../nlp/index.js';
import { dossierHtml } from '../report/html.js';
import { articlesMarkdown, dossierMarkdown } from '../report/markdown.js';
import { startServer } from '../server/index.js';
import * as settings from '../settings.js';
import { corpusHashOf, Store } from '../store/sqlite.js';
import type { IngestOptions } from '../ingest/index.js';
import { checkIsoDate, parseFormat, Problems, Progress, readDocuments, writeRecords } from './io.js';

const packageJson = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf-8')) as { version: string };


interface CommonOptions {
  format?: string;
  quiet?: boolean;
  encoding?: string;
  allowPrivate?: boolean;
  follow?: boolean;
}

/** What the shared input options mean to ingest. */
function ingestOptions(options: CommonOptions): IngestOptions {
  return { encoding: options.encoding, allowPrivate: options.allowPrivate, follow: options.follow };
}

function finish(problems: Problems): void {
  process.exitCode = problems.count > 0 ? 2 : 0;
}

async function extractCommand(inputs: string[], options: CommonOptions): Promise<void> {
  const format = parseFormat(options.format ?? 'json', ['json', 'jsonl', 'md']);
  const problems = new Problems();
  const documents = await readDocuments(inputs, ingestOptions(options), problems, Boolean(options.quiet));
  const progress = new Progress('extract', documents.length, Boolean(options.quiet));
  const { extracted, failures } = extractAll(documents, (done) => progress.tick(done));
  progress.done();
  for (const failure of failures) problems.report(failure.source, failure.message);
  const articles = extracted.map(({ article }) => publicFields(article));
  if (format === 'md') process.stdout.write(articlesMarkdown(articles));
  else writeRecords(articles, format);
  finish(problems);
}

interface AnalyzeOptions extends CommonOptions {
  db?: string;
  out?: string;
}

/** Reads, extracts and analyses inputs; bad inputs are reported and skipped. */
async function runAnalysis(inputs: string[], options: CommonOptions, problems: Problems) {
  const quiet = Boolean(options.quiet);
  const documents = await readDocuments(inputs, ingestOptions(options), problems, quiet);
  const extracting = new Progress('extract', documents.length, quiet);
  const { extracted, failures } = extractAll(documents, (done) => extracting.tick(done));
  extracting.done();
  for (const failure of failures) problems.report(failure.source, failure.message);
  const articles = extracted.map((e) => e.article);
  const analysing = new Progress('analyse', articles.length, quiet);
  const dossier = analyzeArticles(articles, (done) => analysing.tick(done));
  analysing.done();
  return { documents, articles, dossier };
}

async function analyzeCommand(inputs: string[], options: AnalyzeOptions): Promise<void> {
  const format = options.format === undefined ? null : parseFormat(options.format, ['json', 'md']);
  const quiet = Boolean(options.quiet);
  const problems = new Problems();
  const { documents, articles, dossier } = await runAnalysis(inputs, options, problems);

  const writeStore = format === null || options.db !== undefined;
  if (writeStore) {
    const dbPath = options.db ?? 'dossier.db';
    const store = new Store(dbPath);
    try {
      store.saveExtracted(documents, articles);
      store.saveDossier(corpusHashOf(articles), dossier);
    } finally {
      store.close();
    }
    if (format === null && !quiet) process.stderr.write(`dossier: stored ${articles.length} articles in ${dbPath}\n`);
  }
  if (format === 'json') writeRecords([dossier], 'json');
  else if (format === 'md') process.stdout.write(dossierMarkdown(dossier));
  else {
    const outDir = options.out ?? 'dossier-report';
    mkdirSync(outDir, { recursive: true });
    const files = {
      html: path.join(outDir, 'index.html'),
      markdown: path.join(outDir, 'dossier.md'),
      json: path.join(outDir, 'dossier.json'),
      events: path.join(outDir, 'events.csv'),
    };
    writeFileSync(files.html, dossierHtml(dossier));
    writeFileSync(files.markdown, dossierMarkdown(dossier));
    writeFileSync(files.json, `${JSON.stringify(dossier, null, 2)}\n`);
    writeFileSync(files.events, exportDossier(dossier, { format: 'csv', what: 'events' }));
    process.stdout.write(
      `Analysed ${articles.length} articles (${problems.count} inputs failed).\n` +
        `Report:   ${path.resolve(files.html)}\nMarkdown: ${path.resolve(files.markdown)}\nJSON:     ${path.resolve(files.json)}\n` +
        `Events:   ${path.resolve(files.events)} (GDELT 2.0 columns)\n` +
        `Store:    ${path.resolve(options.db ?? 'dossier.db')}\n`,
    );
  }
  finish(problems);
}

interface ExportOptions extends CommonOptions {
  what?: string;
  dossier?: string;
  output?: string;
}

/** `export`: the dossier of INPUT... (or of a saved dossier JSON) as JSON, JSONL, GDELT-layout CSV or Markdown. */
async function exportCommand(inputs: string[], options: ExportOptions): Promise<void> {
  const format = (options.format ?? 'json') as ExportFormat;
  const what = (options.what ?? 'events') as ExportWhat;
  const problems = new Problems();
  let dossier: Dossier;
  if (options.dossier !== undefined) {
    if (inputs.length > 0) throw new Error('give either INPUT... or --dossier FILE, not both');
    dossier = readDossierFile(options.dossier);
  } else {
    if (inputs.length === 0) throw new Error('nothing to export: give INPUT... or --dossier FILE');
    dossier = (await runAnalysis(inputs, options, problems)).dossier;
  }
  const text = exportDossier(dossier, { format, what });
  if (options.output !== undefined) writeFileSync(options.output, text);
  else process.stdout.write(text);
  finish(problems);
}

function readDossierFile(file: string): Dossier {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf-8'));
  } catch (error) {
    throw new Error(`${file}: not a readable dossier JSON file (${(error as Error).message})`);
  }
  const keys = ['articles', 'stories', 'events', 'entities', 'quotes', 'timeline'];
  if (typeof parsed !== 'object' || parsed === null || !keys.every((k) => Array.isArray((parsed as Record<string, unknown>)[k]))) {
    throw new Error(`${file}: not a dossier (expected the output of \`dossier analyze --format json\`)`);
  }
  return parsed as Dossier;
}

interface ServeCommandOptions {
  db: string;
  port: string;
  host: string;
}

async function serveCommand(options: ServeCommandOptions): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number (got "${options.port}")`);
  const server = await startServer({ db: options.db, host: options.host, port });
  process.stdout.write(`dossier: serving ${path.resolve(options.db)} at ${server.url} (Ctrl-C stops)\n`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

interface TextCommandOptions extends CommonOptions {
  referenceDate?: string;
}

/** `nlp` and `events` work on plain text: each input document (or JSONL line) is one text. */
async function textCommand(inputs: string[], options: TextCommandOptions, run: (doc: RawDocument, referenceDate: string | null) => unknown): Promise<void> {
  const format = parseFormat(options.format ?? 'json', ['json', 'jsonl']) as 'json' | 'jsonl';
  const referenceDate = checkIsoDate(options.referenceDate, '--reference-date') ?? null;
  const problems = new Problems();
  const documents = await readDocuments(inputs, ingestOptions(options), problems, Boolean(options.quiet));
  const progress = new Progress('annotate', documents.length, Boolean(options.quiet));
  const results = documents.map((doc, i) => {
    progress.tick(i);
    return run(doc, doc.supplied.published?.slice(0, 10) ?? referenceDate);
  });
  progress.done();
  writeRecords(results, format);
  finish(problems);
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('dossier')
    .description('Turn raw news articles into a source-attributed dossier.')
    .version(packageJson.version)
    .addHelpText(
      'after',
      `\nPipeline: ${STAGES.map((s) => s.name).join(' -> ')}` +
        '\nINPUT is a file, a folder (read recursively), - for stdin, or a JSONL file of {"id","text"|"html",...} lines.' +
        '\nExit codes: 0 success, 2 some inputs failed (each named on stderr), 1 usage error.',
    );
  const formatOption = (choices: string[], fallback?: string) =>
    new Option('--format <format>', `output format: ${choices.join(', ')}`).choices(choices).default(fallback);
  /** A command that reads INPUT...: the shared encoding and quiet options come with it. */
  const inputCommand = (name: string, description: string, inputs = '<input...>') =>
    program
      .command(name)
      .description(description)
      .argument(inputs)
      .option('--encoding <charset>', 'charset of inputs that are not UTF-8, e.g. windows-1252')
      .option('--follow', 'for feeds: fetch the page each item links to instead of using the item text')
      .option('--allow-private', 'let URLs reach private, loopback and link-local addresses (refused by default)')
      .option('-q, --quiet', 'no progress or notes on stderr');
  /** `nlp` and `events` also take the reference date for relative dates. */
  const textInputCommand = (name: string, description: string) =>
    inputCommand(name, description)
      .addOption(formatOption(['json', 'jsonl'], 'json'))
      .option('--reference-date <date>', 'anchor for relative dates, YYYY-MM-DD');
  inputCommand('extract', 'clean article text and metadata, with every removed block and its reason')
    .addOption(formatOption(['json', 'jsonl', 'md'], 'json'))
    .action(extractCommand);
  inputCommand('analyze', 'the whole dossier: articles, stories, events, entities, quotes, timeline')
    .addOption(formatOption(['json', 'md']))
    .option('--db <file>', 'SQLite store (default ./dossier.db; written when no --format is given or --db is)')
    .option('--out <dir>', 'folder for the report when no --format is given', 'dossier-report')
    .action(analyzeCommand);
  inputCommand(
    'export',
    'events (GDELT 2.0 column layout in CSV), articles or the whole dossier as JSON, JSONL, CSV or Markdown',
    '[input...]',
  )
    .addOption(formatOption(['json', 'jsonl', 'csv', 'md'], 'json'))
    .addOption(new Option('--what <records>', 'what to export').choices(['events', 'articles', 'dossier']).default('events'))
    .option('--dossier <file>', 'export a saved dossier (output of analyze --format json) instead of analysing INPUT...')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .action(exportCommand);
  program
    .command('serve')
    .description('web UI on a store: the report views, full-text search and ingestion of files or pasted text')
    .option('--db <file>', 'SQLite store to show and add to', 'dossier.db')
    .option('--port <n>', 'port to listen on (0 picks a free one)', String(settings.server.defaultPort))
    .option('--host <address>', 'address to bind; the default is reachable from this machine only', settings.server.defaultHost)
    .action(serveCommand);
  textInputCommand('nlp', 'sentences, entities, temporal expressions and quotes of plain text')
    .action((inputs: string[], options: TextCommandOptions) =>
      textCommand(inputs, options, (doc, referenceDate) => annotateText(doc.content, { id: doc.id, referenceDate })),
    );
  textInputCommand('events', 'PLOVER/CAMEO events coded from plain text')
    .action((inputs: string[], options: TextCommandOptions) =>
      textCommand(inputs, options, (doc, referenceDate) => {
        const annotations = annotateText(doc.content, { id: doc.id, referenceDate });
        return { id: doc.id, events: codeDatedEvents(doc.content, annotations, referenceDate) };
      }),
    );
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  program.exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 1);
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.stderr.write(`dossier: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) await main(process.argv);
