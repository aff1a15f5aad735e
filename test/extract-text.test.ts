import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitBlocks } from '../src/extract/text/blocks.js';
import { parseDateStamp } from '../src/extract/text/dateline.js';
import { extractText, corpusBlockStats } from '../src/extract/text/index.js';
import { findAgencies, findPublisher, namesOnSourceLine, splitJoinedName } from '../src/extract/text/sources.js';

// A page written for this test: an invented outlet and event, with the furniture scraped pages carry.
const PAGE = [
  'TheHarbourGazette',
  'Please update your browser',
  'Your browser is out of date and may not display this site correctly.',
  'Harbour Gazette',
  'Home › World › Europe',
  'Ferry workers in Valdora vote to end week-long walkout',
  'By Lena Ostrova and Paul Mercer',
  'Valdora, Estland',
  'Mon, 3 March 2025 10:15 GMT',
  'Share This Article',
  'Change Size',
  'Union members raise their hands during the vote in Valdora on Sunday. (Harbour Gazette/Ivo Kask)',
  'F',
  'erry workers in the port of Valdora voted on Sunday to end a week-long strike, the union said, after the operator raised its pay offer to 7 percent.',
  '"We did not win everything, but we won enough," union leader Mira Tamm told reporters, according to Reuters.',
  'Advertisement',
  'The operator, Nordline Ferries, said services would resume on Tuesday.',
  'Also read: Nordline reports record summer bookings on Baltic routes',
  'Crossings to the islands had been cancelled since last Monday, stranding hundreds of travellers, the Baltic News Agency reported.',
  'Your Opinion Matters',
  'Share your thoughts with the Harbour Gazette team.',
  'Enter at least 30 characters',
  '0 / 30',
  'Thank You',
].join('\n\n');

test('blocks: hard-wrapped lines are joined and split drop caps repaired', () => {
  const blocks = splitBlocks('Title here\n\nThe port reopened on Monday after a long dispute between\nthe operator and the union.\n\nD\n\nock workers returned.');
  assert.deepEqual(blocks.map((b) => b.text), [
    'Title here',
    'The port reopened on Monday after a long dispute between the operator and the union.',
    'Dock workers returned.',
  ]);
});

test('date stamps in the usual forms; updates lose to publication stamps', () => {
  assert.equal(parseDateStamp('Wed, June 23, 2021')?.date, '2021-06-23');
  assert.equal(parseDateStamp('4 March 2025 09:15 GMT')?.date, '2025-03-04');
  assert.equal(parseDateStamp('Published: 2025-03-04T10:00:00Z')?.date, '2025-03-04');
  assert.equal(parseDateStamp('21.05.2025 | 18:40')?.date, '2025-05-21');
  assert.equal(parseDateStamp('Aug. 9, 2025 · 3 min read')?.date, '2025-08-09');
  const both = parseDateStamp('Published 2025-10-13 14:02 · Updated 2025-10-14 16:40');
  assert.equal(both?.date, '2025-10-13');
  assert.equal(both?.isUpdate, false);
  assert.equal(parseDateStamp('Updated: June 17, 2025, 7:45 a.m.')?.isUpdate, true);
  assert.equal(parseDateStamp('The talks began on June 23, 2021 in Moscow.'), null);
  assert.equal(parseDateStamp('February 30, 2021'), null);
});

