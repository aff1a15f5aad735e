// A learned aligner of non-figure facts across outlets (issue 7, part 3): whether a place, a person's post, the person
// in a post or a weekday stated in two articles of one story are one fact told two ways. Mentions come from
// slot-mentions.ts; a candidate pair is two mentions of one kind whose values differ, neither article stating the
// other's value anywhere; a logistic model over author-independent features (sentence similarity, shared words
// around the mention, the governing preposition or verb, place in the article, background, quote and hedge marks)
// decides, its weights fitted by scripts/train-slot-pairs.ts into settings.ts (`slotPairs`). Accepted pairs (mutual
// best, at or above the threshold) become conflicts where no other aligner's conflict covers the same values.
import { slotPairs as settings } from '../settings.js';
import { backgroundSentence, vectorise, yearOf, type ArticleSentences, type ArticleText, type SentenceConflict } from './claims-sentences.js';
import { capitalised, escaped, flaggedAlready, oneInTheOther, samePlaceName, wholeWord } from './claims-when-where.js';
import { verbKey } from './claims-synonyms.js';
import { articlePairs } from './figure-partners.js';
import { probabilityOf, type LogisticModel } from './logistic-model.js';
import { namesOf, QUOTE } from './figure-pairs.js';
import { isCountry, RANK_WORDS, readSlotMentions, type SlotKind, type SlotMention } from './slot-mentions.js';
import { dayGap, dayOfEachReport, isStatementDay, isUpdateDay, publishedApart } from './slot-days.js';
import { contentTokens, dot, splitSentences } from './text.js';

export const SLOT_FEATURE_NAMES = [
  'isPlace',
  'isPost',
  'isWho',
  'isDay',
  'cosine',
  'contextShared',
  'sameGovernor',
  'sameVerb',
  'leadWords',
  'alignedSentences',
  'statesOther',
  'namesShared',
  'bothLead',
  'positionGap',
  'firstOfKind',
  'firstInLead',
  'background',
  'quoted',
  'hedged',
  'soleInSentences',
  'bestForBoth',
  'manyValues',
  'dateline',
  'scaleClash',
  'dayGap',
  'publishedApart',
  'figuresShared',
  'dayOfEachReport',
  'statementDay',
  'updateDay',
] as const;

export type SlotFeatureName = (typeof SLOT_FEATURE_NAMES)[number];

export type SlotPairModel = LogisticModel<SlotFeatureName>;

/** A mention placed in its story: article and sentence index, evidence, and the words around it. */
export interface PlacedMention extends SlotMention {
  article: number;
  sentence: number;
  evidence: string;
  background: boolean;
  /** Content words near the mention (its own words left out): what is said of the place, post or day. */
  context: Set<string>;
  /** Names of its sentence (read once per sentence). */
  names: Set<string>;
  /** Figures of its sentence (read once per sentence). */
  figures: Set<string>;
}

export interface SlotPair {
  x: PlacedMention;
  y: PlacedMention;
  features: number[];
}

export interface StorySlots {
  articles: ArticleSentences[];
  mentions: PlacedMention[][];
  /** Words (first five letters) of the leads of at least two articles: what the story is about. */
  leadWords: Set<string>;
  /** Answers of `states` and of the one-in-the-other test, by article and value, read once. */
  known: Map<string, boolean>;
  texts: string[];
}

/** Every kind of slot mention: the kinds a story's pairs are read for unless told otherwise. */
const SLOT_KINDS: readonly SlotKind[] = ['place', 'post', 'who', 'day'];

const HEDGE = /\b(?:reportedly|believed|thought to|may have|might|unconfirmed|according to|allegedly|apparently)\b/iu;

