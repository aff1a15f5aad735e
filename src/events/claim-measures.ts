// Measures the figure-noun patterns of the generic slot miss: durations written after a verb ("burned for nine
// hours", "the raid, which lasted seven minutes", "took four years to build", "after five years of construction"),
// times after an event ("18 minutes after lift-off"), depths without the word ("350 metres below the surface") and
// rates over a period ("a pay offer of 3% a year", "4% over two years"). Each is named from the event noun the
// sentence gives or from its verb made a noun, and marked generic: the stories stage may align it with another
// outlet's figure of the same kind under another name.
import { HEDGE, isoDuration, LENGTH_UNIT, parseFigure, parseLength, SMALL_NUMBER, type Figure } from './claim-values.js';

export interface MeasureClaim {
  slot: string;
  value: string;
  figure: Figure;
  normalized: string;
  verb: string | null;
  unit?: string;
}

const UNIT = String.raw`(year|month|week|day|hour|minute|second)s?`;
const AMOUNT = String.raw`((?:${HEDGE}\s+)?${SMALL_NUMBER})`;
/** "burned for nine hours", "will operate for seven years", "fell in 36 hours", "sold out in 40 minutes". */
const VERB_FOR = new RegExp(String.raw`\b(\p{L}{2,})(?:\s+(out|up|down|off|on))?\s+(?:for|in|within)\s+${AMOUNT}\s+${UNIT}\b(?!\s+(?:a|per|each)\s+(?:day|week|month|year)\b)`, 'giu');
/** A word that is a verb of the past or a participle, or one of the verbs of VERB_NOUNS. */
const VERB_FORM = /^\p{Ll}{3,}(?:ed|ing)$|^(?:fell|ran|sold|held|kept|shut|stood|met|fought|burnt|flew|sat|lay|hit|went|stuck|spent)$/u;
/** Words that end the reach back from "for N hours" to its verb: a clause boundary. */
const CLAUSE_WORDS = /^(?:and|but|or|which|that|who|while|when|after|before|as|because|since|until)$/u;
/** "the raid, which lasted seven minutes", "a debate lasting 11 hours". */
const LASTED = new RegExp(String.raw`\b(\p{Ll}{3,})(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:has\s+|had\s+)?(?:lasted|lasting|lasts|went on for|ran for)\s+(?:for\s+)?${AMOUNT}\s+${UNIT}\b`, 'giu');
/** "took four years to build", "took 40 minutes to put out", "the operation took 16 hours". */
const TOOK = new RegExp(String.raw`\b(?:took|takes|take|taking|needed)\s+${AMOUNT}\s+${UNIT}\b(?:\s+to\s+(\p{Ll}{3,}))?`, 'giu');
/** "after five years of construction", "three days of talks". */
const UNITS_OF = new RegExp(String.raw`\b${AMOUNT}\s+${UNIT}\s+of\s+(\p{Ll}{4,})\b`, 'giu');
/** "18 minutes after lift-off", "about 20 minutes after the launch". */
const AFTER_EVENT = new RegExp(String.raw`\b${AMOUNT}\s+${UNIT}\s+after\s+(?:the\s+|its\s+)?(\p{Ll}[\p{Ll}-]{2,})\b(?!\s+(?:\p{Ll}+ed|was|were|had|has|is|are|began|rose|fell)\b)`, 'giu');
/**
 * The period a plan runs over: "over the next 18 months", "for the next five years", "over 10 years", "under a
 * roadmap of twelve years". Not "2.8% over two years" (a rate, read by RATE).
 */
