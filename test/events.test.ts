import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeEvents, type ExtendedEvent } from '../src/events/index.js';
import { splitSentences } from '../src/events/sentences.js';
import { inflect, compilePhrase } from '../src/events/patterns.js';
import { findActors, newActorMemory } from '../src/events/actors.js';
import type { TextAnnotations } from '../src/model.js';

const empty = (text: string): TextAnnotations => ({ id: 't', sentences: [], entities: [], timexes: [], quotes: [] });
const primary = (text: string, referenceDate?: string): ExtendedEvent | undefined =>
  codeEvents(text, empty(text), { referenceDate }).find((e) => e.primary);

test('inflect covers regular, e-final, y-final and irregular verbs', () => {
  assert.deepEqual(new Set(inflect('sign')), new Set(['sign', 'signs', 'signed', 'signing']));
  assert.ok(inflect('agree').includes('agreed') && inflect('agree').includes('agreeing'));
  assert.ok(inflect('deny').includes('denies') && inflect('deny').includes('denied'));
  assert.ok(inflect('ban').includes('banned'));
  assert.ok(inflect('meet').includes('met'));
});

test('phrase gaps allow a bounded number of words', () => {
  const re = new RegExp(compilePhrase('sign~ *3 (agreement+|pact+)'), 'i');
  assert.ok(re.test('They signed a new defence pact'));
  assert.ok(!re.test('They signed it after many long and tiring talks about a pact'));
});

test('sentence splitter keeps abbreviations and splits at real boundaries', () => {
  const text = 'The U.S. envoy met Gen. Smith on Feb. 3 in Oslo. Talks ended.\nA new paragraph.';
  const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
  assert.deepEqual(spans, ['The U.S. envoy met Gen. Smith on Feb. 3 in Oslo.', 'Talks ended.', 'A new paragraph.']);
});

test('actor lexicon codes countries, sectors, metonyms and learned surnames', () => {
  const text = "Norway's Defence Ministry said the Kremlin and Swedish Foreign Minister Anna Berg met. Berg left.";
  const memory = newActorMemory();
  const first = findActors(text, { start: 0, end: 86 }, memory);
  const codes = first.map((m) => m.code);
  assert.ok(codes.includes('NORMIL'), codes.join());
  assert.ok(codes.includes('RUSGOV'));
  assert.ok(codes.includes('SWEGOV'));
  const second = findActors(text, { start: 87, end: text.length }, memory);
  assert.equal(second[0]?.code, 'SWEGOV');
});

test('a signed agreement is AGREE/057 between both parties, with its term', () => {
  const text = 'Chile and Peru signed a ten-year trade agreement on Monday. The deal will run until 2035.';
  const events = codeEvents(text, empty(text));
  const agree = events.find((e) => e.cameo === '057');
  assert.ok(agree);
  assert.equal(agree.type, 'AGREE');
  assert.equal(agree.source.code, 'CHL');
  assert.equal(agree.target?.code, 'PER');
  assert.equal(agree.attributes.duration, 'P10Y');
  assert.equal(agree.attributes.until, '2035');
});

test('visits and meetings are CONSULT with the host as target', () => {
  const visit = primary('The Polish president visited Japan on Tuesday.');
  assert.equal(visit?.type, 'CONSULT');
  assert.equal(visit?.cameo, '042');
  assert.equal(visit?.source.code, 'POLGOV');
  assert.equal(visit?.target?.code, 'JPN');
  const met = primary('Kenyan officials held talks with Ugandan diplomats in Nairobi.');
  assert.equal(met?.type, 'CONSULT');
  assert.equal(met?.place, 'Nairobi');
});

test('plans become intents, refusals become rejections, future attacks become threats', () => {
  const plan = primary('Brazil will send food aid to Haiti.');
  assert.equal(plan?.type, 'AGREE');
  assert.equal(plan?.attributes.modality, 'planned');
  const refusal = primary('Egypt refused to sign the accord with Sudan.');
  assert.equal(refusal?.type, 'REJECT');
  assert.equal(refusal?.attributes.negated, true);
  const threat = primary('Iran would attack Iraq if talks fail.');
  assert.equal(threat?.type, 'THREATEN');
});

