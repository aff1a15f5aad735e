// Story anchors (issue 7): rare names written capitalised, and the same-day bonus they give a short report.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorBonus, anchorNames, apartPenalty, rememberAnchors, MAX_STORY_ANCHORS, type AnchorOptions } from '../src/stories/anchors.js';
import { StoryClusterer, type ArticleSignals } from '../src/stories/cluster.js';
import { articleDating, dayRange } from '../src/stories/dates.js';

test('anchor names: capitalised inside sentences, or opening one and never written in lower case', () => {
  const names = anchorNames(
    'Brovka said on Tuesday it would close its plant in Veltrun. Rescue teams arrived. The rescue took hours.\n' +
      'On Monday the Kessel Ferries fleet sailed. "Quellin will stay," she said.',
  );
  assert.ok(names.has('brovka'), 'a company opening a sentence, never in lower case');
  assert.ok(names.has('veltrun') && names.has('kessel ferry') && names.has('ferry'), 'a leading name with the name after it');
  assert.ok(names.has('quellin'), 'a name opening a quote');
  assert.ok(!names.has('rescue'), '"Rescue" opens a sentence but the text also writes "rescue"');
  assert.ok(!names.has('tuesday') && !names.has('monday'), 'days are times, not anchors');
  assert.ok(!names.has('the') && !names.has('on'), 'function words are not anchors');
  const offices = anchorNames('Rescuers reached 60 miners, Mining Minister Tavo Renk told the Harbour Safety Board at Dolsk.');
  assert.ok(offices.has('tavo renk') && offices.has('renk') && offices.has('dolsk'), 'people and places stay');
  assert.ok(!offices.has('mining') && !offices.has('minister') && !offices.has('safety'), 'office names are no anchors');
  const headline = anchorNames('Officials said the oil slick off Varnesi was spreading.', 'Varnesi Races To Contain Oil Slick');
  assert.ok(headline.has('varnesi'), 'a headline name');
  assert.ok(!headline.has('slick') && !headline.has('oil'), 'headline words the text writes in lower case');
  assert.ok(anchorNames('Ten died near Tarnow when the Dalsk-Ormen express derailed.').has('ormen'), 'each name of a compound');
});

const day = (iso: string) => dayRange(iso);
const options: AnchorOptions = { bonus: 0.15, days: 1, floor: 0.1, maxShare: 0.02, minDocuments: 5, apartDays: 7, apartPenalty: 0, storyDays: true };
const rare = () => 2;

test('the bonus needs a shared rare name, event days at most a day apart, and a base similarity at the floor', () => {
  const story = { names: new Set(['zorvak', 'mine']), range: day('2025-04-08') };
  const nextDay = { names: new Set(['zorvak']), range: day('2025-04-09') };
  assert.equal(anchorBonus(nextDay, story, 0.2, rare, 100, options), 0.15);
  assert.equal(anchorBonus(nextDay, story, 0.05, rare, 100, options), 0, 'below the floor');
  const monthsLater = { names: new Set(['zorvak']), range: day('2025-09-02') };
  assert.equal(anchorBonus(monthsLater, story, 0.2, rare, 100, options), 0, 'a look-alike event months later');
  const otherPlace = { names: new Set(['telmin']), range: day('2025-04-08') };
  assert.equal(anchorBonus(otherPlace, story, 0.2, rare, 100, options), 0, 'no name in common');
  const undated = { names: new Set(['zorvak']), range: null };
  assert.equal(anchorBonus(undated, story, 0.2, rare, 100, options), 0, 'an undated article has no event day');
  const monthOnly = { names: new Set(['zorvak']), range: day('2025-04') };
  assert.equal(anchorBonus(monthOnly, story, 0.2, rare, 100, options), 0, 'a month is not an event day');
});

test('an article dated to a day more than apartDays from the story loses the apart penalty', () => {
  const apart = { ...options, apartDays: 7, apartPenalty: 0.1 };
  const story = day('2025-08-02');
  assert.equal(apartPenalty(day('2025-08-13'), story, apart), 0.1, 'eleven days later: another fire');
  assert.equal(apartPenalty(day('2025-08-06'), story, apart), 0, 'four days later: an update');
  assert.equal(apartPenalty(day('2025-08'), story, apart), 0, 'a month is no event day');
  assert.equal(apartPenalty(null, story, apart), 0);
  assert.equal(apartPenalty(day('2025-12-01'), story, { ...apart, apartPenalty: 0 }), 0, '0 turns it off');
});

