// The figure reader on the forms outlets write figures in: number phrases, ranges, shares, money with scale words and
// codes, compounds, ranks, scores, tallies, ages, speeds, durations and separators of several styles. Each sentence
// is written for the test; each must give one figure with the right value, kind and noun.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFigures } from '../src/stories/figures.js';
import { readMoments } from '../src/stories/figure-moments.js';

interface Case {
  sentence: string;
  /** The figure's text as read. */
  text: string;
  kind: string;
  normalized: string;
  noun?: string | null;
  qualifier?: 'at least' | 'at most' | 'about' | null;
}

function check(cases: Case[]): void {
  for (const c of cases) {
    const figure = [...readFigures(c.sentence), ...readMoments(c.sentence, 2026)].find((f) => f.text === c.text);
    assert.ok(figure, `${c.sentence}: no figure "${c.text}" (read: ${readFigures(c.sentence).map((f) => f.text).join(' | ')})`);
    assert.equal(figure.kind, c.kind, c.sentence);
    assert.equal(figure.normalized, c.normalized, c.sentence);
    if (c.noun !== undefined) assert.equal(figure.noun, c.noun, c.sentence);
    if (c.qualifier !== undefined) assert.equal(figure.qualifier, c.qualifier, c.sentence);
  }
}

test('number words and phrases', () => {
  check([
    { sentence: 'Two dozen homes were destroyed.', text: 'Two dozen', kind: 'count', normalized: '24', noun: 'home' },
    { sentence: 'Half a dozen fishing boats sank in the harbour.', text: 'Half a dozen', kind: 'count', normalized: '6', noun: 'fishing' },
    { sentence: 'More than a dozen people were hurt.', text: 'a dozen', kind: 'count', normalized: '12', noun: 'people', qualifier: 'at least' },
    { sentence: 'Three hundred people were evacuated from the valley.', text: 'Three hundred', kind: 'count', normalized: '300', noun: 'people' },
    { sentence: 'Officials counted three hundred and twenty ballots.', text: 'three hundred and twenty', kind: 'count', normalized: '320', noun: 'ballot' },
    { sentence: 'A hundred firefighters fought the blaze.', text: 'A hundred', kind: 'count', normalized: '100', noun: 'firefighter' },
    { sentence: 'Some two hundred thousand people fled the city.', text: 'two hundred thousand', kind: 'count', normalized: '200000', qualifier: 'about' },
    { sentence: 'Twenty-five people were killed.', text: 'Twenty-five', kind: 'count', normalized: '25', noun: 'people' },
    { sentence: 'Some 300 people marched through the capital.', text: '300', kind: 'count', normalized: '300', noun: 'people', qualifier: 'about' },
    // A scale word after an article or "half a": "a million", "half a million", "a quarter of a million".
    { sentence: 'More than a million vehicles were recalled.', text: 'a million', kind: 'count', normalized: '1000000', noun: 'vehicle', qualifier: 'at least' },
    { sentence: 'Half a million people fled the floods.', text: 'Half a million', kind: 'count', normalized: '500000', noun: 'people' },
    { sentence: 'A quarter of a million homes lost power.', text: 'A quarter of a million', kind: 'count', normalized: '250000', noun: 'home' },
    { sentence: 'Three-quarters of a million people marched.', text: 'Three-quarters of a million', kind: 'count', normalized: '750000', noun: 'people' },
    { sentence: 'A thousand soldiers were sent.', text: 'A thousand', kind: 'count', normalized: '1000', noun: 'soldier' },
    { sentence: 'Half a billion dollars was spent.', text: 'Half a billion dollars', kind: 'money', normalized: '500000000 USD' },
    // "two and a half million": the scale after the half.
    { sentence: 'Two and a half million people voted.', text: 'Two and a half million', kind: 'count', normalized: '2500000', noun: 'people' },
    // "or so" after a figure: about, the noun read past it.
    { sentence: 'A dozen or so homes were burned.', text: 'A dozen or so', kind: 'count', normalized: '12', noun: 'home', qualifier: 'about' },
    { sentence: 'They walked 20 or so miles.', text: '20 or so miles', kind: 'm', normalized: '32186.8 m', qualifier: 'about' },
    // A capitalised number word opening a sentence, a hyphenated compound.
    { sentence: 'Seventeen people were hurt in the crash.', text: 'Seventeen', kind: 'count', normalized: '17', noun: 'people' },
    { sentence: 'Officials said thirty-seven miners were trapped.', text: 'thirty-seven', kind: 'count', normalized: '37', noun: 'miner' },
  ]);
  // "a" alone, before no scale word, is no figure; "several hundred" is a hedge with no figure.
  assert.equal(readFigures('A man was hurt and several hundred people fled.').length, 0);
  // "half a million" is written to the half million.
  assert.equal(readFigures('Half a million people fled.')[0]!.precision, 500000);
  // "dozens", "hundreds of" say no figure.
  assert.equal(readFigures('Dozens of houses and hundreds of cars were swept away.').length, 0);
});

