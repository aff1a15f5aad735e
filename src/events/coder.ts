// The sentence coder: finds event triggers with the verb lexicon, turns plans into intents and refusals into
// rejections (as the CAMEO code book does), and attaches source and target actors, place, date and attributes.
import type { Actor, CodedEvent, EntityMention, Quote, Span, Timex } from '../model.js';
import { findActors, placeCountry, type ActorMemory, type ActorMention } from './actors.js';
import { findDurations, findUntil, isBackground, modalityBefore, ruledOutAfter, type EventAttributes } from './attributes.js';
import { ploverType, TYPE_CODE } from './cameo.js';
import { addCounts, sentenceCountries, withContextCodes } from './context.js';
import { findPlace } from './place.js';
import { articleCountries, PREPOSITION_BEFORE, pronounSubject, speakerActor, subjectPhrase, toActor } from './subjects.js';
import { candidatePatterns } from './verbs.js';
import { events as settings } from '../settings.js';

export interface Trigger extends Span {
  text: string;
  cameo: string;
  weight: number;
  statement: boolean;
}

/** A coded event with the attributes and trigger the contract does not carry. */
export interface DetailedEvent extends Omit<CodedEvent, 'type'> {
  /** Null for statements (CAMEO 01), which have no PLOVER type. */
  type: string | null;
  trigger: { text: string; start: number; end: number };
  attributes: EventAttributes;
  /** The sentence's main event: first non-statement trigger outside subordinate clauses. */
  primary: boolean;
}

export interface SentenceContext {
  memory: ActorMemory;
  /** Quotes with speakers (from the NLP stage): an act inside a quote is the speaker's. */
  quotes: Quote[];
  entities: EntityMention[];
  timexes: Timex[];
  referenceYear: number | null;
  /** The article's date (YYYY-MM-DD), when known: dated events well before it are background. */
  referenceDate?: string | null;
  /** The event-type model, for sentences in which no pattern found an act: a type, or null when unsure. */
  classify?: (sentence: string) => string | null;
}