const PERIOD = new RegExp(String.raw`(?<!(?:%|\bcent|\bpercent)\s{0,3})\b(?:(?:over|for|within|during|in)\s+the\s+(?:next|coming)|over(?:\s+a\s+period\s+of)?|(?:under|with|on)\s+an?\s+(?:roadmap|timetable|schedule|timeline|period|plan)\s+of)\s+${AMOUNT}\s+${UNIT}\b`, 'giu');
/** "spent four minutes inside". */
const SPENT = new RegExp(String.raw`\b(?:spent|spending|spend)\s+${AMOUNT}\s+${UNIT}\b`, 'giu');
/** "350 metres below the surface", "at a depth of 300 metres", "300 metres underground". */
const DEPTH = new RegExp(String.raw`\bdepth of\s+((?:${HEDGE}\s+)?\d[\d,]*(?:\.\d+)?)\s*(${LENGTH_UNIT})\b|\b((?:${HEDGE}\s+)?\d[\d,]*(?:\.\d+)?)\s*(${LENGTH_UNIT})\s+(?:deep|below (?:the )?(?:surface|ground)|underground|beneath the surface)\b`, 'giu');
/** "the slick stretched for 12 km", "has spread over 20 kilometres", "the tunnel is 57 km long". */
const LENGTH_VERB = new RegExp(String.raw`\b(\p{Ll}{3,})\s+(?:has\s+|had\s+|now\s+)?(?:stretched|stretches|stretching|spread|spreads|extended|extends|ran|runs|covered|covers)\s+(?:for\s+|over\s+|across\s+|along\s+)?((?:${HEDGE}\s+)?\d[\d,]*(?:\.\d+)?)\s*(${LENGTH_UNIT})\b`, 'giu');
const LENGTH_LONG = new RegExp(String.raw`\b(\p{Ll}{3,})\s+(?:is|was|will be|would be)\s+((?:${HEDGE}\s+)?\d[\d,]*(?:\.\d+)?)\s*(${LENGTH_UNIT})\s+long\b`, 'giu');
/** "struck at 3.15 a.m.", "exploded at 8:40pm", "began at 14:30": the clock time of an event (not GMT). */
const CLOCK = /\bat\s+(?:(about|around|roughly|approximately|just after|just before)\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.m\.|p\.m\.|am\b|pm\b|(?=\s*(?:local time|hours\b)))/giu;
const CLOCK_EVENTS: [RegExp, string][] = [
  [/\b(?:quake|earthquake|tremor|erupted|eruption)\b/iu, 'quake'],
  [/\b(?:exploded|explosion|blast|detonated)\b/iu, 'blast'],
  [/\b(?:crashed|collided|derailed|capsized|sank|collapsed|caught fire|broke out|struck|hit|shook|rocked)\b/iu, 'incident'],
  [/\b(?:lifted off|launched|took off|landed)\b/iu, 'launch'],
  [/\b(?:began|started|opened|ended|closed)\b/iu, 'start'],
];
/** "the river rose by 4 metres", "water levels fell by 60 cm": a change of level. */
const LEVEL_CHANGE = new RegExp(String.raw`\b(rose|risen|rising|climbed|fell|fallen|dropped|sank|sunk)\s+(?:by\s+)?((?:${HEDGE}\s+)?(?:\d[\d,]*(?:\.\d+)?|${SMALL_NUMBER}))\s*(${LENGTH_UNIT})\b`, 'giu');
/** "shares fell by up to 3%", "exports rose 5.2 per cent": a change in per cent of the noun before the verb. */
const PERCENT_CHANGE = new RegExp(String.raw`\b(\p{Ll}{3,})\s+(rose|jumped|climbed|increased|grew|surged|soared|fell|dropped|slumped|declined|decreased|plunged|slid)\s+(?:by\s+)?((?:${HEDGE}\s+)?\d+(?:\.\d+)?)\s*(?:%|per ?cent\b|percent\b)(?!\s+(?:a|per|each|over)\b)`, 'giu');
/** "a 3% pay rise", "a 25% stake": a share before the noun it sizes. */
const PERCENT_NOUN = new RegExp(String.raw`\b(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+((?:pay\s+)?(?:rise|raise|increase|cut|stake|share|hike|discount|tariff|tax|levy))\b(?!\s+(?:a|per|each|over)\b)`, 'giu');
/** "8% of its workforce", "roughly a tenth of its staff", "half of the country's hospitals": a share of a whole. */
const SHARE_OF = new RegExp(String.raw`\b(?:(${HEDGE})\s+)?(?:(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b|percent\b)|(?:an?|one)\s+(half|third|quarter|fifth|tenth|twentieth)|(half))\s+of\s+(?:its|the|their|his|her|our)\s+(?:total\s+|global\s+|entire\s+|whole\s+)?(\p{Ll}{3,})\b(?!['’]s?\b)`, 'giu');
const FRACTIONS: Record<string, number> = { half: 50, third: 33.3, quarter: 25, fifth: 20, tenth: 10, twentieth: 5 };
/** "a pay offer of 3% a year", "an offer of 4% over two years", "a 5% rise". */
const RATE = new RegExp(String.raw`\b(\p{Ll}{3,})\s+of\s+(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s+(?:(a|per|each)\s+(year|month)|over\s+${AMOUNT}\s+(years?|months?))\b`, 'giu');