test('ranges: "30 to 40", "between 30 and 40", dashes, a range with a scale or unit on its high end', () => {
  check([
    { sentence: 'Between 30 and 40 people were injured in the blast.', text: 'Between 30 and 40', kind: 'count', normalized: '35', noun: 'people', qualifier: 'about' },
    { sentence: 'Police said 30 to 40 protesters were detained.', text: '30 to 40', kind: 'count', normalized: '35', noun: 'protester' },
    { sentence: 'Police said 30-40 protesters were detained.', text: '30-40', kind: 'count', normalized: '35', noun: 'protester' },
    { sentence: 'Police said 30–40 protesters were detained.', text: '30–40', kind: 'count', normalized: '35' },
    { sentence: 'Some 2,000-3,000 workers walked out.', text: '2,000-3,000', kind: 'count', normalized: '2500', noun: 'worker' },
    { sentence: 'The project will cost $3-4 billion.', text: '$3-4 billion', kind: 'money', normalized: '3500000000 USD' },
    { sentence: 'Inflation will be 3 to 4 per cent this year.', text: '3 to 4 per cent', kind: '%', normalized: '3.5 %' },
    { sentence: 'The storm dumped 10 to 15 centimetres of rain, then moved on 20-30 km north.', text: '20-30 km', kind: 'm', normalized: '25000 m' },
  ]);
  // A change is no range: "rose from 30 to 40" gives both figures.
  assert.deepEqual(readFigures('The toll rose from 30 to 40 overnight.').map((f) => f.normalized), ['30', '40']);
});

test('shares and fractions', () => {
  check([
    { sentence: 'One in five voters stayed at home.', text: 'One in five', kind: '%', normalized: '20 %', noun: 'voter' },
    { sentence: 'Nine out of 10 residents backed the plan.', text: 'Nine out of 10', kind: '%', normalized: '90 %', noun: 'resident' },
    { sentence: 'About 1 in 4 schools stayed shut.', text: '1 in 4', kind: '%', normalized: '25 %', noun: 'school' },
    { sentence: 'Nearly half of the workers joined the strike.', text: 'half', kind: '%', normalized: '50 %', noun: 'worker' },
    { sentence: 'A third of the staff will be laid off.', text: 'A third', kind: '%', normalized: '33.3333 %', noun: 'staff' },
    { sentence: 'Turnout was 64 per cent, up from 58%.', text: '64 per cent', kind: '%', normalized: '64 %' },
  ]);
  // "3 in 10 days" is a count and a duration, "two in 2025" no share.
  assert.ok(!readFigures('Police made 3 arrests in 10 days.').some((f) => f.kind === '%'));
});

test('money with scale words, codes and signs of several styles', () => {
  check([
    { sentence: 'The firm will pay EUR 1.2bn for the stake.', text: 'EUR 1.2bn', kind: 'money', normalized: '1200000000 EUR' },
    { sentence: 'The plant will cost 1.2 billion rupees.', text: '1.2 billion rupees', kind: 'money', normalized: '1200000000 INR' },
    { sentence: 'The state set aside Rs 1,200 crore for relief.', text: 'Rs 1,200 crore', kind: 'money', normalized: '12000000000 INR' },
    { sentence: 'The corridor will cost Rs. 1.2 lakh crore.', text: 'Rs. 1.2 lakh crore', kind: 'money', normalized: '1200000000000 INR' },
    { sentence: 'Farmers were offered 1.5 lakh rupees each.', text: '1.5 lakh rupees', kind: 'money', normalized: '150000 INR' },
    { sentence: 'The club paid £45m for the striker.', text: '£45m', kind: 'money', normalized: '45000000 GBP' },
    { sentence: 'The startup raised $50k from friends.', text: '$50k', kind: 'money', normalized: '50000 USD' },
    { sentence: 'The county will spend KES 2 billion on roads.', text: 'KES 2 billion', kind: 'money', normalized: '2000000000 KES' },
  ]);
});

