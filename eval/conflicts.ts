// Conflicts between outlets, measured apart from clustering: the articles of each gold story are aligned together
// (claims from the events stage, alignment from the stories stage) and the flagged conflicts are scored against
// gold. Sets: samples/conflicts (invented multi-outlet stories, each measured once before any change: README.md),
// samples/articles (the demo corpus), and the seeds: 000+001 (five- vs four-year agreement) and 002+004 (one 2021
// meeting, no disagreement) forced into one story each.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareArticles } from '../src/pipeline.js';
import { alignClaims, articleClaimsOf, asStoryConflict, figurePairConflicts, type AlignOptions, type StoryConflict, type StoryInput } from '../src/stories/index.js';
import type { FrameRole } from '../src/stories/frames.js';
import { figurePairs as figureSettings, slotPairs as slotSettings } from '../src/settings.js';
import { goldStories, heldOutFoldModels, namedSets, readExpected, setFile } from './aligner-folds.js';
import { addScore, emptyScore, figuresOf, HELD_OUT_BATCHES, heldOutBatchOf, SKIP_HELD_OUT, statedInFigures, TRAINING_SETS, type GoldConflict, type Scored } from './conflict-gold.js';
import { articlesFrom } from './corpus.js';
import { repoRoot, sharedRoot } from './paths.js';
import type { EvalResult } from './types.js';

export * from './conflict-gold.js';

const SENTENCE_ONLY = process.env.DOSSIER_SENTENCE_ONLY === '1';
/** DOSSIER_FRAME_ROLES=place,day: the frame finder's rules to measure (stories/frames.ts), each apart; unset: settings. */
const FRAME_ROLES = process.env.DOSSIER_FRAME_ROLES === undefined ? undefined : (process.env.DOSSIER_FRAME_ROLES.split(',').filter(Boolean) as FrameRole[]);

/** DOSSIER_QUOTE_SPEAKERS=0 or 1: the finder of one quotation under two speakers (stories/quote-speakers.ts) off or on; unset: settings. */
const QUOTE_SPEAKERS = process.env.DOSSIER_QUOTE_SPEAKERS === undefined ? undefined : process.env.DOSSIER_QUOTE_SPEAKERS === '1';

/**
 * What aligns a story's articles: everything (`all`), the slot-free sentence alignment alone (`sentences`), the hand
 * rules without the learned aligners of figures and of places, posts and days (`hand`), or the figure aligner alone (`model`).
 */
type Aligner = 'all' | 'sentences' | 'hand' | 'model';

/** The learned aligners' models to use instead of the stored ones (a held-out batch's fold models). */
type Models = Pick<AlignOptions, 'figurePairs' | 'slotPairs'>;

/** Conflicts of each gold story, its articles aligned together. */
function conflictsByStory(
  inputs: StoryInput[],
  storyOf: (id: string) => string | undefined,
  aligner: Aligner = SENTENCE_ONLY ? 'sentences' : 'all',
  models: Models = {},
): Map<string, StoryConflict[]> {
  const sentencesOnly = aligner === 'sentences';
  const members = new Map<string, StoryInput[]>();
  for (const input of inputs) {
    const story = storyOf(input.article.id);
    if (!story) continue;
    members.set(story, [...(members.get(story) ?? []), input]);
  }
  if (aligner === 'model') {
    return new Map(
      [...members].map(([story, items]) => [
        story,
        figurePairConflicts(
          items.map(articleClaimsOf),
          [],
          models.figurePairs ?? undefined,
        ).map(asStoryConflict),
      ]),
    );
  }
  return new Map(
    [...members].map(([story, items]) => [
      story,
      alignClaims(
        items.map((item) => ({
          ...articleClaimsOf(item),
          // DOSSIER_SENTENCE_ONLY=1: the sentence alignment alone, without the slots (a diagnostic of how it carries over).
          claims: sentencesOnly ? [] : item.claims ?? [],
        })),
        // The sentence-only diagnostic is the hand rules' sentence alignment: the learned aligner stays out of it.
        aligner === 'all'
          ? { ...models, frameRoles: FRAME_ROLES, quoteSpeakers: QUOTE_SPEAKERS }
          : {
              figurePairs: null,
              slotPairs: null,
              frameRoles: sentencesOnly ? [] : FRAME_ROLES,
              quoteSpeakers: sentencesOnly ? false : QUOTE_SPEAKERS,
            },
      ),
    ]),
  );
}

