// The when, where and who of a story's main event across outlets: small reports written for these tests, read by the
// NLP and events stages and aligned by the stories stage.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { postKey } from '../src/events/claim-when-where.js';
import { extractClaims } from '../src/events/claims.js';
import { annotateText } from '../src/nlp/index.js';
import { alignClaims, type StoryConflict } from '../src/stories/index.js';
import { namePattern } from '../src/stories/claims-when-where.js';

/** The conflicts of reports given as [article id, publication date or null, text], with the NLP layers read. */
function conflicts(...articles: [string, string | null, string][]): StoryConflict[] {
  return alignClaims(
    articles.map(([article, date, text]) => {
      const annotations = annotateText(text, { id: article, referenceDate: date });
      return { article, date, text, claims: extractClaims(text, annotations, { referenceDate: date }) };
    }),
  );
}

const fact = (found: StoryConflict[], name: string) => found.find((conflict) => conflict.fact === name);

test('two outlets that put the talks in different cities disagree on the place', () => {
  const found = conflicts(
    ['a', '2025-04-02', 'Ministers of Norvia and Kest met in Geneva on Wednesday for a second round of talks on fishing rights.'],
    ['b', '2025-04-02', 'Ministers of Norvia and Kest met in Lausanne on Wednesday to discuss fishing rights, officials said.'],
  );
  const place = fact(found, 'place');
  assert.ok(place, JSON.stringify(found));
  assert.deepEqual(place.versions.map((v) => [v.value, v.articles]), [['Geneva', ['a']], ['Lausanne', ['b']]]);
});

test('a place the other outlet also names, or a point of reference ("near"), gives no place conflict', () => {
  const mentioned = conflicts(
    ['a', '2025-04-02', 'A fire broke out at a textile plant in Ostrava on Tuesday, killing two workers.'],
    ['b', '2025-04-02', 'A fire swept through a textile plant in Vitkovice on Tuesday. Vitkovice is a district of Ostrava.'],
  );
  assert.equal(fact(mentioned, 'place'), undefined, JSON.stringify(mentioned));
  const near = conflicts(
    ['a', '2025-04-02', 'A fire broke out at a textile plant near Ostrava on Tuesday, killing two workers.'],
    ['b', '2025-04-02', 'A fire swept through a textile plant in Vitkovice on Tuesday, killing two workers.'],
  );
  assert.equal(fact(near, 'place'), undefined, JSON.stringify(near));
});

test('the same day written relative to each report is one day; a different day is a conflict', () => {
  // Published on Wednesday 2025-03-05: "on Tuesday" is 2025-03-04, the other report's "March 4".
  const same = conflicts(
    ['a', '2025-03-04', 'A tanker ran aground and sank off the coast on March 4, the coast guard said.'],
    ['b', '2025-03-05', 'The tanker that sank on Tuesday was carrying 2,000 tonnes of fuel oil.'],
  );
  assert.equal(fact(same, 'date'), undefined, JSON.stringify(same));
  const differ = conflicts(
    ['a', '2025-03-05', 'A storm hit the coast early on Monday, cutting power to thousands of homes.'],
    ['b', '2025-03-05', 'A storm that hit the coast on Sunday night cut power to thousands of homes.'],
  );
  const time = fact(differ, 'time');
  assert.ok(time, JSON.stringify(differ));
  assert.deepEqual(time.versions.map((v) => v.value).sort(), ['Sunday night', 'early on Monday']);
});

test('a day said of the report ("officials said on Monday") dates no event', () => {
  const found = conflicts(
    ['a', '2025-03-04', 'A bridge collapsed overnight in the north, officials said on Monday.'],
    ['b', '2025-03-04', 'A bridge collapsed in the north on Sunday, cutting the main road.'],
  );
  assert.equal(fact(found, 'date'), undefined, JSON.stringify(found));
});

