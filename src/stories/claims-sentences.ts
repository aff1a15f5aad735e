// Conflicts found without naming a slot: every figure-bearing sentence of one article is aligned with its best
// match in each other article of the story (TF-IDF cosine over content words, mutual best only), and the figures of
// an aligned pair are compared by role: the same kind and unit, and the same noun counted ("8,000 dockworkers" /
// "55 vessels" against "40 cargo ships" is no pair; "ships" and "vessels" are one class), or each the only figure of
// its kind in two closely matching sentences ("a three-day strike" / "a 72-hour walkout"). Figures linked across
// articles form one fact; its versions are grouped by values.ts (rounding, currency, unit, hedge), and a fact is a
// conflict only when no article of one version states the other's value anywhere. Background clauses (an earlier
// year, "up from", "last year") give no version. This runs next to the slot alignment of claims.ts, which keeps
// what it finds; a fact already flagged there is not repeated.
import { claimsBySentence as settings } from '../settings.js';
import { inScope, withoutChangeBase } from './figure-phrases.js';
import { restatedFacts } from './figure-restatements.js';
import { readFigures, type Figure } from './figures.js';
import { roleKey } from './figure-roles.js';
import { scoreSize } from './score-roles.js';
import { contentTokens, dot, splitSentences, toUnitLength } from './text.js';
import { sameValue, numericValue } from './values.js';

export interface ArticleText {
  article: string;
  date: string | null;
  text: string;
}

export interface SentenceConflict {
  fact: string;
  update: boolean;
  versions: { value: string; articles: string[]; evidence: string }[];
}

export interface Located extends Figure {
  article: number;
  sentence: number;
  /** The figure's sentence, as evidence. */
  evidence: string;
  /** Set for figures of a background clause: they show what an article knows, but give no version. */
  background: boolean;
  /** The figure's size on its kind's scale (values.ts), read once. */
  value: number | null;
}

export interface ArticleSentences {
  entry: ArticleText;
  sentences: string[];
  /** Content words of each sentence, read once for the vectors and the role counts. */
  tokens: string[][];
  vectors: Map<string, number>[];
  figures: Located[][];
}

/**
 * A clause that speaks of an earlier time or an earlier figure: its figures are background. A season ("the 2025/26
 * season") is the current one, not an earlier year.
 */
const BACKGROUND = /\b(?:19\d\d|20\d\d)\b(?!\/\d\d)|\blast (?:year|month|week)\b|\bago\b|\bprevious(?:ly)?\b|\b(?:up|down) from\b|\bfrom a (?:peak|high|low)\b|\bcompared with\b|\bsince (?:19|20)\d\d\b|\bin the past\b|\b(?:taking|bringing)\b[^,;]*\btotal\b|\b(?:licen[cs]ed|designed|built|certified|allowed) (?:to|for)\b/iu;
/**
 * A capacity is what a place could hold (a stadium's, not the crowd): background, except a power plant's megawatts
 * and capacity the event adds ("will raise the terminal's capacity by 450,000 containers").
 */
const CAPACITY = /\bcapacity\b(?![^,;]*\bby\b)/iu;

/**
 * A sentence about an earlier event: its first clause names a past year or "the last", "a similar" one. A "former
 * mayor" is a person of today's news, not an earlier event.
 */
const BACKGROUND_LEAD = /\b(?:last|previous|similar|former(?!\s+(?:[\p{L}-]+\s+)?(?:mayor|president|prime|minister|premier|governor|chief|head|leader|director|manager|executive|chairman|chairwoman|secretary|official|member|judge|officer|ceo|boss|coach|captain|senator|mp)\b)|earlier)\b|(?<!\bsince )\b(?<year>19\d\d|20\d\d)\b/iu;

const CLAUSE = /[^,;()—–]+/gu;


/** Whether the sentence as a whole is about an earlier event (a year before the article's own is named first). */
export function backgroundSentence(sentence: string, year: number | null): boolean {
  const lead = withoutChangeBase(/^[^,;()—–]*/u.exec(sentence)![0]);
  const match = BACKGROUND_LEAD.exec(lead);
  if (!match) return false;
  const named = match.groups?.year;
  return !named || year === null || Number(named) < year;
}

