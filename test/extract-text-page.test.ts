import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractText } from '../src/extract/text/index.js';
import { COMMENTS_ON, READING_TIME } from '../src/extract/text/patterns.js';

// A whole page copied as text, written for these tests (invented outlet and events): a site tagline and menu above
// the headline, menus and a long footer below the story.
const WHOLE_PAGE = [
  'Riverside Ledger',
  'Independent local news for the valley since 1921, read by neighbours who care about their towns and rivers.',
  'News',
  'Sport',
  'Weather',
  'Council approves flood barrier for Millbrook riverside',
  'By Anna Keller',
  'March 4, 2025',
  '4 min read',
  'Millbrook council approved on Tuesday a flood barrier along the riverside, after two winters of flooding damaged dozens of homes.',
  'The barrier will cost 3.2 million and should be finished by autumn, the council said in a statement.',
  'Conclusion',
  'Residents welcomed the vote at a packed meeting in the town hall on Tuesday evening.',
  'Crime',
  'Schools',
  'Opinion',
  'This material may not be published, broadcast, rewritten, or redistributed without permission of the publisher. ©2025 Riverside Ledger Media Group, LLC. All rights reserved. Quotes delayed by at least 15 minutes.',
].join('\n');

test('the headline is the title-like line nearest the story, not a tagline or menu far above', () => {
  const extraction = extractText(WHOLE_PAGE);
  assert.equal(extraction.title, 'Council approves flood barrier for Millbrook riverside');
});

test('menu entries below the story go; a subheading over the closing line stays', () => {
  const { paragraphs, boilerplate } = extractText(WHOLE_PAGE);
  assert.ok(paragraphs.includes('Conclusion'));
  assert.ok(paragraphs.includes('Residents welcomed the vote at a packed meeting in the town hall on Tuesday evening.'));
  for (const menu of ['Crime', 'Schools', 'Opinion']) assert.ok(!paragraphs.includes(menu), menu);
  const footer = boilerplate.find((b) => b.text.startsWith('This material may not be published'));
  assert.equal(footer?.reason, 'copyright footer');
  assert.equal(boilerplate.find((b) => b.text === '4 min read')?.reason, 'navigation');
});

test('a headline in other words than its story, right above it, is still taken', () => {
  const page = [
    'Menu',
    'Rough seas',
    'By Tom Hale',
    'Fishing boats stayed in port along the whole coast on Friday as storm warnings were raised for the weekend.',
    'Harbour masters expect the boats to sail again on Monday once the wind has dropped.',
  ].join('\n');
  assert.equal(extractText(page).title, 'Rough seas');
});

test('reading times are recognised in their usual forms only', () => {
  for (const line of ['5 min read', 'Reading time: 4 minutes', '3-minute read', 'Lesezeit: 3 Min.']) assert.ok(READING_TIME.test(line), line);
  for (const line of ['12 minutes', 'The 5 minute rule', 'Read more']) assert.ok(!READING_TIME.test(line), line);
});

test('the small print of a sign-up form is furniture; a story sentence about e-mail is not', () => {
  const page = [
    'Water rates to rise in Millbrook next year',
    'Millbrook council said on Monday that water rates will rise by four percent next year to pay for pipe repairs.',
    'Please enter a valid email address.',
    'By entering your email and pushing continue, you are agreeing to our Terms of Use and Privacy Policy.',
    'Residents will be told of the new rates by e-mail and letter in December, the council said.',
  ].join('\n');
  const { paragraphs } = extractText(page);
  assert.deepEqual(paragraphs, [
    'Millbrook council said on Monday that water rates will rise by four percent next year to pay for pipe repairs.',
    'Residents will be told of the new rates by e-mail and letter in December, the council said.',
  ]);
});

test('a named comment count is comment furniture, not a headline', () => {
  assert.ok(COMMENTS_ON.test('1 Comment on Why the Millbrook ferry is late again'));
  assert.ok(COMMENTS_ON.test('12 thoughts on “Rough seas”'));
  assert.ok(!COMMENTS_ON.test('3 comments were removed by the moderators'));
});

test('a date-and-name line between headline and story is not taken as the headline', () => {
  const page = [
    'Millbrook ferry timetable changes for winter',
    '11.12.2024 - Anna Keller',
    'The Millbrook ferry will sail every two hours instead of every hour from December, the operator said on Monday.',
    'The winter timetable for the Millbrook ferry runs until March, when hourly sailings resume.',
  ].join('\n');
  assert.equal(extractText(page).title, 'Millbrook ferry timetable changes for winter');
});
