// The minute of a moment of a match (issue 7): "headed the winner in the 107th minute", "was sent off in the 81st
// minute", "a 58th-minute header". Sports reports time their goals, tries and dismissals by the minute of play, an
// ordinal no other reader takes for a figure. Each minute is keyed by the kind of moment the words around it name (a
// dismissal, the winning score), so one outlet's 67th-minute winner meets the other's 72nd-minute winner and not its
// 81st-minute red card. The stories stage compares the first minute of each kind in each article. The player who
// made the deciding score ("scored the winner", "converted the decisive penalty") is read as a role of the match
// ("role scorer"): two outlets that name different players for it disagree (src/stories/claims-when-where.ts).
import type { Claim, Span } from '../model.js';
import { moments as settings } from '../settings.js';
import { attributionOf } from './claim-facts.js';

const MINUTE_SLOT = 'minute';
/** "in the 67th minute", "a 58th-minute header", "the 90th minute": an ordinal minute of play. */
const MINUTE = /\b(\d{1,3})(?:st|nd|rd|th)[- ]minute\b/gu;
/**
 * The kinds of moment a match has one of: a dismissal, the score that decided it. Any goal is no kind: two outlets
 * leading with different goals of one match would be set against each other.
 */
const MOMENT_KINDS: [string, RegExp][] = [
  ['sending-off', /\b(?:sent off|red card|second yellow|dismissed|dismissal|sin[- ]binned)\b/iu],
  ['winning score', /\b(?:winner|winning|decisive|decider|deciding|match-winning)\b/iu],
];
/** A clause that tells what did not happen then, or only lasted until then: a miss, a save, a goal ruled out. */
const NOT_THE_MOMENT = /\b(?:missed|saved|ruled out|disallowed|booked|substituted|until)\b/iu;

/** A role slot: the stories stage compares it per person, as the judge or the fire commander of other events. */
const SCORER_SLOT = 'role scorer';
/**
 * A word between the player and the scoring verb ("stepped up to"): never a word that hands the act to someone else
 * ("Coach Ivo Horvat said his players scored the winner") or says it did not happen ("nearly scored the winner").
 */
const GAP_WORD = String.raw`(?!(?:said|says|told|nearly|almost|he|she|they|his|her|their|its|we|i|it)\b)\p{Ll}+`;
/** A player's full name: two or three capitalised words. */
const PLAYER = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}`;
/**
 * "Luka Peric heading the winner", "Mario Kovac converted the winning penalty", "Josip Radic stepped up to score the
 * decisive kick", "Jone Koroi, on for the last 20 minutes, scored the winner": the name, then the verb of scoring
 * and the deciding score it made.
 */
const DECIDING_SCORER = new RegExp(
  String.raw`(?<![\p{L}'’-])(${PLAYER})(?:,[^,.;]{1,${settings.scorerAsideChars}},)?\s+(?:${GAP_WORD}\s+){0,${settings.scorerGapWords}}?` +
    String.raw`(?:scored|scores|score|scoring|headed|heading|converted|converting|kicked|kicking|slotted|fired|struck|netted|landed|grabbed|curled|nodded)\s+(?:home\s+|in\s+)?` +
    String.raw`the\s+(?:(?:late|dramatic|stoppage-time|extra-time)\s+)?(?:winner|(?:winning|decisive|deciding|match-winning)\s+(?:goal|try|penalty|kick|spot-kick|drop-goal|basket|shot|run))\b`,
  'gu',
);

/**
 * A player's position or standing written before the name ("Substitute Ana Lenz"), a word that opens the sentence
 * ("Then", "But") or a team's possessive ("Croatia's Luka Peric"): not the name.
 */
const POSITION_WORD = /^(?:(?:Substitute|Replacement|Captain|Skipper|Striker|Forward|Winger|Midfielder|Defender|Fullback|Full-back|Goalkeeper|Centre|Flanker|Veteran|Teenager|Youngster|Coach|Manager|Then|But|And|After|Before|When|As)\s+|\p{Lu}[\p{L}-]*['’]s\s+)+/u;

/** The player each sentence names as making the deciding score, in the order written. */
function scorerClaims(text: string, sentences: Span[]): Claim[] {
  const claims: Claim[] = [];
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    for (const m of sentence.matchAll(DECIDING_SCORER)) {
      const name = m[1]!.replace(POSITION_WORD, '');
      if (!/\s/u.test(name)) continue;
      const evidence = sentence.trim();
      claims.push({ slot: SCORER_SLOT, value: name, normalized: name.toLowerCase(), sentence: span, evidence, attributedTo: attributionOf(evidence), subject: 'scorer' });
    }
  }
  return claims;
}

/** The kind of moment the words around a minute name, or null when they name none (a stoppage, an injury). */
function momentKind(before: string, after: string): string | null {
  // The clause before the minute says what happened in it; a few words after may say it instead ("in the 72nd
  // minute, Mosquera broke through"). The nearer side is read first.
  const clauseBefore = before.split(/[;:]|,\s+(?:but|and|while|before|after)\b/u).at(-1)!;
  const clauseAfter = after.split(/[;:.]|,\s+(?:but|and|while|before|after)\b/u)[0]!;
  for (const side of [clauseBefore, clauseAfter]) {
    if (NOT_THE_MOMENT.test(side)) return null;
    const kind = MOMENT_KINDS.find(([, words]) => words.test(side));
    if (kind) return kind[0];
  }
  return null;
}

/** Every minute of play the article gives a goal, a try or a dismissal, in the order written. */
export function momentClaims(text: string, sentences: Span[]): Claim[] {
  const claims: Claim[] = [];
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    if (!/minute/u.test(sentence)) continue;
    for (const m of sentence.matchAll(MINUTE)) {
      const at = m.index ?? 0;
      const minute = Number(m[1]);
      if (minute < 1 || minute > settings.maxMinute) continue;
      const before = sentence.slice(Math.max(0, at - settings.contextChars), at);
      const after = sentence.slice(at + m[0].length, at + m[0].length + settings.contextChars);
      const kind = momentKind(before, after);
      if (!kind) continue;
      const evidence = sentence.trim();
      claims.push({ slot: MINUTE_SLOT, value: m[0], normalized: `minute ${minute}`, sentence: span, evidence, attributedTo: attributionOf(evidence), subject: kind });
    }
  }
  return [...claims, ...scorerClaims(text, sentences)];
}
