// Readings of figures the sentence alignment compares across outlets: currencies, temperatures, fractions,
// speeds in words, group sizes, ages. Small sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFigures } from '../src/stories/figures.js';
import { sameValue } from '../src/stories/values.js';

const first = (sentence: string) => readFigures(sentence)[0]!;

test('currencies: signs, words and codes outside the big four are read and converted roughly', () => {
  assert.equal(first('The council approved ₦450 million for repairs.').normalized, '450000000 NGN');
  assert.equal(first('Fines of KSh 2 million were imposed.').normalized, '2000000 KES');
  assert.equal(first('The plan costs R3.5 billion.').normalized, '3500000000 ZAR');
  assert.equal(first('He paid 40 million rand for it.').normalized, '40000000 ZAR');
  assert.equal(first('The levy raised 2 billion cedis.').normalized, '2000000000 GHS');
  assert.equal(first('A bill of PKR 90 billion was passed.').normalized, '90000000000 PKR');
  // 100 million dirhams is about $27 million, not $40 million.
  assert.ok(sameValue('100000000 AED', '27000000 USD'));
  assert.ok(!sameValue('100000000 AED', '40000000 USD'));
  assert.ok(sameValue('1000000000 INR', '12000000 USD'));
});

test('a conversion in brackets restates the amount before it', () => {
  const figures = readFigures('The yard won a deal worth 900 million kronor ($85 million), its owner said.');
  assert.deepEqual(figures.map((f) => f.normalized), ['900000000 SEK']);
});

test('temperatures: Celsius and Fahrenheit read on one scale', () => {
  assert.equal(first('The heat reached 43C on Sunday.').normalized, '43 C');
  assert.equal(first('The heat reached 41 °C on Sunday.').normalized, '41 C');
  assert.equal(first('The mercury hit 38 degrees Celsius.').normalized, '38 C');
  const fahrenheit = first('It was 109 degrees Fahrenheit in the shade.');
  assert.equal(fahrenheit.kind, 'C');
  assert.ok(sameValue(fahrenheit, '43 C'));
  assert.ok(!sameValue(fahrenheit, '40 C'));
  // A bare "degrees" above 60 can only be Fahrenheit.
  assert.ok(sameValue(first('Phoenix saw 110 degrees.'), '43 C'));
  assert.equal(readFigures('Five F-16 jets flew over.')[0]!.kind, 'count');
});

test('speeds written in words are read in km/h', () => {
  assert.equal(first('Gusts of 95 kilometres an hour hit the coast.').normalized, '95 km/h');
  const miles = first('Winds of 60 miles per hour were recorded.');
  assert.equal(miles.kind, 'km/h');
  assert.ok(sameValue(miles, '97 km/h'));
  assert.ok(!sameValue(miles, first('winds of 80km/h')));
  assert.equal(first('The car was doing 70 mph.').kind, 'km/h');
  assert.equal(first('A 12km road.').normalized, '12000 m');
});

test('fractions: a share of a whole, or a measure of a unit', () => {
  const tenth = readFigures('The firm will cut roughly a tenth of its staff.');
  assert.deepEqual(tenth.map((f) => [f.kind, f.normalized, f.qualifier]), [['%', '10 %', 'about']]);
  assert.ok(!sameValue(tenth[0]!, '8 %'));
  assert.deepEqual(readFigures('Two-thirds of the town was flooded.').map((f) => f.normalized), ['66.6667 %']);
  assert.ok(sameValue(first('A third of the budget went on roads.'), '33 %'));
  assert.equal(first('The ferry sank half a kilometre from the shore.').normalized, '500 m');
  assert.equal(first('It took a quarter of an hour.').normalized, 'PT0.25H');
  // Ordinal halves and "two and a half" are no fractions of a whole.
  assert.equal(readFigures('Profits rose in the first half of the year.').length, 0);
  assert.ok(readFigures('The talks lasted two and a half hours.').every((f) => f.normalized !== '50 %'));
});

test('ages: a person described differently, a bracketed age, "aged"', () => {
  const runner = first('A 41-year-old Spanish runner was in a serious condition in hospital, officials said.');
  const man = first('One, a 39-year-old man from Vigo, was taken to hospital in a serious condition.');
  assert.equal(man.kind, 'age');
  // The apposition's age takes the role of the whole sentence: both share what befell the person.
  assert.ok(man.role.includes('serio') && runner.role.includes('serio'));
  assert.deepEqual(readFigures('Daniels (61) was arrested at home.').map((f) => [f.kind, f.normalized, f.role]), [['age', '61', ['name:daniels']]]);
  assert.deepEqual(first('Paul Daniels, aged 61, was arrested.').role, ['name:daniels']);
});

test('"-strong" group sizes are a count of the noun after them', () => {
  const group = first('A 65-strong delegation arrived in Lagos.');
  assert.deepEqual([group.text, group.kind, group.normalized], ['65-strong', 'count', '65']);
  assert.equal(group.noun, 'delegation');
});

test('currency codes only in capitals, the rand sign only before an amount', () => {
  assert.equal(readFigures('They will try 5 more times.').filter((f) => f.kind.startsWith('money')).length, 0);
  assert.equal(readFigures('A fine of TRY 5 million.')[0]!.normalized, '5000000 TRY');
  assert.equal(readFigures('The R5 road was closed for 3 days.').filter((f) => f.kind.startsWith('money')).length, 0);
  assert.equal(first('It costs R12,500 a month.').normalized, '12500 ZAR');
});
