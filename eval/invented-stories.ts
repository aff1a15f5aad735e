// Stories and conflicts end to end on the invented multi-outlet sets (samples/conflicts): every article of every
// set is clustered in ONE run, in file order, by the stories stage itself (no gold story forced), and the conflicts
// it flags inside its own stories are scored against the gold. Sets j-m were written blind (without reading the
// rules) and hold look-alike stories: the same actors in two different events. Sets a-k are tuned on (j and k after
// their first measurement, n-t since session 5); l-m, u-x, y-z, za-zb, va-vd and wa-wd are held out: they are
// printed as totals only.
import { pathToFileURL } from 'node:url';
import { prepareArticles } from '../src/pipeline.js';
import { alignClaims, articleClaimsOf, buildStories, type DossierStory, type StoryInput } from '../src/stories/index.js';
import { figurePairs as figureSettings, slotPairs as slotSettings } from '../src/settings.js';
import { goldStories, heldOutFoldModels, namedSets, readExpected, setFile, type ExpectedConflicts } from './aligner-folds.js';
import { bcubedScores, pairwiseScores } from './clustering-metrics.js';
import { addScore, emptyScore, foldOf, HELD_OUT_BATCHES, HELD_OUT_SETS, heldOutBatchOf, SKIP_HELD_OUT, TRAINING_SETS, record, scoreConflicts, type GoldConflict, type Scored } from './conflicts.js';
import { articlesFrom } from './corpus.js';
import type { EvalResult } from './types.js';

/** The gold, with the look-alike pairs: stories of the same actors in two different events. */
type Expected = ExpectedConflicts & { look_alikes?: { stories: string[]; why: string }[] };

/** The sets tuned on (a-i written before the rules were frozen, j-k written blind and then developed on), and the held-out ones. */
const GROUPS: { key: string; label: string; sets: RegExp }[] = [
  { key: 'tuned', label: 'sets a-k and n-t (tuned on)', sets: /^[a-kn-t]$/u },
  { key: 'blind', label: 'every held-out batch (written blind: l-m, u-x, y-z, za-zb, va-vd, wa-wd, xa-xd, ya-yd, qa-qd, ra-rd, sa-sd, ka-kd)', sets: HELD_OUT_SETS },
  // The same held-out articles by batch: l-m written with j-k, u-x written blind late in session 5, y-z in session 6, za-zb in session 7, va-vd in session 8, wa-wd in session 9, xa-xd in session 10.
  ...HELD_OUT_BATCHES.map(({ key, label, sets }) => ({ key: `blind_${key}`, label, sets })),
  // Sets q-t were held out for the first part of session 5 (figures in samples/conflicts/README.md).
  { key: 'qt', label: 'sets q-t (written blind in session 5, developed on since)', sets: /^[q-t]$/u },
  // Sets n-p were held out in session 4 (their first and final figures are in samples/conflicts/README.md).
  { key: 'np', label: 'sets n-p (written blind in session 4, developed on since)', sets: /^[nop]$/u },
];

/**
 * The learned aligners train on the held-out batches too (conflict-gold.ts), so the conflicts of a predicted story
 * that holds a trained batch's articles are aligned anew with the models fitted without that batch (the conflicts
 * eval's fold models, aligner-folds.ts): the held-out rows stay out of sample for them. A story that merged articles
 * of two batches takes the fold of the batch with more of its articles. The training sets ta-td, not streamed here,
 * are read for the fits.
 */
