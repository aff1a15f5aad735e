// JSONL input: one document per line, validated at the edge with a schema.
import { z } from 'zod';

export const jsonlRecordSchema = z
  .object({
    id: z.union([z.string().min(1), z.number()]).transform(String),
    text: z.string().optional(),
    html: z.string().optional(),
    title: z.string().nullish(),
    url: z.string().nullish(),
    published: z.string().nullish(),
    publisher: z.string().nullish(),
    reference_date: z.string().nullish(),
  })
  .passthrough()
  .refine((record) => record.text !== undefined || record.html !== undefined, {
    message: 'needs a "text" or an "html" field',
  });

export type JsonlRecord = z.infer<typeof jsonlRecordSchema>;

export type JsonlLine = { line: number; record: JsonlRecord } | { line: number; error: string };

/** Parses JSONL text; each bad line becomes an error of its own so the other lines go on. */
export function* parseJsonl(text: string): Generator<JsonlLine> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      yield { line: i + 1, error: `malformed JSON (${(error as Error).message.split('\n')[0]})` };
      continue;
    }
    const parsed = jsonlRecordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
      yield { line: i + 1, error: `invalid record (${where}${issue?.message ?? 'does not match the JSONL shape'})` };
      continue;
    }
    yield { line: i + 1, record: parsed.data };
  }
}