/** A story's articles as the aligner reads them: sentences, their vectors and the slot mentions of each article. */
export function readSlotStory(entries: ArticleText[]): StorySlots {
  // Sentences and their words only: figures are the other aligner's.
  const articles = entries.map((entry): ArticleSentences => {
    const sentences = splitSentences(entry.text).map((span) => entry.text.slice(span.start, span.end));
    return { entry, sentences, tokens: sentences.map(contentTokens), vectors: [], figures: [] };
  });
  vectorise(articles);
  const mentions = articles.map((article, a) =>
    article.sentences.flatMap((sentence, s) => {
      const background = backgroundSentence(sentence, yearOf(article.entry));
      const names = namesOf(sentence);
      const figures = figuresIn(sentence);
      return readSlotMentions(sentence, s === 0).map((mention) => ({
        ...mention,
        article: a,
        sentence: s,
        evidence: sentence,
        background,
        context: contextOf(sentence, mention),
        names,
        figures,
      }));
    }),
  );
  return { articles, mentions, texts: entries.map((entry) => entry.text), leadWords: leadWordsOf(articles), known: new Map() };
}

/** Words that two or more articles use in their first `leadSentences` sentences. */
function leadWordsOf(articles: ArticleSentences[]): Set<string> {
  const uses = new Map<string, number>();
  for (const article of articles) {
    const words = new Set(article.tokens.slice(0, settings.leadSentences).flat().map((token) => token.slice(0, 5)));
    for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  }
  return new Set([...uses].filter(([, count]) => count >= 2).map(([word]) => word));
}

function contextOf(sentence: string, mention: SlotMention): Set<string> {
  const reach = settings.contextChars;
  const around = `${sentence.slice(Math.max(0, mention.start - reach), mention.start)} ${sentence.slice(mention.end, mention.end + reach)}`;
  const own = new Set(contentTokens(mention.value));
  return new Set(contentTokens(around).filter((token) => !own.has(token)).map((token) => token.slice(0, 5)));
}

/** Whether two mentions of one kind give the same value. */
function sameValue(x: PlacedMention, y: PlacedMention): boolean {
  if (x.kind === 'post') return samePost(x.key, y.key);
  if (x.kind === 'place') return samePlaceName(x.key, y.key);
  return x.key === y.key;
}

/**
 * One post when the words of one are among the other's (by their first four letters, "affairs", "of", "and" left
 * out) and the extra words hold no rank: "Mines Minister" = "Minister of Mines", "Foreign Minister" = "Minister of
 * Foreign Affairs", "Kenyan Defence Minister" = "Defence Minister"; "Deputy Foreign Minister" is another post.
 */
export function samePost(a: string, b: string): boolean {
  if (a === b) return true;
  const words = (post: string) => new Set(post.split(' ').filter((word) => !POST_FILLER.has(word)).map((word) => word.slice(0, 4)));
  const [x, y] = [words(a), words(b)];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (![...small].every((word) => large.has(word))) return false;
  return ![...large].some((word) => !small.has(word) && RANK_PREFIXES.has(word));
}

const POST_FILLER = new Set(['of', 'and', 'the', 'for', 'at', 'affairs']);
const RANK_PREFIXES = new Set([...RANK_WORDS].map((word) => word.slice(0, 4)));

/** Whether two people are named in one post ("Judge", "regional fire commander"): the people of "who" pairs. */
function sameRole(x: PlacedMention, y: PlacedMention): boolean {
  return samePost(x.subject, y.subject);
}

/**
 * Whether an article states a mention's value: a place or a person named anywhere in its text, a weekday anywhere
 * (a story names many days, so for days this is a feature, not a bar), a post among the posts it gives that person.
 */
function states(story: StorySlots, article: number, mention: PlacedMention): boolean {
  if (mention.kind === 'post') return story.mentions[article]!.some((other) => other.kind === 'post' && other.subject === mention.subject && samePost(other.key, mention.key));
  const key = `${article}\u0000${mention.key}`;
  let named = story.known.get(key);
  if (named === undefined) {
    named = new RegExp(wholeWord(escaped(mention.key).replace(/\s+/gu, '[\\s-]+')), 'iu').test(story.texts[article]!);
    story.known.set(key, named);
  }
  return named;
}