test('separators: commas, spaces, dots; "k" for thousands', () => {
  check([
    { sentence: 'A crowd of 12 000 people filled the square.', text: '12 000', kind: 'count', normalized: '12000', noun: 'people' },
    { sentence: 'A crowd of 12\u00a0000 people filled the square.', text: '12\u00a0000', kind: 'count', normalized: '12000' },
    { sentence: 'The firm employs 12.000 workers.', text: '12.000', kind: 'count', normalized: '12000', noun: 'worker' },
    { sentence: 'The region has 1.200.000 residents.', text: '1.200.000', kind: 'count', normalized: '1200000', noun: 'resident' },
    { sentence: 'The company employs 4.5k people.', text: '4.5k', kind: 'count', normalized: '4500', noun: 'people' },
    { sentence: 'Exports rose to 1.25 million tonnes.', text: '1.25 million tonnes', kind: 't', normalized: '1250000 t' },
  ]);
  // A decimal stays one: "2.5 billion", "3.75 per cent".
  assert.equal(readFigures('The bank cut rates to 3.750 per cent.')[0]?.normalized, '3.75 %');
});

test('compounds and units written close', () => {
  check([
    { sentence: 'A 1,200-strong force was deployed.', text: '1,200-strong', kind: 'count', normalized: '1200', noun: 'force' },
    { sentence: 'The storm left a 15km trail of damage.', text: '15km', kind: 'm', normalized: '15000 m' },
    { sentence: 'The talks ran to a 90-minute session.', text: '90-minute', kind: 'duration', normalized: 'PT90M' },
    { sentence: 'The minister led an 85-member delegation.', text: '85', kind: 'count', normalized: '85', noun: 'member' },
  ]);
});

test('ranks and ordinals', () => {
  check([
    { sentence: 'The third-placed team were relegated.', text: 'third-placed', kind: 'rank', normalized: '3', noun: 'team' },
    { sentence: 'The 3rd-placed side lost again.', text: '3rd-placed', kind: 'rank', normalized: '3', noun: 'side' },
    { sentence: 'She finished third in the final.', text: 'third', kind: 'rank', normalized: '3' },
    { sentence: 'He is ranked No. 12 in the world.', text: 'No. 12', kind: 'rank', normalized: '12' },
    { sentence: "It is the country's fifth-largest bank.", text: 'fifth-largest', kind: 'rank', normalized: '5', noun: 'bank' },
    { sentence: 'It was the third-best result in a decade.', text: 'third-best', kind: 'rank', normalized: '3', noun: 'result' },
    { sentence: 'It was the second worst storm on record.', text: 'second worst', kind: 'rank', normalized: '2', noun: 'storm' },
    { sentence: 'The club slumped to 12th after the defeat.', text: '12th', kind: 'rank', normalized: '12' },
    { sentence: 'The team jumped to fourth in the standings.', text: 'fourth', kind: 'rank', normalized: '4' },
    { sentence: 'She came in third.', text: 'third', kind: 'rank', normalized: '3' },
    { sentence: 'They are now in fourth place.', text: 'fourth', kind: 'rank', normalized: '4', noun: 'place' },
    { sentence: 'He is ranked 12th in the world.', text: '12th', kind: 'rank', normalized: '12' },
  ]);
  // An order of events is no rank.
  assert.equal(readFigures('On the first day of the talks, the second speaker walked out.').length, 0);
});

test('ordinals that count how often: "a fifth term", "for the third time", "its sixth straight year"', () => {
  check([
    { sentence: 'He won a fifth term in office.', text: 'fifth', kind: 'ordinal', normalized: '5', noun: 'term' },
    { sentence: 'They won a third consecutive title.', text: 'third consecutive', kind: 'ordinal', normalized: '3', noun: 'title' },
    { sentence: 'He won his 3rd-straight title.', text: '3rd-straight', kind: 'ordinal', normalized: '3', noun: 'title' },
    { sentence: 'The plant flooded for the third time this year.', text: 'third', kind: 'ordinal', normalized: '3' },
    { sentence: 'The strike entered its third week.', text: 'third', kind: 'ordinal', normalized: '3' },
    { sentence: 'Prices fell for the fourth month in a row.', text: 'fourth', kind: 'ordinal', normalized: '4', noun: 'month' },
    { sentence: 'She finished second for the third time.', text: 'second', kind: 'rank', normalized: '2' },
  ]);
  // A period after a bare "the" is an order of events; "first" counts nothing to disagree on.
  assert.equal(readFigures('On the second day of the talks, the envoy left.').length, 0);
  assert.equal(readFigures('It was the first time the river had flooded.').length, 0);
});

