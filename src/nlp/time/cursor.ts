// Small readers over the token array that the grammar rules share: look at a token, read a number or a quantity.
import type { Token } from './tokens.js';
import { NUMBER_WORDS, VAGUE_QUANTITIES } from './lexicon.js';

export class Tokens {
  constructor(readonly list: readonly Token[]) {}

  lower(index: number): string {
    return this.list[index]?.lower ?? '';
  }

  at(index: number): Token | undefined {
    return this.list[index];
  }

  is(index: number, word: string): boolean {
    return this.list[index]?.lower === word;
  }

  /** True when token `index` touches the previous one ("five-year": the hyphen and "year" are attached). */
  attached(index: number): boolean {
    const token = this.list[index];
    return token !== undefined && !token.spaceBefore;
  }

  isCapitalised(index: number): boolean {
    const first = this.list[index]?.text.charCodeAt(0) ?? 0;
    return first >= 65 && first <= 90;
  }

  /** A hyphen joined to both neighbours: "five-year". */
  isJoiningHyphen(index: number): boolean {
    const token = this.list[index];
    return token !== undefined && token.text === '-' && !token.spaceBefore && this.attached(index + 1);
  }

  /** A plain number token without clock or ordinal suffix. */
  plainNumber(index: number): number | null {
    const token = this.list[index];
    if (!token || token.kind !== 'number' || !/^\d+$/.test(token.text)) return null;
    return token.value;
  }

  /** A day of the month: "23", "23rd", "1st". */
  dayOfMonth(index: number): number | null {
    const token = this.list[index];
    if (!token || token.kind !== 'number' || !/^\d{1,2}(?:st|nd|rd|th)?$/.test(token.text)) return null;
    return token.value >= 1 && token.value <= 31 ? token.value : null;
  }

  /** A four-digit year 1000-2199 without suffix. */
  year(index: number): number | null {
    const token = this.list[index];
    if (!token || token.kind !== 'number' || token.text.length !== 4 || !/^\d{4}$/.test(token.text)) return null;
    return token.value >= 1000 && token.value < 2200 ? token.value : null;
  }

  /**
   * A count before a unit: "three", "3", "twenty-four", "a", "a few" (null amount), "several" (null amount).
   * Returns the amount and the index after the quantity.
   */
  quantity(index: number): { amount: number | null; end: number } | null {
    const token = this.list[index];
    if (!token) return null;
    if (token.kind === 'number') {
      if (!/^\d+$/.test(token.text)) return null;
      // "1,000" and "2.5" continue the number
      if (this.is(index + 1, '.') && this.attached(index + 1) && this.plainNumber(index + 2) !== null && this.attached(index + 2)) {
        return { amount: Number(`${token.text}.${this.list[index + 2]!.text}`), end: index + 3 };
      }
      return { amount: token.value, end: index + 1 };
    }
    const word = token.lower;
    if (word === 'a' || word === 'an') {
      const next = this.lower(index + 1);
      if (next === 'few' || next === 'couple') {
        const end = this.is(index + 2, 'of') ? index + 3 : index + 2;
        return { amount: next === 'couple' ? 2 : null, end };
      }
      if (next === 'dozen') return { amount: 12, end: index + 2 };
      return { amount: 1, end: index + 1 };
    }
    if (VAGUE_QUANTITIES.has(word)) return { amount: null, end: index + 1 };
    const value = NUMBER_WORDS.get(word);
    if (value === undefined || word === 'half' || word === 'couple' || word === 'single') return null;
    // "twenty-four", "twenty four"
    if (value >= 20 && value < 100) {
      const hyphen = this.isJoiningHyphen(index + 1) ? 1 : 0;
      const unit = NUMBER_WORDS.get(this.lower(index + 1 + hyphen));
      if (unit !== undefined && unit >= 1 && unit < 10 && this.lower(index + 1 + hyphen).length > 2) {
        return { amount: value + unit, end: index + 2 + hyphen };
      }
    }
    if (this.is(index + 1, 'hundred')) return { amount: value * 100, end: index + 2 };
    return { amount: value, end: index + 1 };
  }
}
