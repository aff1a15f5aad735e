// The "same predicate, different filler" finder (src/stories/frames.ts) on sentences and small stories written for
// these tests: weekdays, places, posts and the worst-hit place, and its place in alignClaims.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frameConflicts, predicateOf, readFrames } from '../src/stories/frames.js';
import { alignClaims } from '../src/stories/claims.js';

const story = (...texts: string[]) => texts.map((text, i) => ({ article: `a${i}`, date: '2031-05-14', text }));

test('a weekday read with the verb it dates; the day a thing was said or a count rose is left out', () => {
  const [day] = readFrames('The two firms signed the contract in Valdora on Tuesday, ending months of talks.', false).filter((frame) => frame.role === 'day');
  assert.equal(day?.value, 'on Tuesday');
  assert.ok(day!.verbs.has('signe'));
  assert.deepEqual(readFrames('The toll rose to 14 on Wednesday, officials said.', false).filter((frame) => frame.role === 'day'), []);
  assert.deepEqual(readFrames('The port operator said on Friday that cranes were idle.', false).filter((frame) => frame.role === 'day'), []);
});

test('a predicate is read within the filler clause: "would vote on Friday" and "gather on Monday to vote" share "vote"', () => {
  const a = predicateOf('Its members would vote on Friday on a walkout.', 24, 33);
  const b = predicateOf('The members would gather in a hall on Monday to vote on a walkout.', 35, 44);
  assert.ok(a.verbs.has('vote') && b.verbs.has('vote'));
});

test('two outlets dating one act to different weekdays disagree; "Monday evening" and "Monday" agree', () => {
  const found = frameConflicts(story('The ferry line opened a new pier at Tessel on Thursday, the operator said.', 'The new pier was opened on Wednesday by the harbour master.'), ['day']);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'day');
  assert.deepEqual(found[0]!.versions.map((version) => version.value).sort(), ['on Thursday', 'on Wednesday']);
  const agree = frameConflicts(story('The ferry line opened a new pier on Monday evening.', 'The new pier was opened on Monday.'), ['day']);
  assert.deepEqual(agree, []);
});

test('a weekday shared only through a noun is not one act ("a fire on Tuesday", "fanned a fire on Wednesday")', () => {
  const found = frameConflicts(story('A fire that broke out in the hills on Tuesday kept burning.', 'Strong winds fanned a fire in the hills on Wednesday.'), ['day']);
  assert.deepEqual(found, []);
});

test('a third outlet joins the version whose filler it gives', () => {
  const days = frameConflicts(
    story('The ferry line opened a new pier at Tessel on Thursday.', 'The new pier was opened on Wednesday by the harbour master.', 'The pier was opened on Thursday after a year of works.'),
    ['day'],
  );
  assert.equal(days.length, 1);
  assert.deepEqual(days[0]!.versions.map((version) => [version.value, [...version.articles].sort()]).sort(), [['on Thursday', ['a0', 'a2']], ['on Wednesday', ['a1']]]);
  const places = frameConflicts(
    story('The lorry overturned near Halden, blocking the road.', 'The lorry overturned near Skeby in the early hours.', 'A lorry overturned near Skeby, the police said.'),
    ['place'],
  );
  assert.equal(places.length, 1);
  assert.deepEqual(places[0]!.versions.map((version) => [version.value, [...version.articles].sort()]).sort(), [['near Halden', ['a0']], ['near Skeby', ['a1', 'a2']]]);
});

test('places of one act disagree unless an article also names the other place', () => {
  const texts = ['The lorry overturned near Halden, blocking the road.', 'The lorry overturned near Skeby in the early hours.'];
  const found = frameConflicts(story(...texts), ['place']);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'place');
  assert.deepEqual(found[0]!.versions.map((version) => version.value).sort(), ['near Halden', 'near Skeby']);
  assert.deepEqual(frameConflicts(story(texts[0]!, `${texts[1]} Traffic to Halden was diverted.`), ['place']), []);
  // "near Halden" and "in Skeby" may place one act at two scales.
  assert.deepEqual(frameConflicts(story(texts[0]!, 'The lorry overturned in Skeby in the early hours.'), ['place']), []);
});

test('places of the hurt, of a workplace or of a list are no place of the act', () => {
  const places = (sentence: string) => readFrames(sentence, false).filter((frame) => frame.role === 'place').map((frame) => frame.value);
  assert.deepEqual(places('The injured were taken to the hospital in Marbury.'), []);
  assert.deepEqual(places('"It was bound to happen," said an analyst at Greyling Partners.'), []);
  assert.deepEqual(places('Crews were sent to depots in Orna and Velt.'), []);
});

