// The tables and number forms figures.ts reads figures with: scale words ("bn", "lakh crore"), currency signs, words
// and ISO codes, units of time, length, mass, area and power, and digits with their separators ("8,000", "12 000",
// "1.200.000", "1,2 billion"). Linear-time regular expressions only.
import { CONVERTED_CURRENCIES } from './values.js';

export const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
  // South Asian scales: "₹180 crore" is 1.8 billion rupees.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, 'lakh crore': 1e12, 'lakh crores': 1e12,
  // "4.5k people", "$50k": thousands, written close to the digits.
  k: 1e3,
};
export const CURRENCY_SIGNS: Record<string, string> = {
  $: 'USD', 'us$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', usd: 'USD', eur: 'EUR', gbp: 'GBP', '₦': 'NGN', '₹': 'INR', '₱': 'PHP',
  'gh¢': 'GHS', 'ghs': 'GHS', rp: 'IDR', rs: 'INR', 'rs.': 'INR', sh: 'KES', tsh: 'TZS', ush: 'UGX', ksh: 'KES', r: 'ZAR', 'a$': 'AUD', 'c$': 'CAD', 'nz$': 'NZD', 'r$': 'BRL', '₩': 'KRW', '₺': 'TRY', '₽': 'RUB',
};
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', euro: 'EUR', pound: 'GBP', yen: 'JPY', yuan: 'CNY', rouble: 'RUB', ruble: 'RUB', rupee: 'INR',
  franc: 'CHF', zloty: 'PLN', forint: 'HUF', krona: 'SEK', kronor: 'SEK', krone: 'NOK', real: 'BRL', reais: 'BRL',
  rand: 'ZAR', peso: 'MXN', shilling: 'KES', naira: 'NGN', kwanza: 'AOA', rupiah: 'IDR', dong: 'VND', lira: 'TRY',
  cedi: 'GHS', dirham: 'AED', riyal: 'SAR', rial: 'SAR', baht: 'THB', ringgit: 'MYR', won: 'KRW', hryvnia: 'UAH', taka: 'BDT',
  koruna: 'CZK', shekel: 'ILS', sheqel: 'ILS', 'złoty': 'PLN', 'złotych': 'PLN',
};
/** ISO codes written before an amount ("KES 2 billion", "ZAR 40m"): the currencies values.ts converts to dollars. */
export const CURRENCY_CODES = CONVERTED_CURRENCIES;
/** ISO codes of currencies values.ts has no rate for: amounts in one are compared only in it ("UGX 3 billion"). */
export const UNCONVERTED_CODES = ['UGX', 'TZS', 'ETB', 'XOF', 'XAF', 'ZMW', 'MWK', 'RWF', 'NPR', 'LKR', 'MMK', 'KZT', 'UZS', 'RON', 'BGN', 'ISK', 'JOD', 'KWD', 'BHD', 'OMR', 'IQD', 'IRR', 'DZD', 'TND', 'MZN', 'AOA', 'NAD', 'BWP', 'MUR', 'CDF', 'TWD', 'HKD', 'SGD', 'BOB', 'PYG', 'UYU', 'DOP', 'JMD', 'RSD', 'GEL', 'AZN', 'AMD'];
/** A figure's amount to six significant digits (floating-point dust of conversions removed). */
export function round(value: number): number {
  return Number(value.toPrecision(6));
}

/** Every currency code read, with a rate or without. */
export const ALL_CODES = new Set([...CURRENCY_CODES, ...UNCONVERTED_CODES]);
for (const code of ALL_CODES) CURRENCY_SIGNS[code.toLowerCase()] = code;
/** Two amounts in these currencies are compared across currencies. */
export const CONVERTED = new Set(CURRENCY_CODES);
export const DURATIONS: Record<string, string> = {
  year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'TH', minute: 'TM', second: 'TS', fortnight: 'W2', decade: 'Y10', hr: 'TH', min: 'TM', sec: 'TS',
};
export const LENGTHS: Record<string, number> = {
  km: 1000, kilometre: 1000, kilometer: 1000, metre: 1, meter: 1, m: 1, mile: 1609.34, foot: 0.3048, feet: 0.3048, ft: 0.3048,
};
export const MASSES: Record<string, number> = { tonne: 1, ton: 1, t: 1, kg: 0.001, kilogram: 0.001, kilogramme: 0.001 };
export const AREAS: Record<string, number> = { hectare: 1, ha: 1, acre: 0.4047 };
/** Power in megawatts: a plant's "600-megawatt" capacity is another outlet's "0.6 GW". */
export const POWERS: Record<string, number> = { megawatt: 1, mw: 1, gigawatt: 1000, gw: 1000, kilowatt: 0.001, kw: 0.001 };

/**
 * Thousands set apart by spaces ("12 000", "1 200 000", also no-break spaces) or by dots ("1.200.000"; a single dot
 * only before three digits ending in zero and no scale word or percent, "12.000", since twelve is never written "12.000").
 */
const NOT_THOUSANDS_AFTER = String.raw`\s?(?:thousand|million|billion|trillion|bn|mn|m|k|b)\b|\s?(?:%|per\s?cent|percent)`;
export const SEPARATED = String.raw`\d{1,3},\d{1,2}(?=\s?(?:thousand|million|billion|trillion|bn|mn|m)\b|\s?(?:%|per\s?cent|percent))|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.-])|\d{1,3}(?:\.\d{3}){2,}(?![\d,])|[1-9]\d{0,2}\.\d\d0(?![\d,.])(?!${NOT_THOUSANDS_AFTER})`;
const SINGLE_DOT_THOUSANDS = new RegExp(String.raw`^[1-9]\d{0,2}\.\d\d0(?!${NOT_THOUSANDS_AFTER})`, 'u');

/** The value of digits as written, with the separators read: "8,000", "12 000", "1.200.000", "12.000", "3.5". */
export function digitsValue(digits: string, following: string): { value: number; decimals: number } {
  const dotted = /^\d{1,3}(?:\.\d{3}){2,}$/u.test(digits) || (/^[1-9]\d{0,2}\.\d\d0$/u.test(digits) && SINGLE_DOT_THOUSANDS.test(digits + following));
  if (dotted || /^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+$/u.test(digits)) return { value: Number(digits.replace(/[.\s\u00a0\u202f]/gu, '')), decimals: 0 };
  // A decimal comma before a scale word or percent: "1,2 billion", "12,5%".
  const comma = /^(\d{1,3}),(\d{1,2})$/u.exec(digits);
  if (comma) return { value: Number(`${comma[1]}.${comma[2]}`), decimals: comma[2]!.length };
  return { value: Number(digits.replace(/,/gu, '')), decimals: /\.(\d+)/u.exec(digits)?.[1]?.length ?? 0 };
}