async function alignHeldOutByFold(stories: DossierStory[], inputs: StoryInput[], setOf: Map<string, string>, expected: Expected, sets: string[]): Promise<void> {
  const bySet = new Map<string, StoryInput[]>();
  for (const input of inputs) {
    const set = setOf.get(input.article.id)!;
    bySet.set(set, [...(bySet.get(set) ?? []), input]);
  }
  for (const set of sets) if (TRAINING_SETS.test(set)) bySet.set(set, prepareArticles(await articlesFrom([setFile(set)])));
  const gold = [...bySet].flatMap(([set, members]) => goldStories(set, members, expected));
  const models = heldOutFoldModels(gold, figureSettings, slotSettings.inUse ? slotSettings : null);
  const inputOf = new Map(inputs.map((input) => [input.article.id, input]));
  for (const story of stories) {
    const folds = story.articles.map((id) => foldOf(setOf.get(id)!)).filter((fold): fold is string => fold?.startsWith('held_out_') ?? false);
    if (folds.length === 0) continue;
    const fold = majority(folds);
    const items = story.articles.map((id) => inputOf.get(id)!);
    story.conflicts = alignClaims(items.map(articleClaimsOf), models.get(fold) ?? {});
  }
}

/** The most frequent of `values`, the first seen among equals. */
function majority(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = values[0]!;
  for (const [value, count] of counts) if (count > counts.get(best)!) best = value;
  return best;
}

/** Gold conflicts found anywhere in the predicted stories, and predicted conflicts that touch the given articles. */
function scoreEndToEnd(gold: GoldConflict[], allGold: GoldConflict[], stories: DossierStory[], articles: Set<string>, label: string, quiet: boolean): Scored {
  const predicted = stories
    .flatMap((story) => story.conflicts.map((conflict) => ({ story: story.id, conflict })))
    .filter(({ conflict }) => conflict.versions.some((version) => version.articles.some((article) => articles.has(article))));
  // Any predicted story may hold a gold conflict (a merged look-alike story may hold another set's).
  return scoreConflicts(gold, allGold, predicted, () => true, label, quiet);
}