/** A duration as written back: "nine hours", but "a week" and "at least one day" stay singular. */
function spanWritten(amount: string, unit: string): string {
  return `${amount} ${unit}${/\b(?:a|an|one|1)$/iu.test(amount) ? '' : 's'}`;
}

/** Verbs turned into the noun of what lasted: "burned for nine hours" is the fire's duration. */
const VERB_NOUNS: Record<string, string> = {
  burn: 'fire', burned: 'fire', burnt: 'fire', burning: 'fire', blazed: 'fire', raged: 'fire',
  build: 'construction', built: 'construction', construct: 'construction', complete: 'construction',
  operate: 'operation', operating: 'operation', work: 'operation', function: 'operation', orbit: 'mission',
  strike: 'strike', struck: 'strike', walked: 'strike', protest: 'protest', protested: 'protest', marched: 'march',
  debated: 'debate', debate: 'debate', met: 'meeting', meet: 'meeting', talked: 'talks', negotiated: 'talks',
  fell: 'rain', rained: 'rain', poured: 'rain', fight: 'fighting', fought: 'fighting', clashed: 'fighting',
  repair: 'repair', fix: 'repair', restore: 'repair', extinguish: 'firefighting', contain: 'firefighting',
  rescue: 'rescue', search: 'search', searched: 'search', evacuate: 'evacuation', close: 'closure', closed: 'closure',
  shut: 'closure', stay: 'stay', stayed: 'stay', remain: 'stay', remained: 'stay', delayed: 'delay', held: 'detention',
  blocked: 'blockage', blocking: 'blockage', suspended: 'suspension', halted: 'suspension',
  trapped: 'entrapment', stuck: 'entrapment', stranded: 'entrapment', flew: 'flight', sailed: 'voyage',
};
/** Nouns of events whose length news gives: the sentence's own word is the best name for its duration. */
const EVENT_NOUNS = /^(?:raid|robbery|heist|attack|assault|fire|blaze|wildfire|strike|walkout|stoppage|debate|session|meeting|talks|summit|visit|flight|voyage|mission|operation|search|rescue|siege|standoff|blackout|outage|shutdown|closure|delay|storm|rain|rainfall|downpour|eruption|quake|shaking|fighting|battle|clashes|protest|march|rally|trial|hearing|ceremony|construction|renovation|repair|works|journey|trip|drill|exercise|lockdown|curfew|ceasefire|truce|hunt|chase|occupation|detention|captivity|ordeal)$/u;
/**
 * Verbs whose "for N hours" is no duration of what happened here: "lasted" is read by its own pattern, a sentence or
 * an age is another slot's, and "planned for one hour, lasted more than three": a plan's length is not what happened.
 */
const NOT_DURATION_VERBS = /^(?:lasted|lasting|lasts|sentenced|jailed|aged|planned|scheduled|expected|intended|budgeted|slated|due)$/u;
const NOT_EVENT_VERBS = /^(?:was|were|is|are|been|be|has|had|have|will|would|could|only|just|last|first|next|the|and|but|than|said|says)$/u;

/** Words back from "for N hours" to its verb ("blocked the Suez Canal for nine hours"). */
const VERB_REACH_WORDS = 5;
/** Characters back from a figure to the event noun it measures ("the blaze ... burned for"). */
const EVENT_NOUN_REACH = 80;

