// Cost of the learned figure aligner on one big story (issue 7): a synthetic ongoing event of 30 and 200 articles
// (generated here, never stored), each a few sentences of tolls, amounts, times and dates told with varying figures
// and words. Times the aligner with its partner bound (settings.figurePairs.maxPartners), the aligner comparing every
// pair of articles, and the hand sentence alignment (claims-sentences.ts sentenceConflicts) on the same story in the
// same process; prints each as a ratio to the hand alignment, and how many conflicts each finds.
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../scripts/random.js';
import { figurePairs as settings } from '../src/settings.js';
import { sentenceConflicts, type ArticleText } from '../src/stories/claims-sentences.js';
import { figurePairConflicts } from '../src/stories/figure-pairs.js';

const OUTLETS = ['wire', 'local', 'state', 'biz', 'tv', 'blog', 'radio', 'daily'];
const PLACES = ['Karsten', 'Velmora', 'Ostrava Bay', 'Tamsel', 'Druvik'];
const VERBS = ['said', 'reported', 'told reporters', 'confirmed', 'added'];
const SOURCES = ['police', 'officials', 'the fire service', 'a spokeswoman for the province', 'rescuers', 'the ministry'];

/** Articles of one ongoing flood: each article picks figures near the event's true ones and words of its own. */
export function syntheticStory(count: number, seed = 11): ArticleText[] {
  const next = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const near = (value: number, spread: number) => Math.max(1, Math.round(value * (1 + (next() - 0.5) * spread)));
  const entries: ArticleText[] = [];
  for (let i = 0; i < count; i++) {
    const day = 3 + Math.floor((i / count) * 20);
    const place = pick(PLACES);
    const dead = near(40 + day * 2, 0.3);
    const sentences = [
      `At least ${dead} people were killed when the river burst its banks near ${place}, ${pick(SOURCES)} ${pick(VERBS)}.`,
      `The flood hit at ${pick(['4:40 a.m.', '05:10', '5 a.m.', 'about 6 a.m.', '4:55 in the morning'])} on ${pick(['March 2', 'March 3', 'Monday, March 2'])}, ${pick(SOURCES)} ${pick(VERBS)}.`,
      `Some ${near(12_000, 0.4).toLocaleString('en-US')} homes were flooded and ${near(300, 0.5)} roads were cut in ${place}.`,
      `The government promised ${pick(['$', '€'])}${near(120, 0.3)} million in aid, ${pick(SOURCES)} ${pick(VERBS)} on day ${day} of the emergency.`,
      `${near(85, 0.3)} people were still missing and ${near(2_400, 0.3).toLocaleString('en-US')} were in shelters, ${pick(SOURCES)} ${pick(VERBS)}.`,
      `Water levels rose ${near(4, 0.5)} metres in ${near(36, 0.4)} hours, the highest since records began.`,
      `Schools will reopen on ${pick(['March 30', 'April 6', 'April 1'])}, the ${pick(['mayor', 'governor', 'minister'])} ${pick(VERBS)}.`,
    ];
    const date = `2026-03-${String(Math.min(28, day)).padStart(2, '0')}`;
    entries.push({ article: `${pick(OUTLETS)}-${i}`, date, text: sentences.filter(() => next() < 0.85).join(' ') });
  }
  return entries;
}

function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

export async function run(): Promise<void> {
  for (const count of [30, 200]) {
    const story = syntheticStory(count);
    // Alternate the three runs (twice) so a change in the machine's load falls on all alike.
    const totals = { hand: 0, bounded: 0, every: 0 };
    const found = { hand: 0, bounded: 0, every: 0 };
    for (let round = 0; round < 2; round++) {
      const hand = timed(() => sentenceConflicts(story));
      const bounded = timed(() => figurePairConflicts(story, []));
      const every = timed(() => figurePairConflicts(story, [], undefined, Number.POSITIVE_INFINITY));
      totals.hand += hand.ms;
      totals.bounded += bounded.ms;
      totals.every += every.ms;
      [found.hand, found.bounded, found.every] = [hand.result.length, bounded.result.length, every.result.length];
    }
    const ratio = (ms: number) => (ms / totals.hand).toFixed(2);
    console.log(
      `${count} articles: hand alignment ${found.hand} conflicts (1.00); aligner, at most ${settings.maxPartners} partners: ` +
        `${found.bounded} conflicts (${ratio(totals.bounded)}x); aligner, every pair: ${found.every} conflicts (${ratio(totals.every)}x)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
