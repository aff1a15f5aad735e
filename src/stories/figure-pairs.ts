// A learned aligner of figures across outlets: whether two figure mentions in two articles of one story speak of the
// same fact, read by a logistic model over features that do not depend on an author's phrasing (kind and size of
// the two values, the units they are written in, loose word quantities, the noun counted, shared role words and
// names, sentence similarity with numbers masked, place in the article). The weights are fitted on the gold of the
// tuned conflict sets by scripts/train-figure-pairs.ts and stored in settings.ts (`figurePairs`). Pairs the model accepts (mutual best, at or above the threshold) are linked
// into facts, grouped into versions by values.ts, and become conflicts where no hand-rule conflict already covers the
// same mentions. Pure: text in, conflicts out.
import { figurePairs as settings } from '../settings.js';
import {
  agrees,
  conflictOf,
  countRoles,
  fatesOf,
  isGrowing,
  prepare,
  reading,
  sharedRoles,
  UnionOfFacts,
  yearOf,
  vectorise,
  WEAK_ROLES,
  type ArticleSentences,
  type ArticleText,
  type Located,
  type RoleCounts,
  type SentenceConflict,
} from './claims-sentences.js';
import { escaped, wholeWord } from './claims-when-where.js';
import { articlePairs } from './figure-partners.js';
import { ORDINAL_KIND } from './figure-joins.js';
import { inScopeOf, scopeKey } from './figure-phrases.js';
import { restatedFacts } from './figure-restatements.js';
import { CLOCK_KIND, clockInWords, clockIsPlain, DATE_KIND, readMoments } from './figure-moments.js';
import { readFigures } from './figures.js';
import { probabilityOf, type LogisticModel } from './logistic-model.js';
import { CALENDAR_WORDS, dot } from './text.js';
import { scoreRoles } from './score-roles.js';
import { sameValue } from './values.js';

/** The features of a pair, in the order of the weight vector (each in [0, 1] or a small count). */
export const FEATURE_NAMES = [
  'sameNoun',
  'nounShared',
  'nounClash',
  'noNouns',
  'roleShared',
  'fateClash',
  'fateOneSided',
  'cosine',
  'namesShared',
  'bothLead',
  'positionGap',
  'background',
  'quoted',
  'sizeGap',
  'soleInSentences',
  'onlyPair',
  'firstOfKind',
  'statesOther',
  'isCount',
  'isYear',
  'hedged',
  'outOfScope',
  'bestForBoth',
  'isMoment',
  'momentGap',
  'unitsDiffer',
  'looseWord',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export type FigurePairModel = LogisticModel<FeatureName>;

/** Two figures of different articles of one story, with the features the model reads. */
export interface FigurePair {
  x: Located;
  y: Located;
  features: number[];
}

/** A story's articles read for figures: sentences, TF-IDF vectors, role counts, names. */
export interface StoryFigures {
  articles: ArticleSentences[];
  counts: RoleCounts;
  /** Capitalised words of each sentence (not its first word, not a weekday or month): the names it mentions. */
  names: Set<string>[][];
  /** Whether an article states a figure's value (statesValue), read once per reading and article. */
  stated: Map<string, Map<ArticleSentences, boolean>>;
  /** Whether two readings agree (claims-sentences.ts `agrees`), by their readings: many figures share one. */
  agreement: Map<string, boolean>;
  /** The noun a figure is the scope of (figure-phrases.ts), read once. */
  scope: (figure: Located) => string | null;
  /** What a score is the score of (score-roles.ts: match, half-time, set N, series), read once. */
  scoreRoles: (figure: Located) => string[];
}

export function storyFigures(entries: ArticleText[]): StoryFigures {
  const articles = entries.map(prepare);
  articles.forEach(addMoments);
  vectorise(articles);
  const scopes = new Map<Located, string | null>();
  const scope = (figure: Located) => (scopes.has(figure) ? scopes.get(figure)! : scopes.set(figure, scopeKey(figure)).get(figure)!);
  const roles = new Map<Located, string[]>();
  const rolesOf = (figure: Located) => roles.get(figure) ?? roles.set(figure, scoreRoles(figure)).get(figure)!;
  return { articles, counts: countRoles(articles), names: articles.map((article) => article.sentences.map(namesOf)), stated: new Map(), agreement: new Map(), scope, scoreRoles: rolesOf };
}

/** A dateline opening an article: a place in capitals, a comma, a date, a dash ("BUCHAREST, Feb 11 -"). */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*\p{L}[\p{L}\s.]{0,20})?,\s+[^-–—,.]{3,25}?\s*[-–—]\s/u;

