// Numbers written in words ("twenty-six", "a dozen") and vote splits ("three votes to two", "a 4-1 ruling"): the
// readings figures.ts shares with its helpers. Linear-time regular expressions only.

export const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
/** Ordinals written out, first to twentieth, in order. */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};
export const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNDER_HUNDRED = `(?:${Object.keys(TENS_WORDS).join('|')})(?:[-\\s](?:${Object.keys(UNITS_WORDS).slice(1, 10).join('|')}))?|${Object.keys(UNITS_WORDS).join('|')}`;
/**
 * A number in words, for a regular expression: "twenty-six", "twelve", "three hundred and twenty", "a hundred",
 * "two dozen", "half a dozen", "a dozen"; "dozens" is matched to be skipped (no figure).
 */
export const NUMBER_WORD =
  `(?:a|one|${UNDER_HUNDRED})[\\s-]hundred(?:\\s(?:and\\s)?(?:${UNDER_HUNDRED}))?|(?:half\\sa|a|${UNDER_HUNDRED})\\sdozen|${UNDER_HUNDRED}|dozens`;

const HUNDRED_PHRASE = /^(?:(.+?)[\s-])?hundred(?:\s(?:and\s)?(.+))?$/u;
const DOZEN_PHRASE = /^(.+)\sdozen$/u;

/** The value of a number in words under a hundred: "twenty-six", "twenty six", "twelve". */
function underHundred(words: string): number | null {
  const [tens, unit] = words.split(/[-\s]/u);
  if (TENS_WORDS[tens!] !== undefined) return TENS_WORDS[tens!]! + (unit ? UNITS_WORDS[unit] ?? 0 : 0);
  return UNITS_WORDS[words] ?? null;
}

/** The value of a number in words; null for "dozens" (no figure). */
export function wordValue(words: string): number | null {
  const lower = words.toLowerCase().replace(/\s+/gu, ' ');
  if (lower === 'dozens') return null;
  const dozen = DOZEN_PHRASE.exec(lower);
  if (dozen) {
    const count = dozen[1] === 'a' ? 1 : dozen[1] === 'half a' ? 0.5 : underHundred(dozen[1]!);
    return count === null ? null : count * 12;
  }
  const hundred = HUNDRED_PHRASE.exec(lower);
  if (hundred) {
    const count = hundred[1] === undefined || hundred[1] === 'a' ? 1 : underHundred(hundred[1]);
    const rest = hundred[2] === undefined ? 0 : underHundred(hundred[2]);
    return count === null || rest === null ? null : count * 100 + rest;
  }
  return underHundred(lower);
}

const SPLIT_NUMBER = `(\\d{1,3}|${NUMBER_WORD})`;
/** " votes to two", "-1 vote", "-2 majority": the rest of a vote split after its first number. */
const VOTE_SPLIT = new RegExp(`^(?:\\s?votes?\\s+to\\s+${SPLIT_NUMBER}\\b|[-–]${SPLIT_NUMBER}\\s+(?:votes?|majority|ruling|decision|verdict|split)\\b)`, 'iu');

/** A number written in digits (commas as thousands) or in words ("12", "1,200", "twelve"). */
export function numberValue(written: string): number | null {
  return /^\d/u.test(written) ? Number(written.replace(/,/gu, '')) : wordValue(written);
}

/** A vote split after its first number ("three| votes to two"): the votes against and the characters it takes. */
export function voteSplit(rest: string): { against: number; length: number } | null {
  const match = VOTE_SPLIT.exec(rest);
  if (!match) return null;
  const written = match[1] ?? match[2]!;
  const against = numberValue(written);
  if (against === null) return null;
  // "-2 majority" ends at the number: the noun after it is the figure's noun, not part of the split.
  const length = match[1] ? match[0].length : match[0].length - (/\s+\p{L}+$/u.exec(match[0])?.[0].length ?? 0);
  return { against, length };
}
