// Look-alike events kept apart: the close-call rule for undated reports, the penalty on the same-names bridge, and
// words that anchor no event (small invented inputs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorNames } from '../src/stories/anchors.js';
import { closeCall, type CloseCallSettings } from '../src/stories/close-call.js';
import { countedRepeatCue, repeatCues } from '../src/stories/repeat.js';
import { StoryClusterer, type ArticleSignals, type ClusterDecision } from '../src/stories/cluster.js';
import type { ScoredStory } from '../src/stories/contrast.js';
import { articleDating, dayRange } from '../src/stories/dates.js';
import type { StoryMember } from '../src/stories/repair.js';
import { countedStoriesApart, type StoryState } from '../src/stories/story-state.js';

const unit = (keys: string[]) => new Map(keys.map((key) => [key, 1 / Math.sqrt(keys.length)]));
const member = (keys: string[]): StoryMember => ({
  signals: { id: keys.join('-'), terms: new Map(), entities: new Map(), eventKeys: [], dating: { range: null, notBefore: null } },
  vectors: { terms: unit(keys), entities: new Map() },
  dated: true,
  links: [],
});
/** A scored story with only what the close-call rule reads: its members and its date range. */
const scored = (score: number, day: string, members: string[][] | null, figures: string[] = [], countedRepeats = 0): ScoredStory => ({
  score,
  story: { recorded: members && members.map(member), range: dayRange(day), days: dayRange(day), figures: new Set(figures), countedRepeats } as unknown as StoryState,
});
const settings: CloseCallSettings = {
  closeCallMargin: 0.05,
  joinThreshold: 0.3,
  textWeight: 1,
  entityWeight: 1,
  apartDays: 7,
  repeatTakesLatest: true,
  repeatCloseCallMargin: 0.05,
  countedStoriesApart: true,
};

test('a close call between look-alike stories apart in time goes to the story whose members the undated report resembles', () => {
  const article = { terms: unit(['dam', 'inspection', 'seepage', 'litres', 'forty']), entities: new Map() };
  // The bigger 2026 story scores best on its centroid; the 2019 report shares the article's figures.
  const later = scored(0.47, '2026-03-13', [['dam', 'inspection', 'sensors'], ['dam', 'inspection', 'cracks'], ['dam', 'inspection', 'release']]);
  const earlier = scored(0.44, '2019-06-21', [['dam', 'inspection', 'seepage', 'litres']]);
  assert.equal(closeCall([later, earlier], article, false, settings), earlier);
  assert.equal(closeCall([later, earlier], article, true, settings), null, 'a dated report: the date gate decides');
  assert.equal(closeCall([later, scored(0.41, '2019-06-21', [['dam', 'seepage']])], article, false, settings), null, 'not a close call');
  const sameWeek = scored(0.44, '2026-03-15', [['dam', 'inspection', 'seepage', 'litres']]);
  assert.equal(closeCall([later, sameWeek], article, false, settings), null, 'stories of the same days are not look-alikes in time');
  assert.equal(closeCall([later, scored(0.44, '2019-06-21', null)], article, false, settings), null, 'a story without members to compare');
  assert.equal(closeCall([later, earlier], article, false, { ...settings, closeCallMargin: 0 }), null, 'margin 0 turns it off');
});

test('an undated report that calls its event a repeat goes to the latest of two look-alike stories in a close call', () => {
  const article = { terms: unit(['dam', 'inspection', 'seepage', 'litres', 'forty']), entities: new Map() };
  const later = scored(0.44, '2026-03-13', [['dam', 'inspection', 'sensors']]);
  const earlier = scored(0.47, '2019-06-21', [['dam', 'inspection', 'seepage', 'litres']]);
  assert.equal(closeCall([earlier, later], article, false, settings), earlier, 'no repeat cue: the members decide');
  assert.equal(closeCall([earlier, later], article, false, settings, true), later);
  assert.equal(closeCall([earlier, later], article, false, { ...settings, repeatTakesLatest: false }, true), earlier, 'the rule off');
  assert.equal(closeCall([earlier, scored(0.41, '2026-03-13', [['dam']])], article, false, settings, true), null, 'not a close call');
  const wide = { ...settings, repeatCloseCallMargin: 0.2 };
  const farther = scored(0.35, '2026-03-13', [['dam']]);
  assert.equal(closeCall([earlier, farther], article, false, wide, true), farther, 'a repeat: the wider margin');
  assert.equal(closeCall([earlier, farther], article, false, wide), null, 'no repeat cue: the usual margin');
});