/** Why two mentions are no candidate, or null. */
export function slotRefusal(x: PlacedMention, y: PlacedMention, story: StorySlots): string | null {
  if (x.kind !== y.kind) return 'kind';
  if (x.kind === 'post' && x.subject !== y.subject) return 'other person';
  if (x.kind === 'who' && !sameRole(x, y)) return 'other role';
  if (sameValue(x, y)) return 'same value';
  // Both outlets wrote the sentence word for word, so each states both values: one says Sunday where the other
  // says Monday only by reading two mentions of one shared sentence.
  if (x.evidence === y.evidence) return 'one sentence';
  if (x.kind !== 'day' && (states(story, x.article, y) || states(story, y.article, x))) return 'states other';
  if (x.kind === 'place' && placesNested(x.key, y.key, story)) return 'one in the other';
  return null;
}

/** Whether an article of the story writes one place as in or beside the other (claims-when-where.ts), read once per pair. */
function placesNested(a: string, b: string, story: StorySlots): boolean {
  const key = `in\u0000${[a, b].sort().join('\u0000')}`;
  let nested = story.known.get(key);
  if (nested === undefined) {
    nested = oneInTheOther(a, b, story.texts.map((text, i) => ({ article: String(i), claims: [], text })));
    story.known.set(key, nested);
  }
  return nested;
}

/** Every candidate pair of the story of the given kinds, with its features. */
export function slotPairs(story: StorySlots, maxPartners: number = settings.maxPartners, kinds: readonly SlotKind[] = SLOT_KINDS): SlotPair[] {
  const pairs: SlotPair[] = [];
  for (const [i, j] of articlePairs(story.articles, maxPartners)) {
    if (story.texts[i] === story.texts[j]) continue;
    const found: SlotPair[] = [];
    for (const x of story.mentions[i]!) {
      // A pair is two mentions of one kind (slotRefusal), so a mention of another kind has none.
      if (!kinds.includes(x.kind)) continue;
      for (const y of story.mentions[j]!) if (slotRefusal(x, y, story) === null) found.push({ x, y, features: [] });
    }
    for (const pair of found) pair.features = features(pair.x, pair.y, story);
    markBest(found);
    pairs.push(...found);
  }
  return pairs;
}

const at = (name: SlotFeatureName) => SLOT_FEATURE_NAMES.indexOf(name);

function markBest(pairs: SlotPair[]): void {
  const cheap = (pair: SlotPair) => pair.features[at('contextShared')]! + pair.features[at('cosine')]!;
  const best = new Map<PlacedMention, number>();
  for (const pair of pairs) for (const m of [pair.x, pair.y]) best.set(m, Math.max(best.get(m) ?? -Infinity, cheap(pair)));
  for (const pair of pairs) pair.features[at('bestForBoth')] = cheap(pair) >= best.get(pair.x)! && cheap(pair) >= best.get(pair.y)! ? 1 : 0;
}