/** The verb nearest before the end of `text`, within a few words and the same clause. */
function verbBack(text: string): string | null {
  const words = text.split(/\s+/u).filter(Boolean).slice(-VERB_REACH_WORDS);
  for (let i = words.length - 1; i >= 0; i--) {
    const raw = words[i]!;
    const word = raw.replace(/[^\p{L}-]+$/u, '');
    if (i < words.length - 1 && (word !== raw || CLAUSE_WORDS.test(word.toLowerCase()))) return null;
    if (VERB_NOUNS[word] || VERB_FORM.test(word)) return word;
  }
  return null;
}

/** Nouns that make an event noun before them a modifier: "fire tenders", "rescue teams", "strike leaders". */
const ACTOR_HEADS = /^(?:tenders?|engines?|trucks?|crews?|fighters?|services?|brigades?|departments?|officials?|chiefs?|commanders?|stations?|officers?|teams?|workers?|units?|authorit(?:y|ies)|organi[sz]ers?|leaders?|committees?|dogs?|helicopters?|boats?)$/u;

/** The event noun nearest before `index` in the sentence ("the blaze ... burned"), if any within reach. */
function eventNounBefore(sentence: string, index: number, stopAt?: string): string | null {
  const words = sentence.slice(Math.max(0, index - EVENT_NOUN_REACH), index).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    // With `stopAt`, only the words after that verb: its object.
    if (stopAt && words[i] === stopAt) return null;
    // "the fire tenders took an hour to arrive": a noun that names people or gear of the event is no event.
    if (EVENT_NOUNS.test(words[i]!) && !ACTOR_HEADS.test(words[i + 1] ?? '')) return words[i]!;
  }
  return null;
}

function nameFor(sentence: string, index: number, verb: string | null): string | null {
  const noun = eventNounBefore(sentence, index);
  if (noun) return noun;
  if (!verb) return null;
  const lower = verb.toLowerCase();
  return VERB_NOUNS[lower] ?? (EVENT_NOUNS.test(lower) ? lower : null);
}

