import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityMention, EntityType } from '../../src/model.js';
import { annotateText } from '../../src/nlp/index.js';
import { buildEntityProfiles, isShortFormOf, roleBefore, type ProfileInput } from '../../src/nlp/profiles.js';

/** Mentions of every occurrence of the given names, longer names listed first, so these tests do not depend on the tagger. */
function doc(article: string, date: string | null, text: string, names: [string, EntityType, string?][]): ProfileInput {
  const entities: EntityMention[] = [];
  for (const [name, type, canonical] of names) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(name, from);
      if (start < 0) break;
      const overlaps = entities.some((e) => start < e.end && e.start < start + name.length);
      if (!overlaps) entities.push({ start, end: start + name.length, text: name, type, canonical: canonical ?? name });
      from = start + name.length;
    }
  }
  return { article, date, text, entities };
}

test('titles before a name are read as roles, without nationality or rank', () => {
  const text = 'The deal came after Russian Defence Minister Pavel Korin and junta leader Senior General Tun Myat Aung met.';
  assert.equal(roleBefore(text, text.indexOf('Pavel')), 'Defence Minister');
  assert.equal(roleBefore(text, text.indexOf('Tun'), text.indexOf(' and')), 'junta leader Senior General');
  const other = 'Reuters quoted Korin as saying. Myanmar’s Chief Senior General Tun Myat Aung spoke.';
  assert.equal(roleBefore(other, other.indexOf('Korin')), null);
  assert.equal(roleBefore(other, other.indexOf('Tun')), 'Chief Senior General');
});

test('short forms of names', () => {
  assert.ok(isShortFormOf('Korin', 'Pavel Korin'));
  assert.ok(isShortFormOf('Myat Aung', 'Tun Myat Aung'));
  assert.ok(!isShortFormOf('Tun Myat', 'Tun Myat Aung'));
});

test('one person across articles, with roles dated by article: a role change', () => {
  const profiles = buildEntityProfiles([
    doc('a', '2021-06-23', 'Russian Defence Minister Pavel Korin met the envoy. Korin said little.', [
      ['Pavel Korin', 'person'],
      ['Korin', 'person', 'Pavel Korin'],
    ]),
    doc('b', '2026-02-03', 'The pact came after Russian Security Council Secretary Pavel Korin visited.', [['Pavel Korin', 'person']]),
    doc('c', null, 'Korin did not comment.', [['Korin', 'person']]),
  ]);
  const korin = profiles.filter((p) => p.type === 'person');
  assert.equal(korin.length, 1);
  const [person] = korin;
  assert.equal(person?.id, 'person:pavel-korin');
  assert.deepEqual(person?.aliases, ['Korin']);
  assert.deepEqual(person?.articles, ['a', 'b', 'c']);
  assert.deepEqual(person?.roles, [
    { title: 'Defence Minister', date: '2021-06-23', articles: ['a'] },
    { title: 'Security Council Secretary', date: '2026-02-03', articles: ['b'] },
  ]);
});

test('countries resolve to ISO codes; a capital stands for its country only when it acts', () => {
  const profiles = buildEntityProfiles([
    doc('a', null, 'Burma and Russia talked. Moscow said it would help. The Burmese side agreed.', [
      ['Burma', 'place', 'Myanmar'],
      ['Russia', 'place'],
      ['Moscow', 'place'],
      ['Burmese', 'misc'],
    ]),
    doc('b', null, 'The general flew to Moscow for talks with Myanmar officials.', [
      ['Moscow', 'place'],
      ['Myanmar', 'place'],
    ]),
  ]);
  const byId = new Map(profiles.map((p) => [p.id, p]));
  assert.deepEqual(byId.get('place:MMR')?.aliases, ['Burma', 'Burmese']);
  assert.deepEqual(byId.get('place:MMR')?.articles, ['a', 'b']);
  assert.deepEqual(byId.get('place:RUS')?.aliases, ['Moscow']);
  assert.deepEqual(byId.get('place:RUS')?.articles, ['a']);
  assert.equal(byId.get('place:moscow')?.country, 'RUS');
  assert.deepEqual(byId.get('place:moscow')?.articles, ['b']);
});

test('end to end from text: a surname alone in another article joins the full name', () => {
  const texts = [
    { id: 'a', date: '2021-05-01', text: 'Defence Minister Pavel Korin visited Myanmar on Tuesday.' },
    { id: 'b', date: '2026-01-10', text: 'Security Council Secretary Pavel Korin arrived in Naypyidaw.\n\nKorin met officials.' },
    { id: 'c', date: '2026-01-11', text: 'Officials said Korin left on Friday.' },
  ];
  const profiles = buildEntityProfiles(
    texts.map((t) => ({ article: t.id, date: t.date, text: t.text, entities: annotateText(t.text, { id: t.id }).entities })),
  );
  const korin = profiles.find((p) => p.id === 'person:pavel-korin');
  assert.ok(korin, JSON.stringify(profiles));
  assert.deepEqual(korin.articles, ['a', 'b', 'c']);
  assert.deepEqual(korin.roles.map((r) => [r.title, r.date]), [
    ['Defence Minister', '2021-05-01'],
    ['Security Council Secretary', '2026-01-10'],
  ]);
  assert.equal(profiles.find((p) => p.id === 'place:MMR')?.name, 'Myanmar');
});
