// Reports of a repeat event: "returned to Canberra", "is back in", "for the second time". Such a report says an
// earlier, look-alike event exists, so it must not be bridged to an old story by shared names alone (the same
// people meeting in the same place two years apart are two events).
const REPEAT_CUE =
  /\b(?:return(?:ed|s|ing)? to|(?:is|was|are|were|came|comes|be) back (?:in|to|at)|back in(?= \p{Lu})|for (?:a|the) (?:second|third|fourth) time|(?:second|third|fourth|another|latest) (?:visit|trip|tour))\b/u;

/** True when the title or lead (the first `leadEnd` characters of the text) reports a return or a repeat. */
export function repeatCue(title: string | null, text: string, leadEnd: number): boolean {
  return REPEAT_CUE.test(title ?? '') || REPEAT_CUE.test(text.slice(0, leadEnd));
}
