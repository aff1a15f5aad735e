// Diagnostics for story clustering on the invented sets (samples/conflicts): streams them as eval/invented-stories.ts
// does (one stream, date order) with the clusterer's trace on, and lists every decision that put articles of two gold
// stories together: the joining article, the gold stories, the best score and its parts against the join threshold,
// or the absorption that merged two stories. `node dist/scripts/story-merges.js [set-regex]`. The eval also streams
// the batch blind to training (wa-wd), which this script never reads: its figures approximate the eval's.
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { prepareArticles } from '../src/pipeline.js';
import { articleSignals, StoryStream } from '../src/stories/index.js';
import type { ClusterDecision, ClusterOverrides, ScoreParts } from '../src/stories/cluster.js';
import { isoRange, precise, type DayRange } from '../src/stories/dates.js';
import { articlesFrom } from '../eval/corpus.js';
import { repoRoot } from '../eval/paths.js';
import { HELD_OUT_BATCHES, HELD_OUT_SETS, heldOutBatchOf, TRAINING_SETS, TUNED_SETS } from '../eval/conflicts.js';
import { bcubedScores } from '../eval/clustering-metrics.js';

const folder = path.join(repoRoot, 'samples/conflicts');
const only = process.argv[2] ? new RegExp(`^(?:${process.argv[2]})$`, 'u') : null;
const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf-8')) as {
  stories: Record<string, string>;
  look_alikes?: { stories: string[] }[];
};
const setOf = new Map<string, string>();
const articles = [];
for (const file of readdirSync(folder).filter((name) => /^set-[a-z]+\.jsonl$/u.test(name)).sort()) {
  const set = /^set-([a-z]+)/u.exec(file)![1]!;
  // Never read here: the training sets, a batch blind to the training (`trained: false`), a set no group names yet.
  if (TRAINING_SETS.test(set) || heldOutBatchOf(set)?.trained === false || !(TUNED_SETS.test(set) || HELD_OUT_SETS.test(set))) continue;
  for (const article of await articlesFrom([path.join(folder, file)])) {
    setOf.set(article.id, set);
    articles.push(article);
  }
}
const inputs = prepareArticles(articles);
const prepared = inputs.map((input, index) => ({ input, index, signals: articleSignals(input) }));
prepared.sort((a, b) => (a.signals.dating.range?.start ?? Infinity) - (b.signals.dating.range?.start ?? Infinity) || a.index - b.index);
const datingOf = new Map(prepared.map((item) => [item.input.article.id, item.signals.dating]));
const gold = (id: string) => expected.stories[id] ?? `?${id}`;

const members = new Map<string, Set<string>>();
const place = (article: string, story: string) => {
  for (const list of members.values()) list.delete(article);
  const list = members.get(story);
  if (list) list.add(article);
  else members.set(story, new Set([article]));
};
const goldsOf = (story: string) => {
  const counts = new Map<string, number>();
  for (const article of members.get(story) ?? []) counts.set(gold(article), (counts.get(gold(article)) ?? 0) + 1);
  return counts;
};
const goldsText = (counts: Map<string, number>) => [...counts].map(([story, n]) => `${story} x${n}`).join(', ');
const fmt = (value: number) => (value >= 0 ? '+' : '') + value.toFixed(3);
const partsText = (parts: ScoreParts) =>
  `sim ${parts.similarity.toFixed(3)} (text ${parts.text.toFixed(3)} names ${parts.names.toFixed(3)})` +
  (Object.entries(parts) as [keyof ScoreParts, number][])
    .filter(([key, value]) => !['similarity', 'text', 'names'].includes(key) && value !== 0)
    .map(([key, value]) => ` ${key} ${fmt(value)}`)
    .join('');
const rangeText = (range: DayRange | null) => (range ? `${isoRange(range).start}..${isoRange(range).end}` : 'undated');
const relevant = (ids: Iterable<string>) => !only || [...ids].some((id) => only.test(setOf.get(id) ?? ''));

