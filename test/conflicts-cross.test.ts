// Conflicts under different words: synonyms across outlets, figures after a verb, depths, rates with a period,
// partitive counts and lone figures paired across articles; and the differences that must stay quiet. Small
// articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../src/events/claims.js';
import { measureClaims } from '../src/events/claim-measures.js';
import { nounKey, verbKey } from '../src/stories/claims-synonyms.js';
import { aligned, noLayers } from './fixtures/claims.js';

/** Conflicts of two (or more) reports of one story, as "fact: value [article] / value [article]". */
function conflicts(...articles: [string, string, string][]): string[] {
  return aligned(...articles).map((c) => `${c.update ? 'update ' : ''}${c.fact}: ${c.versions.map((v) => `${v.value} [${v.articles.join(',')}]`).join(' / ')}`);
}

test('synonyms across outlets meet in one slot, named by the word the story uses most', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-06-01', 'A rail strike stranded commuters on Monday. About 90,000 passengers were affected, the operator said.'],
      ['b', '2025-06-01', 'Some 60,000 travellers had their journeys cancelled as the strike began, the union said.'],
    ),
    ['passenger: about 90,000 passengers [a] / some 60,000 travellers [b]'],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-06-01', 'Hospitals postponed 1,800 planned surgeries during the walkout, the health board said.'],
      ['b', '2025-06-01', 'About 1,200 operations were postponed, the health board said.'],
    ),
    ['surgery: 1,800 planned surgeries [a] / about 1,200 operations [b]'],
  );
});

test('verbs of one act meet ("evacuation" and "emptied"); different acts stay apart ("launched", "shot down")', () => {
  assert.equal(verbKey('emptied', 5), verbKey('evacuation', 5));
  assert.notEqual(verbKey('launched', 5), verbKey('down', 5));
  assert.equal(nounKey('traveller'), 'passenger');
  assert.equal(nounKey('operation duration'), nounKey('mission duration'));
  assert.deepEqual(
    conflicts(
      ['a', '2025-08-01', 'The wildfire forced the evacuation of nine hamlets near the coast, the fire service said.'],
      ['b', '2025-08-01', 'Authorities ordered 12 hamlets to be emptied as the flames approached.'],
    ),
    ['hamlet: nine hamlets [a] / 12 hamlets [b]'],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-10-01', 'The army launched 30 drones at the border town overnight. Air defences shot down 25 of the drones.'],
      ['b', '2025-10-01', 'The border town was attacked with 30 drones overnight; 22 of them were destroyed, officials said.'],
    ),
    ['drone down: 25 drones [a] / 22 of them [b]'],
  );
});

test('durations after a verb, depths and rates are read as measures', () => {
  const slotsOf = (sentence: string) => measureClaims(sentence, new Set()).map((c) => `${c.slot}=${c.normalized}`);
  assert.deepEqual(slotsOf('The cargo ship burned for eleven hours before the fire was put out.'), ['fire duration=PT11H']);
  assert.deepEqual(slotsOf('The stadium took three years to build.'), ['construction duration=P3Y']);
  assert.deepEqual(slotsOf('It opened after two years of construction.'), ['construction duration=P2Y']);
  assert.deepEqual(slotsOf('The robbery, which lasted six minutes, was filmed.'), ['robbery duration=PT6M']);
  assert.deepEqual(slotsOf('The capsule separated 9 minutes after lift-off.'), ['time=PT9M']);
  assert.deepEqual(slotsOf('The men were trapped 420 metres below the surface.'), ['depth=420 m']);
  assert.deepEqual(slotsOf('The union rejected a pay offer of 2% a year.'), ['offer=2 %/Y']);
  assert.deepEqual(slotsOf('The government made an offer of 6% over three years.'), ['offer=2 %/Y']);
});

test('figures after a verb conflict across outlets; a rate over a period is compared per year', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-03-01', 'The tanker burned for seven hours off the coast, the coast guard said.'],
      ['b', '2025-03-01', 'The tanker burned for about four hours before tugs put the fire out.'],
    ),
    ['fire duration: seven hours [a] / about four hours [b]'],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-03-01', 'Rescuers reached the cavers 200 metres below the surface, officials said.'],
      ['b', '2025-03-01', 'The cavers were found at a depth of 260 metres, officials said.'],
    ),
    ['depth: 200 metres below the surface [a] / 260 metres [b]'],
  );
  // 2% a year and 4% over two years are one offer.
  assert.deepEqual(
    conflicts(
      ['a', '2025-03-01', 'Teachers rejected a pay offer of 2% a year, the union said.'],
      ['b', '2025-03-01', 'Teachers turned down an offer of 4% over two years, the union said.'],
    ),
    [],
  );
});

test('lone figures of one kind pair across articles under different names; a weak fit gives no pair', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-11-01', 'Two masked men broke into the gallery and spent six minutes inside, police said.'],
      ['b', '2025-11-01', 'Two men carried out the robbery, which lasted nine minutes, police said.'],
    ),
    ['robbery duration: six minutes [a] / lasted nine minutes [b]'],
  );
  // A two-week closure and a five-minute raid are not one duration.
  assert.deepEqual(
    conflicts(
      ['a', '2025-11-01', 'The raid lasted five minutes, police said.'],
      ['b', '2025-11-01', 'The museum will stay closed for two weeks.'],
    ),
    [],
  );
});