test('a scraped page: metadata found, furniture removed with reasons, every body paragraph kept', () => {
  const result = extractText(PAGE);
  assert.equal(result.title, 'Ferry workers in Valdora vote to end week-long walkout');
  assert.equal(result.publisher, 'The Harbour Gazette');
  assert.deepEqual(result.byline, ['Lena Ostrova', 'Paul Mercer']);
  assert.equal(result.dateline, 'Valdora, Estland');
  assert.equal(result.statedDate?.date, '2025-03-03');
  assert.equal(result.paragraphs.length, 4);
  assert.ok(result.paragraphs[0]!.startsWith('Ferry workers in the port of Valdora'));
  assert.ok(result.paragraphs[3]!.startsWith('Crossings to the islands'));
  const reasonOf = (start: string) => result.boilerplate.find((b) => b.text.startsWith(start))?.reason;
  assert.equal(reasonOf('Please update'), 'browser or cookie warning');
  assert.equal(reasonOf('Home ›'), 'navigation');
  assert.equal(reasonOf('Share This'), 'share or text-size widget');
  assert.equal(reasonOf('Change Size'), 'share or text-size widget');
  assert.equal(reasonOf('Union members raise'), 'photo caption');
  assert.equal(reasonOf('Advertisement'), 'advert');
  assert.equal(reasonOf('Also read'), 'related links');
  assert.equal(reasonOf('Your Opinion'), 'feedback form');
  assert.equal(reasonOf('0 / 30'), 'feedback form');
  assert.equal(reasonOf('Thank You'), 'feedback form');
  assert.deepEqual(result.agencies, ['Reuters', 'Baltic News Agency']);
});

test('an appeal after the story is removed whole; prose in the reporter voice after it is not swallowed', () => {
  const text = [
    'Prices of grain rose sharply in the capital on Monday after the harvest failed in the north, traders said.',
    'The ministry of agriculture said stocks would last until the spring and that imports were being arranged.',
    'Dear readers,',
    'We rely on your support to keep our reporting free. Please consider a monthly contribution today.',
    'Remind me later.',
  ].join('\n');
  const result = extractText(text);
  assert.equal(result.paragraphs.length, 2);
  assert.equal(result.title, null);
  assert.ok(result.boilerplate.every((b) => b.reason === 'donation or subscription appeal'));
});

test('body text about donations is kept: the appeal rule needs the outlet speaking to its reader', () => {
  const text = [
    'Charity leaders in Rivermouth said donations to food banks fell by a third this winter.',
    'The city council said it would match every donation made before March, its spokesman told reporters.',
  ].join('\n');
  assert.equal(extractText(text).paragraphs.length, 2);
});

test('a standfirst repeated as a body paragraph is kept once', () => {
  const text = [
    'Council approves new tram line for Rivermouth',
    'The line will link the harbour with the university by 2028, officials said on Tuesday.',
    'Share This Article',
    'The line will link the harbour with the university by 2028, officials said on Tuesday.',
    'Construction is due to start next year and will cost about 300 million euros, the council said.',
  ].join('\n\n');
  const result = extractText(text);
  assert.equal(result.paragraphs.filter((p) => p.startsWith('The line will link')).length, 1);
  assert.equal(result.boilerplate.find((b) => b.text.startsWith('The line'))?.reason, 'repeated standfirst');
});

test('sources: publisher from mastheads and self-references; agencies cited by name or by wording', () => {
  assert.equal(splitJoinedName('TheJakartaPost'), 'The Jakarta Post');
  const furniture = ['A Message from The Valdora Times:', 'We, the journalists of The Valdora Times, need you.'];
  assert.equal(findPublisher({ mastheads: [], furniture }), 'The Valdora Times');
  assert.equal(findPublisher({ mastheads: ['Harbour Gazette'], furniture: [] }), 'Harbour Gazette');
  assert.equal(findPublisher({ mastheads: [], furniture: ['Thank you.'] }), null);
  assert.equal(findPublisher({ mastheads: [], furniture: ['© 2025 Kestrel Media B.V. — Kestrel Magazine'] }), 'Kestrel Magazine');
  assert.deepEqual(
    findAgencies(["Russia's RIA news agency reported.", 'According to the state broadcaster MRTV, he arrived. He told AFP: "yes". TASS. Later'], null),
    ['RIA', 'MRTV', 'AFP', 'TASS'],
  );
  assert.deepEqual(namesOnSourceLine('Sources: Bloomberg, LA.lv'), ['Bloomberg', 'LA.lv']);
});