/** Gold names that differ from the slot names (the gold was written before the slots were named). */
const FACT_ALIASES: Record<string, string> = {
  'contract length': 'agreement duration',
  'prisoners released': 'people released',
  'summit duration': 'conference duration',
  'hectares burned': 'area burned',
};

const WEEKDAY_OR_MONTH = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|week|weekend)\b/iu;
const TOPICS: [string, RegExp][] = [
  ['day or time', /\b(?:day|date|when|time|weekday|closing|opening|deadline)\b/iu],
  ['place', /\b(?:place|where|city|town|district|village|neighbourhood|origin|venue|location|port|region|country|site|province|county|capital|route|area)\b/iu],
  ['post or title', /\b(?:office|title|post|position|role|job|rank|portfolio)\b/iu],
  ['who (person, team, body)', /\b(?:who|name|winner|team|party|company|firm|agency|club|body|leader|owner|buyer|suspect|driver|captain|operator)\b/iu],
];

/** What a non-figure fact names, read from the gold's fact name and values (for the census tables, totals only). */
export function nonFigureTopic(gold: GoldConflict): string {
  if (gold.versions.some((version) => WEEKDAY_OR_MONTH.test(version.value))) return 'day or time';
  return TOPICS.find(([, words]) => words.test(gold.fact))?.[0] ?? 'other';
}

/** "flights" -> "fligh", "ferries" -> "ferry": words compared by their first five letters, as singulars. */
function stem(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '').replace(/ies$/u, 'y').replace(/s$/u, '').slice(0, 5);
}

/**
 * The gold names a fact in its own words ("flights cancelled", "vehicles in the river"); a generic slot names it
 * from its head noun and verb ("flight", "vehicle recall"). They are one fact when every word of the slot's name
 * is among the gold's words (compared by stem).
 */
function sameFact(goldFact: string, fact: string): boolean {
  const gold = FACT_ALIASES[goldFact] ?? goldFact;
  if (gold === fact) return true;
  const goldWords = new Set(gold.split(/\s+/u).map(stem).map(factWord));
  return fact.split(/\s+/u).filter((word) => word !== 'of').every((word) => goldWords.has(factWord(stem(word))));
}

/**
 * Words authors use for one kind of fact (the gold of sets q-t says "day" and "office" where earlier sets say
 * "date" and "title"): each stem is read as the first of its class. The versions' values must still match.
 */
const FACT_WORD_CLASSES = [['date', 'day'], ['title', 'offic', 'post', 'posit']];
const FACT_WORD = new Map(FACT_WORD_CLASSES.flatMap((words) => words.map((word) => [word, words[0]!] as const)));

function factWord(stemmed: string): string {
  return FACT_WORD.get(stemmed) ?? stemmed;
}

/** A predicted version states the gold's value: the same figures when the gold gives any, else the same words. */
function statesValue(predicted: string, gold: string): boolean {
  const goldFigures = figuresOf(gold);
  if (goldFigures.length === 0) return predicted.toLowerCase().includes(gold.toLowerCase());
  const figures = figuresOf(predicted);
  return goldFigures.every((figure) => figures.includes(figure));
}

/** The kind of fact a conflict's name says by one of its words ("place", "visit date", "title of Feld"). */
const TOPIC_OF_NAME: Record<string, string> = { place: 'place', day: 'day or time', date: 'day or time', time: 'day or time', title: 'post or title' };

