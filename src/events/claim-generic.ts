// The generic slot: a fallback beneath the named slots for figures that count or measure something no named slot
// knows ("30 jets", "a 12-km slick", "the 600-bed hospital", "an 11-hour debate"). The slot is named from the head
// noun, lightly lemmatised ("jets" -> "jet", "heads of state" -> "head of state"); the verb the figure hangs on
// ("1,100 flights were cancelled", "recall 412,000 vehicles") is kept as the claim's subject, so that the stories
// stage aligns two claims only when their nouns agree and their verbs do not differ.
import { isoDuration, parseFigure, parseLength, QUANTITY, type Figure } from './claim-values.js';

export interface GenericClaim {
  slot: string;
  value: string;
  figure: Figure;
  /** The verb the figure is attached to, as written ("cancelled", "recall"); null when none is near. */
  verb: string | null;
  /** "m" for a length; absent for a count. */
  unit?: string;
  /** An ISO duration for "an 11-hour debate"; the figure's value otherwise. */
  normalized?: string;
}

/** A figure and up to four words after it (looked ahead, so a figure among them is read too). */
const FIGURE_THEN_WORDS = new RegExp(String.raw`\b${QUANTITY}(?=((?:\s+[\p{L}][\p{L}'-]*){1,6}))`, 'giu');
/** "a 12-km slick", "the 280-metre bridge", "a 600-bed hospital", "an 11-hour debate": figure-noun before a noun. */
const COMPOUND_BEFORE_NOUN = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|hundred)-(km|kilometre|kilometer|mile|metre|meter|foot|bed|seat|room|storey|story|hour|day|week|month|year)\s+((?:[\p{Ll}-]+\s+){0,2}?)(\p{Ll}{3,})\b/giu;
/** "the number of whales refloated rose to 45", "the number of evacuees stood at 3,000". */
const NUMBER_OF = new RegExp(String.raw`\bnumber of\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(\p{Ll}{3,}s)\b(?:\s+(\p{Ll}+))?[^.;\d]{0,40}?\b(?:to|at|reached|hit|was|is|stood at|of)\s+${QUANTITY}(?!\s*(?:%|per ?cent|percent))`, 'giu');
/** "2,000 tonnes of grain", "400 hectares of forest": a mass or an area of a named stuff, in the stories' units. */
const UNIT_OF_NOUN = new RegExp(String.raw`\b${QUANTITY}\s+(tonnes|tons|metric tons|hectares)\s+of\s+(\p{Ll}{3,})\b`, 'giu');
const UNIT_HINT = /\b(?:tonnes|tons|hectares)\s+of\b/iu;
/** A digit or a number word: a sentence without one has no figure for the patterns below. */
const MAY_HOLD_FIGURE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b/iu;
const UNIT_CODES: Record<string, string> = { tonnes: 't', tons: 't', 'metric tons': 't', hectares: 'ha' };
const LENGTH_WORDS = /^(?:km|kilometre|kilometer|mile|metre|meter|foot)$/u;
const TIME_WORDS = /^(?:hour|day|week|month|year)$/u;

