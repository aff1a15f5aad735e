// Splits scraped page text into blocks (one paragraph or page element each) and repairs what scraping broke.
import * as settings from '../../settings.js';

export interface TextBlock {
  text: string;
  /** Index of the block in the document, after repairs. */
  index: number;
  /** True when the block was preceded by a blank line (layouts with blank lines group their lines). */
  afterBlankLine: boolean;
}

const SOFT_WRAP_END = /[\p{L}\p{N},;–-]$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
const LONE_CAPITAL = /^\p{Lu}$/u;

/** Whitespace inside a block folded to single spaces; non-breaking and zero-width spaces included. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\t ]+/g, ' ').trim();
}

/**
 * A line hard-wrapped inside a paragraph: long, ending mid-sentence, and the next line continues in lowercase.
 * Scraped text puts one paragraph per line, so this only joins text that was wrapped at a fixed width.
 */
function isSoftWrap(line: string, next: string): boolean {
  return line.length >= settings.textExtraction.minWrappedLineChars && SOFT_WRAP_END.test(line) && STARTS_LOWERCASE.test(next);
}

/** Splits text into blocks: non-empty lines, with hard-wrapped lines joined and split drop caps repaired. */
export function splitBlocks(text: string): TextBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const merged: { text: string; afterBlankLine: boolean }[] = [];
  let sawBlank = false;
  for (const rawLine of lines) {
    const line = normalizeSpace(rawLine);
    if (line === '') {
      sawBlank = true;
      continue;
    }
    const previous = merged[merged.length - 1];
    if (previous && !sawBlank && isSoftWrap(previous.text, line)) {
      previous.text = `${previous.text} ${line}`;
    } else if (previous && LONE_CAPITAL.test(previous.text) && STARTS_LOWERCASE.test(line)) {
      // A drop cap split from its word: "R" + "ussian Defence Minister ..." -> "Russian Defence Minister ...".
      previous.text = `${previous.text}${line}`;
    } else {
      merged.push({ text: line, afterBlankLine: sawBlank });
    }
    sawBlank = false;
  }
  return merged.map((block, index) => ({ ...block, index }));
}

/** A comparison key: lowercase letters and digits only, so punctuation and spacing differences do not matter. */
export function blockKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