export async function run(): Promise<EvalResult> {
  const metrics: Record<string, number> = {};
  const expected = readExpected() as Expected;
  // The named sets (a blind batch being written is not read yet), less the training sets, which are only fitted on.
  const sets = namedSets();
  const setOf = new Map<string, string>();
  const articles = [];
  for (const set of sets) {
    if (TRAINING_SETS.test(set)) continue;
    for (const article of await articlesFrom([setFile(set)])) {
      setOf.set(article.id, set);
      articles.push(article);
    }
  }
  const inputs = prepareArticles(articles);
  const { storyOf, stories } = buildStories(inputs);
  if (!SKIP_HELD_OUT) await alignHeldOutByFold(stories, inputs, setOf, expected, sets);
  const gold = new Map(Object.entries(expected.stories).filter(([id]) => setOf.has(id)));
  console.log(`Invented sets: ${articles.length} articles of ${sets.length} sets, ${new Set(gold.values()).size} gold stories, ${stories.length} predicted`);
  const heldOut = (id: string) => HELD_OUT_SETS.test(setOf.get(id) ?? '');
  for (const story of stories) if (!story.articles.some(heldOut)) console.log(`    ${story.id}: ${story.articles.join(', ')}`);

  const all = bcubedScores(storyOf, gold);
  metrics.all_bcubed_f1 = all.f1;
  metrics.all_pairwise_f1 = pairwiseScores(storyOf, gold).f1;
  for (const group of GROUPS) {
    const members = [...setOf].filter(([, set]) => group.sets.test(set)).map(([id]) => id);
    if (members.length === 0) continue;
    const b = bcubedScores(storyOf, gold, members);
    console.log(`${group.label}: ${members.length} articles, B3 P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}`);
    metrics[`${group.key}_bcubed_precision`] = b.precision;
    metrics[`${group.key}_bcubed_recall`] = b.recall;
    metrics[`${group.key}_bcubed_f1`] = b.f1;
    const sets = [...new Set(members.map((id) => setOf.get(id)!))].sort();
    const total = emptyScore();
    for (const set of sets) {
      const ids = new Set(members.filter((id) => setOf.get(id) === set));
      const setGold = expected.conflicts.filter((entry) => entry.set === set);
      const scored = scoreEndToEnd(setGold, expected.conflicts, stories, ids, `set ${set}`, HELD_OUT_SETS.test(set));
      if (group.key === 'blind') record(metrics, `end_to_end_set_${set}`, scored);
      addScore(total, scored);
    }
    record(metrics, `${group.key}_conflicts`, total);
  }

  // Look-alike pairs kept apart: no predicted story holds articles of both.
  const pairs = (expected.look_alikes ?? []).filter((pair) => pair.stories.every((story) => [...gold.values()].includes(story)));
  let apart = 0;
  const heldOutPairs = { apart: 0, all: 0 };
  const pairsByBatch = new Map<string, { apart: number; all: number }>();
  for (const pair of pairs) {
    const [a, b] = pair.stories.map((story) => new Set([...gold].filter(([, s]) => s === story).map(([id]) => storyOf.get(id))));
    const merged = [...a!].some((story) => story !== undefined && b!.has(story));
    if (!merged) apart++;
    const pairHeldOut = [...gold].some(([id, story]) => pair.stories.includes(story) && heldOut(id));
    if (!pairHeldOut) console.log(`  look-alikes ${pair.stories.join(' / ')}: ${merged ? 'MERGED' : 'apart'}`);
    else {
      heldOutPairs.all++;
      if (!merged) heldOutPairs.apart++;
      const member = [...gold].find(([, story]) => story === pair.stories[0])?.[0];
      const batch = heldOutBatchOf(setOf.get(member ?? '') ?? '')?.key ?? 'other';
      const counts = pairsByBatch.get(batch) ?? { apart: 0, all: 0 };
      counts.all++;
      if (!merged) counts.apart++;
      pairsByBatch.set(batch, counts);
    }
  }
  if (heldOutPairs.all) {
    const byBatch = [...pairsByBatch].map(([batch, counts]) => `${batch} ${counts.apart}/${counts.all}`).join(', ');
    console.log(`  held-out look-alike pairs: ${heldOutPairs.apart} of ${heldOutPairs.all} apart (${byBatch})`);
  }
  if (pairs.length) metrics.look_alike_pairs_apart = apart / pairs.length;

  // First measurement, once, on the code of the day the blind sets were written (samples/conflicts/README.md): B3 F1
  // 0.833 all, 0.769 blind (P 0.988, R 0.630: stories split); conflicts end to end 3/67 blind. With the anchor rule,
  // day keys and absorption (src/stories) and the claims rules developed on a-k: B3 F1 0.982 on a-k, 0.917 on held-out
  // l-m (P 0.910, R 0.923; one look-alike pair, two Merapi eruptions two years apart, merged); conflicts end to end
  // 0.811 complete on a-k, 0.125 on l-m (precision 0.71). With the slot-free sentence alignment
  // (src/stories/claims-sentences.ts, developed on a-k only): 0.818 complete on a-k (124/148 flagged, 124/126 real),
  // on l-m 10/32 complete, 11/32 flagged, 11/13 real (read once). Floors a little under these.
  // Sets n-p (written blind in a later session), first measurement on the code of that day: B3 P 0.944 R 0.946 F1
  // 0.945; conflicts end to end 11/58 complete, 16/58 flagged, 17/22 real; look-alikes 3 of 4 apart (one minister's
  // two Canberra visits merged). With them the held-out l-p group reads B3 F1 0.934, conflicts 15/90 (22/29 real).
  // With the sentence alignment and a second round of figure readings: n-p end to end 25/58 complete, 31/58 flagged,
  // 33/40 real; l-p 35/90, 42/90, 44/53. Floors a little under these.
  // Session 5: q-t (blind) first read B3 0.963, 30/70 flagged end to end, then developed on; u-x (blind, the new
  // held-out batch) read B3 0.926 first and 0.921 at the session's end (26/71 flagged, 26/36 real end to end).
  // Issue 7's targets on held-out news: B3 F1 >= 0.95, conflict recall >= 0.60 (neither met on l-m nor u-x).
  // Session 9 used the five held-out batches (l-m, u-x, y-z, za-zb, va-vd) as development data for precision
  // (scripts/story-merges.ts lists each wrong merge): B3 P/R/F1 0.924/0.954/0.939 to 0.955/0.977/0.966, look-alike
  // pairs apart 20 to 23 of 26, tuned sets 0.974 to 0.981 (10 of 10 pairs apart), with close calls decided on
  // members, fewer words anchoring an event and a penalty on the same-names bridge (src/settings.ts).
  const floors: Record<string, number> = {
    all_bcubed_f1: 0.95,
    tuned_bcubed_f1: 0.96,
    blind_bcubed_f1: 0.88,
    blind_bcubed_precision: 0.88,
    // Tuned = a-k and, from session 5, n-p: 0.709 complete, 0.946 precision when n-p joined.
    tuned_conflicts_recall: 0.68,
    tuned_conflicts_precision: 0.92,
    // Held out = l-m and u-x since session 5: 34/103 complete, 38/103 flagged, 38/50 real end to end.
    // Session 6, with y-z held out too and the learned figure aligner: 71/173 complete, 80/173 flagged, 80/119 real.
    blind_conflicts_recall: 0.36,
    blind_conflicts_precision: 0.62,
    blind_ux_bcubed_f1: 0.9,
    blind_ux_conflicts_recall: 0.36,
    blind_ux_conflicts_precision: 0.62,
    blind_yz_bcubed_f1: 0.9,
    blind_yz_conflicts_recall: 0.35,
    blind_yz_conflicts_precision: 0.54,
    // Session 7: za-zb (blind) first read B3 0.962, 32/69 flagged, 32/47 real end to end; at the session's end
    // 0.962, 32/69, 32/48 (all held out 114/242, 114/161), with the aligners refitted on the training sets ta-td.
    blind_zab_bcubed_f1: 0.93,
    blind_zab_conflicts_recall: 0.4,
    blind_zab_conflicts_precision: 0.62,
    qt_conflicts_recall: 0.5,
    qt_conflicts_precision: 0.78,
    np_bcubed_f1: 0.92,
    np_bcubed_precision: 0.92,
    np_conflicts_recall: 0.4,
    np_conflicts_precision: 0.78,
    blind_lm_conflicts_recall: 0.25,
    // 16/24 real end to end after the session-12 weekday refit (32 gold: one flag moves it by 0.04).
    blind_lm_conflicts_precision: 0.64,
    // Session 8: va-vd (blind) first read B3 0.930, 65/128 flagged, 66/96 real end to end; at the session's end B3
    // 0.930, 72/128, 73/103 (all held out 195/370, 196/298). The figure threshold fell from 0.5 to 0.3 (refit), which
    // lowered precision on every batch.
    blind_vad_bcubed_f1: 0.9,
    blind_vad_conflicts_recall: 0.44,
    blind_vad_conflicts_precision: 0.66,
    // Session 9: the learned aligners train on the old held-out batches; their rows are batch CV (alignHeldOutByFold):
    // all held out 191/370 flagged, 192/280 real; l-m 17/32, 17/24; u-x 31/71, 31/45; y-z 35/70, 35/57; za-zb 36/69,
    // 36/53; va-vd 72/128, 73/101. Floors unchanged.
    // Sets wa-wd, written blind in session 9 and never trained on: first read (82a186a) B3 0.897 (P 0.840, R 0.963),
    // 61/128 flagged, 61/106 real end to end, 5 of 8 look-alike pairs apart; after the session's story and quote work
    // B3 0.918 (P 0.863, R 0.979), 66/128 flagged, 66/107 real. Floors a little under these.
    // Session 10 (branch stories10) used all six held-out batches as development data for story precision (dates
    // narrowed by the lead, anchors on day-dated stories, wider repeat cues, the bridge only for text-dated reports,
    // far stories with none of the lead's figures; samples/conflicts/README.md): all held out B3 0.952 -> 0.980 (P
    // 0.929 -> 0.977), wa-wd 0.918 -> 0.971, tuned 0.981 -> 0.983, look-alike pairs 39 -> 42 of 44 apart. Floors
    // unchanged: the next blind batch measures what of it carries over.
    blind_wad_bcubed_f1: 0.88,
    blind_wad_conflicts_recall: 0.34,
    blind_wad_conflicts_precision: 0.56,
    // Sets xa-xd, written blind in session 10 and never trained on: first read (72c2509, the session's start plus the
    // refit with wa-wd trained) B3 0.922 (P 0.869, R 0.981), 59/137 flagged, 59/95 real end to end, 6 of 8 look-alike
    // pairs apart. Floors a little under these.
    blind_xad_bcubed_f1: 0.89,
    blind_xad_conflicts_recall: 0.36,
    blind_xad_conflicts_precision: 0.56,
    // Sets ya-yd, written blind in session 11 and never trained on: first read (6741110, the session's start plus the
    // refit with xa-xd trained) B3 0.928 (P 0.890, R 0.968), 59/131 flagged, 59/88 real end to end.
    blind_yad_bcubed_f1: 0.89,
    blind_yad_conflicts_recall: 0.28,
    blind_yad_conflicts_precision: 0.6,
    // Sets qa-qd, written blind in session 12: first read (a1f847d, the session's start plus the refit with ya-yd
    // trained) B3 0.916 (P 0.905, R 0.927), 66/137 flagged, 68/88 real end to end; after stories12 and figures12 the
    // same B3 (5 of 8 look-alike pairs apart), 67/137, 69/90 real. Development data from late in session 12.
    blind_qad_bcubed_f1: 0.88,
    blind_qad_conflicts_recall: 0.38,
    blind_qad_conflicts_precision: 0.7,
    // Sets ra-rd, written blind late in session 12 and never trained on: first read (46dbd7b, after stories12,
    // figures12 and the refit with qa-qd trained) B3 0.901 (P 0.874, R 0.930), 60/125 flagged, 61/94 real end to end,
    // 5 of 8 look-alike pairs apart. After storiesq (the session's last story changes, written from qa-qd): B3 0.913
    // (P 0.897, R 0.930), 5 of 8 apart, 60/125 flagged, 61/93 real.
    blind_rad_bcubed_f1: 0.87,
    blind_rad_conflicts_recall: 0.36,
    blind_rad_conflicts_precision: 0.58,
    // Sets sa-sd, written blind in session 13 and never trained on: first read (0ce438e, session 12's code refitted
    // with ra-rd trained) B3 0.990 (P 1.000, R 0.980), all 8 look-alike pairs apart, 64/137 flagged, 67/93 real end
    // to end (49 complete). After the session's merges: the same B3, 70/137 flagged, 71/98 real (55 complete).
    blind_sad_bcubed_f1: 0.95,
    blind_sad_conflicts_recall: 0.32,
    blind_sad_conflicts_precision: 0.64,
    // Sets ka-kd, written blind in session 13 and never trained on: first read (c155c30, session 13's code) B3 0.943
    // (P 0.942, R 0.944), 6 of 8 look-alike pairs apart, 53/135 flagged, 55/99 real end to end (45 complete). After
    // session 14's merges: the same B3 and pairs, 53/135 flagged, 55/101 real.
    blind_kad_bcubed_f1: 0.9,
    blind_kad_conflicts_recall: 0.28,
    blind_kad_conflicts_precision: 0.5,
    // 19 of 24 pairs apart in session 6 (the held-out y-z pairs all apart; the tuned Hanoi pair merges since the
    // y-z Hanoi articles are streamed beside it).
    look_alike_pairs_apart: 0.75,
  };
  for (const metric of Object.keys(floors)) if (!(metric in metrics)) delete floors[metric];
  return { name: 'invented-stories', metrics, floors };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await run();
  for (const [metric, value] of Object.entries(result.metrics)) {
    const floor = result.floors[metric];
    console.log(`${metric.padEnd(40)} ${value.toFixed(3)}${floor !== undefined ? `  (floor ${floor})` : ''}`);
  }
}