/** Words a head noun is never: function words, verbs of reporting, units and words of time handled elsewhere. */
const NOT_NOUNS = new Set([
  'the', 'a', 'an', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'than', 'as', 'per',
  'was', 'were', 'is', 'are', 'has', 'had', 'have', 'been', 'be', 'will', 'would', 'could', 'said', 'says', 'its', 'their',
  'his', 'her', 'this', 'that', 'these', 'those', 'who', 'which', 'other', 'more', 'additional', 'further', 'another', 'extra',
  'percent', 'per cent', 'times', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades', 'centuries',
  'points', 'people', 'persons', 'others', 'dollars', 'euros', 'pounds', 'cents', 'yen', 'yuan', 'rupees', 'billion',
  'million', 'thousand', 'hundred', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'year-old', 'years-old', 'sq',
  'square', 'km', 'miles', 'metres', 'meters', 'feet', 'kilometres', 'kilometers', 'mm', 'cm', 'kg', 'tonnes', 'tons',
  'hectares', 'acres', 'litres', 'liters', 'barrels', 'degrees', 'mph', 'kph', 'ago', 'old', 'aged', 'percentage',
]);
/** Plurals without -s that news counts. */
const IRREGULAR_PLURALS: Record<string, string> = { aircraft: 'aircraft', children: 'child', men: 'man', women: 'woman', cattle: 'cattle', sheep: 'sheep', police: 'police', staff: 'staff', personnel: 'personnel', fish: 'fish' };
/** "reports of 23 fires" and "31 reports of fires" count fires. */
const CONTAINERS = new Set(['reports', 'cases', 'instances', 'incidents', 'counts', 'kinds', 'types', 'numbers', 'groups', 'pieces', 'units', 'tonnes', 'tons']);
/** Containers that count themselves when what they hold is a stuff: "nine pieces of jewellery", "items of art". */
const SELF_COUNTING = new Set(['pieces', 'items', 'units']);
/** Verbs that say nothing about which count it is ("said", "had", "including"). */
const EMPTY_VERBS = /^(?:found|said|says|say|told|tell|had|has|have|having|was|were|is|are|be|been|being|include[sd]?|including|put|puts|make|made|get|got|see|saw|seen|took|take|gave|give|to|of|estimated|reported|according)$/iu;
const VERB_LIKE = /^(?:\p{Ll}+ed|\p{Ll}+en|\p{Ll}{3,}(?:ate|ise|ize|ify)|recall|launch|fire|seize|stole|steal|cancel|ground|close|build|shoot|shot|down|hit|lost|lose|sold|sell|buy|bought|order|ordered|deploy|send|sent|kill|cut|burn|burnt|destroy|damage|open|sign|hold|held|evacuate|call|found|find)$/u;
/** Verbs whose object is counted for what is done to it next: "ordered 14 villages to be emptied". */
const CONTROL_VERBS = /^(?:ordered|forced|told|urged|asked|allowed|expected|caused|left)$/u;
/** Nouns of action before "of": "the cancellation of 1,100 flights", "the evacuation of 11 villages". */
const ACTION_NOUN = /^\p{Ll}+(?:tion|sion|ment|ure|al)$/u;

