// A stop-gap claims finder for the few slots that conflict detection is tested on, used only when the claims
// extractor (issue 6) gives an article no claims. Swap it out by passing `claims` in StoryInput.
// Slots: agreement duration ("a five-year agreement"), death toll ("12 people died", "death toll ... to 14"),
// people on board ("61 people on board") and deal value ("a deal worth $1.8 billion").
import type { Span } from '../model.js';
import type { StoryClaim } from './claims-types.js';
import { normalizeAmount, parseNumber } from './values.js';

const NUMBER = String.raw`(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)`;

/** "five-year military cooperation agreement", "4-year supply contract": up to two words between. */
const AGREEMENT_DURATION = new RegExp(
  String.raw`\b${NUMBER}-year\s+(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|pact|contract|accord|treaty)\b`,
  'giu',
);
/** "At least 12 people died", "12 dead", "killing 14 people". */
const DEATHS = new RegExp(
  String.raw`\b${NUMBER}\s+(?:people\s+|persons\s+|passengers\s+)?(?:(?:have\s+|were\s+|had\s+)?died|dead|(?:were\s+|have\s+been\s+)?killed)\b|\bkilling\s+(?:at\s+least\s+)?${NUMBER}\b`,
  'giu',
);
/** "raising the death toll from Sunday night's disaster to 14", "death toll rose to 14", "toll stood at 9". */
const TOLL = new RegExp(String.raw`\bdeath\s+toll\b[^.;]{0,60}?\b(?:to|at|of)\s+${NUMBER}\b`, 'giu');
/** "57 passengers and crew were on board", "had 61 people on board". */
const ON_BOARD = new RegExp(
  String.raw`\b${NUMBER}\s+(?:people|passengers(?:\s+and\s+crew)?|persons)\s+(?:were\s+)?(?:on\s+board|aboard)\b`,
  'giu',
);
/** A money amount: "$1.8 billion", "EUR 10m", "€2.1bn", "US$ 500 million". */
const AMOUNT = /(?:US\$|\$|€|£|EUR\s?|USD\s?|GBP\s?)\s?\d[\d,.]*\s?(?:billion|bn|million|mn|m)?\b/gu;
/** Sentences that give a deal's value rather than any other amount. */
const DEAL_VALUE_CONTEXT = /\b(?:worth|valued|value|deal|contract|agreement)\b/iu;

function claim(slot: string, value: string, normalized: string, text: string, span: Span, unit?: string): StoryClaim {
  return {
    slot,
    value,
    normalized,
    ...(unit ? { unit } : {}),
    sentence: span,
    evidence: text.slice(span.start, span.end).trim(),
    attributedTo: null,
    subject: null,
  };
}

/** Claims of the fallback slots in the given sentences of a text. */
export function fallbackClaims(text: string, sentences: Span[]): StoryClaim[] {
  const claims: StoryClaim[] = [];
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    for (const match of sentence.matchAll(AGREEMENT_DURATION)) {
      const years = parseNumber(match[1]!);
      if (years !== null) claims.push(claim('agreement duration', `${match[1]}-year`, `P${years}Y`, text, span));
    }
    const tolls = new Set<number>();
    for (const match of [...sentence.matchAll(TOLL), ...sentence.matchAll(DEATHS)]) {
      const count = parseNumber(match[1] ?? match[2]!);
      if (count === null || tolls.has(count)) continue;
      tolls.add(count);
      claims.push(claim('death toll', String(count), String(count), text, span));
    }
    for (const match of sentence.matchAll(ON_BOARD)) {
      const count = parseNumber(match[1]!);
      if (count !== null) claims.push(claim('people on board', String(count), String(count), text, span));
    }
    if (DEAL_VALUE_CONTEXT.test(sentence)) {
      for (const match of sentence.matchAll(AMOUNT)) {
        const amount = normalizeAmount(match[0]);
        if (amount) claims.push(claim('deal value', match[0].trim(), `${amount.value} ${amount.currency}`, text, span, amount.currency));
      }
    }
  }
  return claims;
}