test('different dates a measure takes effect are a conflict', () => {
  const found = conflicts(
    ['a', '2025-09-01', 'The new fuel price applies with effect from October 1, the ministry said.'],
    ['b', '2025-09-01', 'The ministry set a new fuel price. The price takes effect on October 3.'],
  );
  const date = fact(found, 'date');
  assert.ok(date, JSON.stringify(found));
  assert.deepEqual(date.versions.map((v) => v.value).sort(), ['October 1', 'October 3']);
});

test('a date written "the first of January next year" after "kicks in" is the date a measure takes effect', () => {
  const found = conflicts(
    ['a', '2026-03-10', 'The two countries will cut tariffs on machine parts, with the changes taking effect on 1 July 2026.'],
    ['b', '2026-03-10', 'Both countries will drop duties on machine parts, and that kicks in on the first of January next year.'],
  );
  const date = fact(found, 'date');
  assert.ok(date, JSON.stringify(found));
  assert.deepEqual(date.versions.map((v) => v.value).sort(), ['1 July 2026', 'the first of January next year']);
});

test('two names for the judge are a conflict; a judge both outlets name is not', () => {
  const found = conflicts(
    ['a', '2025-06-10', 'A former minister was jailed for six years on Monday. Judge Marta Kowalczyk said the crimes were grave.'],
    ['b', '2025-06-10', 'The former minister was handed a prison term on Monday. Judge Anna Nowicka called the fraud cynical.'],
  );
  const judge = fact(found, 'judge');
  assert.ok(judge, JSON.stringify(found));
  assert.deepEqual(judge.versions.map((v) => v.value).sort(), ['Anna Nowicka', 'Marta Kowalczyk']);
  const known = conflicts(
    ['a', '2025-06-10', 'Judge Marta Kowalczyk jailed a former minister on Monday.'],
    ['b', '2025-06-10', 'Judge Anna Nowicka, presiding, read the sentence after Marta Kowalczyk withdrew.'],
  );
  assert.equal(fact(known, 'judge'), undefined, JSON.stringify(known));
});

test("an undated report's weekday agrees with a dated report's day of that weekday", () => {
  // 2025-03-03 is a Monday: the undated blog's "early on Monday" is the wire's day, the third report's Sunday is not.
  const found = conflicts(
    ['wire', '2025-03-03', 'A cyclone hit the coast early on Monday, killing four people.'],
    ['blog', null, 'The cyclone hit the coast early on Monday and our teams are on the ground.'],
    ['state', '2025-03-04', 'The cyclone, which hit the province on Sunday night, killed four people.'],
  );
  const time = fact(found, 'time');
  assert.ok(time, JSON.stringify(found));
  assert.deepEqual(time.versions.map((v) => v.articles), [['wire', 'blog'], ['state']]);
});

test("a person's post differs between outlets; a deputy's post written out is not the post itself", () => {
  const found = conflicts(
    ['a', '2025-05-02', 'The bloc agreed on a road fund, said Lena Okafor, the bloc\'s Secretary General.'],
    ['b', '2025-05-02', 'The bloc will set up a road fund, said Deputy Secretary General Lena Okafor.'],
  );
  const post = fact(found, 'title of Okafor');
  assert.ok(post, JSON.stringify(found));
  assert.deepEqual(post.versions.map((v) => v.value).sort(), ['Deputy Secretary General', 'Secretary General']);
  const agreed = conflicts(
    ['a', '2025-05-02', 'The bloc agreed on a road fund, said Lena Okafor, the bloc\'s Secretary General.'],
    ['b', '2025-05-02', 'The bloc agreed on a road fund, said its Secretary General, Lena Okafor, the former chief economist.'],
  );
  assert.equal(fact(agreed, 'title of Okafor'), undefined, JSON.stringify(agreed));
});

test('years of the story: when its subject was built, when a project is due; earlier phases are background', () => {
  const found = conflicts(
    ['a', '2025-09-09', 'The road bridge collapsed on Sunday. The bridge was built in 1961. The new terminal is expected to be completed in 2029.'],
    ['b', '2025-09-09', 'The 300-metre bridge, opened in 1963, collapsed on Sunday. The terminal is due to be finished in 2030, after phases completed in 2016 and 2022.'],
  );
  assert.deepEqual(fact(found, 'year the bridge was built')?.versions.map((v) => v.value).sort(), ['1961', '1963'], JSON.stringify(found));
  assert.deepEqual(fact(found, 'completion year')?.versions.map((v) => v.value).sort(), ['2029', '2030'], JSON.stringify(found));
});

