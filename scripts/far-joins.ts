// Diagnostics for look-alike events weeks or months apart: every join of a report dated to a day into a story whose
// day-dated reports lie more than `apartDays` from it, on the ECB+ tuning topics (file order and topic shuffles; the
// held-out topics are never read) and on the invented sets (no training set, no set a group does not name yet).
// For each: right or wrong, the gap, the score's parts, and what the report says of the story's time.
// `node dist/scripts/far-joins.js [invented|ecb]`.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { prepareArticles } from '../src/pipeline.js';
import { articleSignals, StoryStream, type StoryInput } from '../src/stories/index.js';
import { articleSentences } from '../src/stories/stream.js';
import type { ClusterDecision } from '../src/stories/cluster.js';
import { anyRange, leadEndOf, gapDays, isoRange } from '../src/stories/dates.js';
import { dayPrecise } from '../src/stories/anchors.js';
import { storyAnchors } from '../src/settings.js';
import { articlesFrom } from '../eval/corpus.js';
import { repeatCue } from '../src/stories/repeat.js';
import { contentTokens, splitSentences } from '../src/stories/text.js';
import { repoRoot } from '../eval/paths.js';
import { HELD_OUT_SETS, TRAINING_SETS, TUNED_SETS } from '../eval/conflicts.js';
import { loadEcb, reordered } from '../eval/stories.js';

const which = process.argv[2] ?? 'both';

interface Case {
  corpus: string;
  right: boolean;
  article: string;
  gap: number;
  score: number;
  similarity: number;
  text: number;
  names: number;
  repeat: boolean;
  /** The report names a day or week inside the story's days (± 2): it speaks of the story's time. */
  namesStoryTime: boolean;
  /** Best cosine of the report's opening (title and first sentence) words with a member's; and of the rest. */
  lead: number;
  rest: number;
  /** Figures of the report's lead (no years, no one-digit counts), and how many any story member writes. */
  figures: number;
  shared: number;
}

/** Content words of an article's opening (title and first sentence) and of the rest, as unit vectors. */
function parts(input: StoryInput): { lead: Map<string, number>; rest: Map<string, number> } {
  const text = input.article.text;
  const first = splitSentences(text)[0]?.end ?? 0;
  const unit = (words: string[]) => {
    const vector = new Map<string, number>();
    for (const word of words) vector.set(word, (vector.get(word) ?? 0) + 1);
    const norm = Math.sqrt([...vector.values()].reduce((sum, x) => sum + x * x, 0)) || 1;
    for (const [word, x] of vector) vector.set(word, x / norm);
    return vector;
  };
  return { lead: unit(contentTokens(`${input.article.title ?? ''} ${text.slice(0, first)}`)), rest: unit(contentTokens(text.slice(first))) };
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  for (const [key, x] of a) total += x * (b.get(key) ?? 0);
  return total;
}

function wide(input: StoryInput): boolean {
  return repeatCue(input.article.title, input.article.text, leadEndOf(articleSentences(input)));
}