/** "jets" -> "jet", "ferries" -> "ferry", "boxes" -> "box", "aircraft" -> "aircraft"; null for a singular word. */
export function singular(word: string): string | null {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS[lower]) return IRREGULAR_PLURALS[lower]!;
  if (!/s$/u.test(lower) || /(?:ss|us|is|ics|news)$/u.test(lower) || lower.length < 4) return null;
  if (/ies$/u.test(lower)) return `${lower.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/u.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

/** " of the city's 31 ", " of its ": a part of what an owner has, before the noun counted. */
const PARTITIVE_OWNER = /^\s+of\s+(?:the\s+[\p{L}-]+['’]s|its|their)\s+(?:(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?/iu;

/** " to two" after "three votes": the split is the value as written; the votes in favour are the figure. */
const VOTE_SPLIT_REST = /^\s+to\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\b/iu;

/**
 * Figures of a sentence that count or measure a noun, with the verb they hang on. `taken` holds the normalized
 * values (and their leading numbers) the named slots already gave for this sentence: a figure they read is not read
 * again.
 */

export function genericClaims(sentence: string, taken: ReadonlySet<string>): GenericClaim[] {
  const found: GenericClaim[] = [];
  const seenSlots = new Set<string>();
  const push = (claim: GenericClaim): void => {
    // One figure per noun and verb: "launched 48 drones; 40 of them were shot down" are two.
    const key = `${claim.slot}\u0000${claim.verb ?? ''}`;
    if (seenSlots.has(key) || taken.has(claim.normalized ?? String(claim.figure.value))) return;
    seenSlots.add(key);
    found.push(claim);
  };
  // The figure patterns try every word boundary; most sentences hold no figure at all, so ask that first.
  if (!MAY_HOLD_FIGURE.test(sentence)) return found;
  /** Where `word`, first written at or after `from`, ends: the value runs to the noun counted. */
  const endOf = (from: number, word: string): number => from + sentence.slice(from).indexOf(word) + word.length;
  for (const m of sentence.matchAll(FIGURE_THEN_WORDS)) {
    const start = m.index ?? 0;
    const figureText = m[1]!;
    const figure = parseFigure(figureText);
    if (!figure || figure.value === 1 || !countable(sentence, start, figureText)) continue;
    let words = m[2]!.trim().split(/\s+/u);
    // "40 of the drones" counts drones; "44 of them" the things the sentence counted before.
    const partitive = /^of$/iu.test(words[0] ?? '') && /^(?:the|them|these|those|its|their)[,.;:]?$/iu.test(words[1] ?? '');
    if (partitive && /^them[,.;:]?$/iu.test(words[1]!)) {
      const earlier = found.at(-1);
      if (!earlier || earlier.unit) continue;
      const end = endOf(start + m[0].length, words[1]!);
      push({ slot: earlier.slot, value: `${figureText} of them`, figure, verb: verbAfter(sentence.slice(end)) ?? verbBefore(sentence.slice(0, start)) });
      continue;
    }
    // "22 of the city's 31 stations", "three of the company's plants": the owner (and the whole's figure) come
    // between the part and the noun counted; the value keeps them, as written.
    const owner = partitive ? PARTITIVE_OWNER.exec(sentence.slice(start + m[0].length)) : null;
    if (owner) words = sentence.slice(start + m[0].length + owner[0].length).match(/^[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,3}/u)?.[0].split(/\s+/u) ?? [];
    else if (partitive) words = [...words.slice(2), ...(sentence.slice(start + m[0].length).match(/^\s+[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*)?/u)?.[0].trim().split(/\s+/u) ?? [])];
    const head = headNoun(words);
    if (!head) continue;
    if (owner) {
      const end = endOf(start + m[0].length + owner[0].length, words[head.index]!);
      push({ slot: head.name, value: sentence.slice(start, end), figure, verb: verbAfter(sentence.slice(end)) ?? verbBefore(sentence.slice(0, start)) });
      continue;
    }
    const end = endOf(partitive ? start + figureText.length : start + m[0].length, words[head.index]!);
    const before = verbBefore(sentence.slice(0, start));
    // "ordered 14 villages to be emptied": what was done to the villages, not who ordered it.
    const after = verbAfter(sentence.slice(end));
    const split = /^votes?$/iu.test(words[head.index]!) ? VOTE_SPLIT_REST.exec(sentence.slice(end))?.[0] ?? '' : '';
    push({
      slot: head.name,
      value: `${figureText} ${words.slice(0, head.index + 1).join(' ')}`.replace(/[,.;:]+$/u, '') + split,
      figure,
      verb: before && CONTROL_VERBS.test(before) ? after ?? before : before ?? after,
    });
  }
  for (const m of /\bnumber of\b/iu.test(sentence) ? sentence.matchAll(NUMBER_OF) : []) {
    const figure = parseFigure(m[4]!);
    const noun = singular(m[2]!);
    const start = (m.index ?? 0) + m[0].length - m[4]!.length;
    if (!figure || !noun || NOT_NOUNS.has(m[2]!.toLowerCase()) || !countable(sentence, start, m[4]!)) continue;
    // "the number of whales refloated rose to 45": the participle after the noun is what was done to them.
    const verb = m[3] && VERB_LIKE.test(m[3]) && !EMPTY_VERBS.test(m[3]) ? m[3] : null;
    push({ slot: noun, value: m[4]!, figure, verb });
  }
  for (const m of UNIT_HINT.test(sentence) ? sentence.matchAll(UNIT_OF_NOUN) : []) {
    const figure = parseFigure(m[1]!);
    const unit = UNIT_CODES[m[2]!.toLowerCase()]!;
    const start = m.index ?? 0;
    if (!figure || !countable(sentence, start, m[1]!)) continue;
    const verb = verbBefore(sentence.slice(0, start)) ?? verbAfter(sentence.slice(start + m[0].length));
    push({ slot: m[3]!.toLowerCase(), value: m[0], figure, verb, unit, normalized: `${figure.value} ${unit}` });
  }
  for (const m of sentence.matchAll(COMPOUND_BEFORE_NOUN)) {
    const [written, number, unit, , noun] = m as unknown as [string, string, string, string, string];
    if (NOT_NOUNS.has(noun) || EMPTY_VERBS.test(noun)) continue;
    const start = m.index ?? 0;
    const value = written.slice(0, written.indexOf(unit) + unit.length);
    const verb = verbBefore(sentence.slice(0, start));
    if (LENGTH_WORDS.test(unit.toLowerCase())) {
      const length = parseLength(number, unit);
      if (length) push({ slot: `${noun} length`, value, figure: length, verb, unit: 'm', normalized: `${length.value} m` });
    } else if (TIME_WORDS.test(unit.toLowerCase())) {
      const duration = isoDuration(number, unit);
      const figure = parseFigure(number);
      if (duration && figure) push({ slot: `${noun} duration`, value, figure, verb, normalized: duration });
    } else {
      const figure = parseFigure(number);
      if (figure) push({ slot: unit.toLowerCase(), value, figure, verb });
    }
  }
  return found;
}

/** Not a year, a share, money, an age or an increment ("30 more", "four other"), nor a negation. */
function countable(sentence: string, start: number, figureText: string): boolean {
  const before = sentence.slice(Math.max(0, start - 12), start);
  const after = sentence.slice(start + figureText.length, start + figureText.length + 12);
  if (/^(?:1[89]|20)\d{2}$/u.test(figureText.trim())) return false;
  if (/[$€£¥₽₹]\s*$|\b(?:no|not|none of the|US|GH¢|No\.)\s*$/iu.test(before) || /[-–]$/u.test(before)) return false;
  // "the two ministers", "the three leaders": a small group named again (the parties of the story), not a count.
  if (/\b(?:the|these|those)\s*$/iu.test(before) && /^(?:two|three|four)$/iu.test(figureText.trim())) return false;
  if (/^\s*(?:%|per ?cent|percent|-year|-)/iu.test(after)) return false;
  return true;
}

/** The head noun among the words after a figure: modifiers may stand before it ("five affected models"). */
function headNoun(words: string[]): { name: string; index: number } | null {
  let reach = 3;
  for (let i = 0; i < Math.min(words.length, reach); i++) {
    const word = words[i]!.replace(/[,.;:]+$/u, '');
    const lower = word.toLowerCase();
    // "11 navy and coast guard ships": modifiers joined by "and" before the noun they share.
    if ((lower === 'and' || lower === 'or') && i > 0 && word === words[i] && /^\p{Ll}+$/u.test(words[i - 1]!)) {
      reach = Math.min(i + 4, words.length);
      continue;
    }
    if (NOT_NOUNS.has(lower) || /^(?:other|more|additional|further|another|extra)$/iu.test(lower)) return null;
    if (/^\p{Lu}/u.test(word) && i > 0) return null;
    const name = singular(lower);
    if (name) {
      // "heads of state": the noun keeps its complement; "reports of fires" counts fires.
      const next = words[i + 1]?.toLowerCase();
      const object = next === 'of' && words[i] === word ? words[i + 2]?.replace(/[,.;:]+$/u, '').toLowerCase() : undefined;
      if (object && CONTAINERS.has(lower)) {
        const counted = singular(object);
        if (counted) return { name: counted, index: i + 2 };
        return SELF_COUNTING.has(lower) ? { name, index: i } : null;
      }
      if (object && SELF_COUNTING.has(lower)) return { name, index: i };
      if (CONTAINERS.has(lower)) return SELF_COUNTING.has(lower) ? { name, index: i } : null;
      if (object && /^\p{Ll}{3,}$/u.test(object) && !NOT_NOUNS.has(object)) return { name: `${name} of ${object}`, index: i + 2 };
      return { name, index: i };
    }
    if (word !== words[i] || EMPTY_VERBS.test(lower)) return null;
  }
  return null;
}

/** "recall 412,000 vehicles", "the cancellation of 1,100 flights", "seized 87 live tortoises". */
function verbBefore(text: string): string | null {
  const words = text.replace(/\b(?:at least|more than|some|about|around|nearly|almost|up to|over|roughly|an estimated)\s*$/iu, '').trim().split(/\s+/u);
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (last === 'of') {
    const noun = words.at(-2)?.toLowerCase() ?? '';
    return ACTION_NOUN.test(noun) ? noun : null;
  }
  return VERB_LIKE.test(last) && !EMPTY_VERBS.test(last) ? last : null;
}

/**
 * "1,100 flights were cancelled", "14 villages to be emptied", "40 towns will remain closed": what was done to the
 * things counted. What they did ("heads of state gathered", "tractors blocked streets") tells no count from another.
 */
function verbAfter(text: string): string | null {
  const m = /^\s*(?:of\s+(?:[\p{L}\d-]+\s+){1,3}?)?(?:(?:were|was|are|is|have been|has been|had been|will be|to be|been|will|would|remain|remained)\s+){1,2}(\p{Ll}+)/u.exec(text);
  return m && VERB_LIKE.test(m[1]!) && !EMPTY_VERBS.test(m[1]!) ? m[1]! : null;
}