/** A year that is a fact ("built in 1961") is background only for words other than itself ("a similar bridge, built in 1961"). */
function yearBackground(sentence: string, figure: Figure, year: number | null): boolean {
  const without = `${sentence.slice(0, figure.start)}${sentence.slice(figure.end)}`;
  const clause = [...without.matchAll(CLAUSE)].find((m) => figure.start >= m.index && figure.start <= m.index + m[0].length)?.[0] ?? '';
  return backgroundSentence(without, year) || BACKGROUND.test(clause);
}

/** Words that make a higher count in a later report an update: a toll that rises as news comes in. */
const GROWING = /^(?:dead|death|die|kill|bodie|body|toll|injur|wound|hurt|missing|victim|casualt|rescu|arrest|displac|evacu|survivor|people|person)/u;

/** The year of the article's publication date, or null when it has none. */
export const yearOf = (entry: ArticleText): number | null => (entry.date ? Number(entry.date.slice(0, 4)) : null);

export function prepare(entry: ArticleText, index: number): ArticleSentences {
  const sentences = splitSentences(entry.text).map((span) => entry.text.slice(span.start, span.end));
  const year = yearOf(entry);
  const figures = sentences.map((sentence, s) => {
    const whole = backgroundSentence(sentence, year);
    const clauses = [...sentence.matchAll(CLAUSE)].map((m) => ({ start: m.index, end: m.index + m[0].length, background: whole || BACKGROUND.test(withoutChangeBase(m[0])), capacity: CAPACITY.test(m[0]) }));
    return readFigures(sentence).map((figure) => ({
      ...figure,
      article: index,
      sentence: s,
      evidence: sentence,
      background:
        figure.kind === 'year'
          ? yearBackground(sentence, figure, year)
          : clauses.some((clause) => (clause.background || (clause.capacity && figure.kind !== 'MW')) && figure.start >= clause.start && figure.start < clause.end),
      value: figure.kind === 'score' ? scoreSize(figure.normalized) : numericValue(reading(figure)),
    }));
  });
  return { entry, sentences, tokens: sentences.map(contentTokens), vectors: [], figures };
}

/** TF-IDF vectors of every sentence of the story, unit length. */
export function vectorise(articles: ArticleSentences[]): void {
  const documents = new Map<string, number>();
  let total = 0;
  const counts = articles.map((article) =>
    article.tokens.map((tokens) => {
      const tf = new Map<string, number>();
      for (const token of tokens) tf.set(token, (tf.get(token) ?? 0) + 1);
      for (const token of tf.keys()) documents.set(token, (documents.get(token) ?? 0) + 1);
      total++;
      return tf;
    }),
  );
  articles.forEach((article, a) => {
    article.vectors = counts[a]!.map((tf) => {
      const vector = new Map<string, number>();
      for (const [token, count] of tf) vector.set(token, (1 + Math.log(count)) * Math.log(1 + total / documents.get(token)!));
      return toUnitLength(vector);
    });
  });
}

/** Role classes of what happened to the people a count counts (figures.ts ROLE_CLASSES keys). */
export const FATES = new Set(['kill', 'injur', 'missi', 'rescu', 'arres', 'evacu']);

/** Role words that say little on their own ("people"): half weight. */
export const WEAK_ROLES = new Set(['peopl', 'total', 'least', 'more']);

/** How many of the story's sentences use each role word: a word in most of them ("bus") tells little. */
export interface RoleCounts {
  frequency: Map<string, number>;
  sentences: number;
}