test('days far apart are two events, not a dispute on the day', () => {
  const found = conflicts(
    ['a', '2024-05-14', 'A storm hit the coast on Tuesday, cutting power to thousands of homes.'],
    ['b', '2026-03-10', 'A storm hit the coast on Tuesday, cutting power to thousands of homes.'],
  );
  assert.equal(fact(found, 'date'), undefined, JSON.stringify(found));
});

test('a place another outlet writes inside the other ("Malibu, California") is one place at two scales', () => {
  const found = conflicts(
    ['a', '2025-04-02', 'The singer checked into a clinic in Malibu on Tuesday, her agent said.'],
    ['b', '2025-04-02', 'The singer checked into a clinic in California on Tuesday.'],
    ['c', '2025-04-02', 'Reports say the clinic, in Malibu, California, treats many stars.'],
  );
  assert.equal(fact(found, 'place'), undefined, JSON.stringify(found));
});

test('a post is read from an apposition, not from a clause ("who was appointed director")', () => {
  const posts = (text: string) =>
    extractClaims(text, annotateText(text, { id: 'p', referenceDate: '2025-05-02' }), { referenceDate: '2025-05-02' })
      .filter((claim) => claim.slot === 'post')
      .map((claim) => [claim.subject, claim.value]);
  assert.deepEqual(posts('Sara Lee, the company\'s managing director, said sales rose.'), [['lee', 'managing director']]);
  assert.deepEqual(posts('The plan was backed by John Smith, who was appointed director.'), []);
});

test('any post head right before a name is read, lower case or capitalised, with its rank words', () => {
  const posts = (text: string) =>
    extractClaims(text, annotateText(text, { id: 'p', referenceDate: '2025-05-02' }), { referenceDate: '2025-05-02' })
      .filter((claim) => claim.slot === 'post')
      .map((claim) => [claim.subject, claim.value, claim.normalized]);
  assert.deepEqual(posts('The works will take a month, deputy mayor Ilse Marten said on Friday.'), [['marten', 'deputy mayor', 'deputy mayor']]);
  assert.deepEqual(posts('Provincial Flood Commander Tomas Reuel told reporters the dyke held.'), [['reuel', 'Provincial Flood Commander', 'provincial flood commander']]);
  assert.deepEqual(posts('Undersecretary for Ports Lina Varga ordered an inquiry.'), [['varga', 'Undersecretary for Ports', 'undersecretary']]);
  // An organisation's name or acronym in front names no other post: "ZRT spokesman" is the "company spokesman".
  assert.deepEqual(posts('"We regret it," ZRT spokesman Omar al-Fayed said.'), [['al-fayed', 'ZRT spokesman', 'spokesman']]);
  // A capitalised office the title slot reads is not read twice.
  assert.deepEqual(posts('Finance Minister Rosa Delmar arrived in the city on Monday.'), []);
});

test('a post after a name keeps what it covers, and compares without it', () => {
  const posts = (text: string) =>
    extractClaims(text, annotateText(text, { id: 'p', referenceDate: '2025-05-02' }), { referenceDate: '2025-05-02' })
      .filter((claim) => claim.slot === 'post')
      .map((claim) => [claim.subject, claim.value, claim.normalized]);
  assert.deepEqual(posts('"It held," said Pia Sorell, the agency\'s director of water and drainage.'), [['sorell', 'director of water and drainage', 'director']]);
  assert.deepEqual(posts('"We are ready," said Ivo Brandt, a senior engineer with Ostland District Council.'), [['brandt', 'senior engineer', 'senior engineer']]);
  assert.deepEqual(posts('Mira Kohl, Transvia\'s chief operating officer, said trains would run.'), [['kohl', 'chief operating officer', 'chief operating officer']]);
});

