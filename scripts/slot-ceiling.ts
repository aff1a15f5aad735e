// The slot aligner's ceiling (issue 7, part 3): of the non-figure gold conflicts the other aligners (hand rules and
// the figure aligner) miss, the ones of a place, a post, a person in a post or a day: how many have every version
// among the slot mentions of its articles (slot-mentions.ts), how many of those are a candidate pair of slot-pairs.ts,
// and why the rest are not (the refusal of their mention pairs, or the version no mention reads). Totals per group;
// the misses of the tuned and training sets are listed one by one (held-out batches stay totals).
//
//   node dist/scripts/slot-ceiling.js
import { classifyMiss, type CensusArticle } from '../eval/conflicts-census.js';
import { nonFigureTopic, scoreConflicts, statedInFigures } from '../eval/conflicts.js';
import { heldOutFoldModels, statesMention } from '../eval/aligner-folds.js';
import { figurePairs as figureSettings, slotPairs as slotSettings } from '../src/settings.js';
import { articleClaimsOf } from '../src/stories/index.js';
import { articlePairs } from '../src/stories/figure-partners.js';
import { readSlotStory, slotRefusal, type PlacedMention, type StorySlots } from '../src/stories/slot-pairs.js';
import { describeConflict, groupOf, handOf, isHeldOutGroup, loadGoldStories, SLOT_TOPICS } from './conflict-stories.js';

const OUTCOMES = ['candidate pair', 'both read, refused', 'one version unread', 'no version read'] as const;
type Outcome = (typeof OUTCOMES)[number];

interface Row {
  misses: number;
  oneB: number;
  outcomes: Map<string, number>;
}

async function main(): Promise<void> {
  const loaded = await loadGoldStories();
  const figureFolds = heldOutFoldModels(loaded, figureSettings, null);
  const rows = new Map<string, Row>();
  const row = (key: string) => {
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { misses: 0, oneB: 0, outcomes: new Map() }));
    return found;
  };
  const listed: string[] = [];
  for (const story of loaded) {
    const fold = figureFolds.get(story.fold);
    const hand = handOf(story, fold ? { slotPairs: null, figurePairs: fold.figurePairs } : { slotPairs: null });
    const flat = hand.map((conflict) => ({ story: story.name, conflict }));
    const articles = story.inputs.map(articleClaimsOf) as CensusArticle[];
    const slots = readSlotStory(story.entries);
    const mentions = slots.mentions;
    const ids = story.entries.map((entry) => entry.article);
    const partners = new Set(articlePairs(slots.articles, slotSettings.maxPartners).map(([i, j]) => pairKey(i, j)));
    const group = isHeldOutGroup(story.fold) ? 'held-out' : groupOf(story);
    for (const gold of story.gold.filter((entry) => !statedInFigures(entry))) {
      const topic = nonFigureTopic(gold);
      if (!SLOT_TOPICS.includes(topic)) continue;
      if (scoreConflicts([gold], [gold], flat, () => true, '', true).flagged) continue;
      const oneB = classifyMiss(gold, articles, hand).startsWith('1b');
      const r = row(`${group}\u0000${topic}`);
      r.misses++;
      if (!oneB) continue;
      r.oneB++;
      // The mentions stating each version, in an article of that version.
      const readers = gold.versions.map((version) => mentions.flatMap((list, a) => list.filter((m) => statesMention(m, ids[a]!, version))));
      const read = readers.filter((list) => list.length > 0).length;
      let outcome: Outcome;
      let why = '';
      if (read === 0) outcome = 'no version read';
      else if (read < gold.versions.length) outcome = 'one version unread';
      else {
        const reasons = new Map<string, number>();
        let candidate = false;
        for (let i = 0; i < readers.length; i++)
          for (let j = i + 1; j < readers.length; j++)
            for (const x of readers[i]!)
              for (const y of readers[j]!) {
                if (x.article === y.article) continue;
                const reason = reasonOf(x, y, slots, partners);
                if (reason === null) candidate = true;
                else reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
              }
        outcome = candidate ? 'candidate pair' : 'both read, refused';
        why = [...reasons].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'same article';
      }
      const key = outcome === 'both read, refused' ? `${outcome}: ${why}` : outcome;
      r.outcomes.set(key, (r.outcomes.get(key) ?? 0) + 1);
      if (!isHeldOutGroup(story.fold) && outcome !== 'candidate pair') listed.push(`  ${key}: ${describeConflict(story.set, story.name, gold)}`);
    }
  }
  console.log('Non-figure misses of a slot topic (hand rules + figure aligner under batch CV), and the 1b ones (no claim states some version):');
  for (const [key, r] of [...rows].sort()) {
    const [group, topic] = key.split('\u0000');
    const outcomes = [...r.outcomes].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${name} ${n}`).join('; ');
    console.log(`  ${group!.padEnd(9)} ${topic!.padEnd(26)} misses ${String(r.misses).padStart(3)}, 1b ${String(r.oneB).padStart(3)}: ${outcomes}`);
  }
  console.log('Tuned and training 1b misses with no candidate pair:');
  for (const line of listed) console.log(line);
}

/** Two articles' key, the same either way round. */
const pairKey = (i: number, j: number) => `${Math.min(i, j)}:${Math.max(i, j)}`;

function reasonOf(x: PlacedMention, y: PlacedMention, slots: StorySlots, partners: Set<string>): string | null {
  // slotPairs() never weighs two articles with the same text (a syndicated copy): neither does the census.
  if (slots.texts[x.article] === slots.texts[y.article]) return 'identical texts';
  const refusal = slotRefusal(x, y, slots);
  if (refusal) return refusal;
  return partners.has(pairKey(x.article, y.article)) ? null : 'articles not partners';
}

await main();
