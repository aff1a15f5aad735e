// Events stage: who did what to whom, coded in PLOVER/CAMEO, from one annotated text. Uses the NLP layers that
// are present (sentences, entities, timexes) and falls back on its own sentence splitter and actor lexicon.
import type { CodedEvent, Span, TextAnnotations } from '../model.js';
import { findActors, newActorMemory, placeCountry } from './actors.js';
import { addCounts, sentenceCountries } from './context.js';
import { codeSentence, type DetailedEvent } from './coder.js';
import { findDurations, findUntil } from './attributes.js';
import { boundedSentences, splitSentences } from './sentences.js';
import { events as settings } from '../settings.js';
import { bestClass, loadEventModel, scoreFeatures, sentenceFeatures, type RuleSignals } from './classifier.js';

export type { DetailedEvent } from './coder.js';
export { extractClaims } from './claims.js';
export type { EventAttributes, Modality } from './attributes.js';

export interface EventOptions {
  referenceDate?: string | null;
  /** Keep statement-only events (CAMEO 01, no PLOVER type); off for the contract output. */
  includeStatements?: boolean;
  /** Let the event-type model code sentences no pattern matched (default: settings.events.modelFallback). */
  modelFallback?: boolean;
}

/** A contract event with its extra attributes (duration, until, modality, negation, background) and trigger. */
export type ExtendedEvent = CodedEvent & Pick<DetailedEvent, 'attributes' | 'trigger' | 'primary'>;

export function codeEvents(text: string, annotations: TextAnnotations, options: EventOptions = {}): ExtendedEvent[] {
  const given: Span[] = annotations.sentences.length > 0 ? annotations.sentences : splitSentences(text);
  const dateline = findDateline(text);
  // The dateline ("KABUL (Reuters) -") is no actor: the first sentence starts after it, and its country is where
  // the story happens, the fallback for actors named without a country.
  const sentences = boundedSentences(text, given, settings.maxSentenceChars)
    .map((s) => (dateline && s.start < dateline.end && s.end > dateline.end ? { ...s, start: dateline.end } : s))
    .filter((s) => !dateline || s.end > dateline.end);
  const memory = newActorMemory();
  if (dateline?.country) memory.countries.set(dateline.country, 1);
  let story: Map<string, number> | null = null;
  memory.storyCountries = () => {
    if (!story) {
      story = new Map();
      const scratch = newActorMemory();
      for (const sentence of sentences) addCounts(story, sentenceCountries(findActors(text, sentence, scratch, annotations.entities)));
    }
    return story;
  };
  const classify = (options.modelFallback ?? settings.modelFallback) ? modelClassifier() : undefined;
  const referenceYear = yearOf(options.referenceDate) ?? latestYear(annotations, text);
  const out: ExtendedEvent[] = [];
  const recentAgreements: { event: DetailedEvent; sentenceIndex: number }[] = [];
  sentences.forEach((sentence, index) => {
    const coded = codeSentence(text, sentence, { memory, quotes: annotations.quotes, entities: annotations.entities, timexes: annotations.timexes, referenceYear, referenceDate: options.referenceDate ?? null, classify });
    for (const e of coded) {
      if (e.type === null && !options.includeStatements) continue;
      if (e.type === 'AGREE' || e.type === 'COOPERATE') recentAgreements.push({ event: e, sentenceIndex: index });
      out.push(toExtended(e));
    }
    if (!coded.some((e) => e.type === 'AGREE')) carryTerm(text.slice(sentence.start, sentence.end), index, recentAgreements);
  });
  return out;
}

/** "The pact will last until 2030": a term stated in a later sentence belongs to the agreement before it. */
function carryTerm(sentence: string, index: number, recent: { event: DetailedEvent; sentenceIndex: number }[]): void {
  if (!/\b(?:pact|agreement|deal|treaty|accord)\b/i.test(sentence)) return;
  const last = [...recent].reverse().find((r) => index - r.sentenceIndex <= settings.termCarrySentences);
  if (!last) return;
  const until = findUntil(sentence);
  const duration = findDurations(sentence)[0];
  if (until && !last.event.attributes.until) last.event.attributes.until = until;
  if (duration && !last.event.attributes.duration) last.event.attributes.duration = duration.value;
}

function toExtended(e: DetailedEvent): ExtendedEvent {
  return {
    type: e.type ?? 'STATEMENT', cameo: e.cameo, source: e.source, target: e.target, date: e.date, place: e.place,
    sentence: e.sentence, attributes: e.attributes, trigger: e.trigger, primary: e.primary,
  };
}

function yearOf(date: string | null | undefined): number | null {
  const m = /^(\d{4})/.exec(date ?? '');
  return m ? Number(m[1]) : null;
}

/** Without a reference date, the latest year the article mentions stands in for its own year. */
function latestYear(annotations: TextAnnotations, text: string): number | null {
  const years = annotations.timexes.map((t) => yearOf(t.value)).filter((y): y is number => y !== null);
  // Years after "until" or "by" name a term's end, not the time of writing.
  for (const m of text.matchAll(/(\b(?:until|till|through|by|to)\s+)?\b(19[5-9]\d|20\d{2})\b/gi)) if (!m[1]) years.push(Number(m[2]));
  return years.length > 0 ? Math.max(...years) : null;
}

/** What the rules found in one sentence's events, as evidence for the event-type model. */
export function ruleSignals(events: readonly ExtendedEvent[]): RuleSignals {
  const acts = events.filter((e) => e.type !== 'STATEMENT' && !e.attributes.modelCoded);
  const primary = acts.find((e) => e.primary) ?? acts[0] ?? null;
  return {
    primary: primary?.type ?? null,
    types: [...new Set(acts.map((e) => e.type))],
    negated: primary?.attributes.negated === true,
    planned: primary?.attributes.modality === 'planned',
  };
}

const NO_RULES: RuleSignals = { primary: null, types: [], negated: false, planned: false };

/** The shipped model as a sentence -> type function for the coder; undefined when no model file is present. */
function modelClassifier(): ((sentence: string) => string | null) | undefined {
  const model = loadEventModel();
  if (!model) return undefined;
  return (sentence) => {
    const best = bestClass(model, scoreFeatures(model, sentenceFeatures(sentence, NO_RULES)));
    return best && best.margin >= settings.modelMinMargin ? best.type : null;
  };
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}';
/** "KABUL (Reuters) -", "NAIROBI, Kenya —", "MOSCOW, March 3 (AP) -": a place in capitals opening the story. */
const DATELINE = new RegExp(
  `^\\s*(\\p{Lu}[\\p{Lu}'.-]+(?:\\s+\\p{Lu}[\\p{Lu}'.-]+){0,3})(?:\\s*,\\s*(\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+){0,2}?))?` +
  `(?:\\s*,?\\s*${MONTH})?\\s*(?:\\([^)\\n]{2,40}\\))?\\s*[-—–]+\\s*`, 'u');

const titleCase = (upper: string): string => upper.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** The story's dateline: where it ends and the country of its place (null when the place is unknown). */
export function findDateline(text: string): { end: number; country: string | null } | null {
  const m = DATELINE.exec(text.slice(0, settings.datelineMaxChars));
  if (!m || m[1]!.length < 3) return null;
  const country = [m[2], titleCase(m[1]!), m[1]].map((p) => (p ? placeCountry(p) : null)).find((c) => c !== null) ?? null;
  if (!country && !/\(/.test(m[0])) return null;
  return { end: m[0].length, country: country && !/^(?:IGO|NGO|IMG)/.test(country) ? country : null };
}
