// Fallback sentence boundaries for when the NLP stage gave none: paragraphs (line breaks) and, inside them,
// a full stop, question or exclamation mark followed by a space and a capital, unless the stop ends an
// abbreviation ("Gen.", "U.S.", "Feb. 1"). Conservative: a missed boundary joins two sentences, never splits one.
import type { Span } from '../model.js';

const BOUNDARY = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu;
const ABBREVIATION_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Sen|Rep|Gov|Prof|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|Inc|Corp|Co)|\b\p{Lu}|(?:\b\p{Lu}\.)+\p{Lu})$/u;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const line = /[^\n]+/g;
  for (const para of text.matchAll(line)) {
    const base = para.index ?? 0;
    const body = para[0];
    let start = 0;
    for (const m of body.matchAll(BOUNDARY)) {
      const at = m.index ?? 0;
      if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATION_BEFORE.test(body.slice(Math.max(0, at - 12), at))) continue;
      const end = at + m[0].length;
      pushTrimmed(spans, text, base + start, base + end);
      start = end;
    }
    pushTrimmed(spans, text, base + start, base + body.length);
  }
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/**
 * Sentences longer than `maxChars` (run-on lists, tables flattened to text) are cut at a space before the limit,
 * so that the per-sentence work of the coder stays linear in the length of the text.
 */
export function boundedSentences(text: string, spans: Span[], maxChars: number): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    let start = span.start;
    while (span.end - start > maxChars) {
      const cut = text.lastIndexOf(' ', start + maxChars);
      const end = cut > start ? cut : start + maxChars;
      out.push({ start, end });
      start = end;
      while (start < span.end && /\s/.test(text[start]!)) start++;
    }
    if (span.end > start) out.push({ start, end: span.end });
  }
  return out;
}