/** Durations, times after an event, depths and rates of a sentence; `taken` as for the generic slot. */
export function measureClaims(sentence: string, taken: ReadonlySet<string>): MeasureClaim[] {
  const found: MeasureClaim[] = [];
  const seen = new Set<string>();
  const push = (claim: MeasureClaim): void => {
    if (seen.has(claim.normalized) || taken.has(claim.normalized)) return;
    seen.add(claim.normalized);
    found.push(claim);
  };
  const duration = (slot: string | null, amount: string, unit: string, written: string, verb: string | null): void => {
    const figure = parseFigure(amount);
    const value = isoDuration(amount.replace(new RegExp(String.raw`^${HEDGE}\s+`, 'iu'), ''), unit);
    if (slot && figure && value && figure.value !== 0) push({ slot, value: written, figure, normalized: value, verb });
  };
  if (/year|month|week|day|hour|minute|second/iu.test(sentence)) {
    for (const m of sentence.matchAll(LASTED)) {
      const noun = EVENT_NOUNS.test(m[1]!.toLowerCase()) ? m[1]!.toLowerCase() : eventNounBefore(sentence, (m.index ?? 0) + m[1]!.length);
      duration(noun ? `${noun} duration` : null, m[2]!, m[3]!, m[0].slice(m[0].search(/\b(?:lasted|lasting|lasts|went|ran)\b/u)), null);
    }
    for (const m of sentence.matchAll(VERB_FOR)) {
      // "burned for nine hours"; "blocked the Suez Canal for nine hours": the verb may stand a few words back.
      const verb = verbBack(sentence.slice(0, (m.index ?? 0) + m[1]!.length));
      if (!verb || NOT_EVENT_VERBS.test(verb) || NOT_DURATION_VERBS.test(verb)) continue;
      // "fought the blaze for five hours": the event the verb acts on names the duration best.
      const object = m[2] ? null : eventNounBefore(sentence, (m.index ?? 0) + m[1]!.length, verb);
      const name = m[2] ? null : object ?? VERB_NOUNS[verb] ?? nameFor(sentence, m.index ?? 0, null);
      // "sold out in 40 minutes": no noun says what lasted, so it is the time the act took, keyed by its verb.
      const phrasal = m[2] ? `${verb} ${m[2].toLowerCase()}` : verb;
      duration(name ? `${name} duration` : 'time', m[3]!, m[4]!, spanWritten(m[3]!, m[4]!), phrasal);
    }
    for (const m of sentence.matchAll(TOOK)) {
      const verb = m[3]?.toLowerCase() ?? null;
      // "took four years to build" is the building's; "the operation to free them took 16 hours" the operation's.
      const name = (verb ? VERB_NOUNS[verb] : undefined) ?? eventNounBefore(sentence, m.index ?? 0);
      duration(name ? `${name} duration` : null, m[1]!, m[2]!, spanWritten(m[1]!, m[2]!), verb);
    }
    for (const m of sentence.matchAll(UNITS_OF)) {
      const noun = m[3]!.toLowerCase();
      if (!EVENT_NOUNS.test(noun)) continue;
      duration(`${noun} duration`, m[1]!, m[2]!, m[0].replace(/\s+of\s+\p{L}+$/u, ''), null);
    }
    for (const m of sentence.matchAll(AFTER_EVENT)) {
      duration('time', m[1]!, m[2]!, m[0].replace(/\s+after\s+.*$/u, ''), m[3]!.toLowerCase());
    }
    for (const m of sentence.matchAll(PERIOD)) {
      if (!/^(?:year|month)$/iu.test(m[2]!)) continue;
      duration('period duration', m[1]!, m[2]!, m[0].replace(/^.*?\b(?=(?:the\s+)?(?:next|coming)\b|\S+\s+\S+$)/u, ''), null);
    }
    for (const m of sentence.matchAll(SPENT)) {
      const noun = eventNounBefore(sentence, m.index ?? 0);
      duration(noun ? `${noun} duration` : 'time', m[1]!, m[2]!, m[0].replace(/^\p{L}+\s+/u, ''), 'spent');
    }
  }
  if (/deep|below|underground|beneath|depth/iu.test(sentence)) {
    for (const m of sentence.matchAll(DEPTH)) {
      const length = parseLength(m[1] ?? m[3]!, m[2] ?? m[4]!);
      if (length) push({ slot: 'depth', value: m[0].replace(/^depth of\s+/iu, ''), figure: length, normalized: `${length.value} m`, verb: null, unit: 'm' });
    }
  }
  if (/stretch|spread|extend|ran\b|runs\b|cover|long\b/iu.test(sentence)) {
    for (const m of [...sentence.matchAll(LENGTH_VERB), ...sentence.matchAll(LENGTH_LONG)]) {
      const noun = m[1]!.toLowerCase();
      const length = parseLength(m[2]!, m[3]!);
      if (!length || NOT_EVENT_VERBS.test(noun)) continue;
      push({ slot: `${noun} length`, value: `${m[2]} ${m[3]}`, figure: length, normalized: `${length.value} m`, verb: null, unit: 'm' });
    }
  }
  if (/\b(?:rose|risen|rising|climbed|fell|fallen|dropped|sank|sunk)\b/iu.test(sentence)) {
    for (const m of sentence.matchAll(LEVEL_CHANGE)) {
      const length = parseLength(m[2]!, m[3]!);
      const slot = /^(?:fell|fallen|dropped|sank|sunk)$/iu.test(m[1]!) ? 'level fall' : 'level rise';
      if (length) push({ slot, value: m[0].replace(/^\p{L}+\s+(?:by\s+)?/u, ''), figure: length, normalized: `${length.value} m`, verb: null, unit: 'm' });
    }
  }
  if (/\d\s*(?:a\.m|p\.m|am\b|pm\b)|\d[:.]\d{2}|local time/iu.test(sentence)) {
    const event = CLOCK_EVENTS.find(([re]) => re.test(sentence))?.[1];
    // Only one clock time per sentence, and none near GMT or UTC: "03:15 local time (0015 GMT)" is one moment.
    const clocks = [...sentence.matchAll(CLOCK)];
    if (event && clocks.length === 1 && !/\b(?:GMT|UTC)\b/u.test(sentence)) {
      const m = clocks[0]!;
      const hour = Number(m[2]);
      const minute = Number(m[3] ?? 0);
      const meridiem = m[4]?.toLowerCase().startsWith('p') ? 12 : m[4]?.toLowerCase().startsWith('a') ? 0 : null;
      const hour24 = meridiem === null ? hour : (hour % 12) + meridiem;
      if (hour <= 23 && minute <= 59 && (meridiem === null || (hour >= 1 && hour <= 12))) {
        const normalized = `${String(hour24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        push({ slot: `${event} time`, value: m[0].replace(/^at\s+/iu, '').trim(), figure: { value: hour24 * 60 + minute, precision: 1, qualifier: m[1] ? 'about' : null }, normalized, verb: null });
      }
    }
  }
  if (/%|per ?cent|\bhalf\b|\b(?:third|quarter|fifth|tenth|twentieth)\s+of\b/iu.test(sentence)) {
    for (const m of sentence.matchAll(SHARE_OF)) {
      const fraction = (m[3] ?? m[4])?.toLowerCase();
      const share = fraction ? FRACTIONS[fraction]! : Number(m[2]);
      const figure = parseFigure(`${m[1] ? `${m[1]} ` : ''}${fraction ? '1' : m[2]!}`);
      // A fraction in words is as rough as its last digit would be ("a tenth": 10, to the unit).
      if (figure && share > 0 && share <= 100) {
        push({ slot: `${m[5]!.toLowerCase()} share`, value: m[0], figure: { ...figure, value: share, precision: fraction ? 1 : figure.precision }, normalized: `${share} %`, verb: null, unit: '%' });
      }
    }
  }
  if (/%|per ?cent/iu.test(sentence)) {
    for (const m of sentence.matchAll(PERCENT_CHANGE)) {
      const figure = parseFigure(m[3]!);
      if (NOT_EVENT_VERBS.test(m[1]!) || !figure) continue;
      const rise = /^(?:rose|jumped|climbed|increased|grew|surged|soared)$/iu.test(m[2]!);
      const noun = m[1]!.toLowerCase().replace(/(?<=\p{L}{3}[^s])s$/u, '');
      push({ slot: `${noun} ${rise ? 'rise' : 'fall'}`, value: m[0].slice(m[0].search(new RegExp(String.raw`\b${m[2]}\b`, 'u'))), figure, normalized: `${figure.value} %`, verb: null, unit: '%' });
    }
    for (const m of sentence.matchAll(PERCENT_NOUN)) {
      const figure = parseFigure(m[1]!);
      if (figure) push({ slot: m[2]!.toLowerCase().replace(/\s+/gu, ' '), value: m[0], figure, normalized: `${figure.value} %`, verb: null, unit: '%' });
    }
    for (const m of sentence.matchAll(RATE)) {
      const rate = rateOf(m);
      if (rate) push({ slot: m[1]!.toLowerCase(), value: m[0].slice(m[1]!.length).replace(/^\s+of\s+/u, ''), figure: rate.figure, normalized: `${rate.perYear} %/Y`, verb: null, unit: '%/Y' });
    }
  }
  return found;
}

/** A rate per year: "3% a year" -> 3; "4% over two years" -> 2; "1% a month" -> 12. */
function rateOf(m: RegExpMatchArray): { figure: Figure; perYear: number } | null {
  const percent = Number(m[2]);
  if (!Number.isFinite(percent)) return null;
  if (m[4]) {
    const perYear = m[4].toLowerCase() === 'month' ? percent * 12 : percent;
    return { figure: { value: percent, precision: 1, qualifier: null }, perYear };
  }
  const years = parseFigure(m[5]!.replace(new RegExp(String.raw`^${HEDGE}\s+`, 'iu'), ''));
  if (!years || years.value <= 0) return null;
  const span = /^month/iu.test(m[6]!) ? years.value / 12 : years.value;
  return { figure: { value: percent, precision: 1, qualifier: null }, perYear: Math.round((percent / span) * 1000) / 1000 };
}