/** All pattern matches in a sentence, with overlapping matches reduced to the most specific one. */
export function findTriggers(text: string, sentence: Span): Trigger[] {
  const body = text.slice(sentence.start, sentence.end);
  const raw: Trigger[] = [];
  const words = new Set(body.toLowerCase().match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []);
  for (const p of candidatePatterns(words)) {
    p.re.lastIndex = 0;
    for (const m of body.matchAll(p.re)) {
      const start = sentence.start + (m.index ?? 0);
      // "long-threatened invasion": a word inside a compound adjective is no act, and must not hide the noun.
      if (start > 0 && text[start - 1] === '-') continue;
      raw.push({ start, end: start + m[0].length, text: m[0], cameo: p.cameo, weight: p.weight, statement: p.statement === true });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Trigger[] = [];
  for (const t of raw) {
    const overlapping = kept.findIndex((k) => k.start < t.end && t.start < k.end);
    if (overlapping < 0) {
      kept.push(t);
      continue;
    }
    const k = kept[overlapping]!;
    if (better(t, k)) kept[overlapping] = t;
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** More words ("press release" over "release"), then an act over a statement, then a longer span, then a more specific code. */
function better(a: Trigger, b: Trigger): boolean {
  if (a.weight !== b.weight) return a.weight > b.weight;
  if (a.statement !== b.statement) return !a.statement;
  const lenA = a.end - a.start;
  const lenB = b.end - b.start;
  if (lenA !== lenB) return lenA > lenB;
  return a.cameo.length > b.cameo.length;
}

const COOPERATIVE_ROOTS = new Set(['04', '05', '06', '07', '08']);

/** A planned cooperative act is an intent (03x); a planned hostile act is a threat (13x). */
export function intentCode(cameo: string): string | null {
  const root = cameo.slice(0, 2);
  if (cameo === '057') return '030';
  if (root === '04') return '036';
  if (root === '05') return '032';
  if (root === '06') return cameo === '061' ? '0311' : cameo === '062' ? '0312' : cameo === '063' ? '0313' : cameo === '064' ? '0314' : '031';
  if (root === '07') return cameo === '071' ? '0331' : cameo === '072' ? '0332' : cameo === '073' ? '0333' : cameo === '074' ? '0334' : '033';
  if (root === '08') return cameo.startsWith('084') ? '0353' : cameo === '085' ? '0354' : cameo.startsWith('087') ? '0356' : '035';
  return null;
}

function threatCode(cameo: string): string | null {
  const root = cameo.slice(0, 2);
  if (cameo === '163') return '1312';
  if (cameo === '1723') return '1323';
  if (cameo === '1722') return '1322';
  if (cameo === '1724') return '1324';
  if (root === '14') return '133';
  if (root === '16') return cameo === '164' ? '134' : cameo === '165' ? '135' : cameo === '166' ? '136' : cameo.startsWith('162') ? '1311' : '1313';
  if (root === '17') return cameo === '191' ? '1381' : cameo === '192' ? '1382' : '137';
  if (root === '18' || root === '19' || root === '20') return '138';
  if (cameo.startsWith('087')) return '136';
  return null;
}

function refusalCode(cameo: string): string {
  const root = cameo.slice(0, 2);
  if (root === '04' || cameo === '036') return '125';
  if (root === '06' || cameo.startsWith('031')) return '121';
  if (root === '07' || cameo.startsWith('033')) return '122';
  if (root === '08' || cameo.startsWith('035')) return '124';
  return '120';
}

/** Words that open a subordinate clause: an act after them is not the sentence's main event. "as" only before a
 * subject ("as the junta leader visits"), not in "as well as" or "as part of". */
const SUBORDINATOR = /\b(?:after|since|following|before|when|while|because|unless|if|until|who|whom|which|whose|amid|despite|as(?=\s+(?:the|he|she|it|they|his|her|its|their|junta|rebels|police|troops)\b))\b/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$/i;
/** Investigations, charges, verdicts, arrests, deportations and confiscations: acts of a state's authorities. */
const AUTHORITY_ACT = /^(?:09|112|115|116|173|174|1711)/;
const APPOSITIVE = /,\s*(?:a|an|the|who|which)\s[^,]{1,90},/gi;
const ATTRIBUTION_START = /,\s*(?:according to|(?:the\s+|a\s+)?[\w\s'’-]{0,60}?\b(?:said|says|reported|reports|announced|told|added|confirmed))\b/i;

/** Code every event of one sentence. */
export function codeSentence(text: string, sentence: Span, ctx: SentenceContext): DetailedEvent[] {
  const mentions = findActors(text, sentence, ctx.memory, ctx.entities);
  const countriesHere = sentenceCountries(mentions);
  const triggers = absorbIntents(findTriggers(text, sentence), text);
  const body = text.slice(sentence.start, sentence.end);
  const attributionAt = ATTRIBUTION_START.exec(body);
  const clauseEnd = attributionAt ? sentence.start + (attributionAt.index ?? 0) : sentence.end;
  const events: DetailedEvent[] = [];
  const place = findPlace(text, sentence, ctx.entities);
  // "went on strike in Nairobi": where the sentence happens is context for its actors' country too.
  const placeCode = place ? placeCountry(place) : null;
  if (placeCode && !/^(?:IGO|NGO|IMG)/.test(placeCode)) countriesHere.set(placeCode, (countriesHere.get(placeCode) ?? 0) + 1);
  let primaryChosen = false;
  const nonStatements = triggers.filter((t) => !t.statement);
  for (const trigger of triggers) {
    if (trigger.statement && nonStatements.length > 0) continue;
    // "in March": a month, not a march; "Amnesty International", "United States": names, not acts (words inside a
    // compound adjective never become triggers: see findTriggers).
    if (/^(?:March|May)$/.test(trigger.text)) continue;
    if (mentions.some((m) => m.start <= trigger.start && trigger.end <= m.end)) continue;
    const before = text.slice(sentence.start, trigger.start);
    const mod = modalityBefore(before, body, trigger.statement);
    // A cooperative act ruled out ("lifting the sanctions is out of the question") is refused like a negated one.
    if (COOPERATIVE_ROOTS.has(trigger.cameo.slice(0, 2)) && ruledOutAfter(text.slice(trigger.end, sentence.end))) mod.negated = true;
    let cameo = trigger.cameo;
    if (mod.negated && (COOPERATIVE_ROOTS.has(cameo.slice(0, 2)) || cameo.startsWith('03'))) cameo = refusalCode(cameo);
    else if (mod.future && !cameo.startsWith('03')) cameo = intentCode(cameo) ?? threatCode(cameo) ?? cameo;
    const actors = actorsFor(text, trigger, mentions, sentence, clauseEnd);
    // "..., it has agreed", "They rejected the plan": a pronoun subject is the actor it refers to.
    const pronoun = pronounSubject(text, sentence, trigger, mentions, ctx.memory);
    if (pronoun) {
      if (actors.target && actors.target.text === pronoun.text) actors.target = null;
      if (!actors.target && actors.source && actors.source.text !== pronoun.text && mentions.some((m) => m.start >= trigger.end && m.text.startsWith(actors.source!.text))) actors.target = actors.source;
      actors.source = pronoun;
    }
    // "A US national was put under investigation in Italy", "a missionary was arrested in Lebanon": an arrest,
    // charge or inquiry with no agent named is the act of the authorities where it happened.
    if (AUTHORITY_ACT.test(cameo) && PASSIVE_BEFORE.test(before) && !/^\s+by\s/.test(text.slice(trigger.end, sentence.end)) && place) {
      const authority = placeCountry(place);
      if (authority && !authority.startsWith('IGO')) {
        actors.target = actors.source;
        actors.source = { text: place, code: `${authority}GOV` };
      }
    }
    // Inside a quote, an act with no actor of its own before it ("We are determined to …") is the speaker's;
    // the quote's own words bound its target.
    const quote = ctx.quotes.find((q) => q.start <= trigger.start && trigger.end <= q.end);
    if (quote) {
      // "Gunmen abducted 30 students, police said": a subject of its own, even one the lexicon does not know.
      const ownSubject = mentions.some((m) => m.start >= quote.start && m.end <= trigger.start) || subjectPhrase(text.slice(quote.start, trigger.start)) !== null;
      const inQuoteAfter = mentions.filter((m) => m.start >= trigger.start && m.end <= quote.end);
      if (quote.speaker && !ownSubject) {
        actors.source = speakerActor(quote.speaker, ctx.memory);
        actors.target = inQuoteAfter[0] ? { text: inQuoteAfter[0].text, code: inQuoteAfter[0].code } : null;
      }
      const target = actors.target;
      if (target && !inQuoteAfter.some((m) => m.text.startsWith(target.text))) actors.target = null;
    }
    if (!actors.source) continue;
    const coded = withContextCodes(text, sentence, { source: actors.source, target: actors.target }, mentions, countriesHere, articleCountries(ctx.memory));
    actors.source = coded.source;
    actors.target = coded.target;
    // "traveled to Moscow", "imposed a curfew in Algiers": without a named target, the place's country is it,
    // except for a visitor's own country.
    if (!actors.target && place) {
      const host = placeCountry(place);
      const visit = cameo === '042' || cameo === '036';
      if (host && (!visit || host !== actors.source.code?.slice(0, 3))) actors.target = { text: place, code: host };
    }
    const clause = clauseAround(text, sentence, trigger);
    const subordinate = SUBORDINATOR.test(text.slice(clause.start, trigger.start));
    const attributes: EventAttributes = { modality: mod.modality };
    if (mod.negated) attributes.negated = true;
    const timexYears = ctx.timexes
      .filter((t) => t.start >= clause.start && t.end <= clause.end && /^\d{4}/.test(t.value))
      .map((t) => Number(t.value.slice(0, 4)));
    const earlierDate = ctx.referenceDate ? ctx.timexes.some((t) => t.start >= clause.start && t.end <= clause.end && monthsBefore(t.value, ctx.referenceDate!) > settings.backgroundMonths) : false;
    if (earlierDate || isBackground(text.slice(clause.start, clause.end), text.slice(clause.start, trigger.start), ctx.referenceYear, timexYears)) {
      attributes.background = true;
    }
    addTermAttributes(attributes, cameo, body);
    const isPrimary = !primaryChosen && !trigger.statement && !subordinate;
    if (isPrimary) primaryChosen = true;
    events.push({
      type: ploverType(cameo), cameo, source: actors.source, target: actors.target,
      date: dateFor(ctx.timexes, sentence, trigger), place, sentence: { start: sentence.start, end: sentence.end },
      trigger: { text: trigger.text, start: trigger.start, end: trigger.end }, attributes, primary: isPrimary,
    });
  }
  if (events.length === 0 && ctx.classify) {
    const modelled = modelCodedEvent(text, sentence, mentions, place, ctx, countriesHere);
    if (modelled) events.push(modelled);
  }
  addCounts(ctx.memory.countries, countriesHere);
  if (!primaryChosen) {
    const fallback = events.find((e) => e.type !== null) ?? events[0];
    if (fallback) fallback.primary = true;
  }
  const main = events.find((e) => e.primary);
  if (main?.source.code) ctx.memory.lastSource = main.source;
  return dedupe(events);
}

/**
 * A sentence no pattern matched ("Jakarta forced the UN refugee agency out of the country"): when the model names a
 * type and the sentence names an actor, its subject is the source and the next actor the target. The event is
 * marked `modelCoded`, and its trigger is the empty span after the subject.
 */
function modelCodedEvent(text: string, sentence: Span, mentions: ActorMention[], place: string | null, ctx: SentenceContext, countriesHere: Map<string, number>): DetailedEvent | null {
  const subject = mentions.find((m) => !PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 20), m.start)));
  // Captions, bylines and page furniture ("A Message from The Moscow Times:") are short: no news event there.
  const words = text.slice(sentence.start, sentence.end).split(/\s+/).length;
  if (!subject || words < settings.modelMinWords) return null;
  const type = ctx.classify!(text.slice(sentence.start, sentence.end));
  if (!type || !TYPE_CODE[type]) return null;
  const object = mentions.find((m) => m.start >= subject.end && !(m.code !== null && m.code === subject.code));
  const { source, target } = withContextCodes(text, sentence, { source: toActor(subject), target: object ? toActor(object) : null }, mentions, countriesHere, articleCountries(ctx.memory));
  if (source.code === null) return null;
  return {
    type, cameo: TYPE_CODE[type]!, source, target, date: dateFor(ctx.timexes, sentence, subject), place,
    sentence: { start: sentence.start, end: sentence.end }, trigger: { text: '', start: subject.end, end: subject.end },
    attributes: { modality: 'asserted', modelCoded: true }, primary: true,
  };
}

/**
 * "agreed to share information": the intent verb takes the code of the act it governs (0314), and the
 * governed act is not coded again. The same for "offered to negotiate" (036) or "promised military aid" (0332).
 */
function absorbIntents(triggers: Trigger[], text: string): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < triggers.length; i++) {
    const t = triggers[i]!;
    const next = triggers[i + 1];
    if (t.cameo === '030' && next && !next.statement && next.start - t.end <= settings.intentObjectGap) {
      const gap = text.slice(t.end, next.start);
      const intent = COOPERATIVE_ROOTS.has(next.cameo.slice(0, 2)) ? intentCode(next.cameo) : null;
      if (intent && !/[.;]/.test(gap)) {
        out.push({ ...t, cameo: intent, end: next.end, text: text.slice(t.start, next.end) });
        i++;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

function clauseAround(text: string, sentence: Span, trigger: Span): Span {
  let start = trigger.start;
  while (start > sentence.start && !/[,;:(—–]/.test(text[start - 1]!)) start--;
  let end = trigger.end;
  while (end < sentence.end && !/[,;:)—–]/.test(text[end]!)) end++;
  return { start, end };
}

interface EventActors {
  source: Actor | null;
  target: Actor | null;
}

function actorsFor(text: string, trigger: Trigger, mentions: ActorMention[], sentence: Span, clauseEnd: number): EventActors {
  const beforeText = text.slice(sentence.start, trigger.start);
  const afterText = text.slice(trigger.end, sentence.end);
  const appositives = [...beforeText.matchAll(APPOSITIVE)].map((m) => ({ start: sentence.start + (m.index ?? 0), end: sentence.start + (m.index ?? 0) + m[0].length }));
  const inAppositive = (m: ActorMention): boolean => appositives.some((a) => a.start <= m.start && m.end <= a.end);
  // Actors inside ", a key U.S. ally in the war," describe the subject; they are not the subject.
  const allBefore = mentions.filter((m) => m.start < trigger.start && m.end <= trigger.end);
  const before = allBefore.some((m) => !inAppositive(m)) ? allBefore.filter((m) => !inAppositive(m)) : allBefore;
  // A phrase trigger can span its object ("gave the Ivory Coast 5.1 million dollars"): objects start after its verb.
  const headEnd = trigger.start + (/^\S+/.exec(trigger.text)?.[0].length ?? 0);
  const after = mentions.filter((m) => m.start >= headEnd && (m.start < clauseEnd || trigger.end >= clauseEnd) &&
    !/\b(?:its|their|his|her)\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 7), m.start)));
  // "was attacked by X"; but "was concerned by" is a state, not a passive act.
  const passive = PASSIVE_BEFORE.test(beforeText) && /^\s+by\s/.test(afterText) && !trigger.cameo.startsWith('01') && trigger.cameo !== '110';
  if (passive) {
    const agent = after[0] ?? null;
    const patient = before[before.length - 1] ?? null;
    return { source: agent ? toActor(agent) : null, target: patient ? toActor(patient) : null };
  }
  // "Russia said that Sudan must return ...": the demand is the sayer's, made of the one who must.
  if (/^must$/i.test(trigger.text)) {
    const saying = [...beforeText.matchAll(/\b(?:said|says|say|announced|concluded|insisted|stated|declared)\b/gi)].pop();
    if (saying) {
      const verbAt = sentence.start + (saying.index ?? 0);
      const sayer = before.filter((m) => m.end <= verbAt).pop();
      const addressee = before.filter((m) => m.start >= verbAt).shift();
      if (sayer) return { source: toActor(sayer), target: addressee ? toActor(addressee) : null };
    }
  }
  // The subject: the nearest actor before the trigger that is not inside a prepositional phrase.
  const subjectIndex = findLastIndex(before, (m) => !PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 20), m.start)));
  const subject = subjectIndex >= 0 ? before[subjectIndex]! : before[before.length - 1];
  let target: ActorMention | undefined =
    after.find((m) => !/\b(?:in|at|near)\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 12), m.start))) ?? after[0];
  if (!subject) {
    // "Islamic fundamentalists continued their hunger strike to demand ...": a subject noun phrase the lexicon
    // does not know still acts; the first actor after the trigger is then its target.
    const phrase = subjectPhrase(beforeText);
    if (phrase && !PASSIVE_BEFORE.test(beforeText)) return { source: phrase, target: after[0] ? toActor(after[0]) : null };
    // Passive without an agent or a subject after the verb: the first actor after the trigger acts.
    if (after.length === 0) return { source: phrase, target: null };
    return { source: toActor(after[0]!), target: after[1] ? toActor(after[1]) : null };
  }
  // "Russia and Myanmar signed": the first conjunct is the source, the second the target.
  const index = subjectIndex >= 0 ? subjectIndex : before.length - 1;
  const previous = before[index - 1];
  const gap = previous ? text.slice(previous.end, subject.start) : '';
  // "Vucic, Serbian Prime Minister, accused ...": one actor named twice, in apposition, not two conjuncts.
  if (previous && /^\s*,\s*$/.test(gap) && previous.code !== null && previous.code === subject.code) {
    if (target && target.code !== null && target.code === subject.code && target.text === subject.text) target = undefined;
    return { source: toActor(previous), target: target ? toActor(target) : null };
  }
  if (previous && /^\s*(?:and|,)\s*$/.test(gap)) {
    // "Russia, China and Iran signed": the chain's first conjunct is the source.
    let first = index - 1;
    while (first > 0 && /^\s*,?\s*(?:and\s*)?$/.test(text.slice(before[first - 1]!.end, before[first]!.start))) first--;
    return { source: toActor(before[first]!), target: toActor(subject) };
  }
  if (target && target.code !== null && target.code === subject.code && target.text === subject.text) target = undefined;
  return { source: toActor(subject), target: target ? toActor(target) : null };
}

