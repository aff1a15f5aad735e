// Names of events that tell look-alike events apart (src/stories/event-names.ts), on small invented inputs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { StoryClusterer, type ArticleSignals, type ClusterDecision } from '../src/stories/cluster.js';
import { articleDating } from '../src/stories/dates.js';
import { eventNamesConflict, headlineKinds, leadEventNames, rememberEventNames, type EventNames } from '../src/stories/event-names.js';

const names = (entries: [string, string[]][]): EventNames => new Map(entries.map(([head, modifiers]) => [head, new Set(modifiers)]));

test('a lead names the kind of event with the words before a common noun; surnames and places are no kinds', () => {
  const text = 'The grey Tui Dawn won the Otaki Cup on Saturday. Trainer Ria Pohe said the cup was her first. More text.';
  const found = leadEventNames(null, text, 60);
  assert.deepEqual([...found.keys()], ['cup'], '"Dawn" and "Pohe" are never written in lower case');
  assert.deepEqual([...found.get('cup')!], ['otaki']);
});

test('a street is where an event happened, not which event: its name is no event name', () => {
  const text = 'A water main burst under Vell Street on Tuesday, flooding the street. The Osk Cup was moved; the cup is next week.';
  const found = leadEventNames('Osk flooded: Vell Street main gives way', text, text.length);
  assert.deepEqual([...found.keys()], ['cup']);
  const road = leadEventNames(null, 'Two cars collided on Harbour Road. The road was closed.', 60);
  assert.equal(road.size, 0);
});

test('the headline names the event reported; a later mention in the lead recalls another', () => {
  const text = 'Tui Dawn, the Otaki Cup winner, took the Napier Cup by a neck. A cup double.';
  assert.deepEqual([...leadEventNames('Tui Dawn lands Napier Cup', text, 80).get('cup')!], ['napier']);
  assert.deepEqual([...leadEventNames(null, text, 80).get('cup')!], ['otaki'], 'without a headline, the first mention');
  const long = leadEventNames(null, 'The Osk City Marathon was run in heat. The marathon ended late.', 40);
  assert.deepEqual([...long.get('marathon')!], ['osk', 'city'], 'every word of the name but "the"');
});

test('two kinds of the same event conflict only when no word of their names is shared', () => {
  assert.equal(eventNamesConflict(names([['cup', ['otaki']]]), names([['cup', ['napier']]])), true);
  assert.equal(eventNamesConflict(names([['open', ['vell']]]), names([['open', ['vell', 'international']]])), false);
  assert.equal(eventNamesConflict(names([['cup', ['otaki']]]), names([['marathon', ['napier']]])), false, 'another kind says nothing');
  assert.equal(eventNamesConflict(new Map(), names([['cup', ['napier']]])), false);
});

test('a story remembers the names of its members', () => {
  const story: EventNames = new Map();
  rememberEventNames(story, names([['cup', ['otaki']]]));
  rememberEventNames(story, names([['cup', ['napier']], ['club', ['racing']]]));
  assert.deepEqual([...story.get('cup')!].sort(), ['napier', 'otaki']);
  assert.equal(story.size, 2);
});

test('a title-cased headline gives no names; the kinds an article reports are those its headline writes', () => {
  const text = 'The Otaki Cup went to Tui Dawn. The cup drew a crowd; the Osk Racing Club was pleased with the club.';
  const found = leadEventNames('Tui Dawn Wins Napier Cup', text, 200);
  assert.deepEqual([...found.get('cup')!], ['otaki'], 'the title-cased headline is passed over');
  assert.deepEqual([...headlineKinds('Cup glory for Tui Dawn', found)], ['cup'], 'not "club": the headline does not write it');
  const story = names([['cup', ['napier']], ['club', ['hutt', 'racing']]]);
  assert.equal(eventNamesConflict(names([['club', ['osk']]]), story, new Set(['cup'])), false, 'a kind the headline does not report');
  assert.equal(eventNamesConflict(names([['cup', ['otaki']]]), story, new Set(['cup'])), true);
});

test('the clusterer keeps a report of another cup out of a story that shares its horse and rider', () => {
  const cup = (id: string, place: string, published: string, title: string): ArticleSignals => ({
    id,
    terms: new Map(['mare', 'cup', 'trainer', 'race', 'lengths'].map((word) => [word, 1])),
    entities: new Map(['tui dawn', 'ria pohe', 'tui', 'dawn', 'pohe'].map((key) => [key, 1])),
    eventKeys: [],
    dating: articleDating({ published, text: 'x', sentences: [], timexes: [], events: [] }),
    eventNames: leadEventNames(title, `Tui Dawn won the ${place} Cup. The cup was her first.`, 40),
    eventKinds: new Set(['cup']),
  });
  const run = (penalty: number, joinThreshold = 0.265) => {
    const clusterer = new StoryClusterer({ eventNameConflictPenalty: penalty, joinThreshold });
    const decisions: ClusterDecision[] = [];
    clusterer.trace = (decision) => decisions.push(decision);
    const first = clusterer.add(cup('a', 'Otaki', '2026-01-24', 'Tui Dawn takes the cup'));
    const second = clusterer.add(cup('b', 'Napier', '2026-01-25', 'Cup to Tui Dawn'));
    const last = decisions.at(-1);
    const best = last?.kind === 'add' ? last.best : null;
    return { joined: first === second, score: best?.score ?? 0, events: best?.parts.events ?? 0 };
  };
  const open = run(0);
  assert.ok(open.joined && open.events === 0, 'without the rule the same names join');
  // A bar the plain score passes by less than the penalty: the other cup keeps the report apart.
  const apart = run(0.1, open.score - 0.05);
  assert.equal(apart.events, -0.1);
  assert.equal(apart.joined, false);
  assert.equal(run(0, open.score - 0.05).joined, true);
});