export function countRoles(articles: ArticleSentences[]): RoleCounts {
  const counts: RoleCounts = { frequency: new Map(), sentences: 0 };
  const keys = new Map<string, string>();
  const keyOf = (token: string) => keys.get(token) ?? (keys.set(token, roleKey(token)), keys.get(token)!);
  for (const article of articles) {
    for (const tokens of article.tokens) {
      counts.sentences++;
      for (const key of new Set(tokens.map(keyOf))) counts.frequency.set(key, (counts.frequency.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** 1 for a role word in few sentences of the story, less for common ones. */
export function rarity(word: string, counts: RoleCounts): number {
  const df = Math.max(1, counts.frequency.get(word) ?? 1);
  return Math.min(1, Math.log(counts.sentences / df + 1) / Math.log(counts.sentences / settings.rareSentences + 1));
}

/** Whether two figures of different articles could give one fact: same kind, both foreground, sizes close. */
function comparable(x: Located, y: Located): boolean {
  if (x.kind !== y.kind || x.background || y.background) return false;
  const [vx, vy] = [x.value, y.value];
  return vx !== null && vy !== null && vx > 0 && vy > 0 && Math.max(vx, vy) / Math.min(vx, vy) <= settings.maxRatio;
}

/** Role words two figures share, each weighted by its rarity in the story (a weak role word counts less). */
export function sharedRoles(x: Located, y: Located, counts: RoleCounts): number {
  const roleY = new Set([...y.role, ...y.after]);
  let shared = 0;
  for (const word of new Set([...x.role, ...x.after])) if (roleY.has(word)) shared += (WEAK_ROLES.has(word) ? settings.weakRoleWeight : 1) * rarity(word, counts);
  return shared;
}

/** What befell the people a figure counts (killed, injured, missing...), as role-word stems. */
export function fatesOf(f: Located): Set<string> {
  return new Set([...f.role, ...f.after].filter((word) => FATES.has(word)));
}

/**
 * How well two comparable figures of different articles give one fact; 0 when they cannot. `onlyPair`: each is the other
 * article's only figure of its kind and size ("spent four minutes inside" / "the raid lasted seven minutes").
 */
function fit(x: Located, y: Located, a: ArticleSentences, b: ArticleSentences, onlyPair: boolean, counts: RoleCounts): number {
  const vx = x.value!;
  const vy = y.value!;
  const similarity = dot(a.vectors[x.sentence]!, b.vectors[y.sentence]!);
  let shared = sharedRoles(x, y, counts);
  // Two nouns counted, neither the other's ("8,000 dockworkers" and "40 cargo ships"): two facts.
  // A weak noun ("people") may be another outlet's "athletes".
  const weakNoun = WEAK_ROLES.has(x.after[0] ?? '') || WEAK_ROLES.has(y.after[0] ?? '');
  // A share is of things each outlet names its own way ("95% of the goods traded", "90 per cent of tariff lines").
  if (x.kind !== '%' && !weakNoun && x.after.length > 0 && y.after.length > 0 && !x.after.some((word) => y.after.includes(word)) && !x.after.some((w) => y.role.includes(w))) return 0;
  // "Schools in 40 towns" counts where the schools are: one fact with "37 towns were flooded" only if the other
  // speaks of schools too.
  if (!inScope(x, y) || !inScope(y, x)) return 0;
  // What happened to the people counted (killed, injured, missing, rescued, arrested, evacuated) must agree: a
  // toll is never a count of houses, nor the missing a count of the dead.
  const fx = fatesOf(x);
  const fy = fatesOf(y);
  if (fx.size > 0 && fy.size > 0 && ![...fx].some((word) => fy.has(word))) return 0;
  if (fx.size + fy.size > 0 && (fx.size === 0 || fy.size === 0)) shared -= settings.fateMissingPenalty;
  if (shared <= 0) {
    shared = 0;
    // A duration, share or sum with no word in common: one fact only as the sole figure of its kind in two
    // closely matching sentences ("a three-day strike" / "a 72-hour walkout").
    const sole = (article: ArticleSentences, f: Located) => article.figures[f.sentence]!.filter((o) => o.kind === f.kind && !o.background).length === 1;
    if (x.kind === 'count' || x.kind === 'age' || x.kind === 'year') return 0;
    if (!onlyPair && (!sole(a, x) || !sole(b, y) || similarity < settings.soleFigureSimilarity)) return 0;
    shared = settings.soleWeight;
  }
  const lead = x.sentence < settings.leadSentences && y.sentence < settings.leadSentences ? settings.leadWeight : 0;
  // Close sizes break ties: a later toll of 27 is nearer 24 than 43 passengers are.
  const closeness = 1 - Math.abs(Math.log(vx / vy)) / Math.log(settings.maxRatio);
  return shared + settings.similarityWeight * similarity + lead + settings.closenessWeight * closeness;
}


/** Figure pairs of two articles that give one fact: each the other's best fit, above the floor. */
function pairArticles(a: ArticleSentences, b: ArticleSentences, counts: RoleCounts): [Located, Located, number][] {
  const xs = a.figures.flat().filter((f) => !f.background);
  const ys = b.figures.flat().filter((f) => !f.background);
  const compatible = xs.map((x) => ys.map((y) => comparable(x, y)));
  const rowCounts = compatible.map((row) => row.filter(Boolean).length);
  const columnCounts = ys.map((_, j) => compatible.filter((row) => row[j]).length);
  const only = (i: number, j: number) => rowCounts[i] === 1 && columnCounts[j] === 1;
  const scores = xs.map((x, i) => ys.map((y, j) => (compatible[i]![j] ? fit(x, y, a, b, only(i, j), counts) : 0)));
  const pairs: [Located, Located, number][] = [];
  xs.forEach((x, i) => {
    const row = scores[i]!;
    let j = -1;
    for (let k = 0; k < row.length; k++) if (row[k]! > (j < 0 ? 0 : row[j]!)) j = k;
    if (j < 0 || row[j]! < settings.minFigureScore) return;
    // Mutual best: no other figure of a fits y better.
    if (scores.some((other, m) => m !== i && other[j]! > row[j]!)) return;
    pairs.push([x, ys[j]!, row[j]!]);
  });
  return pairs;
}

/** A count that rises as news comes in (a toll, the injured, arrests): "at least 23" against 31 is news to flag. */
export function isGrowing(figure: Located): boolean {
  return figure.kind === 'count' && [...figure.after, ...figure.role].some((word) => GROWING.test(word));
}

/**
 * One value however written (values.ts), or a bound the other figure sits in: "more than 250 landslides" and "300
 * landslides" do not disagree, "up to 200" and 150 neither. A growing count keeps the strict reading.
 */
export function agrees(x: Located, y: Located, growing: boolean): boolean {
  if (sameValue(reading(x), reading(y))) return true;
  if (growing) return false;
  const [vx, vy] = [x.value, y.value];
  if (vx === null || vy === null) return false;
  const within = (bound: Located, value: number, other: Located) =>
    bound.bound &&
    ((bound.qualifier === 'at least' && value >= bound.value!) || (bound.qualifier === 'at most' && value <= bound.value! && other.qualifier !== 'at least'));
  return within(x, vy, y) || within(y, vx, x);
}

export const reading = (figure: Figure) => ({ normalized: figure.normalized, precision: figure.precision, qualifier: figure.qualifier });

/** Conflicts between the articles of one story, found by aligning their sentences. */
export function sentenceConflicts(entries: ArticleText[]): SentenceConflict[] {
  if (entries.length < 2) return [];
  const articles = entries.map(prepare);
  vectorise(articles);
  const counts = countRoles(articles);
  const facts = new UnionOfFacts();
  const pairs: [Located, Located, number][] = [];
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      // A copy of another article (same text) is no second outlet.
      if (articles[i]!.entry.text === articles[j]!.entry.text) continue;
      pairs.push(...pairArticles(articles[i]!, articles[j]!, counts));
    }
  }
  // Strongest pairs first, so a weak pair cannot join two facts that the strong ones keep apart.
  for (const [x, y] of pairs.sort((p, q) => q[2] - p[2])) facts.link(x, y);
  const found: { conflict: SentenceConflict; members: Located[] }[] = [];
  for (const members of facts.inFirstSeenOrder()) {
    const conflict = conflictOf(members, articles);
    if (conflict) found.push({ conflict, members });
  }
  // "49,600 per tonne, or 3,100 per bag": a figure derived from another in each article gives no second conflict.
  const restated = restatedFacts(found.map(({ members }) => members));
  return found.filter((_, i) => !restated.has(i)).map(({ conflict }) => conflict);
}

/**
 * Figures of different articles linked into facts (union-find). A fact holds one value per article: a link that
 * would give one article two different figures is refused ("nine killed" and "30 houses" of one report do not chain
 * through a third report's figure).
 */
export class UnionOfFacts {
  private parent = new Map<Located, Located>();
  private members = new Map<Located, Located[]>();

  private find(x: Located): Located {
    let root = x;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }

  /** Links the two figures' facts; false when the link is refused. */
  link(x: Located, y: Located): boolean {
    for (const f of [x, y]) if (!this.parent.has(f)) (this.parent.set(f, f), this.members.set(f, [f]));
    const [rx, ry] = [this.find(x), this.find(y)];
    if (rx === ry) return true;
    const [mx, my] = [this.members.get(rx)!, this.members.get(ry)!];
    if (mx.some((f) => my.some((g) => f.article === g.article && !sameValue(reading(f), reading(g))))) return false;
    this.parent.set(rx, ry);
    this.members.set(ry, [...my, ...mx]);
    this.members.delete(rx);
    return true;
  }

  /** The facts, each with its members in the order they were linked into it. */
  facts(): Located[][] {
    return [...this.members.values()];
  }

  /** The facts in the order their first figures were first linked, each with its members in that order. */
  inFirstSeenOrder(): Located[][] {
    const groups = new Map<Located, Located[]>();
    for (const figure of this.parent.keys()) {
      const root = this.find(figure);
      const group = groups.get(root);
      if (group) group.push(figure);
      else groups.set(root, [figure]);
    }
    return [...groups.values()];
  }
}

interface Version {
  figures: Located[];
  articles: number[];
}

export function conflictOf(members: Located[], articles: ArticleSentences[]): SentenceConflict | null {
  // One figure per article: an article whose figures in the fact disagree among themselves makes it unclear.
  const byArticle = new Map<number, Located>();
  for (const figure of [...members].sort((a, b) => a.sentence - b.sentence)) {
    const known = byArticle.get(figure.article);
    if (!known) byArticle.set(figure.article, figure);
    else if (!sameValue(reading(known), reading(figure))) return null;
  }
  const versions: Version[] = [];
  const growing = members.some(isGrowing);
  for (const [article, figure] of byArticle) {
    const version = versions.find((v) => v.figures.every((other) => agrees(other, figure, growing)));
    if (version) {
      version.figures.push(figure);
      version.articles.push(article);
    } else versions.push({ figures: [figure], articles: [article] });
  }
  if (versions.length < 2) return null;
  // No dispute when an article of one side states the other side's value anywhere (a figure of the same kind).
  // The article's own figure in this fact is its version; only its other mentions can state another value.
  const states = (article: number, figure: Located) =>
    articles[article]!.figures
      .flat()
      .some((own) => own !== byArticle.get(article) && own.kind === figure.kind && sameValue(reading(own), reading(figure)));
  for (let i = 0; i < versions.length; i++) {
    for (let j = 0; j < versions.length; j++) {
      if (i !== j && versions[i]!.articles.some((article) => states(article, versions[j]!.figures[0]!))) return null;
    }
  }
  versions.sort((a, b) => b.articles.length - a.articles.length);
  const first = members[0]!;
  const noun = mostCommon(members.flatMap((figure) => (figure.noun ? [figure.noun] : []))) ?? KIND_NAMES[first.kind] ?? 'figure';
  const person = members.flatMap((figure) => figure.role).find((word) => word.startsWith('name:'));
  const name = person ? `age of ${person.slice(5, 6).toUpperCase()}${person.slice(6)}` : first.kind === 'duration' ? `${noun} duration` : noun;
  return {
    fact: name,
    update: isUpdate(versions, articles, members),
    versions: versions.map((version) => ({
      value: version.figures[0]!.text,
      articles: version.articles.map((a) => articles[a]!.entry.article),
      evidence: version.figures[0]!.evidence,
    })),
  };
}

const KIND_NAMES: Record<string, string> = { age: 'age', count: 'number', '%': 'share', m: 'distance', t: 'quantity', ha: 'area', money: 'amount', duration: 'event', C: 'temperature', 'km/h': 'speed', MW: 'capacity', year: 'year', rating: 'level', clock: 'time', date: 'date' };

function mostCommon(words: string[]): string | null {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  let best: string | null = null;
  for (const [word, count] of counts) if (!best || count > counts.get(best)!) best = word;
  return best;
}

/** A count of a toll-like noun whose larger values all come in later reports: news coming in, not a dispute. */
function isUpdate(versions: Version[], articles: ArticleSentences[], members: Located[]): boolean {
  if (members.some((figure) => figure.kind !== 'count')) return false;
  if (!members.some((figure) => [...figure.after, ...figure.before].some((word) => GROWING.test(word)))) return false;
  const dated = versions.map((version) => ({
    value: version.figures[0]!.value ?? 0,
    dates: version.articles.map((a) => articles[a]!.entry.date),
  }));
  if (dated.some((version) => version.dates.some((date) => !date))) return false;
  dated.sort((a, b) => a.value - b.value);
  for (let i = 1; i < dated.length; i++) {
    const latestLower = [...dated[i - 1]!.dates].sort().at(-1)!;
    const earliestHigher = [...dated[i]!.dates].sort()[0]!;
    if (!(earliestHigher > latestLower)) return false;
  }
  return true;
}
