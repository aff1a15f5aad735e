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

// Words keep inner apostrophes ("o'clock") but not a possessive 's ("Wednesday's" -> "Wednesday", "'", "s"); numbers keep a clock part ("10:35") or an ordinal suffix ("21st").
const TOKEN_PATTERN = /([A-Za-z]+(?:['’](?![sS]\b)[A-Za-z]+)?)|(\d+(?::\d\d)?(?:st|nd|rd|th|s)?)|(\S)/y;
const WHITESPACE = /\s+/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  let spaceBefore = true;
  while (position < text.length) {
    WHITESPACE.lastIndex = position;
    if (WHITESPACE.test(text)) {
      position = WHITESPACE.lastIndex;
      spaceBefore = true;
      continue;
    }
    TOKEN_PATTERN.lastIndex = position;
    const match = TOKEN_PATTERN.exec(text);
    if (!match) break;
    const raw = match[0];
    const kind: TokenKind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'number' : 'punct';
    tokens.push({
      text: raw,
      lower: kind === 'word' ? raw.toLowerCase().replace('’', "'") : raw,
      kind,
      start: position,
      end: position + raw.length,
      value: kind === 'number' ? parseInt(raw, 10) : NaN,
      spaceBefore,
    });
    position += raw.length;
    spaceBefore = false;
  }
  return tokens;
}