test('two outlets that give one person two posts disagree; one post said with and without what it covers agrees', () => {
  const found = conflicts(
    ['a', '2025-04-02', 'Floodwater reached the old town on Tuesday. "We are pumping all night," said Pia Sorell, the agency\'s director of water and drainage.'],
    ['b', '2025-04-02', 'Floodwater reached the old town on Tuesday. "We are pumping all night," said Pia Sorell, the mayor\'s chief of staff.'],
  );
  const post = fact(found, 'title of Sorell');
  assert.ok(post, JSON.stringify(found));
  assert.deepEqual(post.versions.map((v) => v.value).sort(), ['chief of staff', 'director of water and drainage']);
  const agreed = conflicts(
    ['a', '2025-04-02', 'Floodwater reached the old town on Tuesday. "We are pumping all night," said Pia Sorell, the agency\'s director of water and drainage.'],
    ['b', '2025-04-02', 'Floodwater reached the old town on Tuesday. "We are pumping all night," water director Pia Sorell said.'],
  );
  assert.equal(fact(agreed, 'title of Sorell'), undefined, JSON.stringify(agreed));
});

test('a name is a whole word in any script: "Łódź" is found, "Orsted" is not inside "Ørsted"', () => {
  const found = (name: string, text: string) => new RegExp(namePattern(name), 'iu').test(text);
  assert.ok(found('Łódź', 'The plant near Łódź closed.'));
  assert.ok(found('São Tomé', 'Talks in São Tomé ended.'));
  assert.ok(!found('Orsted', 'A statement from Ørsted followed.'));
  assert.ok(!found('Lodz', 'Lodzki county'));
});

test('a death toll raised past an earlier bound is an update; a bound against its own figure agrees', () => {
  const raised = conflicts(
    ['a', '2025-06-01', 'A minibus plunged into a ravine near Tarvik on Sunday. At least three people died, police said.'],
    ['b', '2025-06-03', 'A minibus plunged into a ravine near Tarvik on Sunday. Five people have been confirmed dead, police said.'],
  );
  const toll = raised.find((conflict) => conflict.fact.endsWith('death toll'));
  assert.ok(toll, JSON.stringify(raised));
  assert.equal(toll.update, true);
  const held = conflicts(
    ['a', '2025-06-01', 'A minibus plunged into a ravine near Tarvik on Sunday. At least five people died, police said.'],
    ['b', '2025-06-03', 'A minibus plunged into a ravine near Tarvik on Sunday. Five people died, police said.'],
  );
  assert.equal(held.find((conflict) => conflict.fact.endsWith('death toll')), undefined, JSON.stringify(held));
});

test('"Former mayor NAME" at a sentence start gives no post; "chief of staff" is not "chief"', () => {
  const former = conflicts(
    ['a', '2025-04-02', 'Floodwater reached the old town on Tuesday. Former mayor Pia Sorell said the pumps had failed.'],
    ['b', '2025-04-02', 'Floodwater reached the old town on Tuesday. Pia Sorell, the regional governor, said the pumps had failed.'],
  );
  assert.equal(fact(former, 'title of Sorell'), undefined, JSON.stringify(former));
  const staff = conflicts(
    ['a', '2025-04-02', 'Floodwater reached the old town on Tuesday. "We are pumping all night," said Pia Sorell, the chief of staff.'],
    ['b', '2025-04-02', 'Floodwater reached the old town on Tuesday. "We are pumping all night," said Pia Sorell, the chief executive.'],
  );
  assert.ok(fact(staff, 'title of Sorell'), JSON.stringify(staff));
});

test('"head of" is a post; its organisation is shown with the post and left out of the comparison', () => {
  const found = conflicts(
    ['a', '2025-08-12', 'Barges were turned back at the lock, said Mira Olsen, a spokeswoman for the Danube Shipping Office.'],
    ['b', '2025-08-12', 'Barges were turned back at the lock, said Mira Olsen, head of the Vidin river port authority.'],
    ['c', '2025-08-12', 'Barges were turned back at the lock, said Mira Olsen, a spokeswoman for the shipping office.'],
  );
  const post = fact(found, 'title of Olsen');
  assert.ok(post, JSON.stringify(found));
  assert.deepEqual(post.versions.map((v) => [v.value, v.articles]), [
    ['spokeswoman for the Danube Shipping Office', ['a', 'c']],
    ['head of the Vidin river port authority', ['b']],
  ]);
});

