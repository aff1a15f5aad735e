// When two claims of a slot report the same fact: normalised values compared with the precision they were
// written to (lengths in metres, speeds in km/h, areas in hectares, money at rough rates to dollars). Rounding (1.2bn vs 1.24bn), currency conversion (EUR 10m vs $11m), units (10 km vs 6 miles), hedges
// ("at least 870" vs 870) and wording ("48-hour" vs "two-day") are one fact; 12 vs 14 dead, P5Y vs P4Y are two.
import type { Claim } from '../model.js';
import { claims as settings } from '../settings.js';

/** What of a claim the comparison needs: its normalised value, and the precision and hedge it was written with. */
export type Reading = Pick<Claim, 'normalized'> & Partial<Pick<Claim, 'precision' | 'qualifier' | 'slot'>>;

/**
 * Rough exchange rates to US dollars (mid-2020s levels, rounded): good enough to tell a conversion from a different
 * figure, not to convert money. Currencies that move fast (ARS, NGN, EGP, TRY, UAH) drift from these within months;
 * `claims.currencyShare` gives conversions their room.
 */
const USD_PER_UNIT: Record<string, number> = {
  USD: 1, EUR: 1.08, GBP: 1.27, JPY: 0.0067, CNY: 0.14, RUB: 0.011, INR: 0.012, AUD: 0.65, CAD: 0.73, CHF: 1.13,
  PKR: 0.0036, BDT: 0.0084, IDR: 0.000063, PHP: 0.0175, VND: 0.00004, THB: 0.028, MYR: 0.22, KRW: 0.00073, NZD: 0.6,
  SEK: 0.095, NOK: 0.093, DKK: 0.145, PLN: 0.25, CZK: 0.043, HUF: 0.0027, UAH: 0.024, TRY: 0.03, ZAR: 0.055,
  NGN: 0.00065, KES: 0.0077, GHS: 0.065, EGP: 0.02, MAD: 0.1, BRL: 0.18, MXN: 0.055, ARS: 0.001, CLP: 0.00105,
  COP: 0.00025, PEN: 0.27, SAR: 0.267, AED: 0.272, QAR: 0.275, ILS: 0.27,
};

/**
 * Currencies one word names: a bare "dollars" or "$" may be another outlet's A$ or C$ (an Australian channel's "three
 * billion dollars" against A$3.1 billion), so an amount in one of these is also read in the other's currency.
 */
const DOLLARS = new Set(['USD', 'AUD', 'CAD', 'NZD']);
/** Rates a currency name may stand for besides its first reading: "dirhams" are Moroccan as often as Emirati. */
const NAMESAKE_RATES: Record<string, number[]> = { AED: [USD_PER_UNIT.MAD!] };

/** ISO codes of the currencies converted to dollars: amounts in any two of them are compared across currencies. */
export const CONVERTED_CURRENCIES: readonly string[] = Object.keys(USD_PER_UNIT);
const SECONDS: Record<string, number> = { Y: 365.25 * 86400, M: 30.44 * 86400, W: 7 * 86400, D: 86400 };
export const TIME_SECONDS: Record<string, number> = { H: 3600, M: 60, S: 1 };

interface Quantity {
  value: number;
  /** Half the unit of the last digit written: how far the true figure may be from the written one. */
  half: number;
  /** What it was written in (currency, duration unit): conversions between units get extra room. */
  unit: string;
  /** Extra room when the other value was written in another unit: rough exchange rates, months vs weeks. */
  slack: number;
  qualifier: Reading['qualifier'];
  /** Written as a round figure (a multiple of ten): with a hedge, a bracket rather than a count. */
  round: boolean;
}

/** The unit of the last significant digit when the writer's precision is unknown: "1800000000" -> 1e8. */
function impliedPrecision(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return value === 0 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(value)) - 1);
  let precision = 1;
  while (value % (precision * 10) === 0) precision *= 10;
  // One trailing zero is no sign of rounding (50 people on board); two are (1,100 workers).
  return precision >= 100 ? precision : 1;
}

function quantity(reading: Reading, rate?: number): Quantity | null {
  const found = measured(reading, rate);
  if (!found) return null;
  const written = Number(/^-?\d+(?:\.\d+)?/u.exec(reading.normalized.trim())?.[0] ?? NaN);
  return { ...found, round: Number.isInteger(written) && written !== 0 && written % 10 === 0 };
}

