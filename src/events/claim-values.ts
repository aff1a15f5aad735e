// Values of claims as news writes them, turned into comparable forms: counts with their hedge ("at least 870"),
// money with currency and scale ("EUR 10m" -> 10000000 EUR), durations as TIMEX3 ("48-hour" -> PT48H), lengths
// in metres ("6 miles" -> 9656 m), each with the precision it was written to, so that the stories stage can tell
// a rounding from a different figure.

/** Words for numbers that news writes out; "a dozen" is exact enough, "dozens" is not a figure. */
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'a dozen': 12, dozen: 12,
};

const TENS = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const UNITS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine)`;
const UNDER_HUNDRED = String.raw`(?:${TENS}[- ]${UNITS}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
/** "three hundred and twenty", "a hundred", "two dozen", "half a dozen", "twenty-six", "twelve". */
const WORD_NUMBER = String.raw`(?:(?:a|${UNDER_HUNDRED})[- ]hundred(?:\s(?:and\s)?${UNDER_HUNDRED})?|(?:half a|a|${UNDER_HUNDRED})\sdozen|${UNDER_HUNDRED})(?![- ](?:hundred|dozen)\b)`;
/** A number written with digits, never cut short: "15,000" is not "15" followed by a comma. */
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])|\d+(?:\.\d+)?)(?!,\d{3}(?!\d)|\d)`;
/** Scale words after a figure, longest first where one begins another ("million" before "m"). */
const SCALE_NAMES = String.raw`trillion|billion|million|thousand|crores?|lakhs?|bn|mn|m|k`;
const SCALE_WORD = String.raw`(?:\s?(?:${SCALE_NAMES})\b)`;
const SCALED_FIGURE = new RegExp(String.raw`^(\d[\d, \u00a0\u202f]*?)(?:\.(\d+))?\s?(${SCALE_NAMES})?$`);
/** Words that bound or soften a figure; kept as the claim's qualifier. */
export const HEDGE = String.raw`(?:at least|more than|over|nearly|almost|about|around|some|up to|fewer than|less than|roughly|an estimated|approximately|close to|as many as|upwards of|in excess of|no fewer than)`;

/** A figure as written, hedge included: "at least 1,200", "5.1 million", "twelve". One capture group. */
export const QUANTITY = String.raw`((?:${HEDGE}\s+)?(?:${DIGITS}${SCALE_WORD}?|${WORD_NUMBER}))`;
/** A number written in digits or words, no hedge and no scale (for durations and counts of units). */
export const SMALL_NUMBER = String.raw`(?:\d+(?:\.\d+)?|a|an|${WORD_NUMBER})`;

const SCALES: Record<string, number> = { trillion: 1e12, billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6, thousand: 1e3, k: 1e3, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5 };

export type Qualifier = 'at least' | 'at most' | 'about';

const QUALIFIER_OF: Record<string, Qualifier> = {
  'at least': 'at least', 'more than': 'at least', over: 'at least', 'upwards of': 'at least', 'in excess of': 'at least',
  'no fewer than': 'at least', nearly: 'at most', almost: 'at most', 'up to': 'at most', 'fewer than': 'at most',
  'less than': 'at most', 'as many as': 'at most', about: 'about', around: 'about', some: 'about', roughly: 'about',
  'an estimated': 'about', approximately: 'about', 'close to': 'about',
};

export interface Figure {
  value: number;
  /** The unit of the last digit written: 1 for "870", 100 for "1,100", 1e8 for "1.2 billion". */
  precision: number;
  qualifier: Qualifier | null;
}

const HEDGE_PREFIX = new RegExp(String.raw`^${HEDGE}\s+`, 'i');

/** "at least 1,200" -> 1200 (precision 100, at least); "2.5 billion" -> 2.5e9 (precision 1e8); "five" -> 5. */
export function parseFigure(raw: string): Figure | null {
  const text = raw.trim().toLowerCase();
  const hedge = HEDGE_PREFIX.exec(text);
  const qualifier = hedge ? QUALIFIER_OF[hedge[0].trim()] ?? null : null;
  const rest = hedge ? text.slice(hedge[0].length).trim() : text;
  const word = NUMBER_WORDS[rest];
  if (word !== undefined) return { value: word, precision: 1, qualifier };
  // ("twenty-six": not a single word, so underHundred reads it as a compound.)
  const phrase = wordPhrase(rest) ?? underHundred(rest);
  if (phrase !== null) return { value: phrase, precision: 1, qualifier };
  const m = SCALED_FIGURE.exec(rest);
  if (!m) return null;
  const whole = m[1]!.replace(/[,\s]/gu, '');
  const decimals = m[2] ?? '';
  const scale = m[3] ? SCALES[m[3]]! : 1;
  const value = Number(`${whole}${decimals ? `.${decimals}` : ''}`) * scale;
  // "1,100" is written to the hundred; "10 million" to the million (a scale word fixes the unit). One trailing
  // zero is no sign of rounding: 50 people on board are 50.
  const zeros = decimals || m[3] ? 0 : /0*$/.exec(whole)![0].length;
  const trailingZeros = zeros >= 2 ? zeros : 0;
  const precision = decimals ? scale / 10 ** decimals.length : scale * 10 ** Math.min(trailingZeros, whole.length - 1);
  return Number.isFinite(value) ? { value: roundTo(value), precision, qualifier } : null;
}

/** A number under a hundred in words: "twenty-six", "twenty six", "twelve". */
function underHundred(words: string): number | null {
  const direct = NUMBER_WORDS[words];
  if (direct !== undefined && direct < 100 && words !== 'a' && words !== 'an' && words !== 'dozen') return direct;
  const compound = /^([a-z]+)[- ]([a-z]+)$/u.exec(words);
  if (compound && (NUMBER_WORDS[compound[1]!] ?? 0) >= 20 && (NUMBER_WORDS[compound[2]!] ?? 10) < 10) return NUMBER_WORDS[compound[1]!]! + NUMBER_WORDS[compound[2]!]!;
  return null;
}

/** "three hundred and twenty" -> 320, "a hundred" -> 100, "two dozen" -> 24, "half a dozen" -> 6; null otherwise. */
function wordPhrase(words: string): number | null {
  const dozen = /^(.+)\sdozen$/u.exec(words);
  if (dozen) {
    const count = dozen[1] === 'a' ? 1 : dozen[1] === 'half a' ? 0.5 : underHundred(dozen[1]!);
    return count === null ? null : count * 12;
  }
  const hundred = /^(.+?)[- ]hundred(?:\s(?:and\s)?(.+))?$/u.exec(words);
  if (!hundred) return null;
  const count = hundred[1] === 'a' ? 1 : underHundred(hundred[1]!);
  const rest = hundred[2] === undefined ? 0 : underHundred(hundred[2]);
  return count === null || rest === null ? null : count * 100 + rest;
}

function roundTo(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Currency of an amount from its sign or word. */
const CURRENCIES: [RegExp, string][] = [
  [/^(?:US\$|\$US|\$|USD|dollars?|US dollars?)$/i, 'USD'],
  [/^(?:€|EUR|euros?)$/i, 'EUR'],
  [/^(?:£|GBP|pounds?(?: sterling)?)$/i, 'GBP'],
  [/^(?:¥|JPY|yen)$/i, 'JPY'],
  [/^(?:CNY|RMB|yuan)$/i, 'CNY'],
  [/^(?:₽|RUB|roubles?|rubles?)$/i, 'RUB'],
  [/^(?:₹|INR|rupees?)$/i, 'INR'],
  [/^(?:A\$|\$A|AUD)$/i, 'AUD'],
  [/^(?:C\$|CAD)$/i, 'CAD'],
  [/^(?:CHF|Swiss francs?)$/i, 'CHF'],
  [/^(?:PLN|z[lł]otys?|złotych)$/i, 'PLN'],
  [/^(?:HUF|forints?)$/i, 'HUF'],
  [/^(?:ZAR|rand)$/i, 'ZAR'],
  [/^(?:NGN|naira)$/i, 'NGN'],
  [/^(?:KES|Kenyan shillings?)$/i, 'KES'],
  [/^(?:BRL|reais|Brazilian reals?)$/i, 'BRL'],
  [/^(?:TRY|Turkish liras?|lira)$/i, 'TRY'],
  [/^(?:KRW|won)$/i, 'KRW'],
  [/^(?:IDR|rupiah)$/i, 'IDR'],
];

const MONEY_NUMBER = String.raw`(\d[\d,]*(?:\.\d+)?${SCALE_WORD}?)`;
/** "$1.8 billion", "US$ 500m", "EUR 10m", "€2.1bn": sign first. */
export const MONEY_SIGN_FIRST = new RegExp(String.raw`(US\$|\$US|A\$|\$A|C\$|\$|€|£|¥|₽|₹|\b(?:USD|EUR|GBP|JPY|CNY|RMB|RUB|INR|AUD|CAD|CHF|PLN|HUF|ZAR|NGN|KES|BRL|KRW|IDR)\b)\s?${MONEY_NUMBER}`, 'g');
/** "10 million euros", "500 million US dollars", "3bn roubles": word after. */
export const MONEY_WORD_AFTER = new RegExp(String.raw`\b${MONEY_NUMBER}\s+(US dollars?|dollars?|euros?|pounds(?: sterling)?|yen|yuan|roubles?|rubles?|rupees?|Swiss francs?|z[lł]otys?|złotych|forints?|rand|naira|Kenyan shillings?|reais|Brazilian reals?|Turkish liras?|rupiah)\b`, 'gi');

export interface Money extends Figure {
  currency: string;
}

export function currencyCode(sign: string): string | null {
  return CURRENCIES.find(([re]) => re.test(sign.trim()))?.[1] ?? null;
}

/** A money match (either pattern) -> amount with currency; null when the currency is unknown. */
export function parseMoney(sign: string, number: string, hedge: string | null = null): Money | null {
  const currency = currencyCode(sign);
  const figure = parseFigure(`${hedge ? `${hedge} ` : ''}${number}`);
  return currency && figure ? { ...figure, currency } : null;
}

const UNIT_LETTERS: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H', minute: 'M' };

/** "five"+"year" -> "P5Y"; "48"+"hour" -> "PT48H"; "90"+"minute" -> "PT90M". */
export function isoDuration(count: string, unit: string): string | null {
  const figure = parseFigure(count);
  const singular = unit.toLowerCase().replace(/s$/, '');
  const letter = UNIT_LETTERS[singular];
  if (!figure || !letter) return null;
  return singular === 'hour' || singular === 'minute' ? `PT${figure.value}${letter}` : `P${figure.value}${letter}`;
}

/** Lengths converted to metres: what a quake's depth or a distance is compared in. */
const METRES_PER: Record<string, number> = {
  km: 1000, kilometre: 1000, kilometres: 1000, kilometer: 1000, kilometers: 1000,
  mile: 1609.344, miles: 1609.344, m: 1, metre: 1, metres: 1, meter: 1, meters: 1, ft: 0.3048, feet: 0.3048,
};
export const LENGTH_UNIT = String.raw`(?:km|kilometres?|kilometers?|miles?|metres?|meters?|feet|ft|m)`;

/** A length figure in metres, with its precision in metres. */
export function parseLength(number: string, unit: string): Figure | null {
  const figure = parseFigure(number);
  const factor = METRES_PER[unit.toLowerCase()];
  if (!figure || factor === undefined) return null;
  return { value: roundTo(figure.value * factor), precision: figure.precision * factor, qualifier: figure.qualifier };
}
