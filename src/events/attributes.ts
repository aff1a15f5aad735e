// Attributes of a coded event beyond the contract fields: how long an agreement runs and until when, whether
// the act is negated, whether it is a plan, a hope, a denial or a report, and whether the sentence is background.

export type Modality = 'asserted' | 'planned' | 'hoped' | 'denied' | 'reported';

export interface EventAttributes {
  /** TIMEX3 duration of an agreement or visit: "five-year" -> P5Y. */
  duration?: string;
  /** End of an agreement's term: "until 2030" -> 2030. */
  until?: string;
  negated?: boolean;
  modality: Modality;
  /** The sentence recalls earlier history ("the military seized power in 2021"): not a new story's event. */
  background?: boolean;
  /** No verb pattern matched the sentence: the event-type model named the type (see src/events/classifier.ts). */
  modelCoded?: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const UNIT_LETTER: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', hour: 'H' };

export function numberValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number(lower);
  return NUMBER_WORDS[lower] ?? null;
}

/** "five-year", "10-year", "month-long", "three-day", "for four years" -> TIMEX3 durations with their text. */
const DURATION = /\b(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty)[- ](year|month|week|day|hour)s?(?:[- ]long)?|(year|month|week|day)-long|for (\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) (year|month|week|day)s)\b/gi;

export interface FoundDuration {
  value: string;
  text: string;
  index: number;
}

export function findDurations(sentence: string): FoundDuration[] {
  const found: FoundDuration[] = [];
  for (const m of sentence.matchAll(DURATION)) {
    const count = m[1] ? numberValue(m[1]) : m[4] ? numberValue(m[4]) : 1;
    const unit = (m[2] ?? m[3] ?? m[5] ?? '').toLowerCase();
    const letter = UNIT_LETTER[unit];
    if (count === null || !letter) continue;
    const value = letter === 'H' ? `PT${count}H` : `P${count}${letter}`;
    found.push({ value, text: m[0], index: m.index ?? 0 });
  }
  return found;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const UNTIL = /\b(?:until|till|through|to last until|valid until|expires? in|runs? to)\s+(?:the end of\s+)?(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+)?((?:19|20)\d{2})\b/i;

/** "until 2030" -> "2030"; "until March 2030" -> "2030-03". */
export function findUntil(sentence: string): string | null {
  const m = UNTIL.exec(sentence);
  if (!m) return null;
  const month = m[1] ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
  return month > 0 ? `${m[2]}-${String(month).padStart(2, '0')}` : m[2]!;
}

const FUTURE_OR_INTENT = /\b(?:will|would|shall|'ll|plans? to|planning to|planned to|intends? to|intended to|is to|are to|scheduled to|expected to|set to|due to|going to|offer(?:s|ed)? to|agree(?:s|d)? to|promis(?:e|es|ed) to|pledg(?:e|es|ed) to|vow(?:s|ed)? to|willing to|ready to|prepared to|committed to|determined to|proposed to|seeks? to|could|may|might|says to|said to)\s+(?:[\w'’-]+\s+){0,3}$/i;
const HOPE = /\b(?:hope[sd]?|hoping|aims?|aiming|seeks?|seeking|wants?|wishes|wished|desire|eager|aspires?)\s+(?:to\s+)?(?:\w+\s+)?$/i;
const NEGATION = /\b(?:not|never|no longer|n't|refus(?:e|es|ed|ing) to|declin(?:e|es|ed|ing) to|fail(?:s|ed)? to|without|rul(?:e|es|ed|ing) out)\s+(?:\w+\s+){0,2}$/i;
/** "removing the sanctions is out of the question": the act, named as a subject, is ruled out after it. */
const RULED_OUT_AFTER = /^[^,;.]{0,60}?\b(?:is|are|was|were|remains?)\s+(?:\w+\s+)?(?:out of the question|not an option|off the table)/i;

/** The words just after a trigger rule it out ("... is out of the question"). */
export function ruledOutAfter(after: string): boolean {
  return RULED_OUT_AFTER.test(after);
}
const DENIAL = /\bden(?:y|ies|ied|ying)\b/i;
const REPORTED = /\b(?:said|says|reported|reports|according to|quoted|told|announced|claimed|cited)\b/i;

/** The words just before a trigger decide whether it is planned, hoped for, negated or denied. */
export function modalityBefore(before: string, sentence: string, isStatement: boolean): { modality: Modality; negated: boolean; future: boolean } {
  const near = before.slice(-60);
  const negated = NEGATION.test(near);
  const future = FUTURE_OR_INTENT.test(near);
  let modality: Modality = 'asserted';
  if (DENIAL.test(before)) modality = 'denied';
  else if (HOPE.test(near)) modality = 'hoped';
  else if (future) modality = 'planned';
  else if (!isStatement && REPORTED.test(sentence)) modality = 'reported';
  return { modality, negated, future };
}

const YEAR = /\b(1[89]\d{2}|20\d{2})\b/g;
const PAST_CUE = /\b(?:years ago|months ago|decades ago|previously|formerly|in the past)\b/i;
const SINCE_BEFORE = /\bsince\b/i;

/**
 * A clause is background when it dates its event before the article's own year ("in a 2021 coup" in a 2026
 * story), says it is past ("years ago"), or sits after "since" ("in turmoil since the military overthrew ...").
 */
export function isBackground(clause: string, beforeTrigger: string, referenceYear: number | null, timexYears: number[]): boolean {
  const years = [...clause.matchAll(YEAR)]
    .filter((m) => !/\b(?:until|till|by|through)\s+$/i.test(clause.slice(0, m.index ?? 0)))
    .map((m) => Number(m[1]))
    .concat(timexYears);
  if (referenceYear !== null && years.some((y) => y < referenceYear)) return true;
  return PAST_CUE.test(clause) || SINCE_BEFORE.test(beforeTrigger);
}