/** An amount as the claims stage normalises it: "1200000 USD". */
const MONEY_READING = /^(-?\d+(?:\.\d+)?) ([A-Z]{3})$/u;

function measured(reading: Reading, rateOverride?: number): Omit<Quantity, 'round'> | null {
  const text = reading.normalized.trim();
  const half = (value: number, precision: number) => Math.min(precision / 2, settings.roundingShare * Math.abs(value));
  const money = MONEY_READING.exec(text);
  if (money) {
    const rate = rateOverride ?? USD_PER_UNIT[money[2]!];
    if (rate === undefined) return null;
    const amount = Number(money[1]);
    const precision = reading.precision ?? impliedPrecision(amount);
    const value = amount * rate;
    return { value, half: half(amount, precision) * rate, unit: money[2]!, slack: settings.currencyShare * value, qualifier: reading.qualifier };
  }
  const length = /^(-?\d+(?:\.\d+)?) (m|km\/h|ha|t|%|%\/Y|C|MW)$/u.exec(text);
  if (length) {
    const value = Number(length[1]);
    return { value, half: half(value, reading.precision ?? impliedPrecision(value)), unit: length[2]!, slack: 0, qualifier: reading.qualifier };
  }
  const duration = /^P(\d+(?:\.\d+)?)([YMWD])$|^PT(\d+(?:\.\d+)?)([HMS])$/u.exec(text);
  if (duration) {
    const unit = duration[2] ? SECONDS[duration[2]]! : TIME_SECONDS[duration[4]!]!;
    const count = Number(duration[1] ?? duration[3]);
    const value = count * unit;
    return { value, half: half(value, unit), unit: duration[2] ?? `T${duration[4]}`, slack: settings.durationShare * value, qualifier: reading.qualifier };
  }
  if (/^-?\d+(?:\.\d+)?$/u.test(text)) {
    const value = Number(text);
    return { value, half: half(value, reading.precision ?? impliedPrecision(value)), unit: '', slack: 0, qualifier: reading.qualifier };
  }
  return null;
}

/**
 * "about 1,100" agrees with 1,150; "more than 200" with 212 and "nearly 100" with 96: a round hedged figure is a
 * bracket. "at least 24" is a count so far, so 26 is another count. Two round figures both hedged ("about 15,000"
 * against "some 14,000") are two estimates: only their rounding joins them (1.2 million against 1.24 million).
 */
function boundRoom(a: Quantity, b: Quantity): { approximate: number; bound: number } {
  const larger = Math.max(Math.abs(a.value), Math.abs(b.value));
  const twoEstimates = a.qualifier === 'about' && b.qualifier === 'about' && a.round && b.round;
  let approximate = 0;
  let bound = 0;
  for (const [x, y] of [[a, b], [b, a]] as const) {
    if (x.qualifier === 'about' && !twoEstimates) approximate = Math.max(approximate, settings.approximateShare * larger);
    if (!x.round) continue;
    if (x.qualifier === 'at least' && y.value >= x.value) bound = Math.max(bound, settings.boundShare * larger);
    if (x.qualifier === 'at most' && y.value <= x.value) bound = Math.max(bound, settings.boundShare * larger);
  }
  return { approximate, bound };
}

const reading = (value: Reading | string): Reading => (typeof value === 'string' ? { normalized: value } : value);

/** True when two claims of one slot state the same fact, however differently written. */
export function sameValue(first: Reading | string, second: Reading | string): boolean {
  const a = reading(first);
  const b = reading(second);
  if (a.normalized === b.normalized) return true;
  const qa = quantity(a);
  const qb = quantity(b);
  if (qa && qb) return sameQuantity(qa, qb) || otherReadings(a, b).some(([x, y]) => sameQuantity(x, y));
  if (qa || qb) return false;
  const clockA = clockMinutes(a.normalized);
  const clockB = clockMinutes(b.normalized);
  if (clockA !== null && clockB !== null) {
    // "about 8pm" and "8.10pm" are one moment; a time on the hour may be rounded; 3.15 and 3.40 are two.
    const difference = Math.min(Math.abs(clockA - clockB), 1440 - Math.abs(clockA - clockB));
    let room = 0;
    if (a.qualifier === 'about' || b.qualifier === 'about') room = settings.clockApproximateMinutes;
    else if (clockA % 60 === 0 || clockB % 60 === 0) room = settings.clockRoundMinutes;
    return difference <= room;
  }
  // A port or a city a journey began from is one point: two names of unknown country are two places.
  const point = [a.slot, b.slot].some((slot) => slot !== undefined && settings.pointPlaceSlots.includes(slot));
  return sameText(a.normalized, b.normalized, point);
}