/** Whole months from a TIMEX3 date value to a reference date; negative or NaN when not a date before it. */
function monthsBefore(value: string, reference: string): number {
  const v = /^(\d{4})(?:-(\d{2}))?/.exec(value);
  const r = /^(\d{4})-(\d{2})/.exec(reference);
  if (!v || !r || !v[2]) return Number.NaN;
  return (Number(r[1]) - Number(v[1])) * 12 + (Number(r[2]) - Number(v[2]));
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/** The date of the sentence's timex nearest the trigger (resolved values come from the NLP stage). */
function dateFor(timexes: Timex[], sentence: Span, trigger: Span): string | null {
  let best: Timex | null = null;
  let bestDistance = Infinity;
  for (const t of timexes) {
    if (t.start < sentence.start || t.end > sentence.end || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    if (!/^\d{4}/.test(t.value)) continue;
    const distance = t.start >= trigger.end ? t.start - trigger.end : trigger.start - t.end;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best ? best.value.slice(0, 10) : null;
}

const AGREEMENT_NOUN = /\b(?:agreement|pact|deal|treaty|accord|memorandum|contract|partnership|cooperation|visit|trip|talks|conference|mission|ceasefire|truce)\b/i;

/** Agreements, visits and truces have a term: "five-year agreement", "until 2030". */
function addTermAttributes(attributes: EventAttributes, cameo: string, sentence: string): void {
  const root = cameo.slice(0, 2);
  if (!['03', '04', '05', '06', '07', '08'].includes(root)) return;
  if (!AGREEMENT_NOUN.test(sentence)) return;
  const duration = findDurations(sentence).find((d) => AGREEMENT_NOUN.test(sentence.slice(d.index, d.index + d.text.length + 40)));
  if (duration) attributes.duration = duration.value;
  const until = findUntil(sentence);
  if (until) attributes.until = until;
}

/** One event per code and actor pair in a sentence: "met ... and held talks" is one consultation. */
function dedupe(events: DetailedEvent[]): DetailedEvent[] {
  const seen = new Map<string, DetailedEvent>();
  for (const e of events) {
    const key = `${e.type}|${e.source.code ?? e.source.text}|${e.target?.code ?? e.target?.text ?? ''}`;
    const existing = seen.get(key);
    if (!existing) {
      seen.set(key, e);
      continue;
    }
    if (e.primary) existing.primary = true;
    if (e.attributes.negated) existing.attributes.negated = true;
    for (const k of ['duration', 'until'] as const) if (e.attributes[k] && !existing.attributes[k]) existing.attributes[k] = e.attributes[k];
  }
  return [...seen.values()];
}