test("two flags for the story's ship are a conflict; a demonym and its country's name are one flag", () => {
  const found = conflicts(
    ['wire', '2025-06-03', 'A Norwegian-flagged tanker ran aground off the island of Kea on Monday, the coast guard said.'],
    ['local', '2025-06-03', 'The tanker, sailing under the Maltese flag, ran aground off Kea on Monday.'],
    ['trade', '2025-06-03', 'The Norway-flagged tanker Sea Wren grounded off Kea on Monday with 80,000 tonnes of crude.'],
  );
  const flag = fact(found, 'flag');
  assert.ok(flag, JSON.stringify(found));
  assert.deepEqual(flag.versions.map((v) => [v.value, v.articles]), [['Norwegian-flagged', ['wire', 'trade']], ['the Maltese flag', ['local']]]);
});

test('a flag another report also gives (a second ship) is no dispute', () => {
  const found = conflicts(
    ['a', '2025-06-03', 'A Greek-flagged ferry and a Cypriot-flagged freighter collided off Piraeus on Monday.'],
    ['b', '2025-06-03', 'The Cypriot-flagged freighter and a ferry collided off Piraeus on Monday.'],
  );
  assert.equal(fact(found, 'flag'), undefined, JSON.stringify(found));
});

test('a flag on no ship ("an EU-flagged proposal", "under the Olympic flag") is no ship flag; "head of" agrees with a director', () => {
  const flags = conflicts(
    ['a', '2025-06-03', 'An EU-flagged proposal on fishing quotas was debated in Brussels on Monday.'],
    ['b', '2025-06-03', 'Athletes competed under the Olympic flag in Brussels on Monday.'],
  );
  assert.equal(fact(flags, 'flag'), undefined, JSON.stringify(flags));
  const posts = conflicts(
    ['a', '2025-08-12', 'Barges were turned back at the lock, said Mira Olsen, head of the port authority.'],
    ['b', '2025-08-12', 'Barges were turned back at the lock, said Mira Olsen, director of the port authority.'],
  );
  assert.equal(fact(posts, 'title of Olsen'), undefined, JSON.stringify(posts));
});

test("a minister's portfolio is the post: two portfolios disagree, one portfolio written either way round agrees", () => {
  const report = (post: string) => `Power was cut across the island on Sunday. "We are sorry," said Lena Varro, ${post}.`;
  const found = conflicts(['a', '2025-04-02', report('Minister for Energy')], ['b', '2025-04-02', report('Minister for Tourism')]);
  const post = fact(found, 'title of Varro');
  assert.ok(post, JSON.stringify(found));
  assert.deepEqual(post.versions.map((v) => v.value).sort(), ['Minister for Energy', 'Minister for Tourism']);
  const agreed = conflicts(
    ['a', '2025-04-02', report('Minister for Energy')],
    ['b', '2025-04-02', 'Power was cut across the island on Sunday. "We are sorry," said Lena Varro, the Minister of Energy.'],
  );
  assert.equal(fact(agreed, 'title of Varro'), undefined, JSON.stringify(agreed));
});

test('a minister is keyed by portfolio, rank first, "affairs" and "and" left out', () => {
  assert.equal(postKey('Minister for Energy'), 'energy minister');
  assert.equal(postKey('Energy Minister'), 'energy minister');
  assert.equal(postKey('Minister of Foreign Affairs'), 'foreign minister');
  assert.equal(postKey('Vice-Minister of Mines and Energy'), 'vice mines energy minister');
  // A prime or chief minister's "of" names the country or state: the post is the same without it.
  assert.equal(postKey('Prime Minister of Malta'), postKey('Prime Minister'));
  assert.equal(postKey('Chief Minister of Sabah'), 'chief minister');
  // Other posts still compare without what they cover.
  assert.equal(postKey('director of water and drainage'), 'director');
});