test('an undated report that counts nothing goes to the story weeks before one whose reports call theirs a repeat', () => {
  const article = { terms: unit(['ship', 'norovirus', 'guests', 'sailing']), entities: new Map() };
  // The members favour the later story; its reports say "again".
  const later = scored(0.5, '2026-03-14', [['ship', 'norovirus', 'guests', 'sailing']], [], 1);
  const earlier = scored(0.46, '2026-01-17', [['ship', 'norovirus', 'cabins']]);
  assert.equal(closeCall([later, earlier], article, false, settings), earlier);
  assert.equal(closeCall([later, earlier], article, false, { ...settings, countedStoriesApart: false }), later, 'the rule off: the members decide');
  const plainLater = scored(0.5, '2026-03-14', [['ship', 'norovirus', 'guests', 'sailing']]);
  assert.equal(closeCall([plainLater, earlier], article, false, settings), plainLater, 'no repeat counted: the members decide');
  assert.equal(closeCall([later, earlier], article, false, settings, true), later, 'a report that counts a repeat itself takes the latest');
  const second = scored(0.47, '2025-11-02', [['ship', 'norovirus']]);
  assert.equal(closeCall([later, earlier, second], article, false, settings), later, 'two earlier contenders: the members decide');
});

test('two stories weeks apart, the later counting its event as a repeat, are apart; so are their absorptions', () => {
  const story = (day: string, countedRepeats: number) => ({ days: dayRange(day), countedRepeats }) as unknown as StoryState;
  assert.equal(countedStoriesApart(story('2026-01-17', 0), story('2026-03-14', 1), 6), true);
  assert.equal(countedStoriesApart(story('2026-03-14', 1), story('2026-01-17', 0), 6), true, 'either order');
  assert.equal(countedStoriesApart(story('2026-01-17', 1), story('2026-03-14', 0), 6), false, 'the earlier story counting says nothing');
  assert.equal(countedStoriesApart(story('2026-03-10', 0), story('2026-03-14', 1), 6), false, 'days of one event');
  assert.equal(countedStoriesApart({ days: null, countedRepeats: 0 } as unknown as StoryState, story('2026-03-14', 1), 6), false, 'an undated story');
});

test('a counted repeat is an ordinal of the event or "again" in a headline, not a return', () => {
  assert.equal(countedRepeatCue(null, 'For the second time in eight months, the ferry ran aground. More.', 70), true);
  assert.equal(countedRepeatCue('Ferry aground again off Osk', 'The ferry ran aground.', 30), true);
  assert.equal(countedRepeatCue(null, 'A third blackout in two months hit the port. More.', 50), true);
  assert.equal(countedRepeatCue('Measles back in Osk: clinic opens', 'The clinic opened.', 30), false);
  assert.equal(countedRepeatCue(null, 'The minister returned to Osk on Tuesday.', 40), false);
  assert.equal(countedRepeatCue(null, 'The second-largest city voted. For the second time it rained.', 20), false, 'beyond the lead');
  assert.equal(countedRepeatCue(null, 'After eight months of uncertainty, the bypass is going ahead. More.', 60), true, 'after a long stretch');
  assert.equal(countedRepeatCue(null, 'After two years of talks the deal was signed.', 45), true);
  assert.equal(countedRepeatCue(null, 'After three days of searching, divers found the boat.', 50), false, 'days are one event\'s');
  assert.equal(repeatCues(null, 'After eight months of uncertainty, the bypass is going ahead.', 60, true, false).counted, false, 'the rule off');
});

const signals = (id: string, entities: string[], published: string): ArticleSignals => ({
  id,
  terms: new Map(['visit', 'minister', 'trade', 'talks'].map((word) => [word, 1])),
  entities: new Map(entities.map((key) => [key, 1])),
  eventKeys: [],
  dating: articleDating({ published, text: 'x', sentences: [], timexes: [], events: [] }),
});

