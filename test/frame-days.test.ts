// Day frames placed on the calendar by their article's date (src/stories/frame-days.ts, frames.ts with
// settings.frames.calendarDays), on sentences written for these tests. 2031-05-14 is a Wednesday.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { relativeDays, weekdayDate, weekdayOf } from '../src/stories/frame-days.js';
import { frameConflicts } from '../src/stories/frames.js';
import { frames as settings } from '../src/settings.js';

const story = (...reports: [string | null, string][]) => reports.map(([date, text], i) => ({ article: `a${i}`, date, text }));

/** Runs `body` with the calendar reading on, whatever the settings say. */
function withCalendarDays<T>(body: () => T): T {
  const before = settings.calendarDays;
  settings.calendarDays = true;
  try {
    return body();
  } finally {
    settings.calendarDays = before;
  }
}

test('a weekday is the latest such day up to the report, or the next one when the act is ahead', () => {
  assert.equal(weekdayDate('monday', '2031-05-14', 'The pier was opened '), '2031-05-12');
  assert.equal(weekdayDate('wednesday', '2031-05-14', 'The pier was opened '), '2031-05-14');
  assert.equal(weekdayDate('friday', '2031-05-14', 'The union will meet the managers '), '2031-05-16');
  assert.equal(weekdayOf('2031-05-13'), 'Tuesday');
  assert.deepEqual(relativeDays('Crews worked through last night and left yesterday; talks resume today.').map((day) => [day.value, day.offset]), [['last night', -1], ['yesterday', -1], ['today', 0]]);
});

test('"yesterday" in a Wednesday report is Tuesday: it disputes "on Monday" and agrees with a Thursday report\'s "on Tuesday"', () => {
  withCalendarDays(() => {
    const disputed = frameConflicts(story(['2031-05-14', 'The ferry line opened a new pier at Tessel yesterday.'], ['2031-05-14', 'The new pier was opened on Monday by the harbour master.']), ['day']);
    assert.equal(disputed.length, 1);
    assert.deepEqual(disputed[0]!.versions.map((version) => version.value).sort(), ['on Monday', 'yesterday (Tuesday)']);
    assert.deepEqual(frameConflicts(story(['2031-05-14', 'The ferry line opened a new pier at Tessel yesterday.'], ['2031-05-15', 'The new pier was opened on Tuesday by the harbour master.']), ['day']), []);
  });
});

test('an undated report\'s "yesterday" dates nothing; a day said of the report or a possessive is no act\'s day', () => {
  withCalendarDays(() => {
    assert.deepEqual(frameConflicts(story([null, 'The ferry line opened a new pier at Tessel yesterday.'], [null, 'The new pier was opened on Monday by the harbour master.']), ['day']), []);
    assert.deepEqual(frameConflicts(story(['2031-05-14', 'The pier opened at Tessel, the operator said yesterday.'], ['2031-05-14', 'The new pier was opened on Monday.']), ['day']), []);
  });
});

test('the same weekday a week apart in reports of different weeks is no dispute of one act', () => {
  withCalendarDays(() => {
    assert.deepEqual(frameConflicts(story(['2031-05-14', 'The ferry line opened a new pier on Monday.'], ['2031-05-28', 'The ferry line opened a new pier on Tuesday.']), ['day']), []);
  });
});