function features(x: PlacedMention, y: PlacedMention, story: StorySlots): number[] {
  const a = story.articles[x.article]!;
  const b = story.articles[y.article]!;
  const shared = [...x.context].filter((word) => y.context.has(word)).length;
  const names = [...x.names].filter((name) => y.names.has(name) && !x.key.includes(name) && !y.key.includes(name)).length;
  const position = (m: PlacedMention, article: ArticleSentences) => m.sentence / Math.max(1, article.sentences.length - 1);
  const ofKind = (m: PlacedMention) => story.mentions[m.article]!.filter((other) => other.kind === m.kind && (m.kind !== 'post' || other.subject === m.subject));
  const [kindX, kindY] = [ofKind(x), ofKind(y)];
  const firstOfKind = kindX.find((other) => !other.dateline) === x && kindY.find((other) => !other.dateline) === y;
  const bothLead = x.sentence < settings.leadSentences && y.sentence < settings.leadSentences;
  const sole = (m: PlacedMention, same: PlacedMention[]) => same.filter((other) => other.sentence === m.sentence).length === 1;
  const values = new Set([...kindX, ...kindY].map((m) => m.key)).size;
  const value: Record<SlotFeatureName, number> = {
    isPlace: x.kind === 'place' ? 1 : 0,
    isPost: x.kind === 'post' ? 1 : 0,
    isWho: x.kind === 'who' ? 1 : 0,
    isDay: x.kind === 'day' ? 1 : 0,
    cosine: dot(a.vectors[x.sentence]!, b.vectors[y.sentence]!),
    contextShared: Math.min(shared, 3) / 3,
    sameGovernor: x.governor !== '' && x.governor === y.governor ? 1 : 0,
    // One verb or two of one class ("signed" and "inked", "struck" and "hit"): said of one event.
    sameVerb: x.verb !== '' && y.verb !== '' && verbKey(x.verb, 5) === verbKey(y.verb, 5) ? 1 : 0,
    // Both mentions told with a word of the story's leads in common ("signed", "summit"): said of the main event.
    alignedSentences: bestSentence(a, b.vectors[y.sentence]!) === x.sentence && bestSentence(b, a.vectors[x.sentence]!) === y.sentence ? 1 : 0,
    leadWords: [...x.context].some((word) => y.context.has(word) && story.leadWords.has(word)) ? 1 : 0,
    statesOther: states(story, x.article, y) || states(story, y.article, x) ? 1 : 0,
    namesShared: Math.min(names, 3) / 3,
    bothLead: bothLead ? 1 : 0,
    positionGap: Math.abs(position(x, a) - position(y, b)),
    firstOfKind: firstOfKind ? 1 : 0,
    // The first of its kind in the lead of both: the place or day of the story's main event, as a lead gives it.
    firstInLead: firstOfKind && bothLead ? 1 : 0,
    background: x.background || y.background ? 1 : 0,
    quoted: QUOTE.test(x.evidence) || QUOTE.test(y.evidence) ? 1 : 0,
    hedged: HEDGE.test(x.evidence) || HEDGE.test(y.evidence) ? 1 : 0,
    soleInSentences: sole(x, kindX) && sole(y, kindY) ? 1 : 0,
    bestForBoth: 0,
    manyValues: Math.min(Math.max(0, values - 2) / 4, 2),
    dateline: x.dateline || y.dateline ? 1 : 0,
    scaleClash: x.kind === 'place' && isCountry(x.key) !== isCountry(y.key) ? 1 : 0,
    dayGap: x.kind === 'day' ? dayGap(x.key, y.key) : 0,
    // Reports a day or more apart: a later report's "on Thursday" is often the next turn of the story, not another
    // version of the first report's "on Wednesday".
    publishedApart: publishedApart(a.entry, b.entry),
    // A figure both sentences give ("12 dead", "400 homes"): both told of one event.
    figuresShared: [...x.figures].some((figure) => y.figures.has(figure)) ? 1 : 0,
    dayOfEachReport: x.kind === 'day' && dayOfEachReport(x.key, a.entry, y.key, b.entry) ? 1 : 0,
    statementDay: x.kind === 'day' && (isStatementDay(x) || isStatementDay(y)) ? 1 : 0,
    updateDay: x.kind === 'day' && (isUpdateDay(x) || isUpdateDay(y)) ? 1 : 0,
  };
  return SLOT_FEATURE_NAMES.map((name) => value[name]);
}

/** The figures of a sentence as written, digits only ("1,200" -> "1200"), years and one-digit figures left out. */
function figuresIn(sentence: string): Set<string> {
  const figures = [...sentence.matchAll(FIGURE)].map((m) => m[0].replace(/[.,]+$/u, '').replace(/,/gu, ''));
  return new Set(figures.filter((figure) => figure.length >= 2 && !/^(?:19|20)\d\d$/u.test(figure)));
}
const FIGURE = /\d[\d,.]*/gu;

/** The sentence of an article most like a vector (TF-IDF cosine): sentences aligned across two articles. */
function bestSentence(article: ArticleSentences, vector: Map<string, number>): number {
  let best = -1;
  let score = 0;
  article.vectors.forEach((other, i) => {
    const similarity = dot(other, vector);
    if (similarity > score) [best, score] = [i, similarity];
  });
  return best;
}

export function slotPairProbability(features: number[], model: SlotPairModel): number {
  return probabilityOf(SLOT_FEATURE_NAMES, features, model);
}

export const storedSlotModel: SlotPairModel = { weights: settings.weights, threshold: settings.threshold };
/** The model alignClaims asks by default: none while `settings.slotPairs.inUse` is off. */
export const activeSlotModel: SlotPairModel | null = settings.inUse ? storedSlotModel : null;