/** The article's clock times and dates (figure-moments.ts) join its figures, each kind compared only with its own. */
function addMoments(article: ArticleSentences, index: number): void {
  const year = yearOf(article.entry);
  article.sentences.forEach((sentence, s) => {
    // "BUCHAREST, Feb 11 -": a dateline's date is when the report was filed, no fact of the story.
    const datelineEnd = s === 0 ? DATELINE.exec(sentence)?.[0].length ?? 0 : 0;
    const moments = readMoments(sentence, year).filter((moment) => moment.start >= datelineEnd).map((moment): Located => ({
      ...moment,
      article: index,
      sentence: s,
      evidence: sentence,
      background: false,
      // A size the features can compare: minutes after midnight (plus one, so midnight is no zero), or days.
      value: moment.kind === CLOCK_KIND ? moment.amount + 1 : moment.amount,
    }));
    if (moments.length > 0) article.figures[s] = [...article.figures[s]!, ...moments].sort((a, b) => a.start - b.start);
  });
}

/** Places in an order: a rank ("third-largest", "finished fifth") or an ordinal that counts how often ("a fifth term"). */
const ORDER_KINDS = new Set(['rank', ORDINAL_KIND]);

const isMoment = (figure: Located) => figure.kind === CLOCK_KIND || figure.kind === DATE_KIND;

/** How far apart two moments of one kind are, in minutes (around the clock) or days. */
function momentGap(x: Located, y: Located): number {
  const difference = Math.abs(x.value! - y.value!);
  return x.kind === CLOCK_KIND ? Math.min(difference, 1440 - difference) : difference;
}

/**
 * Two clock times agree as values.ts reads them (rounding, hedges), or, when one does not say a.m. or p.m. ("9:40"),
 * twelve hours on ("9:40" and "21:40" may be one moment).
 */
function clocksAgree(x: Located, y: Located): boolean {
  if (agrees(x, y, false)) return true;
  const later = (f: Located) => ({ ...reading(f), normalized: `${String((Number(f.normalized.slice(0, 2)) + 12) % 24).padStart(2, '0')}${f.normalized.slice(2)}` });
  return (!clockIsPlain(x) && sameValue(later(x), reading(y))) || (!clockIsPlain(y) && sameValue(reading(x), later(y)));
}

const CALENDAR = new Set(CALENDAR_WORDS);
const NAME = /(?<=\s)\p{Lu}\p{Ll}{2,}/gu;

export function namesOf(sentence: string): Set<string> {
  return new Set([...sentence.matchAll(NAME)].map((m) => m[0].toLowerCase()).filter((word) => !CALENDAR.has(word)));
}