function farJoins(corpus: string, inputs: StoryInput[], gold: (id: string) => string): Case[] {
  const stream = new StoryStream();
  const signalsOf = new Map(inputs.map((input) => [input.article.id, articleSignals(input)]));
  const inputOf = new Map(inputs.map((input) => [input.article.id, input]));
  const members = new Map<string, string[]>();
  const cases: Case[] = [];
  stream.clusterer.trace = (decision: ClusterDecision) => {
    if (decision.kind === 'add') {
      const list = members.get(decision.story) ?? [];
      // Only reports dated to a day or two (anchors.ts dayPrecise) count, on either side.
      const dated = signalsOf.get(decision.article)!.dating.range;
      const day = dayPrecise(dated) ? dated : null;
      const days = list.map((id) => signalsOf.get(id)!.dating.range).filter(dayPrecise);
      if (decision.joined && day && days.length > 0) {
        const storyDays = { start: Math.min(...days.map((r) => r.start)), end: Math.max(...days.map((r) => r.end)) };
        const gap = gapDays(day, storyDays);
        if (gap > storyAnchors.apartDays) {
          const b = decision.best!;
          const near = { start: storyDays.start - 2, end: storyDays.end + 2 };
          const namesStoryTime = inputOf.get(decision.article)!.annotations.timexes.some((timex) => {
            const range = anyRange(timex.value);
            return timex.type === 'DATE' && range !== null && range.end - range.start <= 6 && gapDays(range, near) === 0;
          });
          cases.push({
            corpus,
            right: list.some((id) => gold(id) === gold(decision.article)),
            article: `${decision.article} ${isoRange(day).start} vs ${isoRange(storyDays).start}..${isoRange(storyDays).end}`,
            gap,
            score: b.score,
            similarity: b.parts.similarity,
            text: b.parts.text,
            names: b.parts.names,
            repeat: wide(inputOf.get(decision.article)!),
            namesStoryTime,
            ...(() => {
              // The figures articleSignals keeps (figures-apart.ts): the report's lead's, and all each member writes.
              const mine = signalsOf.get(decision.article)!.leadFigures ?? new Set<string>();
              const theirs = new Set(list.flatMap((id) => [...(signalsOf.get(id)!.figures ?? [])]));
              return { figures: mine.size, shared: [...mine].filter((f) => theirs.has(f)).length };
            })(),
            lead: Math.max(...list.map((id) => cosine(parts(inputOf.get(id)!).lead, parts(inputOf.get(decision.article)!).lead))),
            rest: Math.max(...list.map((id) => cosine(parts(inputOf.get(id)!).rest, parts(inputOf.get(decision.article)!).rest))),
          });
        }
      }
      for (const other of members.values()) {
        const at = other.indexOf(decision.article);
        if (at >= 0) other.splice(at, 1);
      }
      members.set(decision.story, [...list, decision.article]);
    } else if (decision.kind === 'absorb') {
      members.set(decision.story, [...(members.get(decision.story) ?? []), ...(members.get(decision.absorbed) ?? [])]);
      members.delete(decision.absorbed);
    } else {
      const list = members.get(decision.story) ?? [];
      members.set(decision.story, list.filter((id) => !decision.moved.includes(id)));
      members.set(decision.parted, decision.moved);
    }
  };
  const prepared = inputs.map((input, index) => ({ input, index, signals: signalsOf.get(input.article.id)! }));
  if (corpus.startsWith('invented')) {
    prepared.sort((a, b) => (a.signals.dating.range?.start ?? Infinity) - (b.signals.dating.range?.start ?? Infinity) || a.index - b.index);
  }
  stream.assignAll(prepared);
  return cases;
}

const cases: Case[] = [];
if (which !== 'ecb') {
  const folder = path.join(repoRoot, 'samples/conflicts');
  const expected = JSON.parse(readFileSync(path.join(folder, 'expected.json'), 'utf-8')) as { stories: Record<string, string> };
  const articles = [];
  for (const file of readdirSync(folder).filter((name) => /^set-[a-z]+\.jsonl$/u.test(name)).sort()) {
    const set = /^set-([a-z]+)/u.exec(file)![1]!;
    if (TRAINING_SETS.test(set) || !(TUNED_SETS.test(set) || HELD_OUT_SETS.test(set))) continue;
    articles.push(...(await articlesFrom([path.join(folder, file)])));
  }
  cases.push(...farJoins('invented', prepareArticles(articles), (id) => expected.stories[id] ?? id));
}
if (which !== 'invented') {
  const ecb = await loadEcb();
  if (!ecb) throw new Error('ECB+ data missing');
  const gold = (id: string) => ecb.tune.gold.get(id) ?? id;
  cases.push(...farJoins('ecb file', ecb.tune.inputs, gold));
  for (let seed = 1; seed <= 5; seed++) cases.push(...farJoins(`ecb shuffle ${seed}`, reordered(ecb.tune, seed, false), gold));
}
const f = (x: number) => x.toFixed(3);
for (const c of cases.sort((a, b) => a.similarity - b.similarity)) {
  console.log(
    `${c.right ? 'right' : 'WRONG'} ${c.corpus.padEnd(14)} gap ${String(c.gap).padStart(4)} score ${f(c.score)} sim ${f(c.similarity)} (text ${f(c.text)} names ${f(c.names)})` +
      ` lead ${f(c.lead)} rest ${f(c.rest)} figures ${c.shared}/${c.figures}` +
      `${c.repeat ? ' repeat' : ''}${c.namesStoryTime ? ' names-story-time' : ''}  ${c.article}`,
  );
}