// SETTINGS='{"contrastWeight":1}' tries cluster settings without editing src/settings.ts.
const overrides = (process.env.SETTINGS ? JSON.parse(process.env.SETTINGS) : {}) as ClusterOverrides;
const stream = new StoryStream(overrides);
const threshold = stream.clusterer.settings.joinThreshold;
const rangeOfStory = (story: string) => {
  let range: DayRange | null = null;
  for (const id of members.get(story) ?? []) {
    const r = precise(datingOf.get(id)?.range ?? null);
    if (r) range = range ? { start: Math.min(range.start, r.start), end: Math.max(range.end, r.end) } : r;
  }
  return range;
};
let wrong = 0;
const dump = process.env.DUMP ? createWriteStream(process.env.DUMP) : null;
stream.clusterer.trace = (decision: ClusterDecision) => {
  if (decision.kind === 'add' && dump) {
    const story = (id: string) => ({ golds: Object.fromEntries(goldsOf(id)), range: rangeText(rangeOfStory(id)) });
    const entry = (e: typeof decision.best) => e && { ...e, ...story(e.story) };
    dump.write(JSON.stringify({ ...decision, gold: gold(decision.article), set: setOf.get(decision.article), range: rangeText(datingOf.get(decision.article)!.range), best: entry(decision.best), others: decision.others.map(entry) }) + '\n');
  }
  if (decision.kind === 'add') {
    const before = goldsOf(decision.story);
    const mine = gold(decision.article);
    const others = [...before].filter(([story]) => story !== mine);
    if (decision.joined && others.length > 0 && relevant([decision.article, ...(members.get(decision.story) ?? [])])) {
      wrong++;
      const b = decision.best!;
      console.log(
        `JOIN ${decision.article} [${setOf.get(decision.article)}] (${mine}, ${rangeText(datingOf.get(decision.article)!.range)}) -> ${decision.story} ` +
          `{${goldsText(before)}} (${rangeText(rangeOfStory(decision.story))}) score ${b.score.toFixed(3)} vs ${threshold}: ${partsText(b.parts)}`,
      );
      // The article's own gold story, when an open story held it: the choice was wrong, not only the bar.
      const own = decision.others.filter((entry) => goldsOf(entry.story).has(mine)).sort((x, y) => y.score - x.score)[0];
      if (own) console.log(`     own story ${own.story} {${goldsText(goldsOf(own.story))}} (${rangeText(rangeOfStory(own.story))}) score ${own.score.toFixed(3)}: ${partsText(own.parts)}`);
      else console.log(`     own story not a candidate${[...members.values()].some((list) => [...list].some((id) => gold(id) === mine)) ? ' (open, gated or not found)' : ' (none yet)'}`);
    } else if (!decision.joined && decision.best && before.size === 0 && relevant([decision.article])) {
      // A new story although the best one holds this gold story: a split, shown for recall.
      const bestGolds = goldsOf(decision.best.story);
      if (bestGolds.has(mine)) console.log(`  new ${decision.article} (${mine}) best ${decision.best.story} ${decision.best.score.toFixed(3)}: ${partsText(decision.best.parts)}`);
    }
    place(decision.article, decision.story);
  } else if (decision.kind === 'absorb') {
    const a = goldsOf(decision.story);
    const b = goldsOf(decision.absorbed);
    const mixed = [...b.keys()].some((story) => !a.has(story)) || [...a.keys()].some((story) => !b.has(story));
    if (mixed && relevant([...(members.get(decision.story) ?? []), ...(members.get(decision.absorbed) ?? [])])) {
      wrong++;
      console.log(
        `ABSORB ${decision.absorbed} {${goldsText(b)}} into ${decision.story} {${goldsText(a)}} score ${decision.score.toFixed(3)}: ${partsText(decision.parts)}`,
      );
    }
    for (const article of [...(members.get(decision.absorbed) ?? [])]) place(article, decision.story);
  } else {
    console.log(`SPLIT ${decision.story} -> ${decision.parted}: ${decision.moved.map((id) => `${id} (${gold(id)})`).join(', ')}`);
    for (const article of decision.moved) place(article, decision.parted);
  }
};
const storyOf = new Map<string, string>();
for (const { input, signals } of prepared) {
  const result = stream.add(input, signals);
  storyOf.set(input.article.id, result.story);
  for (const move of result.moved) storyOf.set(move.article, move.story);
  if (result.duplicateOf !== null || ![...members.values()].some((list) => list.has(input.article.id))) {
    const story = stream.storyNow(result.story);
    const mine = gold(input.article.id);
    const others = [...goldsOf(story)].filter(([s]) => s !== mine);
    if (others.length > 0 && relevant([input.article.id])) console.log(`COPY ${input.article.id} (${mine}) -> ${story} {${others.map(([s]) => s).join(', ')}}`);
    place(input.article.id, story);
  }
}
for (const [article, story] of storyOf) storyOf.set(article, stream.storyNow(story));
console.log(`${wrong} wrong merges${only ? ` touching sets ${only.source}` : ''}`);

// Splits: a gold story of the chosen sets whose reports ended in several predicted stories, with their dates.
for (const story of new Set([...storyOf.keys()].filter((id) => relevant([id])).map(gold))) {
  const parts = new Map<string, string[]>();
  for (const [id, predicted] of storyOf) if (gold(id) === story) parts.set(predicted, [...(parts.get(predicted) ?? []), `${id} (${rangeText(datingOf.get(id)?.range ?? null)})`]);
  if (parts.size > 1) console.log(`SPLIT-END ${story}: ${[...parts].map(([predicted, ids]) => `${predicted} [${ids.join(', ')}]`).join(' | ')}`);
}

// The figures eval/invented-stories.ts prints, for quick comparisons of settings.
const goldMap = new Map(Object.entries(expected.stories).filter(([id]) => setOf.has(id)));
const groups: [string, RegExp][] = [['tuned', /^[a-kn-t]$/u], ['five', HELD_OUT_SETS], ...HELD_OUT_BATCHES.filter((batch) => batch.trained !== false).map(({ key, sets }) => [key, sets] as [string, RegExp])];
const line: string[] = [];
for (const [key, sets] of groups) {
  const b = bcubedScores(storyOf, goldMap, [...setOf].filter(([, set]) => sets.test(set)).map(([id]) => id));
  line.push(key === 'tuned' || key === 'five' ? `${key} P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)}` : `${key} ${b.f1.toFixed(3)}`);
}
let apart = 0;
let pairs = 0;
for (const pair of expected.look_alikes ?? []) {
  if (!pair.stories.every((story) => [...goldMap.values()].includes(story))) continue;
  pairs++;
  const [a, b] = pair.stories.map((story) => new Set([...goldMap].filter(([, s]) => s === story).map(([id]) => storyOf.get(id))));
  if (![...a!].some((story) => b!.has(story))) apart++;
}
console.log(`${line.join(' | ')} | look-alikes apart ${apart}/${pairs}`);
