// A small tokenizer for the temporal grammar: words, numbers and single punctuation marks with UTF-16 offsets.
// One linear pass with a sticky regular expression; the grammar matches token sequences, never raw text.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased text, the key of every lexicon lookup. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Numeric value of a number token ("1st" -> 1, "10:35" -> 10). */
  value: number;
  /** True when whitespace (or a line break) separates this token from the previous one. */
  spaceBefore: boolean;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
const APOSTROPHES = new Set([39, 0x2019]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th', 's']);

/** End of a word from `start`: letters, with an inner apostrophe ("o'clock") but not a possessive 's. */
function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isLetter(text.charCodeAt(end))) end++;
  if (APOSTROPHES.has(text.charCodeAt(end)) && isLetter(text.charCodeAt(end + 1))) {
    let after = end + 1;
    while (after < text.length && isLetter(text.charCodeAt(after))) after++;
    const possessive = after === end + 2 && (text.charCodeAt(end + 1) | 32) === 115;
    if (!possessive) end = after;
  }
  return end;
}

/** End of a number from `start`: digits, a clock part ("10:35") and an ordinal or plural suffix ("21st", "1990s"). */
function numberEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isDigit(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) === 58 && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2))) end += 3;
  let letters = end;
  while (letters < text.length && letters - end < 3 && isLetter(text.charCodeAt(letters))) letters++;
  if (letters > end && !isLetter(text.charCodeAt(letters)) && ORDINAL_SUFFIXES.has(text.slice(end, letters).toLowerCase())) end = letters;
  return end;
}

/** Words keep inner apostrophes ("o'clock") but not a possessive 's ("Wednesday's" -> "Wednesday", "'", "s"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  let spaceBefore = true;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (isSpace(code)) {
      position += 1;
      spaceBefore = true;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    if (isLetter(code)) {
      end = wordEnd(text, position);
      kind = 'word';
    } else if (isDigit(code)) {
      end = numberEnd(text, position);
      kind = 'number';
    } else {
      // one punctuation mark, or a whole surrogate pair
      end = position + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
      kind = 'punct';
    }
    const raw = text.slice(position, end);
    tokens.push({
      text: raw,
      lower: kind === 'word' ? raw.toLowerCase().replace('’', "'") : raw,
      kind,
      start: position,
      end,
      value: kind === 'number' ? parseInt(raw, 10) : NaN,
      spaceBefore,
    });
    position = end;
    spaceBefore = false;
  }
  return tokens;
}
