// The day features of the slot aligner (slot-pairs.ts): how far apart two weekdays and two reports' publication days
// are, and whether a weekday is each report's own day, the day something was said or the day of a later turn.
import { slotPairs as settings } from '../settings.js';
import type { ArticleText } from './claims-sentences.js';
import { weekdayIndex } from './dates.js';
import { CALENDAR_WORDS } from './text.js';

/** A weekday's place in the week, Monday 0 as CALENDAR_WORDS counts. */
const WEEKDAY_INDEX = new Map(CALENDAR_WORDS.slice(0, 7).map((day, i) => [day, i]));

/** Days between two weekdays the short way round the week (at most 3), as a share of 3. */
export function dayGap(dayX: string, dayY: string): number {
  const gap = Math.abs(WEEKDAY_INDEX.get(dayX)! - WEEKDAY_INDEX.get(dayY)!);
  return Math.min(gap, 7 - gap) / 3;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/u;

/** An article's publication day ("2026-04-07"), or null when its date is missing or not an ISO day. */
function publishedOn(entry: ArticleText): string | null {
  return entry.date && ISO_DAY.test(entry.date) ? entry.date.slice(0, 10) : null;
}

/** Days between two articles' publication days, at most `maxDaysApart`, as a share of it; 0 when a date is missing. */
export function publishedApart(a: ArticleText, b: ArticleText): number {
  const [dayA, dayB] = [publishedOn(a), publishedOn(b)];
  if (!dayA || !dayB) return 0;
  const days = Math.abs(Date.parse(dayA) - Date.parse(dayB)) / 86_400_000;
  return Math.min(days, settings.maxDaysApart) / settings.maxDaysApart;
}

/**
 * Whether two weekdays are each as far from their own report's publication day, the reports published on different
 * days: a Wednesday report's "on Wednesday" and a Thursday report's "on Thursday" tell each day's news, not two
 * versions of one day.
 */
export function dayOfEachReport(dayX: string, a: ArticleText, dayY: string, b: ArticleText): boolean {
  const [dayA, dayB] = [publishedOn(a), publishedOn(b)];
  if (!dayA || !dayB || dayA === dayB) return false;
  const back = (day: string, published: string) => (mondayFirst(published) - WEEKDAY_INDEX.get(day)! + 7) % 7;
  return back(dayX, dayA) === back(dayY, dayB);
}

/** The weekday of an ISO day, Monday 0 as CALENDAR_WORDS counts. */
const mondayFirst = (iso: string) => (weekdayIndex(iso) + 6) % 7;

/**
 * Whether a day is the day something was said ("the ministry said on Tuesday", "told reporters on Monday"): the day
 * of the report, which differs from report to report, not the day of the event.
 */
export function isStatementDay(mention: { evidence: string; start: number }): boolean {
  return SAID_BEFORE.test(mention.evidence.slice(Math.max(0, mention.start - settings.statementReach), mention.start));
}
/** A speech verb, then at most two words (its object: "told aid workers", "said in Lima") up to the day. */
const SAID_BEFORE = /\b(?:said|says|told|announced|confirmed|reported|estimated|stated|added|warned|insisted|explained)(?:\s+[\p{L}'’-]+){0,2}\s+(?:(?:early|late)\s+)?(?:on\s+)?$/u;

/**
 * Whether a day is the day of a later turn of the story ("the toll rose to 27 on Monday", "found five more bodies on
 * Wednesday"): a word of change shortly before it. A follow-up report's day is seldom a version of the first one's.
 */
export function isUpdateDay(mention: { evidence: string; start: number }): boolean {
  return CHANGE_BEFORE.test(mention.evidence.slice(Math.max(0, mention.start - settings.updateReach), mention.start));
}
const CHANGE_BEFORE = /\b(?:rose|risen|rising|climbed|raising|raised|increased|jumped|more|further|another|additional|latest)\b/u;