test('a name written by many of the articles seen is no anchor', () => {
  const story = { names: new Set(['europe']), range: day('2025-04-08') };
  const article = { names: new Set(['europe']), range: day('2025-04-08') };
  assert.equal(anchorBonus(article, story, 0.2, () => 40, 1000, options), 0, '40 of 1,000 is above the 2% share');
  assert.equal(anchorBonus(article, story, 0.2, () => 15, 1000, options), 0.15, '15 of 1,000 is rare');
  assert.equal(anchorBonus(article, story, 0.2, () => 4, 10, options), 0.15, 'a short stream: up to minDocuments');
});

test('a story remembers a bounded number of anchor names', () => {
  const names = new Set<string>();
  rememberAnchors(names, Array.from({ length: MAX_STORY_ANCHORS + 10 }, (_, i) => `name${i}`));
  assert.equal(names.size, MAX_STORY_ANCHORS);
});

const signals = (id: string, words: string[], date: string, anchors: string[]): ArticleSignals => ({
  id,
  terms: new Map(words.map((word) => [word, 1])),
  entities: new Map(),
  eventKeys: [],
  dating: { range: dayRange(date), notBefore: null },
  anchors: new Set(anchors),
});

test('the clusterer joins a short same-day report that shares a rare place, and not the same place months later', () => {
  const settings = { joinThreshold: 0.3, anchors: options };
  const first = ['zorvak', 'explosion', 'coal', 'mine', 'killed', 'miners', 'methane', 'minister'];
  const update = ['zorvak', 'toll', 'rose', 'mine', 'blast', 'governor', 'surface', 'mourns'];
  const another = ['zorvak', 'mine', 'flooded', 'shaft', 'trapped', 'pumps', 'workers', 'inquiry'];
  const fillers = (n: number) => Array.from({ length: n }, (_, i) => signals(`f${i}`, [`topic${i}`, `word${i}`], '2025-01-01', [`place${i}`]));

  const withAnchors = new StoryClusterer(settings);
  for (const filler of fillers(20)) withAnchors.add(filler);
  const story = withAnchors.add(signals('wire', first, '2025-04-08', ['zorvak', 'aras']));
  assert.equal(withAnchors.add(signals('local', update, '2025-04-08', ['zorvak'])), story);
  assert.notEqual(withAnchors.add(signals('later', another, '2025-07-20', ['zorvak'])), story, 'another accident at the mine three months on');

  const without = new StoryClusterer({ ...settings, anchors: { ...options, bonus: 0 } });
  for (const filler of fillers(20)) without.add(filler);
  const alone = without.add(signals('wire', first, '2025-04-08', ['zorvak', 'aras']));
  assert.notEqual(without.add(signals('local', update, '2025-04-08', ['zorvak'])), alone, 'the words alone are too few');
});

test('an event dated after the publication day is a plan and does not date the article', () => {
  const base = { published: '2025-09-23', text: 'x', sentences: [], timexes: [] };
  const planned = articleDating({ ...base, events: [{ date: '2025-10-02' }, { date: '2025-09-23' }] });
  assert.equal(planned.range?.start, dayRange('2025-09-23')!.start, 'the strike called for October 2 is skipped');
  const onlyPlan = articleDating({ ...base, events: [{ date: '2025-10-02' }] });
  assert.equal(onlyPlan.range?.start, dayRange('2025-09-23')!.start, 'the publication day dates it');
  const undated = articleDating({ ...base, published: null, events: [{ date: '2025-10-02' }] });
  assert.equal(undated.range?.start, dayRange('2025-10-02')!.start, 'without a publication day nothing is in the future');
});

test('an event dated long before the publication day is recalled and does not date the article', () => {
  const base = { published: '2026-06-15', text: 'x', sentences: [], timexes: [] };
  const recalled = articleDating({ ...base, events: [{ date: '2025-06' }] });
  assert.equal(recalled.range?.start, dayRange('2026-06-15')!.start, 'last June\'s floods are background');
  const lastWeek = articleDating({ ...base, events: [{ date: '2026-06-09' }] });
  assert.equal(lastWeek.range?.start, dayRange('2026-06-09')!.start, 'an event of last week dates the report');
  const thisMonth = articleDating({ ...base, events: [{ date: '2026-05' }] });
  assert.equal(thisMonth.range?.start, dayRange('2026-05')!.start, 'a month that ended days ago still does');
});

