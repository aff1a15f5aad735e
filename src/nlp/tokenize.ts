// Tokenisation of news text into words and punctuation, with UTF-16 offsets into the original text.
// Built for what the entity tagger needs: abbreviations and initials keep their dot ("Gen.", "U.S.", "J."), the
// possessive and "n't" clitics are split off ("Russia’s" -> "Russia" + "’s", as in CoNLL), hyphenated words and
// numbers with units stay whole ("five-year", "1.2bn", "2021-06-22"), currency signs and quotes are tokens of their own.

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations that are always followed by a name or a number, so their dot never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt',
  'Adm', 'Cmdr', 'Cdr', 'Brig', 'Gov', 'Sen', 'Rep', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Fr', 'St', 'Mt',
  'Ft', 'No', 'Nos', 'Vol', 'Art', 'Sec',
]);

/** Abbreviations that may also close a sentence ("... of Acme Inc. The company said"). */
export const OTHER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Jr', 'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Plc', 'Bros', 'Assn', 'Dept', 'Univ', 'Ave', 'Blvd', 'Rd',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun',
  'vs', 'etc', 'approx', 'est', 'cf', 'al', 'ca',
]);

// One pattern per kind of token; each is tried at the current position (sticky), in this order.
/** Web addresses, without trailing sentence punctuation. */
const URL_PATTERN = /https?:\/\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]'’]/uy;
/** Letter-dot runs: "U.S.", "p.m.", "e.g.", "J.R."; not followed by a letter. */
const DOTTED_ACRONYM_PATTERN = /(?:\p{L}\.){2,}(?!\p{L})/uy;
/** Numbers with inner separators and an optional unit or hyphenated tail: "1,200.5", "1.2bn", "21-year-old". */
const NUMBER_PATTERN = /\p{N}+(?:[.,:/-]\p{N}+)*\p{L}*(?:-[\p{L}\p{N}]+)*/uy;
/** Words with inner hyphens and apostrophes: "five-year", "O'Brien", "Russia’s" (clitic split off later). */
const WORD_PATTERN = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/uy;
/** Runs of punctuation that read as one sign: "...", "--", "?!". */
const PUNCTUATION_RUN_PATTERN = /\.{2,}|-{2,}|[?!]{2,}/y;
const WHITESPACE_PATTERN = /\s+/uy;
/** Any one code point (surrogate pairs stay whole). */
const ANY_CHARACTER_PATTERN = /./suy;

/** Possessive and negation clitics split from the end of a word. */
const CLITIC_PATTERN = /(?:['’][sS]|n['’]t)$/u;

function matchAt(pattern: RegExp, text: string, position: number): string | null {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  return match ? match[0] : null;
}

/** True when `word` followed by "." is an abbreviation or an initial, so the dot belongs to the word. */
function takesDot(word: string, text: string, dotAt: number): boolean {
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. R. R. Tolkien"
  if (word === 'No' || word === 'Nos') return /^\.\s*\p{N}/u.test(text.slice(dotAt, dotAt + 4));
  return TITLE_ABBREVIATIONS.has(word) || OTHER_ABBREVIATIONS.has(word);
}

function pushWord(tokens: Token[], word: string, start: number): void {
  const clitic = CLITIC_PATTERN.exec(word);
  if (clitic && clitic.index > 0) {
    tokens.push({ text: word.slice(0, clitic.index), start, end: start + clitic.index });
    tokens.push({ text: clitic[0], start: start + clitic.index, end: start + word.length });
  } else {
    tokens.push({ text: word, start, end: start + word.length });
  }
}

/** Splits `text` into tokens; whitespace is dropped, every other character belongs to exactly one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const space = matchAt(WHITESPACE_PATTERN, text, position);
    if (space) {
      position += space.length;
      continue;
    }
    const special =
      matchAt(URL_PATTERN, text, position) ??
      matchAt(DOTTED_ACRONYM_PATTERN, text, position) ??
      matchAt(NUMBER_PATTERN, text, position);
    if (special) {
      tokens.push({ text: special, start: position, end: position + special.length });
      position += special.length;
      continue;
    }
    const word = matchAt(WORD_PATTERN, text, position);
    if (word) {
      const dotAt = position + word.length;
      if (text[dotAt] === '.' && text[dotAt + 1] !== '.' && takesDot(word, text, dotAt)) {
        tokens.push({ text: word + '.', start: position, end: dotAt + 1 });
        position = dotAt + 1;
      } else {
        pushWord(tokens, word, position);
        position = dotAt;
      }
      continue;
    }
    const sign = matchAt(PUNCTUATION_RUN_PATTERN, text, position) ?? matchAt(ANY_CHARACTER_PATTERN, text, position);
    const piece = sign ?? text.charAt(position);
    tokens.push({ text: piece, start: position, end: position + piece.length });
    position += piece.length;
  }
  return tokens;
}