test('scores and vote tallies', () => {
  check([
    { sentence: 'Rovers won 3-1 at home.', text: '3-1', kind: 'score', normalized: '3-1' },
    { sentence: 'United lost 1-3 to the leaders.', text: '1-3', kind: 'score', normalized: '3-1' },
    { sentence: 'The sides drew 2-2 in a dull match.', text: '2-2', kind: 'score', normalized: '2-2' },
    { sentence: 'The bill passed 212-198 on Tuesday.', text: '212-198', kind: 'count', normalized: '212', noun: 'vote' },
    { sentence: 'The motion was carried by 212 to 198.', text: '212 to 198', kind: 'count', normalized: '212', noun: 'vote' },
    { sentence: 'Lawmakers voted 182 votes to 95 for the budget.', text: '182 votes to 95', kind: 'count', normalized: '182', noun: 'vote' },
    { sentence: 'The court upheld the law in a 5-4 ruling.', text: '5-4', kind: 'count', normalized: '5' },
  ]);
  // Thirty to forty MPs are a range, not a tally.
  assert.equal(readFigures('About 30-40 MPs attended the session.')[0]?.normalized, '35');
});

test('ages', () => {
  check([
    { sentence: 'The driver, aged 54, was arrested.', text: '54', kind: 'age', normalized: '54' },
    { sentence: 'A 54-year-old man was arrested.', text: '54-year-old', kind: 'age', normalized: '54' },
    { sentence: 'The victim, Daniel Mercer, 34, died in hospital.', text: '34', kind: 'age', normalized: '34' },
  ]);
});

test('speeds, distances and durations', () => {
  check([
    { sentence: 'Winds of up to 120 km/h hit the coast.', text: '120 km/h', kind: 'km/h', normalized: '120 km/h', qualifier: 'at most' },
    { sentence: 'Gusts reached 75 mph overnight.', text: '75 mph', kind: 'km/h', normalized: '120.701 km/h' },
    { sentence: 'The ship was travelling at 18 knots.', text: '18 knots', kind: 'km/h', normalized: '33.336 km/h' },
    { sentence: 'The slick stretched 3.5 kilometres along the shore.', text: '3.5 kilometres', kind: 'm', normalized: '3500 m' },
    { sentence: 'The talks lasted a fortnight.', text: 'a fortnight', kind: 'duration', normalized: 'P2W' },
    { sentence: 'He was jailed for a year.', text: 'a year', kind: 'duration', normalized: 'P1Y' },
    { sentence: 'The country waited nearly a decade for the bridge.', text: 'a decade', kind: 'duration', normalized: 'P10Y' },
    { sentence: 'The ceasefire began a week-long pause.', text: 'a week-long', kind: 'duration', normalized: 'P1W' },
    { sentence: 'The project took two and a half years.', text: 'two and a half years', kind: 'duration', normalized: 'P2.5Y' },
    { sentence: 'The operation lasted one-and-a-half hours.', text: 'one-and-a-half hours', kind: 'duration', normalized: 'PT1.5H' },
    { sentence: 'The strike lasted 48 hours.', text: '48 hours', kind: 'duration', normalized: 'PT48H' },
  ]);
  // A rate or a time is no span: "twice a week", "a decade ago".
  assert.equal(readFigures('She trains twice a week, as she has since a decade ago.').length, 0);
});

test('months and parts of a year', () => {
  check([
    { sentence: 'The deal is expected to close in the first quarter of 2027.', text: 'first quarter of 2027', kind: 'date', normalized: '2027-Q1' },
    { sentence: 'Completion is due in the second half of 2026.', text: 'second half of 2026', kind: 'date', normalized: '2026-H2' },
    { sentence: 'Results for Q3 2026 beat forecasts.', text: 'Q3 2026', kind: 'date', normalized: '2026-Q3' },
    { sentence: 'The line opens in March 2027.', text: 'March 2027', kind: 'date', normalized: '2027-03' },
    { sentence: 'The line opens in June next year.', text: 'June next year', kind: 'date', normalized: '2027-06' },
    { sentence: 'It opened on 3 March 2027.', text: '3 March 2027', kind: 'date', normalized: '2027-03-03' },
  ]);
});

