// Story clustering at scale: streams synthetic articles (generated here, never stored) through StoryStream and
// reports articles/s beside a plain TF-IDF single-pass peer run in the same process, heap growth at checkpoints,
// and a projection to 1M articles. Default 20,000 articles (CI time); `--n 100000` for the full run.
// Run with `node --expose-gc dist/bench/stories.js --n 100000` for exact heap figures.
import { pathToFileURL } from 'node:url';
import type { Article } from '../src/model.js';
import type { StoryInput } from '../src/stories/index.js';
import { StoryStream } from '../src/stories/index.js';
import { leadWeightedTerms, splitSentences } from '../src/stories/text.js';
import { seededRandom } from '../scripts/random.js';


const SYLLABLES = ['ka', 'lo', 'mer', 'tan', 'vi', 'so', 'ren', 'dal', 'pu', 'ga', 'nor', 'es', 'li', 'bar', 'tu', 'mon'];

function word(next: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return out;
}

/**
 * Articles about `stories` concurrent events: each event has its own names and key words, an article draws its
 * lead from its event and its body from event words mixed with a shared news vocabulary. Events are replaced as
 * the stream moves on, as news does, so the vocabulary of names keeps growing.
 */
export function* syntheticArticles(count: number, seed = 7): Generator<StoryInput> {
  // The same seed streams the same corpus on every run.
  const next = seededRandom(seed);
  const common = Array.from({ length: 3000 }, () => word(next, 2 + Math.floor(next() * 2)));
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const makeEvent = (day: number) => ({
    names: Array.from({ length: 4 }, () => `${capital(word(next, 2))} ${capital(word(next, 3))}`),
    words: Array.from({ length: 12 }, () => word(next, 3)),
    day,
  });
  const active = Array.from({ length: 200 }, () => makeEvent(0));
  for (let i = 0; i < count; i++) {
    const day = Math.floor(i / 500);
    if (next() < 0.02) active[Math.floor(next() * active.length)] = makeEvent(day);
    const event = pick(active);
    const sentences: string[] = [];
    for (let s = 0; s < 12; s++) {
      const words = Array.from({ length: 14 }, () => (next() < (s < 3 ? 0.45 : 0.2) ? pick(event.words) : pick(common)));
      words.splice(2, 0, pick(event.names));
      sentences.push(`${capital(words.join(' '))}.`);
    }
    const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
    const article: Article = {
      id: `a${i}`,
      source: 'synthetic',
      title: `${pick(event.names)} ${pick(event.words)} ${pick(event.words)}`,
      publisher: null,
      byline: [],
      dateline: null,
      published: { date, evidence: null, confidence: 1 },
      language: 'en',
      text: sentences.join(' '),
      boilerplate: [],
      agencies: [],
      contentHash: String(i),
      warnings: [],
    };
    yield { article, annotations: { id: article.id, sentences: [], entities: [], timexes: [], quotes: [] }, events: [] };
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function plainSignals(input: StoryInput) {
  return {
    id: input.article.id,
    terms: leadWeightedTerms(input.article.title, input.article.text, splitSentences(input.article.text), { title: 1, lead: 1, bigram: 0 }),
    entities: new Map<string, number>(),
    eventKeys: [],
    dating: { range: null, notBefore: null },
  };
}

export async function run(count: number): Promise<void> {
  const checkpoints = new Set([10_000, 50_000, 100_000, count].filter((n) => n <= count));
  const peerCount = Math.min(count, 5_000);
  let started = performance.now();
  const peer = new StoryStream({ entityWeight: 0, eventWeight: 0, useDates: false }, false);
  for (const input of syntheticArticles(peerCount)) peer.add(input, plainSignals(input));
  const peerRate = peerCount / ((performance.now() - started) / 1000);

  const baseHeap = heapMb();
  const stream = new StoryStream();
  const rows: string[] = [];
  let done = 0;
  let lastHeap = baseHeap;
  let lastDone = 0;
  started = performance.now();
  for (const input of syntheticArticles(count)) {
    stream.add(input);
    done++;
    if (checkpoints.has(done)) {
      const seconds = (performance.now() - started) / 1000;
      const heap = heapMb();
      rows.push(
        `  ${String(done).padStart(7)} articles  ${(done / seconds).toFixed(0).padStart(6)} articles/s  heap ${heap.toFixed(1)} MB ` +
          `(+${(heap - baseHeap).toFixed(1)} MB)  open stories ${stream.clusterer.openStories}`,
      );
      if (done !== count) {
        lastHeap = heap;
        lastDone = done;
      } else {
        const rate = done / seconds;
        const perArticle = lastDone > 0 ? (heap - lastHeap) / (done - lastDone) : (heap - baseHeap) / done;
        console.log(`stories bench: ${count} synthetic articles (dossier stream) beside a plain TF-IDF single-pass peer (${peerCount} articles)`);
        for (const row of rows) console.log(row);
        console.log(`  speed ratio dossier / plain TF-IDF peer: ${(rate / peerRate).toFixed(2)} (peer ${peerRate.toFixed(0)} articles/s)`);
        console.log(
          `  projected 1M articles: ${((1_000_000 / rate) / 60).toFixed(1)} min, heap ~${(heap + perArticle * (1_000_000 - done)).toFixed(0)} MB ` +
            `(growth ${(perArticle * 1024 * 1024).toFixed(0)} bytes/article over the last segment)`,
        );
      }
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flag = process.argv.indexOf('--n');
  const count = flag >= 0 ? Number(process.argv[flag + 1]) : 20_000;
  await run(Number.isFinite(count) && count > 0 ? count : 20_000);
}
