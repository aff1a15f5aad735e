// The reader of non-figure facts (src/stories/slot-mentions.ts) and the learned aligner over them
// (src/stories/slot-pairs.ts, its day features in slot-days.ts), on sentences and small articles written for these
// tests; and the eval's matcher on a conflict the aligner names by its kind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matches, type GoldConflict } from '../eval/conflicts.js';
import { asStoryConflict } from '../src/stories/index.js';
import { readSlotMentions, verbBefore } from '../src/stories/slot-mentions.js';
import { samePost, SLOT_FEATURE_NAMES, slotPairConflicts, storySlotPairs, type SlotPairModel } from '../src/stories/slot-pairs.js';
import { dayOfEachReport, isStatementDay, isUpdateDay } from '../src/stories/slot-days.js';

const read = (sentence: string, first = false) => readSlotMentions(sentence, first).map((m) => `${m.kind}:${m.value}|${m.key}|${m.subject}`);

test('places after a locative preposition, with "near" kept and a larger place shown; a dateline is a place of its own', () => {
  assert.deepEqual(read('OSLAND, May 3 - A bus left the road near Tarvik in Holm district on Friday.', true), [
    'place:Osland|osland|',
    'place:near Tarvik in Holm district|tarvik|',
    // The larger place is a mention of its own (the other outlet may name only it).
    'place:Holm|holm|',
    'day:on Friday|friday|',
  ]);
  assert.deepEqual(read('The accord was signed in Port Verin, the ministry said.'), ['place:Port Verin|port verin|']);
  // A possessive place names the inner one; weekdays and organisations are no place.
  assert.deepEqual(read("Floods hit Norland's Vale region in March."), []);
  assert.deepEqual(read("The storm struck in Norland's Vale."), ['place:Vale|vale|']);
  assert.deepEqual(read('Talks were held at the Ministry of Ports.'), []);
});

test('a post before a name or in an apposition, with the person in the post; nationality left out of the comparison key', () => {
  assert.deepEqual(read('Deputy Transport Minister Ana Veld said the line would reopen.'), ['post:Deputy Transport Minister|deputy transport minister|veld', 'who:Ana Veld|veld|deputy transport minister']);
  assert.deepEqual(read('The line will reopen, said Ana Veld, the agency\'s chief executive.'), ['post:chief executive|chief executive|veld', 'who:Ana Veld|veld|chief executive']);
  assert.deepEqual(read('Kenyan Defence Minister Lena Osk arrived on Monday.'), [
    'post:Defence Minister|defence minister|osk',
    'who:Lena Osk|osk|defence minister',
    'day:on Monday|monday|',
  ]);
  // "head of" describes; a possessive name is left out.
  assert.deepEqual(read('Ana Veld, head of the agency, said it was safe.'), []);
});

test('posts: the same words in another order are one post, a rank word makes another', () => {
  assert.ok(samePost('mines minister', 'minister of mines'));
  assert.ok(samePost('foreign minister', 'minister of foreign affairs'));
  assert.ok(samePost('regional fire commander', 'ashanti regional fire commander'));
  assert.ok(!samePost('foreign minister', 'deputy foreign minister'));
  assert.ok(!samePost('finance minister', 'state finance minister'));
  assert.ok(!samePost('trade minister', 'foreign minister'));
});

test('a weekday as the day of an event, not as a deadline or the start of a span', () => {
  assert.deepEqual(read('The ferry sank early on Monday and the search ran until Friday.'), ['day:early on Monday|monday|']);
  assert.deepEqual(read('Repairs are due by Tuesday evening, after the blast on Sunday night.'), ['day:on Sunday night|sunday|']);
});

test('the verb of the clause before a mention', () => {
  const sentence = 'The plane crashed near the airport on Tuesday, officials said.';
  assert.equal(verbBefore(sentence, sentence.indexOf('on Tuesday')), 'crash');
  assert.equal(verbBefore('Officials, on Tuesday', 'Officials, '.length), '');
  // Emoji before the clause are two UTF-16 units each: the clause still starts after the comma.
  const withEmoji = '🚆🚆 Rescuers arrived, the train crashed on Tuesday';
  assert.equal(verbBefore(withEmoji, withEmoji.indexOf('on Tuesday')), 'crash');
  const lastClause = '🚆🚆🚆🚆🚆🚆 Officials announced, on Tuesday';
  assert.equal(verbBefore(lastClause, lastClause.indexOf('on Tuesday')), '');
});