test('conflict verbs: accusations, sanctions, arrests, fighting', () => {
  assert.equal(primary('Canada accused Russia of spreading lies.')?.type, 'ACCUSE');
  assert.equal(primary('The European Union imposed sanctions on Belarus.')?.type, 'SANCTION');
  assert.equal(primary('Turkish police arrested 40 protesters in Ankara.')?.type, 'COERCE');
  assert.equal(primary('Sudanese troops clashed with rebels near the border.')?.type, 'ASSAULT');
  assert.equal(primary('Thousands of Chilean students demonstrated in Santiago.')?.type, 'PROTEST');
});

test('passive voice takes the agent after "by" as source', () => {
  const e = primary('A village was attacked by Malian soldiers.');
  assert.equal(e?.type, 'ASSAULT');
  assert.equal(e?.source.code, 'MLIMIL');
});

test('past events in a later article are background', () => {
  const e = codeEvents('Peru’s military seized power in a 2019 coup.', empty(''), { referenceDate: '2024-05-01' })[0];
  assert.equal(e?.attributes.background, true);
});

test('the junta is the military of the country it was last tied to', () => {
  const text = "Sudan's junta met Egyptian officials. Later the junta criticized Ethiopia.";
  const events = codeEvents(text, empty(text));
  const criticism = events.find((e) => e.type === 'ACCUSE');
  assert.equal(criticism?.source.code, 'SDNMIL');
  assert.equal(criticism?.target?.code, 'ETH');
});

test('timexes of the sentence date the event', () => {
  const text = 'Norway and Iceland signed a fisheries pact on Friday.';
  const annotations: TextAnnotations = { ...empty(text), timexes: [{ start: 43, end: 52, text: 'on Friday', type: 'DATE', value: '2023-03-10' }] };
  const e = codeEvents(text, annotations).find((x) => x.cameo === '057');
  assert.equal(e?.date, '2023-03-10');
});

test('an event dated months before the article is background; quotes give acts to their speaker', () => {
  const text = 'The army seized power on March 3. "We will cooperate with Laos," Thai officials said.';
  const annotations: TextAnnotations = {
    ...empty(text),
    timexes: [{ start: 23, end: 33, text: 'on March 3', type: 'DATE', value: '2024-03-03' }],
    quotes: [{ start: 35, end: 62, text: 'We will cooperate with Laos', speaker: 'Thai officials', via: null }],
  };
  const events = codeEvents(text, annotations, { referenceDate: '2024-09-01' });
  assert.equal(events.find((e) => e.cameo === '170')?.attributes.background, true);
  const intent = events.find((e) => e.type === 'AGREE');
  assert.equal(intent?.source.code, 'THAGOV');
  assert.equal(intent?.target?.code, 'LAO');
});

test('an actor named without a country takes the one its sentence or article names', () => {
  // Sentence context: the only country named, a possessive setting rather than an adversary.
  const resigned = primary('Colonel Jean Martel resigned on Monday to allow Haiti\'s first free elections.');
  assert.equal(resigned?.source.code?.slice(0, 3), 'HTI');
  // Article context: the country named in an earlier sentence.
  const text = 'Kenyan officials met on Monday in Nairobi. Minister John Otieno condemned the bombing of a market.';
  const events = codeEvents(text, empty(text));
  const condemned = events.find((e) => e.type === 'ACCUSE');
  assert.equal(condemned?.source.code?.slice(0, 3), 'KEN');
  // The target's own country does not code the source: "X condemned Russia" does not make X Russian.
  const against = primary('Minister John Otieno condemned Russia on Monday.');
  assert.notEqual(against?.source.code?.slice(0, 3), 'RUS');
  // An uncoded target takes the sentence's country, the source's own included.
  const freed = primary('Fijian rebels said they freed Prime Minister Mahendra Lal on Sunday.');
  assert.equal(freed?.target?.code?.slice(0, 3), 'FJI');
});

test('PLOVER manual: lifting a curfew and a pardon are concessions, a resignation is a retreat', () => {
  assert.equal(primary('The Chilean government lifted the curfew in Santiago on Monday.')?.type, 'CONCEDE');
  assert.equal(primary('The Peruvian president pardoned 40 prisoners on Friday.')?.type, 'CONCEDE');
  assert.equal(primary('The Bolivian interior minister resigned on Tuesday.')?.type, 'RETREAT');
});

