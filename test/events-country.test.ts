// Source-actor country: offices named "of" a country, crowds and faith communities where they act, pronoun
// subjects, appositions, conjunct chains and the story's country for actors named without one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, type ExtendedEvent } from '../src/events/index.js';
import { findActors, newActorMemory } from '../src/events/actors.js';
import type { TextAnnotations } from '../src/model.js';

const empty = (): TextAnnotations => ({ id: 't', sentences: [], entities: [], timexes: [], quotes: [] });
const primary = (text: string): ExtendedEvent | undefined => codeEvents(text, empty()).find((e) => e.primary);
const sourceOf = (text: string): string | null | undefined => primary(text)?.source.code;

test('an office before "of <country>" is that country\'s, with the office\'s sector', () => {
  assert.equal(sourceOf('The Prime Minister of Norway condemned the raid on the embassy.'), 'NORGOV');
  assert.equal(sourceOf('The army of Chad attacked a convoy near the border.'), 'TCDMIL');
});

test('a crowd or a faith community acting in a country is of that country, not of no country', () => {
  assert.equal(sourceOf('Thousands of demonstrators gathered in the capital of Peru to protest.')?.slice(0, 3), 'PER');
  assert.equal(sourceOf('Hindu protesters in southern India protested over the ruling.')?.slice(0, 3), 'IND');
});

test('a pronoun subject is the sentence\'s earlier subject or the previous sentence\'s actor', () => {
  assert.equal(sourceOf('While the Chilean army continues its patrols in the north, it has agreed to a truce with the rebels.'), 'CHLMIL');
  const events = codeEvents('The Iranian foreign ministry summoned the Danish ambassador. It accused Copenhagen of meddling.', empty());
  const accusation = events.filter((e) => e.type === 'ACCUSE').pop();
  assert.equal(accusation?.source.code, 'IRNGOV');
  assert.equal(accusation?.target?.code, 'DNKGOV');
});

test('an office in apposition codes the name, and is not a second actor', () => {
  const e = primary('Jan Novak, the Czech president, accused Hungary of meddling.');
  assert.equal(e?.source.code, 'CZEGOV');
  assert.equal(e?.target?.code?.slice(0, 3), 'HUN');
});

test('the first member of a conjunct chain is the source', () => {
  assert.equal(sourceOf('Peru, Chile and Bolivia signed a trade pact.'), 'PER');
});

test('before a story names a country, an actor without one takes the country the story names most', () => {
  const text = 'Gunmen killed four villagers on Sunday. Police in Kenya said the attackers fled. Kenyan officials vowed to act.';
  assert.equal(codeEvents(text, empty()).find((e) => e.primary)?.source.code?.slice(0, 3), 'KEN');
});

test('a dateline is no actor, and its country is the fallback for actors named without one', () => {
  const e = codeEvents('KABUL (Reuters) - Gunmen killed five policemen on Sunday, officials said.', empty()).find((x) => x.primary);
  assert.equal(e?.source.text, 'Gunmen');
  assert.equal(e?.source.code?.slice(0, 3), 'AFG');
  const nairobi = codeEvents('NAIROBI, Kenya — Protesters clashed with police on Tuesday.', empty()).find((x) => x.primary);
  assert.equal(nairobi?.source.text, 'Protesters');
  assert.equal(nairobi?.source.code?.slice(0, 3), 'KEN');
});

test('a city name used as a surname after a title and first name is part of the name', () => {
  assert.equal(sourceOf('Dominican President Danilo Medina accused Haiti of lying.'), 'DOMGOV');
});

test('peoples named by their country, names with a possessive inside, and the opposition at home', () => {
  assert.equal(sourceOf('Greek Cypriots protested against Turkish troops.'), 'CYP');
  assert.equal(sourceOf('Kosovo Albanians protested in Pristina.')?.slice(0, 3), 'XKX');
  assert.equal(sourceOf("The Lord's Resistance Army attacked a village."), 'UGAREB');
  assert.equal(sourceOf('Opposition leader Morgan Tsvangirai accused Mugabe of rigging the vote.'), 'ZWEOPP');
});

test('a name owned by a coded actor is of its country', () => {
  const text = "Four members of the FBI's elite Hostage Rescue Team raided a compound.";
  const mentions = findActors(text, { start: 0, end: text.length }, newActorMemory());
  assert.equal(mentions.find((m) => m.text === 'Hostage Rescue Team')?.country, 'USA');
});
