// The census's reading of the form of an unread figure, on sentences written for the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formAt, spotsOf, unreadForm } from '../eval/figure-forms.js';

const form = (sentence: string, value: string) => formAt(spotsOf(sentence, value)[0]!);

test('each form is told from the words around the figure', () => {
  const cases: [string, string, string][] = [
    ['The deal should close in the second half of 2026, the firm said.', '2026', 'date or period'],
    ['Polls closed at 8 p.m. on Sunday.', '8', 'clock time'],
    ['The driver, aged 54, was arrested.', '54', 'age'],
    ['A 54-year-old man was arrested.', '54', 'age'],
    ['The motion passed 212-198 after a long debate in parliament.', '212-198', 'vote split'],
    ['Rovers beat United 3-1 on Saturday.', '3-1', 'score'],
    ['Between 30 and 40 people were hurt.', '30 to 40', 'range'],
    ['Some 30 to 40 people were hurt.', '30 to 40', 'range'],
    ['The bid is worth EUR 1.2bn, the bank said.', 'EUR 1.2bn', 'money with a scale word'],
    ['The plant cost 1.2 billion rupees.', '1.2 billion rupees', 'money with a scale word'],
    ['Turnout was 64 per cent.', '64%', 'percent'],
    ['Nearly two-thirds of the homes were flooded.', 'two-thirds', 'fraction or share'],
    ['One in five voters stayed home.', 'one in five', 'fraction or share'],
    ['Winds reached 120 km/h overnight.', '120 km/h', 'speed'],
    ['The slick stretched 15km along the coast.', '15 km', 'distance'],
    ['The 3rd-placed team lost.', '3', 'ordinal or rank'],
    ['The talks lasted 11 days.', '11 days', 'duration'],
    ['A 1,200-strong force was sent.', '1,200', 'unit suffix or compound ("1,200-strong")'],
    ['Two dozen houses burned.', 'two dozen', 'number word or phrase'],
    ['Some 300 people marched.', '300', 'hedged digits ("some 300")'],
    ['The bus crashed on Route 12.', '12', 'label ("Route 12", "No. 5")'],
    ['Police arrested 14 people.', '14', 'plain digits'],
  ];
  for (const [sentence, value, expected] of cases) assert.equal(form(sentence, value), expected, sentence);
});

test('the spot that writes all of a version\'s figures close together is taken first', () => {
  const text = 'Three people were hurt. The final score was 3-1 to the visitors after a late goal.';
  assert.equal(unreadForm([text], '3-1')?.form, 'score');
  assert.equal(unreadForm(['No figure here.'], '12').form, 'not located');
});
