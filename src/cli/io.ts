// Terminal edge: reading inputs with failures reported, progress, and writing results to stdout.
import { readInputs, type IngestOptions } from '../ingest/index.js';
import type { RawDocument } from '../model.js';

export type Format = 'json' | 'jsonl' | 'md';

/** Collects one-line problems with inputs; the command goes on and exits 2 at the end if there were any. */
export class Problems {
  count = 0;
  report(source: string, message: string): void {
    this.count++;
    process.stderr.write(`dossier: ${source}: ${message}\n`);
  }
}

/** Progress on stderr, only for a person watching: stdout is a terminal and --quiet was not given. */
export class Progress {
  private readonly enabled: boolean;
  constructor(
    private readonly label: string,
    private readonly total: number,
    quiet: boolean,
  ) {
    this.enabled = !quiet && Boolean(process.stdout.isTTY) && Boolean(process.stderr.isTTY) && total > 3;
  }
  tick(done: number): void {
    if (this.enabled) process.stderr.write(`\r${this.label} ${done}/${this.total}`);
  }
  done(): void {
    if (this.enabled) process.stderr.write(`\r${this.label} ${this.total}/${this.total}\n`);
  }
}

export async function readDocuments(inputs: string[], options: IngestOptions, problems: Problems, quiet: boolean): Promise<RawDocument[]> {
  const documents: RawDocument[] = [];
  for await (const item of readInputs(inputs, options)) {
    if (item.type === 'document') documents.push(item.document);
    else if (item.type === 'failure') problems.report(item.failure.source, item.failure.message);
    else if (item.type === 'warning') process.stderr.write(`dossier: ${item.source}: ${item.message}\n`);
    else if (!quiet) process.stderr.write(`dossier: ${item.source}: same content as ${item.sameAs}, read once\n`);
  }
  return documents;
}

/** One JSON value for json (an object for one record, an array for several), one line per record for jsonl. */
export function writeRecords(records: unknown[], format: 'json' | 'jsonl'): void {
  if (format === 'jsonl') {
    for (const record of records) process.stdout.write(`${JSON.stringify(record)}\n`);
  } else {
    process.stdout.write(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
  }
}

export function parseFormat(value: string, allowed: Format[]): Format {
  if (!(allowed as string[]).includes(value)) {
    throw new Error(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as Format;
}

export function checkIsoDate(value: string | undefined, flag: string): string | undefined {
  if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`${flag} must be a date such as 2021-06-22 (got "${value}")`);
  return value;
}
