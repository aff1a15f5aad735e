// Sentence splitting over tokens. A sentence ends at ".", "!", "?" or "…" (with the closing quotes and brackets
// that follow it), at a blank line always, and at a single line break unless the next line goes on in lower case.
// A dot that belongs to an abbreviation or an initial ("Gen.", "U.S.", "J.") ends a sentence only when the next
// word is one that usually starts a sentence ("... in the U.S. The talks"), never after titles ("Gen. Min").
import type { Span } from '../model.js';
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS, tokenize, type Token } from './tokenize.js';

const TERMINAL_PUNCTUATION = new Set(['.', '!', '?', '…', '...', '?!', '!?', '!!', '??']);
/** Characters that close a sentence after its final punctuation: quotes and brackets. */
const CLOSING_MARKS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** Capitalised words that commonly begin a sentence but rarely follow an abbreviation inside a name. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those', 'There', 'But',
  'And', 'Or', 'So', 'Yet', 'In', 'On', 'At', 'As', 'If', 'When', 'While', 'After', 'Before', 'Since', 'His', 'Her',
  'Its', 'Their', 'Our', 'My', 'Some', 'Many', 'Most', 'Other', 'Such', 'What', 'Why', 'How', 'Who', 'Where',
  'However', 'Meanwhile', 'Also', 'Still', 'Earlier', 'Later', 'Last', 'Now', 'Then', 'According', 'For', 'From',
  'With', 'By', 'To', 'Under', 'Both', 'Each', 'All', 'No', 'Not', 'One', 'Two',
]);

const BLANK_LINE_PATTERN = /\n[^\S\n]*\n/u;
const LOWERCASE_START_PATTERN = /^\p{Ll}/u;

/** What the whitespace between two tokens says about a break: none, a line break, or a paragraph break. */
function gapKind(text: string, from: number, to: number): 'none' | 'line' | 'paragraph' {
  if (to <= from) return 'none';
  const gap = text.slice(from, to);
  if (BLANK_LINE_PATTERN.test(gap)) return 'paragraph';
  return gap.includes('\n') ? 'line' : 'none';
}

function isAbbreviationWithDot(token: Token): boolean {
  return token.text.length > 1 && token.text.endsWith('.') && !TERMINAL_PUNCTUATION.has(token.text);
}

/** Whether the dot of abbreviation `token` also ends the sentence, judged by the word after it. */
function abbreviationEndsSentence(token: Token, next: Token | undefined): boolean {
  if (!next) return true;
  const word = token.text.slice(0, -1);
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  const isInitial = /^\p{Lu}$/u.test(word);
  if (!isInitial && !OTHER_ABBREVIATIONS.has(word) && !word.includes('.')) return false;
  return SENTENCE_STARTERS.has(next.text) || next.text === '“' || next.text === '"';
}

/** Sentence spans of `text`, trimmed to their first and last token. Pass `tokens` if already computed. */
export function splitSentences(text: string, tokens: Token[] = tokenize(text)): Span[] {
  const sentences: Span[] = [];
  let first = 0;
  const close = (last: number): void => {
    const a = tokens[first];
    const b = tokens[last];
    if (a && b) sentences.push({ start: a.start, end: b.end });
    first = last + 1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    let end = -1;
    if (TERMINAL_PUNCTUATION.has(token.text)) {
      end = i;
      while (tokens[end + 1] && CLOSING_MARKS.has(tokens[end + 1]!.text) && tokens[end + 1]!.start === tokens[end]!.end) {
        end++;
      }
      const after = tokens[end + 1];
      // "Why?" he asked. / "... wait..." and then: a lower-case word goes on with the same sentence.
      if (after && LOWERCASE_START_PATTERN.test(after.text) && gapKind(text, tokens[end]!.end, after.start) === 'none') {
        end = -1;
      }
    } else if (isAbbreviationWithDot(token) && abbreviationEndsSentence(token, next)) {
      end = i;
    }
    if (end < 0 && next) {
      const gap = gapKind(text, token.end, next.start);
      if (gap === 'paragraph' || (gap === 'line' && !LOWERCASE_START_PATTERN.test(next.text))) end = i;
    }
    if (end >= 0) {
      close(end);
      i = end;
    }
  }
  if (first < tokens.length) close(tokens.length - 1);
  return sentences;
}