/**
 * A non-figure conflict named by its kind ("place", "visit date", "title of Feld") is the gold's when the gold's own name
 * says the same kind ("city where the pact was signed", "Markus Feld's office"): the values and outlets must still
 * match, and they are the substance.
 */
function sameTopic(gold: GoldConflict, fact: string): boolean {
  const topics = fact.toLowerCase().split(/\s+/u).map((word) => TOPIC_OF_NAME[word]);
  const topic = nonFigureTopic(gold);
  return topics.some((named) => named === topic);
}

/**
 * A gold conflict is found when a predicted conflict on the same fact has a distinct version for each gold version
 * that states its value and holds all of its articles (`complete`), or at least one of them (flagged: the
 * disagreement is shown with the right values, though an outlet that agrees with one side may be left out).
 * Further versions are allowed.
 */
export function matches(gold: GoldConflict, conflict: StoryConflict, complete = true): boolean {
  // Named otherwise ("home" for "houses buried"), a conflict is still the gold's when every version gives figures
  // and the outlets behind them: which outlet says which figure is the substance, the name is ours.
  if (!statedInFigures(gold) && !sameFact(gold.fact, conflict.fact) && !sameTopic(gold, conflict.fact)) return false;
  const used = new Set<number>();
  return gold.versions.every((version) => {
    const index = conflict.versions.findIndex(
      (candidate, i) =>
        !used.has(i) &&
        (complete
          ? version.articles.every((article) => candidate.articles.includes(article))
          : version.articles.some((article) => candidate.articles.includes(article))) &&
        statesValue(candidate.value, version.value),
    );
    if (index < 0) return false;
    used.add(index);
    return true;
  });
}

/** Scores the predicted conflicts against the gold ones; `inStory` says whether a gold conflict may match a prediction. */
export function scoreConflicts(
  gold: GoldConflict[],
  allGold: GoldConflict[],
  predicted: { story: string; conflict: StoryConflict }[],
  inStory: (entry: GoldConflict, story: string) => boolean,
  label: string,
  quiet = false,
): Scored {
  const scored: Scored = { gold: gold.length, found: 0, flagged: 0, updateRight: 0, predicted: predicted.length, right: 0 };
  for (const entry of gold) {
    const candidates = predicted.filter(({ story }) => inStory(entry, story));
    const hit = candidates.find(({ conflict }) => matches(entry, conflict));
    const flagged = hit ?? candidates.find(({ conflict }) => matches(entry, conflict, false));
    if (flagged) scored.flagged++;
    if (hit) {
      scored.found++;
      if (entry.update === undefined || entry.update === hit.conflict.update) scored.updateRight++;
    }
    if (!hit && !quiet) {
      const how = flagged ? 'partial' : 'missed ';
      console.log(`  ${label} ${how}  ${entry.story} / ${entry.fact}: ${entry.versions.map((v) => `${v.value} [${v.articles.join(', ')}]`).join(' vs ')}`);
    }
  }
  for (const { story, conflict } of predicted) {
    const real = allGold.some((entry) => inStory(entry, story) && matches(entry, conflict, false));
    if (real) scored.right++;
    if (quiet) continue;
    const versions = conflict.versions.map((v) => `${v.value} [${v.articles.join(', ')}]`).join(' vs ');
    console.log(`  ${label} ${real ? 'flagged' : 'FALSE  '}  ${story} / ${conflict.update ? 'update ' : ''}${conflict.fact}: ${versions}`);
  }
  return scored;
}

function score(gold: GoldConflict[], predicted: Map<string, StoryConflict[]>, label: string, quiet = false): Scored {
  const flat = [...predicted].flatMap(([story, conflicts]) => conflicts.map((conflict) => ({ story, conflict })));
  return scoreConflicts(gold, gold, flat, (entry, story) => entry.story === story, label, quiet);
}