test('PLOVER manual: invitations to visit are AGREE; rescues and debt relief are AID; dropping a demand concedes', () => {
  assert.equal(primary('The Indian prime minister invited the Nepali president to visit New Delhi.')?.type, 'AGREE');
  assert.equal(primary('Nigerian troops rescued 12 hostages near Maiduguri on Sunday.')?.type, 'AID');
  assert.equal(primary('Japan agreed to forgive Kenya\'s debt on Monday.')?.type, 'AGREE');
  assert.equal(primary('Japan wrote off the debts of Kenya on Monday.')?.type, 'AID');
  assert.equal(primary('Colombian rebels dropped their demand for a prisoner exchange.')?.type, 'CONCEDE');
});

test('an ethnic group is coded by the country it lives in', () => {
  const e = primary('Hundreds of ethnic Hungarians demonstrated in Romania on Sunday.');
  assert.equal(e?.source.code?.slice(0, 3), 'ROU');
  assert.equal(primary('Hungarian officials met in Budapest on Sunday.')?.source.code?.slice(0, 3), 'HUN');
});

test('an arrest with no agent named is the act of the authorities where it happened', () => {
  const e = primary('A French journalist was arrested in Tehran on Monday.');
  assert.equal(e?.type, 'COERCE');
  assert.equal(e?.source.code, 'IRNGOV');
  assert.equal(e?.target?.code?.slice(0, 3), 'FRA');
  // With an agent, the agent acts.
  assert.equal(primary('A French journalist was arrested by Iraqi police in Baghdad.')?.source.code?.slice(0, 3), 'IRQ');
});

test('a cooperative act ruled out is a rejection', () => {
  assert.equal(primary('Officials in Paris said that lifting the embargo on Syria is out of the question.')?.type, 'REJECT');
  assert.equal(primary('The Kenyan government ruled out talks with the rebels.')?.type, 'REJECT');
});

test('compound adjectives do not hide the act they modify; code book fixes', () => {
  const invasion = primary('Turkey today mounted its long-threatened invasion of northern Iraq.');
  assert.equal(invasion?.type, 'ASSAULT');
  assert.equal(primary('Two thirds of the Angolan rebels have been demobilized since the peace accord.')?.type, 'RETREAT');
  assert.equal(primary('Red Cross helicopters evacuated the wounded from the besieged town of Homs.')?.cameo, '073');
  assert.equal(primary('Chinese hackers defaced hundreds of Taiwanese websites last week.')?.cameo, '176');
});

test('a subject group the lexicon does not know acts, and is coded at home', () => {
  const e = primary('Islamist students began a hunger strike to demand the resignation of Tunisian President Kais Saied.');
  assert.equal(e?.type, 'PROTEST');
  assert.match(e?.source.text ?? '', /students/);
  assert.equal(e?.source.code?.slice(0, 3), 'TUN');
});

test('a news agency does not set the country of a later bare "junta"; titles run on to the leader', () => {
  const text = 'YANGON (AFP) - The junta said on Monday it would hold elections. Russian officials met visiting junta leader Senior General Min Aung Hlaing in Moscow.';
  const events = codeEvents(text, empty(text), { includeStatements: true });
  assert.notEqual(events[0]?.source.code?.slice(0, 3), 'FRA');
  assert.ok(events.some((e) => e.type === 'CONSULT' && e.target?.code === 'MMRMIL'));
});

test('a compass word before a country is not a name of its own', () => {
  const e = primary('Syrian troops shelled villages in South Lebanon on Monday.');
  assert.equal(e?.type, 'ASSAULT');
  assert.equal(e?.source.code?.slice(0, 3), 'SYR');
  assert.ok(!/^South$/.test(e?.target?.text ?? ''));
});

test('reported speech keeps its own subject; places the lexicon skipped are coded', () => {
  const text = 'Gunmen abducted 30 students from a school in northern Nigeria, police said.';
  const quotes = [{ start: 0, end: 61, text: text.slice(0, 61), speaker: 'police', via: null }];
  const e = codeEvents(text, { ...empty(text), quotes }).find((x) => x.primary);
  assert.equal(e?.type, 'ASSAULT');
  assert.equal(e?.source.text, 'Gunmen');
  assert.equal(e?.source.code, 'NGA');
  const visit = 'Vietnamese Prime Minister Pham Minh Chinh arrived in Tokyo for a three-day official visit.';
  const entities = [{ start: 53, end: 58, text: 'Tokyo', type: 'place' as const, canonical: 'Tokyo' }];
  const v = codeEvents(visit, { ...empty(visit), entities }).find((x) => x.primary);
  assert.equal(v?.target?.code, 'JPN');
});
