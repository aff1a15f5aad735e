// A learned aligner of figures across outlets: whether two figure mentions in two articles of one story speak of the
// same fact, read by a logistic model over features that do not depend on an author's phrasing (kind and size of
// the two values, the units they are written in, loose word quantities, the noun counted, shared role words and
// names, sentence similarity with numbers masked, place in the article). The weights are fitted on the gold of the
// tuned conflict sets by scripts/train-figure-pairs.ts and stored in settings.ts (`figurePairs`). Pairs the model accepts (mutual best, at or above the threshold) are linked
// into facts, grouped into versions by values.ts, and become conflicts where no hand-rule conflict already covers the
// same mentions. Pure: text in, conflicts out.
import { figurePairs as settings } from '../settings.js';
import {
  conflictOf,
  countRoles,
  fatesOf,
  prepare,
  reading,
  sharedRoles,
  UnionOfFacts,
  yearOf,
  vectorise,
  type ArticleSentences,
  type ArticleText,
  type Located,
  type RoleCounts,
  type SentenceConflict,
} from './claims-sentences.js';
import { candidate, momentGap, readingKey, sharesNoun } from './figure-candidates.js';
import { articlePairs } from './figure-partners.js';
import { inScopeOf, scopeKey } from './figure-phrases.js';
import { restatedFacts } from './figure-restatements.js';
import { CLOCK_KIND, DATE_KIND, readMoments } from './figure-moments.js';
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

const isMoment = (figure: Located) => figure.kind === CLOCK_KIND || figure.kind === DATE_KIND;

const CALENDAR = new Set(CALENDAR_WORDS);
const NAME = /(?<=\s)\p{Lu}\p{Ll}{2,}/gu;

export function namesOf(sentence: string): Set<string> {
  return new Set([...sentence.matchAll(NAME)].map((m) => m[0].toLowerCase()).filter((word) => !CALENDAR.has(word)));
}

export const QUOTE = /["“”]|\b(?:said|says|told)\b/u;

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
  const consumers = (f: Located) =>
    known.filter((conflict) => conflict.versions.some((v) => inVersion(f, v) && (v.evidence.includes(f.evidence) || f.evidence.includes(v.evidence))));
  const consumed = (f: Located) => consumers(f).length > 0;
  // The partner's article already gives a version of the conflict that took this figure: the pair is more likely that
  // conflict's fact told again than the figure's own fact the hand rule mistook.
  const heard = (f: Located, g: Located) => consumers(f).some((conflict) => conflict.versions.some((v) => v.articles.includes(ids[g.article]!)));
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
    // A pair the model is sure enough of keeps its figures even when a hand conflict gave one to another fact, unless
    // (below overHeardProbability) the partner's article already tells that conflict.
    const overHand = p >= settings.overHandProbability && (p >= settings.overHeardProbability || (!heard(x, y) && !heard(y, x)));
    const refusal = covered(x, y) ? 'covered' : !overHand && (consumed(x) || consumed(y)) ? 'consumed' : null;
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