/**
 * `recall`: gold conflicts found complete (every version with all its articles); `flagged_recall`: shown with the
 * right values, possibly without every agreeing outlet; `precision`: flagged conflicts that are gold ones (values
 * right, at least one article a version).
 */
export function record(metrics: Record<string, number>, key: string, scored: Scored, note = ''): void {
  metrics[`${key}_recall`] = scored.gold ? scored.found / scored.gold : 1;
  metrics[`${key}_flagged_recall`] = scored.gold ? scored.flagged / scored.gold : 1;
  metrics[`${key}_precision`] = scored.predicted ? scored.right / scored.predicted : 1;
  metrics[`${key}_update_label_accuracy`] = scored.found ? scored.updateRight / scored.found : 1;
  console.log(
    `${key}${note}: ${scored.found}/${scored.gold} gold conflicts found complete, ${scored.flagged}/${scored.gold} flagged, ` +
      `${scored.right}/${scored.predicted} flagged are real, update label right on ${scored.updateRight}/${scored.found}`,
  );
}

/**
 * The invented sets. Sets no group names (a batch being written, not yet filed as held out) are not read. The learned
 * aligners are trained on the held-out batches too (conflict-gold.ts HELD_OUT_BATCHES), so each such batch is scored
 * with models fitted without it (aligner-folds.ts: the stored L2 and threshold, every other trained set): its figures,
 * marked "(batch CV)", stay out of sample. A batch marked `trained: false` is scored with the stored models.
 */
async function inventedSets(metrics: Record<string, number>): Promise<void> {
  const expected = readExpected();
  const sets = namedSets();
  const read = new Map<string, StoryInput[]>();
  for (const set of sets) read.set(set, prepareArticles(await articlesFrom([setFile(set)])));
  const foldModels: ReturnType<typeof heldOutFoldModels> = SKIP_HELD_OUT
    ? new Map()
    : heldOutFoldModels(
        sets.flatMap((set) => goldStories(set, read.get(set)!, expected)),
        figureSettings,
        slotSettings.inUse ? slotSettings : null,
      );
  const totals = new Map<string, Scored>();
  const addTo = (group: string, scored: Scored) => {
    const sum = totals.get(group) ?? emptyScore();
    addScore(sum, scored);
    totals.set(group, sum);
  };
  const storyOf = (id: string) => expected.stories[id];
  for (const set of sets) {
    const batch = heldOutBatchOf(set);
    const heldOut = batch !== undefined;
    // The training sets are totalled on their own, so `invented_all` stays the sets a-k and n-t it always was.
    const training = TRAINING_SETS.test(set);
    const inputs = read.get(set)!;
    const models: Models = (batch && foldModels.get(`held_out_${batch.key}`)) ?? {};
    const predicted = conflictsByStory(inputs, storyOf, undefined, models);
    const setGold = expected.conflicts.filter((entry) => entry.set === set);
    const scored = score(setGold, predicted, `set ${set}`, heldOut);
    if (!heldOut && !training) {
      // The slot-free sentence alignment alone (no claims of the events stage), quietly: how far it carries without slots.
      addTo('sentences_only_tuned', score(setGold, conflictsByStory(inputs, storyOf, 'sentences'), `set ${set} by sentence`, true));
    }
    // The hand rules and the learned figure aligner apart, quietly, as totals: the tuned sets' model figures are
    // in-sample (its CV estimate is printed by scripts/train-figure-pairs.ts); held out, they say which part carries.
    const apart = batch ? [`held_out_${batch.key}`] : [training ? 'training' : 'tuned'];
    for (const aligner of ['hand', 'model'] as const) {
      const alone = score(setGold, conflictsByStory(inputs, storyOf, aligner, models), `set ${set} ${aligner}`, true);
      for (const group of apart) addTo(`${aligner}_only_${group}`, alone);
    }
    record(metrics, `set_${set}`, scored, scoredByBatchCV(`set_${set}`) ? CV_NOTE : '');
    const groups = heldOut ? ['held_out', ...apart] : [training ? 'training_sets' : 'invented_all'];
    for (const group of groups) addTo(group, scored);
  }
  for (const [group, total] of totals) record(metrics, group, total, scoredByBatchCV(group) ? CV_NOTE : '');
  if (foldModels.size > 0) console.log(`(batch CV): scored with the aligners fitted without that batch (${[...foldModels.keys()].join(', ')})`);
}

