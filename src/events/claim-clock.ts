// The clock time of a story's main event (issue 7): "broke out at around 9:40 a.m.", "started at about 10:15 in the
// morning", "toppled onto a quay at about 14:20", "lifted off at 11:17 p.m. local time". A time is the event's when a
// verb of the past stands before it in its clause; a time to come ("a rally at 10 a.m.") or a programme's ("watch at
// 8 p.m.") has none. The stories stage compares the first such time of each article (src/stories/claims-when-where.ts).
import type { Claim, Span } from '../model.js';
import { whenWhere } from '../settings.js';
import { attributionOf } from './claim-facts.js';

const CLOCK_SLOT = 'event time';

/**
 * "at 9:40 a.m.", "at about 10:15 in the morning", "shortly after 4pm", "14:20 local time": the hour, its minutes
 * and the part of the day. A bare hour needs "a.m."/"p.m." or a part of the day; a time with minutes needs a colon,
 * or a dot and "a.m."/"p.m." ("3.15pm").
 */
const CLOCK = /\b(at|after|before|around|about|by|until)\s+(?:(?:around|about|approximately|roughly|some|just|shortly)\s+(?:after\s+|before\s+)?)?(\d{1,2})(?:([:.])(\d{2}))?\s*(a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b|h\b|hrs\b|hours\b)?/gu;
/** A verb of the past: "broke", "toppled", "left", "lifted off". */
const PAST_VERB = /\b(?:\p{Ll}{2,}ed|broke|began|struck|hit|sank|fell|rose|left|took|went|came|ran|blew|caught|shook|tore|drove|flew|swept|set|burst|gave)\b/u;
/** Words that make the clause a programme or a plan: no fact of the event. */
const NOT_EVENT = /\b(?:watch|tune|bulletin|broadcast|will|would|shall|scheduled|planned|due|call(?:s|ed)?\s+(?:on|for)|meeting|rally|demonstration)\b/iu;

/** Minutes after midnight, or with "?" first when the part of the day is unknown ("9:40"): compared modulo 12 hours. */
function clockMinutes(hour: number, minutes: number, part: string | undefined): string | null {
  if (hour > 23 || minutes > 59) return null;
  const p = (part ?? '').toLowerCase().replace(/[\s.]/gu, '');
  const pm = p === 'pm' || /afternoon|evening|night/u.test(p);
  const am = p === 'am' || /morning/u.test(p);
  if ((pm || am) && (hour > 12 || hour === 0)) return null;
  if (pm) return String(((hour % 12) + 12) * 60 + minutes);
  if (am) return String((hour % 12) * 60 + minutes);
  if (hour > 12 || hour === 0 || /^(?:h|hrs|hours)$/u.test(p)) return String(hour * 60 + minutes);
  return `?${hour * 60 + minutes}`;
}

/** Every clock time of the article written after a verb of the past in its clause, in the order written. */
export function clockClaims(text: string, sentences: Span[]): Claim[] {
  const claims: Claim[] = [];
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    if (!/\d/u.test(sentence)) continue;
    for (const m of sentence.matchAll(CLOCK)) {
      const [written, , hour, separator, minutes, part] = m;
      // "3.15pm", "7.40am" (British style): a dotted time needs its a.m. or p.m., or it is a decimal ("at 6.25").
      if (separator === '.' && !/^[ap]/iu.test(part ?? '')) continue;
      // A bare number is a count ("at 40"), not an hour: an hour needs its minutes or its part of the day.
      if (minutes === undefined && part === undefined) continue;
      if (minutes === undefined && /^(?:h|hrs|hours)$/u.test(part!)) continue;
      // "at 10:15 hours" or "14 hours" after "for": a duration, not a time.
      const after = sentence.slice((m.index ?? 0) + written.length);
      if (/^\s*(?:%|per\s*cent|percent|million|billion|km|kilomet|metres|miles|points|minutes|seconds)/iu.test(after)) continue;
      const before = sentence.slice(Math.max(0, (m.index ?? 0) - whenWhere.clockVerbReach), m.index ?? 0);
      const clause = before.split(/[;:"“”]|,\s+(?:and|but|while|when)\b/u).at(-1)!;
      if (!PAST_VERB.test(clause) || NOT_EVENT.test(clause)) continue;
      const normalized = clockMinutes(Number(hour), Number(minutes ?? 0), part);
      if (normalized === null) continue;
      const value = written.replace(/^(?:at|after|before|around|about|by|until)\s+/u, m[1] === 'after' || m[1] === 'before' ? `${m[1]} ` : '').trim();
      const evidence = sentence.trim();
      claims.push({ slot: CLOCK_SLOT, value, normalized, sentence: span, evidence, attributedTo: attributionOf(evidence) });
    }
  }
  return claims;
}
