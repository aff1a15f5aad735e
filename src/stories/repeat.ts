// Reports of a repeat event: "returned to Canberra", "is back in", "for the second time", "walk out again", "a second
// cyberattack this year". Such a report says an earlier, look-alike event exists, so it must not be bridged to an old
// story by shared names alone (the same people meeting in the same place two years apart are two events).
const REPEAT_CUE =
  /\b(?:return(?:ed|s|ing)? to|(?:is|was|are|were|came|comes|be) back (?:in|to|at)|back in(?= \p{Lu})|for (?:a|the) (?:second|third|fourth) time|(?:second|third|fourth|another|latest) (?:visit|trip|tour))\b/u;
// An n-th event within a stretch of time: "the second stoppage by metro workers this year", "a third attack in two
// months", "the second such scare in the city this summer". Up to three words between the ordinal and the time (five
// after "such", which says the event is of a kind already seen) keep "second-largest city" and "the second day" out.
const NTH_IN_A_TIME =
  /\b(?:second|third|fourth|fifth)(?:[^\S\n]+such(?:[^\S\n]+[\p{L}-]+){1,4}|(?:[^\S\n]+[\p{L}-]+){1,3})[^\S\n]+(?:this[^\S\n]+(?:year|month|week|season|summer|winter|spring|autumn|fall)|in[^\S\n]+(?:(?:the[^\S\n]+)?(?:past|last)[^\S\n]+)?(?:[\p{L}\d]+[^\S\n]+)?(?:years?|months?|weeks?|days?))\b/iu;
// An ordinal count of the event itself: "for the second time", "for a third time".
const COUNTED_TIME = /\bfor (?:a|the) (?:second|third|fourth|fifth) time\b/iu;
// A lead opening after a long stretch of a matter ("After eight months of uncertainty", "after two years of talks"):
// the matter made news before, so the report is the later of look-alike events.
const AFTER_A_STRETCH = /^\s*after[^\S\n]+(?:[\p{L}\d]+[^\S\n]+)?(?:months|years)[^\S\n]+of\b/iu;
// "again" says so in a headline ("workers walk out again"); in a lead it as often restores a former state ("agencies
// will again be required to consult").
const AGAIN = /\bagain\b/iu;

/** True when the title or lead (the first `leadEnd` characters of the text) reports a return or a repeat. */
export function repeatCue(title: string | null, text: string, leadEnd: number, wide = true): boolean {
  return repeatCues(title, text, leadEnd, wide).repeat;
}

/**
 * Both readings at once, each pattern run once: `repeat` as repeatCue; `counted` when the title or lead counts the
 * event as a later one of its kind ("for the second time in eight months", "a third attack in two months", "ash
 * again" in a headline; with `stretch`, a lead opening "After eight months of..."): its story is the later of two
 * look-alikes. A return ("back in", "returned to") does not
 * count: the subject was there before, not necessarily at an event of the stream.
 */
export function repeatCues(title: string | null, text: string, leadEnd: number, wide = true, stretch = true): { repeat: boolean; counted: boolean } {
  const lead = text.slice(0, leadEnd);
  const headline = title ?? '';
  const nth = AGAIN.test(headline) || NTH_IN_A_TIME.test(headline) || NTH_IN_A_TIME.test(lead);
  const counted = nth || COUNTED_TIME.test(headline) || COUNTED_TIME.test(lead) || (stretch && AFTER_A_STRETCH.test(lead));
  const repeat = REPEAT_CUE.test(headline) || REPEAT_CUE.test(lead) || (wide && nth);
  return { repeat, counted };
}

/** The `counted` reading of repeatCues alone. */
export function countedRepeatCue(title: string | null, text: string, leadEnd: number): boolean {
  return repeatCues(title, text, leadEnd).counted;
}