/**
 * Whether a metric (or a total's key) is scored with fold models: the held-out total, a trained batch's total or its
 * model-alone total, or one of its sets. Not the hand rules alone, which no model enters.
 */
export function scoredByBatchCV(metric: string): boolean {
  if (SKIP_HELD_OUT) return false;
  const trained = (batch: ReturnType<typeof heldOutBatchOf>) => batch !== undefined && batch.trained !== false;
  const set = /^set_([a-z]+)(?:_|$)/u.exec(metric)?.[1];
  if (set !== undefined) return trained(heldOutBatchOf(set));
  const group = metric.replace(/_(?:recall|flagged_recall|precision|update_label_accuracy)$/u, '');
  const key = /^(?:model_only_)?held_out(?:_([a-z]+))?$/u.exec(group);
  if (!key) return false;
  return key[1] === undefined ? HELD_OUT_BATCHES.some((batch) => batch.trained !== false) : trained(HELD_OUT_BATCHES.find((batch) => batch.key === key[1]));
}

const CV_NOTE = ' (batch CV)';

async function demoSamples(metrics: Record<string, number>): Promise<void> {
  const expected = JSON.parse(readFileSync(path.join(repoRoot, 'samples/expected.json'), 'utf-8')) as Record<string, { story?: string }> & {
    conflicts: GoldConflict[];
  };
  const inputs = prepareArticles(await articlesFrom([path.join(repoRoot, 'samples/articles')]));
  const predicted = conflictsByStory(inputs, (id) => expected[id]?.story);
  record(metrics, 'samples', score(expected.conflicts, predicted, 'samples'));
}

async function seedPairs(metrics: Record<string, number>): Promise<void> {
  const seeds = path.join(sharedRoot, 'seeds');
  if (!existsSync(seeds)) return console.log(`conflicts: ${seeds} is missing; seed pairs skipped`);
  const inputs = prepareArticles(await articlesFrom([seeds]));
  const pairOf = (id: string) => (/^00[01]/u.test(id) ? 'seeds-000-001' : /^00[24]/u.test(id) ? 'seeds-002-004' : undefined);
  const predicted = conflictsByStory(inputs, pairOf);
  const agreement = (predicted.get('seeds-000-001') ?? []).some(
    (conflict) =>
      conflict.fact === 'agreement duration' &&
      conflict.versions.some((v) => v.articles.some((a) => a.startsWith('000')) && /five|5/iu.test(v.value)) &&
      conflict.versions.some((v) => v.articles.some((a) => a.startsWith('001')) && /four|4/iu.test(v.value)),
  );
  const falseOn2021 = predicted.get('seeds-002-004') ?? [];
  for (const [pair, conflicts] of predicted) {
    for (const conflict of conflicts) console.log(`  ${pair}: ${conflict.fact}: ${conflict.versions.map((v) => `${v.value} [${v.articles.join(', ')}]`).join(' vs ')}`);
  }
  console.log(`seeds: five- vs four-year agreement (000+001) ${agreement ? 'flagged' : 'MISSED'}; 2021 meeting (002+004): ${falseOn2021.length} false conflicts`);
  metrics.seeds_agreement_conflict = agreement ? 1 : 0;
  metrics.seeds_2021_no_false_conflict = falseOn2021.length === 0 ? 1 : 0;
}