test('a story only the same-names bridge lets in asks more of the join', () => {
  const base = { joinThreshold: 0.3, maxGapDays: 120, maxStorySpanDays: 180, sameNamesGapDays: 730, sameNamesSimilarity: 0.6 };
  const names = ['vidal', 'hanoi', 'carolina vidal'];
  const scoreOf = (penalty: number, threshold = base.joinThreshold) => {
    const clusterer = new StoryClusterer({ ...base, joinThreshold: threshold, sameNamesPenalty: penalty });
    const decisions: ClusterDecision[] = [];
    clusterer.trace = (decision) => decisions.push(decision);
    const first = clusterer.add(signals('a', names, '2024-10-15'));
    const joined = clusterer.add(signals('b', names, '2026-10-06')) === first;
    const last = decisions.at(-1);
    return { joined, best: last?.kind === 'add' ? last.best : null };
  };
  const open = scoreOf(0);
  assert.ok(open.joined, 'without the penalty the bridge joins');
  assert.ok(open.best?.parts.bridge === 0);
  const penalised = scoreOf(0.1, open.best!.score - 0.05);
  assert.equal(penalised.best?.parts.bridge, -0.1);
  assert.ok(!penalised.joined, 'two years on, the penalty keeps the look-alike visit apart');
  const near = new StoryClusterer({ ...base, sameNamesPenalty: 0.1 });
  const decisions: ClusterDecision[] = [];
  near.trace = (decision) => decisions.push(decision);
  const story = near.add(signals('a', names, '2024-10-15'));
  assert.equal(near.add(signals('b', names, '2024-10-16')), story);
  const last = decisions.at(-1);
  assert.ok(last?.kind === 'add' && last.best?.parts.bridge === 0, 'a report of the same days pays nothing');
});

test('month abbreviations, continents and compass words anchor no event', () => {
  const names = anchorNames('Rates were cut on Sept. 23 in Pestova. Exporters across Southeast Asia and West Africa welcomed it.');
  assert.ok(names.has('pestova'), 'a place still anchors');
  for (const word of ['sept', 'southeast', 'asia', 'west', 'africa']) assert.ok(!names.has(word), word);
});

test('repeatCues reads a return as a repeat, and an n-th time or "again" as a counted repeat', () => {
  const cases: [string | null, string, { repeat: boolean; counted: boolean }][] = [
    ['Suharjo back in Canberra', 'x', { repeat: true, counted: false }],
    [null, 'For the second time in eight months, the ferry ran aground.', { repeat: true, counted: true }],
    ['Ferry aground again', 'The ferry ran aground.', { repeat: true, counted: true }],
    [null, 'The minister opened the fair.', { repeat: false, counted: false }],
  ];
  for (const [title, text, expected] of cases) assert.deepEqual(repeatCues(title, text, 70), expected, text);
});

test('a grown story whose reports count their event as a repeat absorbs no small story of the earlier event', () => {
  const report = (id: string, words: string[], published: string, countedRepeat = false): ArticleSignals => ({
    id,
    terms: new Map(words.map((word) => [word, 1])),
    entities: new Map(),
    eventKeys: [],
    dating: articleDating({ published, text: 'x', sentences: [], timexes: [], events: [] }),
    countedRepeat,
  });
  const january = ['ship', 'norovirus', 'guests', 'cabins'];
  const march = ['ship', 'norovirus', 'guests', 'again'];
  const run = (countedStoriesApart: boolean) => {
    // Reports join only their own event (0.75 between the two), but a grown story absorbs a close small one (0.1).
    const clusterer = new StoryClusterer({ joinThreshold: 0.9, absorbThreshold: 0.1, absorbMaxSize: 2, maxGapDays: 120, maxStorySpanDays: 180, countedStoriesApart });
    const first = [clusterer.add(report('jan-1', january, '2026-01-17')), clusterer.add(report('jan-2', january, '2026-01-18'))];
    const later = ['mar-1', 'mar-2', 'mar-3'].map((id, i) => clusterer.add(report(id, march, `2026-03-1${4 + i}`, true)));
    return { january: clusterer.resolve(first[0]!), sameJanuary: first[0] === first[1], march: clusterer.resolve(later[2]!) };
  };
  const kept = run(true);
  assert.ok(kept.sameJanuary);
  assert.notEqual(kept.january, kept.march, 'the January story stands');
  const merged = run(false);
  assert.equal(merged.january, merged.march, 'the rule off: the grown March story absorbs it');
});

test('with repeatTakesLatest off, a report that counts a repeat is not sent to the earlier story', () => {
  const article = { terms: unit(['ship', 'norovirus', 'guests', 'sailing']), entities: new Map() };
  const later = scored(0.5, '2026-03-14', [['ship', 'norovirus', 'guests', 'sailing']], [], 1);
  const earlier = scored(0.46, '2026-01-17', [['ship', 'norovirus', 'cabins']]);
  assert.equal(closeCall([later, earlier], article, false, { ...settings, repeatTakesLatest: false }, true), later, 'its members decide');
});