test('one person given two posts disagree; the same post in two orders or lengths agrees, a rank does not', () => {
  const found = frameConflicts(story('Finance director Tamsin Orrell said the plant would close.', 'Chief executive Tamsin Orrell told staff on a call.'), ['post']);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'title of Tamsin Orrell');
  assert.deepEqual(frameConflicts(story('Mines Minister Abel Sorn visited the site.', 'The Minister of Mines, Abel Sorn, visited the site.'), ['post']), []);
  assert.equal(frameConflicts(story('Foreign Minister Abel Sorn arrived.', 'Deputy Foreign Minister Abel Sorn arrived.'), ['post']).length, 1);
});

test('the worst-hit place: two outlets naming different ones disagree', () => {
  const found = frameConflicts(story('The district of Orvale was the hardest hit, officials said.', 'The worst-affected zone was Brennick, according to a survey, with Orvale also damaged.'), ['worst']);
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'hardest-hit district');
  assert.deepEqual(found[0]!.versions.map((version) => version.value).sort(), ['Brennick', 'Orvale']);
  assert.deepEqual(readFrames('Brennick took the worst of it.', false).map((frame) => [frame.role, frame.value]), [['worst', 'Brennick']]);
});

test('alignClaims adds frame conflicts that no other aligner shows, and none when the rules are off', () => {
  const input = story('The lorry overturned near Halden, blocking the road.', 'The lorry overturned near Skeby in the early hours.').map((entry) => ({ ...entry, claims: [] }));
  const withFrames = alignClaims(input, { figurePairs: null, slotPairs: null });
  assert.ok(withFrames.some((conflict) => conflict.fact === 'place'));
  assert.deepEqual(alignClaims(input, { figurePairs: null, slotPairs: null, frameRoles: [] }).filter((conflict) => conflict.fact === 'place'), []);
});

test('a day dates the verb of its whole clause, and an act named by its noun ("the signing") is that verb', () => {
  const [far] = readFrames('Two ports signed a package of shipping agreements worth 40 million crowns in Ardel on Tuesday.', false).filter((frame) => frame.role === 'day');
  assert.ok(far!.verbs.has('signe'));
  const [noun] = readFrames('The signing took place in Ardel on Tuesday.', false).filter((frame) => frame.role === 'day');
  assert.ok(noun!.verbs.has('signe'));
  const found = frameConflicts(
    story(
      'Two ports signed a package of shipping agreements worth 40 million crowns in Ardel on Tuesday.',
      'The agreements were signed by the port chiefs in Ardel on Wednesday.',
      'The signing took place in Ardel on Tuesday.',
    ),
    ['day'],
  );
  assert.equal(found.length, 1);
  assert.deepEqual(found[0]!.versions.map((version) => [version.value, [...version.articles].sort()]).sort(), [['on Tuesday', ['a0', 'a2']], ['on Wednesday', ['a1']]]);
});

test('an irregular past verb dates its day ("a storm swept the valley on Monday")', () => {
  const [day] = readFrames('A storm swept across the wine valley on Monday evening.', false).filter((frame) => frame.role === 'day');
  assert.ok(day!.verbs.size > 0);
});

test('an outlet the frames read joins the version of a day conflict another finder already shows', () => {
  const texts = ['The ports signed the deal in Ardel on Tuesday.', 'The ports signed the deal in Ardel on Wednesday.', 'Port staff cheered. The deal was signed in Ardel on Tuesday.'];
  const dayClaim = (value: string, normalized: string, text: string) => ({ slot: 'event day', value, normalized, sentence: { start: 0, end: text.length }, evidence: text, attributedTo: null, subject: null });
  const input = story(...texts).map((entry, i) => ({
    ...entry,
    claims: i === 0 ? [dayClaim('Tuesday', '2031-05-13', texts[0]!)] : i === 1 ? [dayClaim('Wednesday', '2031-05-14', texts[1]!)] : [],
  }));
  const days = alignClaims(input, { figurePairs: null, slotPairs: null }).filter((conflict) => conflict.versions.some((version) => version.value.includes('Tuesday')));
  assert.equal(days.length, 1);
  assert.deepEqual(days[0]!.versions.map((version) => [version.value, [...version.articles].sort()]).sort(), [['Tuesday', ['a0', 'a2']], ['Wednesday', ['a1']]]);
});
