// One act credited to different doers (src/stories/act-agents.ts) on small texts written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actAgentConflicts, lemma, readActs } from '../src/stories/act-agents.js';

const story = (...texts: string[]) => texts.map((text, i) => ({ article: `a${i}`, date: '2031-06-09', text }));

test('acts read from a relative clause, a passive and a sentence opening with its doers', () => {
  const [relative] = readActs('The harbour master, Tilde Aberg, who opened the new pier on Friday, thanked the crews.');
  assert.deepEqual([relative?.verb, relative?.doers], ['opened', ['Tilde Aberg']]);
  const [passive] = readActs('The pier was opened by Mayor Jonas Brekke together with harbour master Tilde Aberg.');
  assert.deepEqual(passive?.doers, ['Jonas Brekke', 'Tilde Aberg']);
  const [active] = readActs('Mayor Jonas Brekke and Tilde Aberg opened the pier before noon.');
  assert.deepEqual([active?.verb, active?.doers], ['opened', ['Jonas Brekke', 'Tilde Aberg']]);
  // A sentence opening with a clause of saying credits no act to its speaker.
  assert.deepEqual(readActs('Mayor Jonas Brekke said the works would cut journey times.'), []);
});

test('one act under different doers is a "who <verb>" conflict; a doer the other outlet names is no side', () => {
  const found = actAgentConflicts(
    story('Mayor Jonas Brekke opened the new pier at Tessel, cutting a ribbon alongside harbour master Tilde Aberg.', 'The ribbon at the new pier was cut by Mayor Jonas Brekke together with port director Oskar Lind.'),
  );
  assert.equal(found.length, 1);
  assert.equal(found[0]!.fact, 'who cut');
  assert.deepEqual(found[0]!.versions.map((version) => version.value), ['Tilde Aberg', 'Oskar Lind']);
  const known = actAgentConflicts(
    story('Mayor Jonas Brekke opened the new pier at Tessel, cutting a ribbon alongside harbour master Tilde Aberg.', 'The ribbon at the new pier was cut by Oskar Lind, with Mayor Jonas Brekke and Tilde Aberg looking on.'),
  );
  assert.deepEqual(known, []);
});

test('acts of different verbs or with nothing in common are not compared', () => {
  assert.deepEqual(actAgentConflicts(story('Jonas Brekke opened the pier.', 'Oskar Lind closed the pier.')), []);
  assert.deepEqual(actAgentConflicts(story('Jonas Brekke signed the lease.', 'Oskar Lind signed a petition.')), []);
});

test('verbs compared without their endings', () => {
  assert.equal(lemma('cutting'), 'cut');
  assert.equal(lemma('signed'), 'sign');
  assert.equal(lemma('travelled'), 'travel');
});

test('a country is no doer an outlet credits in a person\'s place', () => {
  assert.deepEqual(readActs('New Zealand and Chile signed the trade pact in Santiago.').flatMap((act) => act.doers), []);
});

test('a doer whose surname starts with a letter that keeps its mark (Ø) counts as named by the other outlet', () => {
  const known = actAgentConflicts(
    story('Mayor Jonas Brekke opened the new pier at Tessel, cutting a ribbon alongside harbour master Tilde Ødegaard.', 'The ribbon at the new pier was cut by Oskar Lind, with Mayor Jonas Brekke and Tilde Ødegaard looking on.'),
  );
  assert.deepEqual(known, []);
  // A longer word that begins with the surname is no mention of it.
  const longer = actAgentConflicts(
    story('Mayor Jonas Brekke opened the new pier at Tessel, cutting a ribbon alongside harbour master Tilde Ødegaard.', 'The ribbon at the new pier was cut by Oskar Lind, with Mayor Jonas Brekke and the Ødegaardsen crew looking on.'),
  );
  assert.deepEqual(longer.map((conflict) => conflict.versions.map((version) => version.value)), [['Tilde Ødegaard', 'Oskar Lind']]);
});