test('two strikes of one union two months apart stay apart by the apart penalty', () => {
  const first = ['dockers', 'union', 'strike', 'harbour', 'pay', 'terminals', 'halted', 'walkout'];
  const second = ['dockers', 'union', 'strike', 'harbour', 'pay', 'terminals', 'closed', 'stoppage'];
  const run = (apartPenalty: number) => {
    const clusterer = new StoryClusterer({ joinThreshold: 0.6, anchors: { ...options, apartPenalty } });
    for (let i = 0; i < 20; i++) clusterer.add(signals(`f${i}`, [`topic${i}`], '2025-01-01', []));
    const march = clusterer.add(signals('march', first, '2025-03-11', ['brenport']));
    return [march, clusterer.add(signals('may', second, '2025-05-13', ['brenport']))];
  };
  const [march, may] = run(0.2);
  assert.notEqual(may, march, 'dated two months apart: another strike');
  const [marchOff, mayOff] = run(0);
  assert.equal(mayOff, marchOff, 'without the penalty the words alone merge them');
});

test('a given name anchors only with the name after it', () => {
  const judge = anchorNames('The ruling was read by judge Krzysztof Malinowski in Velmora. Malinowski said the permit stands.');
  const union = anchorNames('A union official, Krzysztof Jablonski, said the plant at Ostrevo would reopen.');
  assert.ok(judge.has('krzysztof malinowski') && judge.has('malinowski'), 'the full name and the surname');
  assert.ok(!judge.has('krzysztof') && !union.has('krzysztof'), 'the given name alone is no anchor');
  const story = { names: union, range: day('2025-04-08') };
  const article = { names: judge, range: day('2025-04-08') };
  assert.equal(anchorBonus(article, story, 0.2, rare, 100, options), 0, 'two people named Krzysztof share nothing');
  const sameJudge = { names: anchorNames('Judge Krzysztof Malinowski adjourned the case.'), range: day('2025-04-08') };
  assert.equal(anchorBonus(sameJudge, { names: judge, range: day('2025-04-08') }, 0.2, rare, 100, options), 0.15, 'the same full name');
});

test('a name written alone is shared with the same word leading a longer name', () => {
  const alone = anchorNames('Work on the Tervala line stopped after the collapse in Tervala.');
  const leading = anchorNames('The collapse at the Tervala Metro works injured two.');
  assert.ok(alone.has('tervala') && leading.has('tervala metro') && !leading.has('tervala'));
  const bonus = anchorBonus({ names: leading, range: day('2025-04-08') }, { names: alone, range: day('2025-04-08') }, 0.2, rare, 100, options);
  assert.equal(bonus, 0.15);
  assert.equal(anchorBonus({ names: alone, range: day('2025-04-08') }, { names: leading, range: day('2025-04-08') }, 0.2, rare, 100, options), 0.15, 'either side');
});

test('a country or demonym leading a name still anchors alone', () => {
  const names = anchorNames('Talks stalled, the Finnish Dockworkers Union said at the port.');
  assert.ok(names.has('finnish'));
});

test('a capital named only below the lead, and a currency code by an amount, are no anchors', () => {
  const text =
    'Veterinary teams culled 40,000 birds at a farm near Korvalo on Tuesday. Owners will be paid 2,500 CFA francs per bird.\n\n' +
    'The outbreak was confirmed by the national laboratory.\n\nThe ministry will report again next week.\n\nDone at Dakar, 11 February.';
  const names = anchorNames(text, null, text.indexOf('The outbreak'));
  assert.ok(names.has('korvalo'), 'the event place in the lead');
  assert.ok(!names.has('dakar'), 'the capital only in the sign-off');
  assert.ok(!names.has('cfa'), 'a currency code by an amount');
  const lead = 'Doctors in Dakar walked out on Monday over CFA 14 billion in arrears.';
  const strike = anchorNames(lead, null, lead.length);
  assert.ok(strike.has('dakar'), 'a capital the lead names anchors');
  assert.ok(!strike.has('cfa'), 'a currency code before an amount');
  assert.ok(anchorNames('The CFA said the ruling stands.').has('cfa'), 'three capitals with no amount: a body');
});

test('an undated report that counts its event as a repeat is not dated by its lead dates', () => {
  const text = 'For the second time in three years the lake is on alert. Readers will remember March 2024, when ice fell.';
  const start = text.indexOf('March 2024');
  const timexes = [{ start, end: start + 10, text: 'March 2024', type: 'DATE' as const, value: '2024-03' }];
  const sentences = [{ start: 0, end: 57 }, { start: 58, end: text.length }];
  const base = { published: null, text, sentences, timexes, events: [] };
  assert.equal(articleDating(base).range?.start, dayRange('2024-03')!.start, 'a lead date dates an undated report');
  assert.equal(articleDating({ ...base, countedRepeat: true }).range, null, 'the repeat recalls the earlier event');
  const published = articleDating({ ...base, published: '2026-11-20', countedRepeat: true });
  assert.equal(published.range?.start, dayRange('2026-11-20')!.start, 'a publication day still dates it');
});