test('clock times of several styles', () => {
  check([
    { sentence: 'The blast happened at 0940 GMT on Monday.', text: '0940 GMT', kind: 'clock', normalized: '09:40' },
    { sentence: 'The fire broke out at 10.30 in the morning.', text: '10.30 in the morning', kind: 'clock', normalized: '10:30' },
    { sentence: 'The quake struck at 21.15 local time.', text: '21.15 local time', kind: 'clock', normalized: '21:15' },
    { sentence: "The bells rang at 9 o'clock.", text: "9 o'clock", kind: 'clock', normalized: '09:00' },
    { sentence: 'Polls close at 10pm.', text: '10pm', kind: 'clock', normalized: '22:00' },
  ]);
  // None of them is a count as well.
  assert.equal(readFigures('The quake struck at 21.15 local time, or 10.30 in the morning.').length, 0);
});

test('more styles: "64pc", "3.5 pct", "3m euros", "Sh2 billion", "UGX 3 billion", "£3.5-million", "6 hrs", "1,2 billion", "the victim, 54,"', () => {
  check([
    { sentence: 'Turnout was 64pc, the commission said.', text: '64pc', kind: '%', normalized: '64 %' },
    { sentence: 'Sales rose 3.5 pct in March.', text: '3.5 pct', kind: '%', normalized: '3.5 %' },
    { sentence: 'The club paid 3m euros for him.', text: '3m euros', kind: 'money', normalized: '3000000 EUR' },
    { sentence: 'The council approved Sh2 billion for roads.', text: 'Sh2 billion', kind: 'money', normalized: '2000000000 KES' },
    { sentence: 'The budget is UGX 3 billion.', text: 'UGX 3 billion', kind: 'money:UGX', normalized: '3000000000' },
    { sentence: 'He paid £3.5-million for the house.', text: '£3.5-million', kind: 'money', normalized: '3500000 GBP' },
    { sentence: 'The trip took 6 hrs.', text: '6 hrs', kind: 'duration', normalized: 'PT6H' },
    { sentence: 'The meeting lasted 90 mins.', text: '90 mins', kind: 'duration', normalized: 'PT90M' },
    { sentence: 'The project will cost 1,2 billion euros.', text: '1,2 billion euros', kind: 'money', normalized: '1200000000 EUR' },
    { sentence: 'Unemployment hit 12,5% in May.', text: '12,5%', kind: '%', normalized: '12.5 %' },
    { sentence: 'The victim, 54, of Leeds, died in hospital.', text: '54', kind: 'age', normalized: '54' },
    { sentence: 'The attack began at 1400 hrs.', text: '1400 hrs', kind: 'clock', normalized: '14:00' },
  ]);
  // A road "12m wide" is twelve metres; a list "3,4 and 5" is three figures.
  assert.equal(readFigures('The road is 12m wide.')[0]?.normalized, '12 m');
  assert.deepEqual(readFigures('It has 3,4 and 5 bedrooms.').map((f) => f.amount), [3, 4, 5]);
});

test('a year that is a fact, with a part of the year before it: "opened in late 2025", "ready by mid-2028"', () => {
  check([
    { sentence: 'The bridge opened in late 2025.', text: '2025', kind: 'year', normalized: '2025' },
    { sentence: 'Work is due to finish by the end of 2027.', text: '2027', kind: 'year', normalized: '2027' },
    { sentence: 'The line should be ready by mid-2028.', text: '2028', kind: 'year', normalized: '2028' },
  ]);
  // A year with no fact word before it stays a date, "mid-" or not.
  assert.equal(readFigures('Sales rose in mid-2024.').length, 0);
  assert.equal(readFigures('In late 2025 prices rose.').length, 0);
});

test('a year that starts an office or a state, or dates the last time: "became minister in 2024", "first title since 2013"', () => {
  check([
    { sentence: 'Okafor, who became trade minister in 2024, arrived on Monday.', text: '2024', kind: 'year', normalized: '2024' },
    { sentence: 'She has been mayor of the city since 2019.', text: '2019', kind: 'year', normalized: '2019' },
    { sentence: 'He was elected in 2021 on a promise of new housing.', text: '2021', kind: 'year', normalized: '2021' },
    { sentence: "It is the club's first league title since 2013.", text: '2013', kind: 'year', normalized: '2013' },
  ]);
  // "since" alone, or after a word of no office or state, dates an event: no figure.
  assert.equal(readFigures('Prices have doubled since 2019.').length, 0);
  assert.equal(readFigures('The worst floods since 2013 hit the valley.').length, 0);
});