function sameQuantity(qa: Quantity, qb: Quantity): boolean {
  const difference = Math.abs(qa.value - qb.value);
  const slack = qa.unit === qb.unit ? 0 : Math.max(qa.slack, qb.slack);
  const room = boundRoom(qa, qb);
  // "about 3,100" already says its last digits are loose: the hedge's room is not added to its rounding again, so
  // "about 3,100 metres" and "2,900 metres" are two altitudes.
  const allowed = Math.max(qa.half + qb.half, room.approximate) + room.bound + slack;
  // Strictly inside: 12 vs 13 (each written to the unit) are two figures, not one rounded.
  return difference < allowed * (1 - 1e-9);
}

/** Two amounts read in the other currencies their names may stand for (DOLLARS, NAMESAKE_RATES). */
function otherReadings(a: Reading, b: Reading): [Quantity, Quantity][] {
  const code = (r: Reading) => MONEY_READING.exec(r.normalized.trim())?.[2];
  const [ca, cb] = [code(a), code(b)];
  if (!ca || !cb || ca === cb) return [];
  const readings: [Quantity | null, Quantity | null][] = [];
  // Two dollars of different countries, one unqualified: both in the qualified one's dollars.
  if (DOLLARS.has(ca) && DOLLARS.has(cb) && (ca === 'USD' || cb === 'USD')) {
    const rate = USD_PER_UNIT[ca === 'USD' ? cb : ca];
    const [qa, qb] = [quantity(a, rate), quantity(b, rate)];
    // One currency now: no room for a conversion.
    if (qa && qb) readings.push([qa, { ...qb, unit: qa.unit }]);
  }
  for (const rate of NAMESAKE_RATES[ca] ?? []) readings.push([quantity(a, rate), quantity(b)]);
  for (const rate of NAMESAKE_RATES[cb] ?? []) readings.push([quantity(a), quantity(b, rate)]);
  return readings.filter((pair): pair is [Quantity, Quantity] => pair[0] !== null && pair[1] !== null);
}

/** "03:15" -> 195 minutes after midnight; null for anything else. */
function clockMinutes(value: string): number | null {
  const m = /^(\d{2}):(\d{2})$/u.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Dates and places nest ("2025-05" holds "2025-05-21", "VNM" holds "VNM/Hanoi"); titles nest by words. */
function sameText(a: string, b: string, point = false): boolean {
  if (/^\d{4}(?:-\d{2}){0,2}$/u.test(a) && /^\d{4}(?:-\d{2}){0,2}$/u.test(b)) return a.startsWith(b) || b.startsWith(a);
  if (isPlacePath(a) && isPlacePath(b)) {
    const [ca, ...pa] = a.split('/');
    const [cb, ...pb] = b.split('/');
    // A place of unknown country cannot be told apart from one of a known country: no dispute.
    if ((ca === '?' || cb === '?') && !(point && ca === cb)) return true;
    if (ca !== cb) return false;
    return pa.length === 0 || pb.length === 0 || isPart(pa.join(' '), pb.join(' '));
  }
  return isPart(a, b);
}

function isPlacePath(value: string): boolean {
  return /^(?:[A-Z]{3}|\?)(?:\/.+)?$/u.test(value);
}

/** Words that make another office of a title: a deputy foreign minister is not the foreign minister. */
const RANK_WORDS = new Set(['deputy', 'vice', 'first', 'assistant', 'junior', 'state', 'under', 'acting', 'prime', 'general']);

/** "defence minister" within "russian defence minister": one names the other more fully, with the same rank. */
function isPart(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/u);
  const wb = b.toLowerCase().split(/\s+/u);
  const ranks = (words: string[]) => words.filter((word) => RANK_WORDS.has(word)).sort().join(' ');
  if (ranks(wa) !== ranks(wb)) return false;
  return wa.every((word) => wb.includes(word)) || wb.every((word) => wa.includes(word));
}

/** A comparable number for ordering versions of a growing slot (a toll). */
export function numericValue(value: Reading | string): number | null {
  return quantity(reading(value))?.value ?? null;
}