const article = (id: string, text: string) => ({ article: id, date: '2026-04-07', text });
const SUMMIT = [
  article('summit-wire', 'Leaders of six states gathered in Kavala on Thursday for a two-day summit on river transport, the host said. Deputy Foreign Minister Ivo Lenart chaired the talks.'),
  article('summit-daily', 'Leaders of six states gathered in Brenna on Thursday for a summit on river transport. Foreign Minister Ivo Lenart chaired the talks, officials said.'),
];

test('candidate pairs: one kind, different values, neither article naming the other\'s value', () => {
  const pairs = storySlotPairs(SUMMIT);
  const kinds = pairs.map(({ x, y }) => `${x.kind}:${x.value}/${y.value}`);
  assert.ok(kinds.includes('place:Kavala/Brenna'));
  assert.ok(kinds.includes('post:Deputy Foreign Minister/Foreign Minister'));
  // The same day in both is no candidate.
  assert.ok(!kinds.some((kind) => kind.startsWith('day:')));
  const place = pairs.find(({ x }) => x.kind === 'place')!;
  const feature = (name: (typeof SLOT_FEATURE_NAMES)[number]) => place.features[SLOT_FEATURE_NAMES.indexOf(name)]!;
  assert.equal(feature('isPlace'), 1);
  assert.equal(feature('sameGovernor'), 1);
  assert.equal(feature('sameVerb'), 1);
  assert.equal(feature('bothLead'), 1);
  assert.equal(feature('leadWords'), 1);
  // An article that also names the other place: no candidate.
  const knows = [SUMMIT[0]!, article('summit-daily', `${SUMMIT[1]!.text} Kavala hosted the last summit.`)];
  assert.ok(!storySlotPairs(knows).some(({ x }) => x.kind === 'place'));
});

test('two mentions of one sentence both outlets wrote word for word are no candidate pair', () => {
  const shared = 'The ferry capsized late on Sunday, the rescue agency said on Monday.';
  const pairs = storySlotPairs([
    article('ferry-wire', `${shared} Rescuers pulled 40 people from the water.`),
    article('ferry-daily', `${shared} Divers searched the hull through the night.`),
  ]);
  assert.deepEqual(pairs.filter(({ x }) => x.kind === 'day').map(({ x, y }) => `${x.value}/${y.value}`), []);
});

test('a model that accepts every pair gives one conflict per fact, named by its kind, and leaves out what is known', () => {
  const weights = Object.fromEntries([['bias', 5], ...SLOT_FEATURE_NAMES.map((name) => [name, 0])]) as SlotPairModel['weights'];
  const model: SlotPairModel = { weights, threshold: 0.5 };
  const every = ['place', 'post', 'who', 'day'] as const;
  const found = slotPairConflicts(SUMMIT, [], model, undefined, undefined, every);
  const facts = found.map((conflict) => `${conflict.fact}: ${conflict.versions.map((v) => `${v.value} [${v.articles.join(',')}]`).join(' vs ')}`);
  assert.ok(facts.includes('place: Kavala [summit-wire] vs Brenna [summit-daily]'));
  assert.ok(facts.includes('title of Lenart: Deputy Foreign Minister [summit-wire] vs Foreign Minister [summit-daily]'));
  const known = [{ versions: [{ value: 'Kavala', articles: ['summit-wire'] }, { value: 'Brenna', articles: ['summit-daily'] }] }];
  assert.ok(!slotPairConflicts(SUMMIT, known, model, undefined, undefined, every).some((conflict) => conflict.fact === 'place'));
  // Kinds left out of settings are not flagged.
  assert.ok(!slotPairConflicts(SUMMIT, [], model, undefined, undefined, ['day']).some((conflict) => conflict.fact === 'place'));
  // The eval's matcher takes the kind's name for a gold fact named in the author's words.
  const gold: GoldConflict = { story: 'summit', fact: 'city where the leaders met', versions: [{ value: 'Kavala', articles: ['summit-wire'] }, { value: 'Brenna', articles: ['summit-daily'] }] };
  const place = found.find((conflict) => conflict.fact === 'place')!;
  assert.ok(matches(gold, asStoryConflict(place)));
  assert.ok(!matches({ ...gold, fact: 'ferry operator' }, asStoryConflict(place)));
});

