// Splits scraped page text into blocks (one paragraph or page element each) and repairs what scraping broke.
import * as settings from '../../settings.js';
import { LIST_ITEM, RULE_LINE } from './patterns.js';

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

/** A drop cap set apart from its word ("R" + "ussian forces ..."): the capital joins the next line. */
export function isSplitDropCap(cap: string, next: string): boolean {
  return LONE_CAPITAL.test(cap) && STARTS_LOWERCASE.test(next);
}

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

/**
 * Text wrapped at a fixed width (e-mail, text-only editions): paragraphs are separated by blank lines and most
 * lines of prose end near one width. Scraped page text instead keeps one paragraph per line, of any length.
 */
export function isHardWrapped(lines: string[]): boolean {
  const lengths = lines.map((line) => line.trim().length).filter((length) => length > 0);
  if (lengths.length < 8 || !lines.some((line) => line.trim() === '')) return false;
  const longest = Math.max(...lengths);
  if (longest > settings.textExtraction.maxWrapWidth) return false;
  const nearWidth = lengths.filter((length) => length >= longest - settings.textExtraction.wrapSlack).length;
  return nearWidth / lengths.length >= settings.textExtraction.minWrappedShare;
}

/** A wrapped line shorter than this ended its paragraph (or was a short line such as a heading). */
function wrapContinuation(lines: string[]): number {
  const longest = Math.max(...lines.map((line) => line.trim().length));
  return longest - settings.textExtraction.wrapContinuationSlack;
}

/** Splits text into blocks: non-empty lines, with hard-wrapped lines joined and split drop caps repaired. */
export function splitBlocks(text: string): TextBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const wrapped = isHardWrapped(lines);
  const merged: { text: string; afterBlankLine: boolean; lastLineLength: number }[] = [];
  let sawBlank = false;
  for (const rawLine of lines) {
    const line = normalizeSpace(rawLine);
    if (line === '') {
      sawBlank = true;
      continue;
    }
    const previous = merged[merged.length - 1];
    // In wrapped text a line that reached the wrap width goes on in the next line of the same paragraph.
    // List items and rules always start a block of their own.
    const startsOwnBlock = LIST_ITEM.test(line) || RULE_LINE.test(line) || (previous !== undefined && RULE_LINE.test(previous.text));
    const continues = wrapped && !startsOwnBlock && previous !== undefined && previous.lastLineLength >= wrapContinuation(lines);
    if (previous && !sawBlank && (continues || (!startsOwnBlock && isSoftWrap(previous.text, line)))) {
      previous.text = `${previous.text} ${line}`;
      previous.lastLineLength = line.length;
    } else if (previous && isSplitDropCap(previous.text, line)) {
      // A drop cap split from its word: "R" + "ussian Defence Minister ..." -> "Russian Defence Minister ...".
      previous.text = `${previous.text}${line}`;
      previous.lastLineLength = line.length;
    } else {
      merged.push({ text: line, afterBlankLine: sawBlank, lastLineLength: line.length });
    }
    sawBlank = false;
  }
  return merged.map(({ text: blockText, afterBlankLine }, index) => ({ text: blockText, afterBlankLine, index }));
}

/** A comparison key: lowercase letters and digits only, so punctuation and spacing differences do not matter. */
export function blockKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
