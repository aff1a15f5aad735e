// Reader for CoNLL-2003 files (one token per line: word, POS, chunk, IOB1 entity tag; blank lines between
// sentences; "-DOCSTART-" between documents, missing before the first one) into documents of BILOU-tagged sentences.

export interface LabelledSentence {
  words: string[];
  /** BILOU tags over the types PER/ORG/LOC/MISC, e.g. "B-PER", "L-PER", "U-LOC", "O". */
  tags: string[];
}

export type LabelledDocument = LabelledSentence[];

export interface Chunk {
  start: number;
  /** Exclusive token index. */
  end: number;
  type: string;
}

/** Entity chunks of one sentence tagged in IOB1 ("I-X" continues a run, "B-X" starts a new one after an X). */
export function chunksFromIob1(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : tag.slice(2);
    const startsNew = tag.startsWith('B-') || type !== open?.type;
    if (open && (type === null || startsNew)) {
      chunks.push(open);
      open = null;
    }
    if (type !== null && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  });
  if (open) chunks.push(open);
  return chunks;
}

/** BILOU tags for `length` tokens with the given chunks. */
export function bilouFromChunks(chunks: readonly Chunk[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const { start, end, type } of chunks) {
    if (end - start === 1) {
      tags[start] = `U-${type}`;
      continue;
    }
    tags[start] = `B-${type}`;
    for (let i = start + 1; i < end - 1; i++) tags[i] = `I-${type}`;
    tags[end - 1] = `L-${type}`;
  }
  return tags;
}

/** Entity chunks of a BILOU tag sequence; tolerant of invalid sequences (a stray I or L opens a chunk). */
export function chunksFromBilou(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    if (prefix === 'O' || prefix === 'B' || prefix === 'U' || (open && open.type !== type)) {
      if (open) chunks.push(open);
      open = null;
    }
    if (prefix === 'O') return;
    if (!open) open = { start: i, end: i + 1, type };
    else open.end = i + 1;
    if (prefix === 'U' || prefix === 'L') {
      chunks.push(open);
      open = null;
    }
  });
  if (open) chunks.push(open);
  return chunks;
}

export function parseConll(content: string): LabelledDocument[] {
  const documents: LabelledDocument[] = [];
  let document: LabelledDocument = [];
  let words: string[] = [];
  let iob: string[] = [];
  const endSentence = (): void => {
    if (words.length > 0) document.push({ words, tags: bilouFromChunks(chunksFromIob1(iob), words.length) });
    words = [];
    iob = [];
  };
  for (const line of content.split('\n')) {
    const fields = line.trim().split(' ');
    if (fields[0] === '-DOCSTART-') {
      endSentence();
      if (document.length > 0) documents.push(document);
      document = [];
    } else if (fields.length < 2) {
      endSentence();
    } else {
      words.push(fields[0] as string);
      iob.push(fields[fields.length - 1] as string);
    }
  }
  endSentence();
  if (document.length > 0) documents.push(document);
  return documents;
}