export async function run(): Promise<EvalResult> {
  const metrics: Record<string, number> = {};
  await inventedSets(metrics);
  await demoSamples(metrics);
  await seedPairs(metrics);
  // Floors a little under the measured figures. Every invented set is tuned on by now (each was measured once
  // first: see samples/conflicts/README.md); set e still misses a slick's length and an order of "30 more" jets,
  // sets g and h synonyms ("passengers"/"travellers", "evacuated"/"emptied") and figures after a verb.
  const floors: Record<string, number> = {
    set_a_recall: 0.9,
    set_a_precision: 0.9,
    set_b_recall: 0.85,
    set_b_precision: 0.85,
    set_c_recall: 0.85,
    set_c_precision: 0.85,
    set_d_recall: 0.85,
    set_d_precision: 0.85,
    set_e_recall: 0.75,
    set_e_precision: 0.85,
    set_f_recall: 0.85,
    set_f_precision: 0.85,
    // Sets g, h and i hold counts of things no named slot knows, synonyms across outlets and figures after a verb;
    // the generic slot, the measures and the cross-article pairing read most of them now (all three tuned on: set
    // i's honest first figure was 0.38 / 0.86).
    set_g_recall: 0.8,
    // 0.88 since session 12: the refitted weekday aligner flags "on Sunday" against "on Monday" of a bridge's later
    // turn (0.926 -> 0.893).
    set_g_precision: 0.88,
    set_h_recall: 0.8,
    set_h_precision: 0.85,
    set_i_recall: 0.8,
    set_i_precision: 0.85,
    // Sets a-k (j and k written blind, developed on after their first measurement: 0.22 and 0.06 recall).
    // n-p joined the tuned group in session 5 (a-k alone: 0.86 / 0.95 floors): a-p 0.777 complete, 0.955 precision.
    // With this session's readings (a-k, n-t tuned): 0.841 complete, 0.973 precision.
    // With the learned figure aligner added (figure-pairs.ts; issue 7 part 3 allows the combined precision down to
    // 0.93 in-sample for its recall on new authors): 0.844 complete, 0.906 flagged, 0.952 precision.
    invented_all_recall: 0.8,
    // Session 13, the weekday aligner refitted (L2 1, threshold 0.3: six weekday flags more, no gold): 269/289 real
    // (0.931), at the 0.93 the issue allows in-sample.
    invented_all_precision: 0.92,
    // The learned aligner alone on the tuned sets it was fitted on (in-sample; 0.728 / 0.944 cross-validated, the
    // same counts): 0.728 flagged, 0.944 precision. Session 9, fitted on the held-out batches too: 212/276 (0.768),
    // 212/225 real (0.942).
    model_only_tuned_flagged_recall: 0.7,
    model_only_tuned_precision: 0.92,
    invented_all_update_label_accuracy: 0.9,
    // The held-out group is l-m and u-x since session 5 (u-x written blind late in that session). u-x, first measured
    // after the session's when/where/who and figure readings (developed on a-k and n-p): 25/71 flagged, 25/34 real;
    // after a round developed on q-t (which rose from 33/70 to 48/70): 26/71 flagged, 26/35 real. The rules learn
    // each author's phrasing and carry little of it to the next; the issue's 60% on unseen reports is not reached.
    // These floors only guard against a fall.
    // Session 6: sets y-z (written blind) joined the held-out group (first reading 28/70 flagged, 28/41 real), and
    // the learned figure aligner was added. Held out, hand rules alone 70/173 flagged (0.405), aligner alone 85/173,
    // both 90/173 (0.520) with 90/125 real (0.720); u-x 35/71 (35/47 real), y-z 35/70 (35/54), l-m 20/32 (20/24).
    // Session 7: sets za-zb (written blind) joined (first reading 34/69 flagged, 34/46 real); the eval's matcher took a
    // non-figure conflict named by its kind ("place") for gold naming that kind (start of session under it: 126/242,
    // 126/171 real); figure readings and the slot aligner made it 130/242 (0.537), 130/182 real (0.714); both
    // aligners refitted with the training sets ta-td (four new authors): 126/242 (0.521), 126/168 real (0.750).
    // Session 8: sets va-vd (written blind) joined (first reading 69/128 flagged, 69/82 real); frames.ts (places, days,
    // the worst-hit place), the precision work (spans, margins, datelines), the refit (figure threshold 0.5 -> 0.3) and
    // match scores as candidates made the old four batches 134/242 flagged (0.554), 134/189 real (0.709), va-vd 77/128,
    // 77/93, all 211/370, 211/282.
    // Session 9: the learned aligners train on the old held-out batches too, so every held_out_* figure (and each
    // held-out set's) is now a leave-one-batch-out figure, "(batch CV)": the batch scored with models fitted without
    // it. Refit (L2 1, threshold 0.4): 207/370 flagged (0.559), 207/266 real (0.778); l-m 19/32, 19/26; u-x 35/71,
    // 35/45; y-z 38/70, 38/55; za-zb 38/69, 38/51; va-vd 77/128, 77/89. The floors are unchanged (each still holds).
    // Later in session 9: "who" read from quotations credited to different speakers (quote-speakers.ts) and acts
    // credited to different doers (act-agents.ts): a-k, n-t unchanged; training sets 77/114 -> 80/114 flagged,
    // 77/83 -> 80/86 real with both on (DOSSIER_QUOTE_SPEAKERS=0 measured it off). Blind batch
    // wa-wd: the quote finder 67/128 -> 70/128 flagged, 67/98 -> 70/101 real, so it is on; the act finder added
    // nothing on any held-out batch, so it was off (settings.ts quoteSpeakers); session 10 removed it, as it added
    // nothing on the blind xa-xd either.
    // Session 11: xa-xd became training data (batch CV); the refit chose L2 3, threshold 0.5. All seven batches under
    // batch CV: 330/635 flagged (0.520), 0.764 real (before: 340/635 with xa-xd scored by a model that never saw it
    // and the older six by CV, 0.535). Later in session 11, the figure aligner's new features and the weekday aligner:
    // seven batches 360/635 (0.567), 0.770 real; with ya-yd 431/766 (0.563), 0.761 real.
    held_out_flagged_recall: 0.54,
    held_out_precision: 0.7,
    // wa-wd, blind in session 9 (never trained on): first read 67/128 flagged, 67/103 real; after the batch-CV refit
    // and the quote finder 70/128, 70/101.
    held_out_wad_flagged_recall: 0.5,
    held_out_wad_precision: 0.64,
    // xa-xd, blind in session 10 (never trained on): first read (72c2509) 62/137 flagged, 62/87 real; hand rules alone
    // 44/137 (44/62), figure aligner alone 62/137 (63/78). Trained on from session 11 (batch CV: 59/137, 0.728 real).
    held_out_xad_flagged_recall: 0.46,
    held_out_xad_precision: 0.66,
    // ya-yd, blind in session 11 (never trained on): first read (6741110) 62/131 flagged, 61/83 real; hand rules alone
    // 50/131 (49/66), figure aligner alone 49/131 (48/61). After the session's merges (dc3c8d5): 71/131, 71/99 real.
    held_out_yad_flagged_recall: 0.5,
    held_out_yad_precision: 0.68,
    // qa-qd, blind in session 12: first read (a1f847d plus the refit with ya-yd trained) 74/137 flagged, 75/92 real;
    // hand rules alone 54/137 (54/69), figure aligner alone 66/137 (66/71); after stories12 and figures12 76/137,
    // 77/95 real. Trained on from late in session 12 (batch CV 76/137, 77/95 real).
    held_out_qad_flagged_recall: 0.5,
    held_out_qad_precision: 0.74,
    // ra-rd, written blind late in session 12 (never trained on): first read (46dbd7b, after the session's merges of
    // stories12 and figures12 and the refit with qa-qd trained) 69/125 flagged, 72/97 real; hand rules alone 52/125
    // (52/66), figure aligner alone 51/125 (51/68).
    held_out_rad_flagged_recall: 0.5,
    held_out_rad_precision: 0.7,
    // sa-sd, written blind in session 13 (never trained on): first read (0ce438e, session 12's code refitted with ra-rd
    // trained) 64/137 flagged, 67/95 real; hand rules alone 52/137 (53/70), figure aligner alone 55/137 (55/65). After
    // the session's merges (readers13, developed on the new training sets pa-pd and ha-hd) 70/137, 71/100 real; hand
    // rules alone 59/137 (59/78).
    held_out_sad_flagged_recall: 0.46,
    held_out_sad_precision: 0.64,
    // ka-kd, written blind in session 13 (never trained on): first read (c155c30, session 13's code and stored
    // aligners) 57/135 flagged, 60/102 real; hand rules alone 49/135 (49/77), figure aligner alone 45/135 (45/67).
    // After session 14's merges and refit (sa-sd and ea-ed trained): 57/135, 60/104 real.
    held_out_kad_flagged_recall: 0.38,
    held_out_kad_precision: 0.52,
    held_out_vad_flagged_recall: 0.55,
    held_out_vad_precision: 0.78,
    held_out_zab_flagged_recall: 0.46,
    held_out_zab_precision: 0.68,
    held_out_ux_flagged_recall: 0.45,
    held_out_ux_precision: 0.7,
    held_out_yz_flagged_recall: 0.45,
    held_out_yz_precision: 0.6,
    // Sets n-p, written blind in a later session, first measured on the code of that day (README.md): 12/58 found
    // complete, 17/58 flagged, 17/20 real; with the sentence alignment (never shown n-p) 31/58 flagged, then 33/58
    // (33/39 real) after a second round of readings partly prompted by the n-p misses the README lists.
    // From session 5 on n-p are developed on; they are part of invented_all (tuned) and keep their own floors.
    set_n_flagged_recall: 0.85,
    set_o_flagged_recall: 0.7,
    set_p_flagged_recall: 0.9,
    // Sets q-t (held out for the first part of session 5: 33/70 flagged; developed on after): 48/70 flagged.
    set_q_flagged_recall: 0.7,
    set_r_flagged_recall: 0.6,
    set_s_flagged_recall: 0.45,
    set_t_flagged_recall: 0.7,
    // Sets l and m, written blind and never tuned on: 6/32 found complete, 7/32 flagged, 7/9 real with the slots
    // alone; 14/32 complete, 15/32 flagged, 15/17 real with the slot-free sentence alignment added (developed on a-k
    // only). The issue's 60% on unseen reports is not reached; these floors only guard against a fall.
    // The sentence alignment alone on sets a-k (developed on them): 102/148 complete, 103/148 flagged, 103/106 real;
    // 106/148 complete, 107/148 flagged, 107/110 real with temperatures, fractions, unnamed ages and bracketed
    // conversions read.
    // With n-p among the tuned sets (session 5): 0.660 flagged, 0.958 real.
    sentences_only_tuned_flagged_recall: 0.63,
    sentences_only_tuned_precision: 0.93,
    held_out_lm_recall: 0.5,
    held_out_lm_flagged_recall: 0.56,
    // 20/28 real before qa-qd were trained on, 20/29 after (32 gold: one flag moves it by 0.03).
    held_out_lm_precision: 0.66,
    samples_recall: 1,
    samples_precision: 0.9,
    seeds_agreement_conflict: 1,
    seeds_2021_no_false_conflict: 1,
  };
  for (const metric of Object.keys(floors)) if (!(metric in metrics)) delete floors[metric];
  return { name: 'conflicts', metrics, floors };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  for (const [metric, value] of Object.entries(result.metrics)) {
    const floor = result.floors[metric];
    console.log(`${metric.padEnd(40)} ${value.toFixed(3)}${floor !== undefined ? `  (floor ${floor})` : ''}${scoredByBatchCV(metric) ? CV_NOTE : ''}`);
  }
}