test('a post written by its initials is the post of its words', () => {
  assert.deepEqual(read('The outage was fixed by noon, said CEO Lina Marsh.').filter((m) => m.startsWith('post:')), ['post:CEO|chief executive officer|marsh']);
  assert.ok(samePost('chief executive officer', 'chief executive'));
  assert.ok(!samePost('chief financial officer', 'chief executive'));
});

test('features of one event: verbs of one class, a figure both sentences give, reports published apart', () => {
  const story = [
    { article: 'quake-wire', date: '2026-04-07', text: 'The accord was signed in Orvik on Tuesday, opening 14 border posts.' },
    { article: 'quake-next', date: '2026-04-09', text: 'The accord was inked in Brasta on Wednesday and 14 border posts will open.' },
  ];
  const pairs = storySlotPairs(story);
  const place = pairs.find(({ x }) => x.kind === 'place')!;
  const feature = (name: (typeof SLOT_FEATURE_NAMES)[number]) => place.features[SLOT_FEATURE_NAMES.indexOf(name)]!;
  // "signed" and "inked" are one verb class; "14" is in both sentences; the reports are two days apart.
  assert.equal(feature('sameVerb'), 1);
  assert.equal(feature('figuresShared'), 1);
  assert.equal(feature('publishedApart'), 1);
  const sameDay = storySlotPairs(story.map((entry) => ({ ...entry, date: '2026-04-07' })));
  assert.equal(sameDay.find(({ x }) => x.kind === 'place')!.features[SLOT_FEATURE_NAMES.indexOf('publishedApart')], 0);
});

test('a weekday as far from its own report\'s day as the other: each report telling its day\'s news', () => {
  const wire = { article: 'w', date: '2025-07-02', text: '' }; // a Wednesday
  const next = { article: 'n', date: '2025-07-03', text: '' }; // a Thursday
  assert.ok(dayOfEachReport('wednesday', wire, 'thursday', next));
  assert.ok(dayOfEachReport('tuesday', wire, 'wednesday', next));
  assert.ok(!dayOfEachReport('tuesday', wire, 'thursday', next));
  // Reports of one day: two weekdays are two versions.
  assert.ok(!dayOfEachReport('tuesday', wire, 'wednesday', { ...next, date: '2025-07-02' }));
  assert.ok(!dayOfEachReport('tuesday', wire, 'wednesday', { ...next, date: null }));
});

/** The first weekday a sentence names, as the day features read it: its sentence and where it starts. */
function dayIn(sentence: string): { evidence: string; start: number } {
  const mention = readSlotMentions(sentence, false).find((m) => m.kind === 'day')!;
  return { evidence: sentence, start: mention.start };
}

test('the day something was said is a statement day, the day of the event is not', () => {
  const dayOf = (sentence: string) => isStatementDay(dayIn(sentence));
  assert.ok(dayOf('Cases rose in the district, health officials said on Thursday.'));
  assert.ok(dayOf('The crew had spent nine hours in the water, survivors told aid workers on Wednesday.'));
  assert.ok(dayOf('The mayor said late on Friday that schools would reopen.'));
  assert.ok(!dayOf('The bridge collapsed on Sunday, killing six people.'));
  assert.ok(!dayOf('Officials said the ferry sank early on Monday near the port.'));
});

test('the day of a later turn of the story is an update day', () => {
  const dayOf = (sentence: string) => isUpdateDay(dayIn(sentence));
  assert.ok(dayOf('The death toll from the crash rose to 27 on Monday after one of the injured died.'));
  assert.ok(dayOf('Rescuers found five more bodies on Wednesday.'));
  assert.ok(!dayOf('A bus plunged into a ravine late on Sunday, police said.'));
});