export const QUOTE = /["“”]|\b(?:said|says|told)\b/u;

/**
 * Two figures may be one fact only when they measure the same kind and their values differ, not by more than
 * `maxRatio` (12 dead against 1,200 homes is no pair to weigh). Ages are of one person:
 * two named people are two, and an unnamed age ("the 55-year-old") is the named one's only in an article that names
 * that person (as claims.ts reads unnamed ages).
 */
function candidate(x: Located, y: Located, a: ArticleSentences, b: ArticleSentences, story: StoryFigures): boolean {
  return candidateRefusal(x, y, a, b, story) === null;
}

/** Why two figures are no candidate pair (`candidate`'s rules, in the order they are checked, named for the conflicts census). */
export const CANDIDATE_REFUSALS = ['kind', 'no value', 'clock gap', 'clock role', 'clocks agree', 'date gap', 'date role', 'dates agree', 'ratio', 'order noun', 'other person', 'score role', 'values agree'] as const;
export type CandidateRefusal = (typeof CANDIDATE_REFUSALS)[number];

export function candidateRefusal(x: Located, y: Located, a: ArticleSentences, b: ArticleSentences, story: StoryFigures): CandidateRefusal | null {
  if (x.kind !== y.kind) return 'kind';
  if (x.value === null || y.value === null || x.value <= 0 || y.value <= 0) return 'no value';
  if (x.kind === CLOCK_KIND) {
    if (momentGap(x, y) > settings.maxClockGapMinutes) return 'clock gap';
    // A time in words is as often the round hour of a routine ("staff arrive at eight in the morning") as the moment
    // of the story's event: it pairs only with a time told with a word of the same happening ("the fire started").
    if ((clockInWords(x) || clockInWords(y)) && !sharesRole(x, y)) return 'clock role';
    return clocksAgree(x, y) ? 'clocks agree' : null;
  }
  // A story names many days (of the event, the announcement, the next step): two are one fact's only when they
  // share a word of what happens on them ("takes effect", "repairs begin").
  if (x.kind === DATE_KIND) {
    // A month or a part of a year (figure-moments.ts) is as far from a day as its middle, less half its length.
    if (momentGap(x, y) > settings.maxDateGapDays + ((x.precision ?? 0) + (y.precision ?? 0)) / 2) return 'date gap';
    return !sharesRole(x, y) ? 'date role' : agrees(x, y, false) ? 'dates agree' : null;
  }
  // Years, like days, are many a story's ("founded in 2014", "opened in 2019"): one fact's only with a shared role.
  if (x.kind === 'year' && !sharesRole(x, y)) return 'date role';
  if (Math.max(x.value, y.value) / Math.min(x.value, y.value) > settings.maxRatio) return 'ratio';
  // A place in an order is a place of something ("the third-largest bank", "a fifth term"): two of different
  // things ("finished fifth" in a race, "the second-biggest city") are two facts.
  if (ORDER_KINDS.has(x.kind) && !sharesNoun(x, y)) return 'order noun';
  if (x.kind === 'age' && !samePerson(x, y, a, b)) return 'other person';
  // Scores of one match, set or series only (the final result against a set's or the half-time score is no pair).
  if (x.kind === 'score' && !story.scoreRoles(y).some((role) => story.scoreRoles(x).includes(role))) return 'score role';
  const growing = isGrowing(x) || isGrowing(y);
  const key = `${readingKey(x)}\u0000${readingKey(y)}\u0000${growing}`;
  let agreeing = story.agreement.get(key);
  if (agreeing === undefined) story.agreement.set(key, (agreeing = agrees(x, y, growing)));
  return agreeing ? 'values agree' : null;
}

/** The noun after one figure is among the nouns after or the role words of the other (the `nounShared` feature). */
function sharesNoun(x: Located, y: Located): boolean {
  return x.after.some((word) => y.after.includes(word)) || x.after.some((word) => y.role.includes(word)) || y.after.some((word) => x.role.includes(word));
}

function sharesRole(x: Located, y: Located): boolean {
  const words = new Set([...y.role, ...y.after].filter((word) => !WEAK_ROLES.has(word)));
  return [...x.role, ...x.after].some((word) => words.has(word));
}

/** Everything `agrees` reads of a figure. */
function readingKey(figure: Located): string {
  return `${figure.normalized}|${figure.precision ?? ''}|${figure.qualifier ?? ''}|${figure.bound}|${figure.value}`;
}

function samePerson(x: Located, y: Located, a: ArticleSentences, b: ArticleSentences): boolean {
  const [px, py] = [personOf(x), personOf(y)];
  if (px && py) return px === py;
  const named = px ?? py;
  // Two unnamed people's ages are one person's unless a sentence lists several people by age ("a man aged 34, a
  // woman aged 29 and a man aged 41"): then which of them the other article's age is can't be told.
  if (!named) return !listsAges(x, a) && !listsAges(y, b);
  const other = px ? b : a;
  return new RegExp(wholeWord(escaped(named)), 'iu').test(other.entry.text);
}

/** The figure's sentence gives another age besides it: a list of people. */
function listsAges(figure: Located, article: ArticleSentences): boolean {
  return (article.figures[figure.sentence] ?? []).some((other) => other !== figure && other.kind === 'age' && other.value !== figure.value);
}

/**
 * Whether an article states a value the same as `figure`'s among its figures of that kind (a candidate pair's own
 * figures differ in value, so the article's own figure never counts), cached per reading and article.
 */
function statesValue(article: ArticleSentences, figure: Located, cache: Map<string, Map<ArticleSentences, boolean>>): boolean {
  const value = `${figure.kind}|${readingKey(figure)}`;
  const known = cache.get(value) ?? cache.set(value, new Map()).get(value)!;
  let states = known.get(article);
  if (states === undefined) {
    states = article.figures.some((sentence) => sentence.some((other) => other.kind === figure.kind && sameValue(reading(other), reading(figure))));
    known.set(article, states);
  }
  return states;
}

/** Every candidate pair of the story, with its features, in the pairs of articles figure-partners.ts chooses. */
export function figurePairs(story: StoryFigures, maxPartners: number = settings.maxPartners): FigurePair[] {
  const pairs: FigurePair[] = [];
  const { articles } = story;
  const flat = articles.map((article) => article.figures.flat());
  const firsts = articles.map(firstsOf);
  for (const [i, j] of articlePairs(articles, maxPartners)) {
    const a = articles[i]!;
    const b = articles[j]!;
    // A copy of another article (same text) is no second outlet.
    if (a.entry.text === b.entry.text) continue;
    const found: FigurePair[] = [];
    for (const x of flat[i]!) for (const y of flat[j]!) if (candidate(x, y, a, b, story)) found.push({ x, y, features: [] });
    const xCount = new Map<Located, number>();
    const yCount = new Map<Located, number>();
    for (const { x, y } of found) {
      xCount.set(x, (xCount.get(x) ?? 0) + 1);
      yCount.set(y, (yCount.get(y) ?? 0) + 1);
    }
    for (const pair of found) pair.features = features(pair.x, pair.y, a, b, story, xCount.get(pair.x) === 1 && yCount.get(pair.y) === 1, firsts);
    markBest(found);
    pairs.push(...found);
  }
  return pairs;
}

const at = (name: FeatureName) => FEATURE_NAMES.indexOf(name);
const ROLE_SHARED = at('roleShared');
const COSINE = at('cosine');
const BEST = at('bestForBoth');

/** `bestForBoth`: each figure is the other's best partner in the other article by shared role words and cosine. */
function markBest(pairs: FigurePair[]): void {
  const cheap = (pair: FigurePair) => pair.features[ROLE_SHARED]! + pair.features[COSINE]!;
  const bestOf = new Map<Located, number>();
  for (const pair of pairs) {
    for (const figure of [pair.x, pair.y]) bestOf.set(figure, Math.max(bestOf.get(figure) ?? -Infinity, cheap(pair)));
  }
  for (const pair of pairs) pair.features[BEST] = cheap(pair) >= bestOf.get(pair.x)! && cheap(pair) >= bestOf.get(pair.y)! ? 1 : 0;
}

/**
 * The unit a figure is written in, as the factor from its amount as written to its value on its kind's scale (1 for
 * kilometres, 1.609 for miles, 7 for "a week" in days): two figures of one kind written in different units are more
 * often one outlet's conversion, or two measures, than two versions of one fact. Moments and scores have no unit.
 */
function unitsDiffer(x: Located, y: Located): boolean {
  if (isMoment(x) || x.kind === 'score' || !x.amount || !y.amount) return false;
  const factor = (f: Located) => f.value! / f.amount;
  return Math.abs(Math.log(factor(x) / factor(y))) > settings.unitFactorTolerance;
}

/**
 * A figure told as a loose word quantity with an indefinite article ("a dozen", "a hundred", "a week-long",
 * "a third"): a round estimate, rarely one outlet's version of another's exact figure.
 */
const LOOSE_WORD = /^an?\s+\p{L}/iu;
const isLooseWord = (figure: Located) => LOOSE_WORD.test(figure.text);

/** The first foreground figure of each kind in an article. */
function firstsOf(article: ArticleSentences): Set<Located> {
  const firsts = new Map<string, Located>();
  for (const figure of article.figures.flat()) if (!figure.background && !firsts.has(figure.kind)) firsts.set(figure.kind, figure);
  return new Set(firsts.values());
}

function features(x: Located, y: Located, a: ArticleSentences, b: ArticleSentences, story: StoryFigures, onlyPair: boolean, firsts: Set<Located>[]): number[] {
  const shared = sharedRoles(x, y, story.counts);
  const nounShared = sharesNoun(x, y);
  const fx = fatesOf(x);
  const fy = fatesOf(y);
  const namesX = story.names[x.article]![x.sentence]!;
  const namesY = story.names[y.article]![y.sentence]!;
  const names = [...namesX].filter((name) => namesY.has(name)).length;
  const position = (f: Located, article: ArticleSentences) => f.sentence / Math.max(1, article.sentences.length - 1);
  const sole = (f: Located, article: ArticleSentences) => article.figures[f.sentence]!.filter((o) => o.kind === f.kind).length === 1;
  const moment = isMoment(x);
  const ratio = moment ? 0 : Math.abs(Math.log(x.value! / y.value!));
  const momentScale = x.kind === CLOCK_KIND ? settings.clockGapScaleMinutes : settings.dateGapScaleDays;
  const values: Record<FeatureName, number> = {
    sameNoun: x.after[0] !== undefined && x.after[0] === y.after[0] ? 1 : 0,
    nounShared: nounShared ? 1 : 0,
    nounClash: x.after.length > 0 && y.after.length > 0 && !nounShared ? 1 : 0,
    noNouns: x.after.length === 0 && y.after.length === 0 ? 1 : 0,
    roleShared: Math.min(shared, 3) / 3,
    fateClash: fx.size > 0 && fy.size > 0 && ![...fx].some((word) => fy.has(word)) ? 1 : 0,
    fateOneSided: (fx.size === 0) !== (fy.size === 0) ? 1 : 0,
    cosine: dot(a.vectors[x.sentence]!, b.vectors[y.sentence]!),
    namesShared: Math.min(names, 3) / 3,
    bothLead: x.sentence < settings.leadSentences && y.sentence < settings.leadSentences ? 1 : 0,
    positionGap: Math.abs(position(x, a) - position(y, b)),
    background: x.background || y.background ? 1 : 0,
    quoted: QUOTE.test(x.evidence) || QUOTE.test(y.evidence) ? 1 : 0,
    sizeGap: Math.min(ratio / Math.log(settings.sizeScale), 2),
    soleInSentences: sole(x, a) && sole(y, b) ? 1 : 0,
    onlyPair: onlyPair ? 1 : 0,
    firstOfKind: firsts[x.article]!.has(x) && firsts[y.article]!.has(y) ? 1 : 0,
    statesOther: statesValue(a, y, story.stated) || statesValue(b, x, story.stated) ? 1 : 0,
    isCount: x.kind === 'count' ? 1 : 0,
    isYear: x.kind === 'year' ? 1 : 0,
    hedged: x.qualifier || y.qualifier ? 1 : 0,
    outOfScope: inScopeOf(story.scope(x), y) && inScopeOf(story.scope(y), x) ? 0 : 1,
    bestForBoth: 0,
    isMoment: moment ? 1 : 0,
    momentGap: moment ? Math.min(momentGap(x, y) / momentScale, 2) : 0,
    unitsDiffer: unitsDiffer(x, y) ? 1 : 0,
    looseWord: isLooseWord(x) || isLooseWord(y) ? 1 : 0,
  };
  return FEATURE_NAMES.map((name) => values[name]);
}

/** The person an age is told of by name (figures.ts puts "name:<surname>" in its role), or null. */
function personOf(figure: Located): string | null {
  return figure.role.find((word) => word.startsWith('name:'))?.slice(5).replace(/[^\p{L}'’-]/gu, '') ?? null;
}

/** The model's probability that the two figures speak of one fact. */
export function pairProbability(features: number[], model: FigurePairModel): number {
  return probabilityOf(FEATURE_NAMES, features, model);
}

/** The stored model (settings.ts `figurePairs`). */
export const storedModel: FigurePairModel = { weights: settings.weights, threshold: settings.threshold };

/**
 * What became of each pair and fact inside figurePairConflicts, for the conflicts census (eval/conflicts-census.ts):
 * filled when passed, never read by the aligner itself.
 */
export interface FigurePairTrace {
  story?: StoryFigures;
  /** Every candidate pair with its probability and fate: under the threshold, its figure already taken by a stronger
   * pair, left to a hand conflict that holds both figures (covered) or gave one to another fact (consumed), refused by
   * the one-value-per-article rule, or linked. */
  pairs: { pair: FigurePair; p: number; fate: 'below' | 'taken' | 'covered' | 'consumed' | 'refused' | 'linked' }[];
  /** Every linked fact: no dispute (conflictOf), dropped as a restatement, or emitted as a conflict. */
  facts: { members: Located[]; fate: 'no dispute' | 'restated' | 'emitted'; conflict: SentenceConflict | null }[];
}

/** A story read for the figure aligner: its figures and candidate pairs with their features (the costly part). */
export interface ReadFigurePairs {
  story: StoryFigures;
  pairs: FigurePair[];
}

/**
 * Reads a story's figures and candidate pairs once, for callers that weigh them under several models (the training
 * script's folds and thresholds; the eval reads each story once, for its training rows): figurePairConflicts takes
 * the reading back.
 */
export function readFigurePairs(entries: ArticleText[], maxPartners: number = settings.maxPartners): ReadFigurePairs {
  const story = storyFigures(entries);
  return { story, pairs: figurePairs(story, maxPartners) };
}

interface Known {
  versions: { value: string; articles: string[]; evidence: string }[];
}

/**
 * Conflicts the model finds in a story, leaving out those a known (hand-rule) conflict covers: a pair whose two
 * mentions each stand in a version of one known conflict (same article, same figure), or a mention a known
 * conflict already gave to another fact.
 */
export function figurePairConflicts(
  entries: ArticleText[],
  known: Known[],
  model: FigurePairModel = storedModel,
  maxPartners: number = settings.maxPartners,
  trace?: FigurePairTrace,
  read?: ReadFigurePairs,
): SentenceConflict[] {
  if (entries.length < 2) return [];
  const { story, pairs } = read ?? readFigurePairs(entries, maxPartners);
  const weighed = pairs.map((pair) => ({ pair, p: pairProbability(pair.features, model) }));
  const fates = new Map<FigurePair, FigurePairTrace['pairs'][number]['fate']>();
  const scored = weighed.filter(({ p }) => p >= model.threshold).sort((m, n) => n.p - m.p);
  const ids = entries.map((entry) => entry.article);
  const amounts = new Map<string, number[]>();
  // A known version's value read as this article's figures, clock times and dates (a date in the article's year).
  const amountsOf = (value: string, year: number | null) => {
    const key = `${year}\u0000${value}`;
    return amounts.get(key) ?? (amounts.set(key, [...readFigures(value), ...readMoments(value, year)].map((f) => f.amount)), amounts.get(key)!);
  };
  const inVersion = (f: Located, version: Known['versions'][number]) =>
    version.articles.includes(ids[f.article]!) && amountsOf(version.value, yearOf(entries[f.article]!)).includes(f.amount);
  const covered = (f: Located, g: Located) => known.some((conflict) => conflict.versions.some((v) => inVersion(f, v)) && conflict.versions.some((v) => inVersion(g, v)));
  const consumed = (f: Located) =>
    known.some((conflict) => conflict.versions.some((v) => inVersion(f, v) && (v.evidence.includes(f.evidence) || f.evidence.includes(v.evidence))));
  // Strongest pairs first; one partner per figure in each other article (mutual best of what is left).
  const taken = new Set<string>();
  const key = (f: Located, article: number) => `${f.article}:${f.sentence}:${f.start}>${article}`;
  const groups = new UnionOfFacts();
  for (const { pair, p } of scored) {
    const { x, y } = pair;
    if (taken.has(key(x, y.article)) || taken.has(key(y, x.article))) {
      fates.set(pair, 'taken');
      continue;
    }
    taken.add(key(x, y.article));
    taken.add(key(y, x.article));
    // A pair the model is all but sure of keeps its figures even when a hand conflict gave one to another fact.
    const refusal = covered(x, y) ? 'covered' : p < settings.overHandProbability && (consumed(x) || consumed(y)) ? 'consumed' : null;
    if (refusal) {
      fates.set(pair, refusal);
      continue;
    }
    fates.set(pair, groups.link(x, y) ? 'linked' : 'refused');
  }
  const found: { conflict: SentenceConflict; members: Located[] }[] = [];
  for (const members of groups.facts()) {
    const conflict = conflictOf(members, story.articles);
    if (conflict) found.push({ conflict, members });
  }
  const restated = restatedFacts(found.map(({ members }) => members));
  if (trace) {
    trace.story = story;
    trace.pairs = weighed.map(({ pair, p }) => ({ pair, p, fate: fates.get(pair) ?? 'below' }));
    const emitted = new Map(found.map(({ conflict, members }, i) => [members, { conflict, restated: restated.has(i) }]));
    trace.facts = groups.facts().map((members) => {
      const fact = emitted.get(members);
      return { members, fate: !fact ? 'no dispute' : fact.restated ? 'restated' : 'emitted', conflict: fact?.conflict ?? null };
    });
  }
  return found.filter((_, i) => !restated.has(i)).map(({ conflict }) => conflict);
}