test('not conflicts: rounding, currency, hedge, a background year, and a rising toll marked as an update', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-04-01', 'The new stadium cost 1.2 billion pounds and holds 62,000 fans, the club said.'],
      ['b', '2025-04-01', 'The stadium, which cost £1.24bn, holds 62,000 fans.'],
    ),
    [],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-04-01', 'At least 300 passengers were affected by the closure, the airport said.'],
      ['b', '2025-04-01', 'A total of 312 passengers were affected by the closure.'],
    ),
    [],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-04-01', 'The fire in the quarry burned for six hours, officials said.'],
      ['b', '2025-04-01', 'The quarry fire was put out on Tuesday. In 2019, a fire at the same quarry burned for 30 hours.'],
    ),
    [],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-04-01', 'A blast at a chemical plant killed nine workers on Tuesday, officials said.'],
      ['b', '2025-04-02', 'The death toll from the chemical plant blast rose to 12 on Wednesday.'],
    ),
    ['update death toll: nine [a] / 12 [b]'],
  );
});

test('more measures: modifiers joined by "and", changes in per cent and of level, a verb a few words back', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-07-01', 'Fourteen navy and coast guard ships joined the search, officials said.'],
      ['b', '2025-07-01', 'Nine ships and three helicopters took part in the search, a navy officer said.'],
    ),
    ['ship: fourteen navy and coast guard ships [a] / nine ships [b]'],
  );
  const slotsOf = (sentence: string) => measureClaims(sentence, new Set()).map((c) => `${c.slot}=${c.normalized}`);
  assert.deepEqual(slotsOf('Shares in the carrier fell by 4% on Monday.'), ['carrier fall=4 %']);
  assert.deepEqual(slotsOf('Nurses were offered a 3% pay rise.'), ['pay rise=3 %']);
  assert.deepEqual(slotsOf('The river rose by 3 metres overnight.'), ['level rise=3 m']);
  assert.deepEqual(slotsOf('By Friday the slick had spread over 14 kilometres of coast.'), ['slick length=14000 m']);
  assert.deepEqual(slotsOf('The stranded tanker blocked the Panama Canal for five hours.'), ['blockage duration=PT5H']);
  // Sold out in 40 minutes: no noun says what lasted, so it is the time of the act, kept with its verb.
  assert.deepEqual(measureClaims('Tickets sold out in 40 minutes.', new Set()).map((c) => [c.slot, c.normalized, c.verb]), [['time', 'PT40M', 'sold out']]);
});

test('a year in a dated aside or a comparison with the past does not make the figure background; a past event does', () => {
  const slots = (sentence: string) => extractClaims(sentence, noLayers('t'), { referenceDate: '2025-06-01' }).map((c) => `${c.slot}=${c.normalized}`);
  assert.deepEqual(slots('The carrier, first flown in 2016, launched 24 satellites.'), ['satellite=24']);
  assert.deepEqual(slots('It was the deadliest storm since 1998, killing 31 people.'), ['death toll=31']);
  assert.deepEqual(slots('In 2019, about 400 whales were stranded in the bay.'), []);
  assert.deepEqual(slots('The ferry, which sank in 2019, carried 300 passengers.'), []);
});

test('a duration is named by its noun whatever the verb; a rate per day is no duration', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-08-01', 'The warehouse fire burned for four hours before it was put out, officials said.'],
      ['b', '2025-08-01', 'Some 60 firefighters fought the blaze for seven hours, officials said.'],
    ),
    ['fire duration: four hours [a] / seven hours [b]'],
  );
  assert.deepEqual(measureClaims('The smaller ports will stay open for 24 hours a day.', new Set()), []);
});

test('a count no named slot knows is an update when the later report words it as a rise', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-09-01', 'Rescuers had refloated 20 whales by Monday evening, officials said.'],
      ['b', '2025-09-02', 'The number of whales refloated climbed to 45 whales on Tuesday, officials said.'],
    ),
    ['update whale: 20 whales [a] / 45 whales [b]'],
  );
  // The same figures without words of a rise are a dispute.
  assert.deepEqual(
    conflicts(
      ['a', '2025-09-01', 'Rescuers had refloated 20 whales by Monday evening, officials said.'],
      ['b', '2025-09-02', 'Rescuers had refloated 45 whales, officials said.'],
    ),
    ['whale: 20 whales [a] / 45 whales [b]'],
  );
});

test('"the number of X rose to N" counts X', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-09-01', 'Officials said 1,200 evacuees were in shelters on Monday.'],
      ['b', '2025-09-01', 'The number of evacuees in shelters stood at 1,900 on Monday, officials said.'],
    ),
    ['evacuee: 1,200 evacuees [a] / 1,900 [b]'],
  );
});

test('the clock time of an event: a different time conflicts, a hedged or rounded one does not, GMT is left out', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-02-01', 'The quake struck at 3.15 a.m. local time, the survey said.'],
      ['b', '2025-02-01', 'The tremor struck at 3:40 a.m., waking residents, the survey said.'],
    ),
    ['quake time: 3.15 a.m. [a] / 3:40 a.m. [b]'],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-02-01', 'The blast happened at about 8pm on Friday, police said.'],
      ['b', '2025-02-01', 'The explosion rocked the port at 8.10pm on Friday, police said.'],
    ),
    [],
  );
  assert.deepEqual(measureClaims('The quake struck at 03:15 local time (0015 GMT).', new Set()), []);
});

test('where a journey began is one point: two different ports conflict, the same port does not', () => {
  assert.deepEqual(
    conflicts(
      ['a', '2025-07-01', 'The ferry had left the port of Luwuk for Banggai when the fire broke out, officials said.'],
      ['b', '2025-07-01', 'The blaze started shortly after the vessel left Pagimana for Banggai, officials said.'],
    ),
    ['departure: Luwuk [a] / Pagimana [b]'],
  );
  assert.deepEqual(
    conflicts(
      ['a', '2025-07-01', 'The ferry had left the port of Luwuk for Banggai, officials said.'],
      ['b', '2025-07-01', 'The vessel departed from Luwuk on Sunday morning, officials said.'],
    ),
    [],
  );
});
