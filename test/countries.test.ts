import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COUNTRIES, actorCountryCode, countryByIso3, demonymPlural } from '../src/data/countries.js';
import { countryByName, countryByDemonym, gazetteerTags } from '../src/nlp/gazetteer.js';
import { COUNTRIES as EVENT_COUNTRIES } from '../src/events/countries.js';

test('one country table: every ISO code once, news-only forms kept apart', () => {
  const codes = COUNTRIES.map((c) => c.iso3);
  assert.equal(new Set(codes).size, codes.length);
  const russia = countryByIso3('RUS')!;
  assert.ok(russia.newsNames.includes('Soviet Union'));
  assert.ok(!russia.otherNames.includes('Soviet Union'));
});

test('the tagger gazetteer sees only the core forms', () => {
  assert.equal(countryByName('Myanmar')?.iso3, 'MMR');
  assert.equal(countryByName('Soviet Union'), undefined);
  assert.equal(countryByDemonym('Afghans')?.iso3, 'AFG');
  assert.deepEqual(gazetteerTags(['the', 'Soviet', 'Union']), [null, null, null]);
});

test('the event coder sees every form, with UK nations folded into GBR', () => {
  const forms = (code: string) => EVENT_COUNTRIES.filter((c) => c.code === code);
  assert.ok(forms('RUS')[0]!.names.includes('USSR'));
  assert.ok(forms('GBR').some((c) => c.names.includes('Scotland')));
  assert.ok(forms('POL')[0]!.demonyms.includes('Poles'));
  assert.equal(actorCountryCode('GB-WLS'), 'GBR');
  assert.equal(demonymPlural('Chinese'), null);
});