test('furniture repeated across documents of a corpus is recognised; shared prose is not', () => {
  const a = 'Lead paragraph of the first story, long enough to be prose in its own right.\n\nMember exclusive offer';
  const b = 'Lead paragraph of another story that reports something else entirely today.\n\nMember exclusive offer';
  const stats = corpusBlockStats([splitBlocks(a), splitBlocks(b)]);
  const result = extractText(a, {}, stats);
  assert.equal(result.boilerplate.find((x) => x.text === 'Member exclusive offer')?.reason, 'repeated across documents');
  assert.equal(result.paragraphs.length, 1);
});

/** A small story under a given headline line, for the title tests below. */
function storyUnder(headline: string): string {
  return [
    'Menu',
    headline,
    'Harbour workers in the port of Kestrel voted on Tuesday to end a strike over night shifts, the union said.',
    'The strike had halted the ferries to the islands for a week, and the port authority said crossings would resume.',
    'Union leaders said the new agreement limits night shifts to two a week and raises the hourly pay of porters.',
  ].join('\n');
}

test('title: furniture run into the headline line is taken off, the headline kept', () => {
  assert.equal(extractText(storyUnder('Kestrel port workers end strike over night shifts by Jane Roe')).title, 'Kestrel port workers end strike over night shifts');
  assert.equal(extractText(storyUnder('Kestrel port workers end strike by Jane Roe · 3 May 2025')).title, 'Kestrel port workers end strike');
  assert.equal(extractText(storyUnder('Kestrel port workers end strike over night shifts | Opinion')).title, 'Kestrel port workers end strike over night shifts');
  // In a title-case headline "by" and the names after it are the headline's own words.
  assert.equal(extractText(storyUnder('Kestrel Strike Ended by Port Authority Vote')).title, 'Kestrel Strike Ended by Port Authority Vote');
});

test('title: headlines ending with a full stop, opening with a low quote, or in a script without case', () => {
  assert.equal(extractText(storyUnder('Kestrel strike is over.')).title, 'Kestrel strike is over.');
  assert.equal(extractText(storyUnder('„Kestrel strike is over“')).title, '„Kestrel strike is over“');
  // A long line ending in a full stop above the story is a lead or a teaser, not the headline.
  assert.notEqual(
    extractText(storyUnder('The strike in the port of Kestrel that halted ferries to the islands for a whole week is finally over now.')).title,
    'The strike in the port of Kestrel that halted ferries to the islands for a whole week is finally over now.',
  );
});

test('dates: month and weekday names of other languages; a date inside the metadata line under the headline', () => {
  assert.equal(parseDateStamp('Samstag, 9. September 2017')?.date, '2017-09-09');
  assert.equal(parseDateStamp('Veröffentlicht am 12. Juni 2017')?.date, '2017-06-12');
  assert.equal(parseDateStamp('17 de enero de 2020')?.date, '2020-01-17');
  assert.equal(parseDateStamp('Pubblicato il 19 febbraio 2020')?.date, '2020-02-19');
  const lines = storyUnder('Kestrel port workers end strike over night shifts').split('\n');
  lines.splice(2, 0, 'Posted on 2025-04-05 by marc | Leave a comment');
  assert.equal(extractText(lines.join('\n')).statedDate?.date, '2025-04-05');
  // Published and modified dates run together: the first is the publication date.
  lines[2] = '28. Juni 201914. Januar 2020 | Jane Roe';
  assert.equal(extractText(lines.join('\n')).statedDate?.date, '2019-06-28');
  // A date named by the story itself does not date the article.
  const story = storyUnder('Kestrel port workers end strike over night shifts').replace('voted on Tuesday', 'voted on 3 March 2025');
  assert.equal(extractText(story).statedDate, null);
});

test('publisher: the holder of the copyright line, not a photo credit or the owning company', () => {
  assert.equal(findPublisher({ mastheads: [], furniture: ['Copyright © 2019 Kestrel.com, LLC. All rights reserved.'] }), 'Kestrel');
  assert.equal(findPublisher({ mastheads: [], furniture: ['© Foto: Jane Roe / Kestrel Magazin'] }), null);
  assert.equal(findPublisher({ mastheads: [], furniture: ['© 2020 Springer Kestrel Limited'] }), null);
});
