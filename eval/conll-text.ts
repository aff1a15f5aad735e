// CoNLL-2003 documents as plain text with token offsets, so taggers that read raw text can be scored on them.
// Tokens are joined by one space and sentences by a newline; chunks are mapped back to token ranges by offsets.
import type { Span } from '../src/model.js';
import type { Chunk, LabelledDocument } from '../src/nlp/ner/conll.js';
import { chunksFromBilou } from '../src/nlp/ner/conll.js';
import type { Token } from '../src/nlp/tokenize.js';

export interface ConllText {
  text: string;
  tokens: Token[];
  sentences: Span[];
  /** Index of each sentence's first token in `tokens`. */
  sentenceStarts: number[];
  gold: Chunk[][];
}

export function conllText(document: LabelledDocument): ConllText {
  let text = '';
  const tokens: Token[] = [];
  const sentences: Span[] = [];
  const sentenceStarts: number[] = [];
  for (const sentence of document) {
    if (text) text += '\n';
    const start = text.length;
    sentenceStarts.push(tokens.length);
    sentence.words.forEach((word, i) => {
      if (i > 0) text += ' ';
      tokens.push({ text: word, start: text.length, end: text.length + word.length });
      text += word;
    });
    sentences.push({ start, end: text.length });
  }
  return { text, tokens, sentences, sentenceStarts, gold: document.map((s) => chunksFromBilou(s.tags)) };
}

/** Character spans with a type, as token chunks per sentence; spans not on token boundaries get impossible chunks. */
export function chunksFromSpans(doc: ConllText, spans: readonly (Span & { type: string })[]): Chunk[][] {
  const startIndex = new Map(doc.tokens.map((token, i) => [token.start, i]));
  const endIndex = new Map(doc.tokens.map((token, i) => [token.end, i + 1]));
  const result: Chunk[][] = doc.sentences.map(() => []);
  for (const span of spans) {
    const first = startIndex.get(span.start);
    const end = endIndex.get(span.end);
    let s = doc.sentences.findIndex((sentence) => span.start >= sentence.start && span.start <= sentence.end);
    if (s < 0) s = 0;
    const offset = doc.sentenceStarts[s] as number;
    result[s]!.push(first === undefined || end === undefined ? { start: -1, end: -1, type: span.type } : { start: first - offset, end: end - offset, type: span.type });
  }
  return result;
}
