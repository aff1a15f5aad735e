// Normalised values for comparing claims: numbers written in words or digits, money with currency and scale,
// ISO 8601 durations; and the rule for when two values are the same fact reported differently.
import { stories as settings } from '../settings.js';

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** "12", "1,100", "five" -> the number; null when it is not one. */
export function parseNumber(text: string): number | null {
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word !== undefined) return word;
  const digits = text.replace(/,(?=\d{3}\b)/gu, '').replace(/[.,]$/u, '');
  const value = Number(digits);
  return Number.isFinite(value) ? value : null;
}

/** Rough exchange rates to US dollars: good enough to tell a conversion from a different figure. */
const USD_PER_UNIT: Record<string, number> = { USD: 1, EUR: 1.08, GBP: 1.27 };
const CURRENCY_SIGNS: [RegExp, string][] = [
  [/US\$|\$|USD/u, 'USD'],
  [/€|EUR/u, 'EUR'],
  [/£|GBP/u, 'GBP'],
];
const SCALES: Record<string, number> = { billion: 1e9, bn: 1e9, million: 1e6, mn: 1e6, m: 1e6 };

/** "$1.8 billion" -> { value: 1800000000, currency: 'USD', step: 1e8 } (step: the precision it was written to). */
export function normalizeAmount(text: string): { value: number; currency: string; step: number } | null {
  const currency = CURRENCY_SIGNS.find(([sign]) => sign.test(text))?.[1];
  const match = /(\d[\d,]*(?:\.(\d+))?)\s?(billion|bn|million|mn|m)?\b/u.exec(text);
  if (!currency || !match) return null;
  const number = Number(match[1]!.replace(/,/gu, ''));
  const scale = SCALES[(match[3] ?? '').toLowerCase()] ?? 1;
  const decimals = match[2]?.length ?? 0;
  return { value: Math.round(number * scale), currency, step: scale / 10 ** decimals };
}

/** A claim value as a comparable quantity: amount in USD with its rounding step, or a plain number. */
interface Quantity {
  value: number;
  step: number;
  converted: boolean;
}

function quantity(normalized: string): Quantity | null {
  const money = /^(\d+(?:\.\d+)?) (USD|EUR|GBP)$/u.exec(normalized);
  if (money) {
    const rate = USD_PER_UNIT[money[2]!]!;
    const value = Number(money[1]);
    const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(value, 1))) - 1);
    return { value: value * rate, step: step * rate, converted: money[2] !== 'USD' };
  }
  const duration = /^P(\d+(?:\.\d+)?)([YMWD])$/u.exec(normalized);
  if (duration) return null;
  const plain = Number(normalized);
  return Number.isFinite(plain) && normalized.trim() !== '' ? { value: plain, step: 0, converted: false } : null;
}

/**
 * True when two normalised values report the same fact: equal, or amounts that differ by rounding (1.2bn vs
 * 1.24bn) or by a currency conversion (EUR 10m vs $11m). Counts (tolls, people) must match exactly.
 */
export function sameValue(a: string, b: string): boolean {
  if (a === b) return true;
  const qa = quantity(a);
  const qb = quantity(b);
  if (!qa || !qb || qa.step === 0 || qb.step === 0) return false;
  const difference = Math.abs(qa.value - qb.value);
  const larger = Math.max(qa.value, qb.value);
  const tolerance = qa.converted || qb.converted ? settings.currencyTolerance : settings.amountTolerance;
  return difference <= larger * tolerance;
}

export function numericValue(normalized: string): number | null {
  return quantity(normalized)?.value ?? null;
}
