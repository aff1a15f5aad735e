// Words of the temporal grammar: month, weekday, number, unit, season, part-of-day and fuzzy-reference words.
// Every map is keyed by the lower-cased token as the tokenizer produces it (no trailing period).

/** Month names and their usual abbreviations -> month number 1..12. "may" and "march" are ambiguous words,
 * the grammar asks for extra context before reading them as months. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12],
  ['dec', 12],
]);

/** Weekdays -> ISO day number (Monday 1 .. Sunday 7). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1], ['tuesday', 2], ['tue', 2], ['tues', 2], ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4], ['friday', 5], ['fri', 5], ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['a', 1], ['an', 1], ['single', 1], ['half', 0.5], ['dozen', 12], ['couple', 2],
]);

/** Vague quantities: "several years" -> PXY. */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous', 'various']);

/** Ordinal words -> number, for quarters, halves and days ("the third quarter", "June 1st"). */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['twenty-first', 21], ['last', -1], ['final', -1],
]);

/** Calendar units and their TIMEX3 duration letter. Time units are written after a `T` in values. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century' | 'millennium';

export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'second'], ['seconds', 'second'], ['minute', 'minute'], ['minutes', 'minute'], ['min', 'minute'],
  ['mins', 'minute'], ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'], ['day', 'day'],
  ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['weekend', 'weekend'], ['weekends', 'weekend'],
  ['month', 'month'], ['months', 'month'], ['quarter', 'quarter'], ['quarters', 'quarter'], ['year', 'year'],
  ['years', 'year'], ['yr', 'year'], ['yrs', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'], ['millennium', 'millennium'], ['millennia', 'millennium'],
]);

/** Plural unit words: a bare plural ("for years") is a vague duration. */
export const PLURAL_UNITS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries']);

/** Duration letters of TIMEX3 (`P3D`, `PT4H`). Quarters are written as 3 months, decades as `DE`, centuries `CE`. */
export const UNIT_LETTER: Readonly<Record<Unit, string>> = {
  second: 'S', minute: 'M', hour: 'H', day: 'D', week: 'W', weekend: 'WE', month: 'M', quarter: 'Q', year: 'Y',
  decade: 'DE', century: 'CE', millennium: 'ML',
};

/** Seasons -> TIMEX3 season code. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/** Parts of the day -> TIMEX3 code. */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Words that point to the past, present or future as a whole, with their TIMEX3 value. "previously", "soon",
 * "already" and "once" are left out: TimeBank annotators mark them in under a fifth of their uses. */
export const FUZZY_REFERENCES: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['current', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'], ['recently', 'PAST_REF'], ['recent', 'PAST_REF'], ['lately', 'PAST_REF'],
  ['future', 'FUTURE_REF'], ['past', 'PAST_REF'],
]);

/** Day words relative to the reference date. */
export const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0],
]);

/** Determiners that shift a unit or a named period: "last year", "next month", "this week". */
export const SHIFTERS: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['preceding', -1], ['prior', -1], ['next', 1], ['coming', 1],
  ['following', 1], ['this', 0], ['current', 0], ['present', 0], ['same', 0],
]);

/** Adverbs of frequency -> the period of the SET they denote ("quarterly", "annually" are mostly adjectives of
 * payments in news: "quarterly dividend", and are left out). */
export const SET_WORDS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'],
  ['hourly', 'PT1H'], ['nightly', 'P1D'], ['biweekly', 'P2W'],
]);

/** Future-tense markers: an expression near one of these points after the reference date. */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', "'ll", 'shall', 'going', 'scheduled', 'expected', 'expects', 'plans', 'planned', 'planning', 'due',
  'upcoming', 'intends', 'hopes', 'wo', 'would', 'soon', 'might',
]);

/** Past-tense markers beyond the regular "-ed" forms. */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'took', 'came', 'went', 'made', 'gave', 'began', 'rose',
  'fell', 'won', 'lost', 'held', 'left', 'sold', 'bought', 'paid', 'saw', 'got', 'became', 'led', 'ran', 'spoke',
  'wrote', 'struck', 'hit', 'sent', 'brought', 'thought', 'felt', 'found', 'kept', 'set', 'broke', 'ago', 'since',
  'earlier', 'signed', 'reported', 'announced', 'arrived',
]);

/** Words that end in "-ed" but are not past-tense verbs. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set(['need', 'speed', 'seed', 'red', 'bed', 'feed', 'indeed', 'proceed', 'exceed', 'succeed', 'united', 'limited', 'based', 'related', 'shed', 'hundred', 'embed', 'weed', 'breed', 'greed', 'steed', 'deed', 'heed', 'reed', 'ted', 'ned', 'fred', 'ed']);