type Known = { versions: { value: string; articles: string[] }[] };

/**
 * Every candidate pair of a story of the given kinds with its features: slotPairConflicts' default reading, and the
 * training rows.
 */
export function storySlotPairs(entries: ArticleText[], maxPartners: number = settings.maxPartners, kinds: readonly SlotKind[] = SLOT_KINDS): SlotPair[] {
  return entries.length < 2 ? [] : slotPairs(readSlotStory(entries), maxPartners, kinds);
}

/** The conflicts the model finds in a story, leaving out those another aligner's conflicts (`known`) already show. */
export function slotPairConflicts(
  entries: ArticleText[],
  known: Known[],
  model: SlotPairModel = storedSlotModel,
  maxPartners: number = settings.maxPartners,
  // The story's candidate pairs when already read (storySlotPairs): callers that weigh them under several models.
  pairs?: SlotPair[],
  // The kinds of fact flagged (settings.slotPairs.kinds, chosen by the training script's cross-validation).
  kinds: readonly SlotKind[] = settings.kinds,
): SentenceConflict[] {
  if (entries.length < 2) return [];
  // Pairs passed in may be of every kind (the training script reads them once for all): only `kinds` are flagged.
  const scored = (pairs ?? storySlotPairs(entries, maxPartners, kinds))
    .filter((pair) => kinds.includes(pair.x.kind))
    .map((pair) => ({ pair, p: slotPairProbability(pair.features, model) }))
    .filter(({ p }) => p >= model.threshold)
    .sort((m, n) => n.p - m.p);
  const ids = entries.map((entry) => entry.article);
  const taken = new Set<string>();
  const key = (m: PlacedMention, article: number) => `${m.kind}:${m.article}:${m.sentence}:${m.start}>${article}`;
  const facts: PlacedMention[][] = [];
  const factOf = new Map<PlacedMention, PlacedMention[]>();
  for (const { pair } of scored) {
    const { x, y } = pair;
    if (taken.has(key(x, y.article)) || taken.has(key(y, x.article))) continue;
    taken.add(key(x, y.article));
    taken.add(key(y, x.article));
    const fx = factOf.get(x);
    const fy = factOf.get(y);
    if (fx && fy) continue;
    const fact = fx ?? fy ?? [];
    if (!fx && !fy) facts.push(fact);
    for (const m of [x, y]) {
      // One value per article in a fact: a second, different one makes the fact unclear.
      if (factOf.has(m)) continue;
      if (fact.some((other) => other.article === m.article && !sameValue(other, m))) continue;
      fact.push(m);
      factOf.set(m, fact);
    }
  }
  const conflicts: SentenceConflict[] = [];
  for (const members of facts) {
    const versions: { members: PlacedMention[]; articles: string[] }[] = [];
    for (const m of members) {
      const version = versions.find((v) => sameValue(v.members[0]!, m));
      if (version) {
        version.members.push(m);
        if (!version.articles.includes(ids[m.article]!)) version.articles.push(ids[m.article]!);
      } else versions.push({ members: [m], articles: [ids[m.article]!] });
    }
    if (versions.length < 2) continue;
    versions.sort((v, w) => w.articles.length - v.articles.length);
    const conflict: SentenceConflict = {
      fact: factName(members[0]!, members),
      update: false,
      versions: versions.map((v) => ({ value: v.members[0]!.value, articles: v.articles, evidence: v.members[0]!.evidence })),
    };
    if (!flaggedAlready(conflict, known)) conflicts.push(conflict);
  }
  return conflicts;
}

/** "place", "day", "title of Veld", or a role by the post words every version shares ("judge"). */
function factName(first: PlacedMention, members: PlacedMention[]): string {
  const kind: SlotKind = first.kind;
  if (kind === 'place') return 'place';
  if (kind === 'day') return 'day';
  if (kind === 'post') return `title of ${capitalised(first.subject)}`;
  const shared = first.subject.split(' ').filter((word) => members.every((m) => m.subject.split(' ').includes(word)));
  return shared.join(' ') || first.subject;
}
