// What a page appends after the article's last paragraph inside the same container: the author's biography and
// the site's own sales pitch. Both read as prose, so only their wording and their place at the end give them away.
import type { RemovedBlock } from '../../model.js';
import { htmlTail as settings } from '../../settings.js';
import { clipRemoved } from './dom.js';

/** A person's name opening a sentence: "Jane Doe", "Dr. Jane van Doe", "Jean-Luc", "CNBC's Jane Doe". */
const NAME = String.raw`(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|van|von|de|del|da|le)){0,3}`;
/** Words that open sentences but are no one's name. */
const NOT_A_NAME = /^(?:the|this|that|these|there|it|its|what|which|our|we|you|your|he|she|they|a|an|in|on|at|if|when|as)\b/i;
/** What people are in a biography: a trade, a post or a title. */
const ROLE = String.raw`(?:writer|reporter|editor|journalist|author|correspondent|contributor|columnist|analyst|expert|founder|co-founder|director|professor|faculty|economist|blogger|photographer|producer|strategist|consultant|specialist|researcher|owner|ceo|cto|cfo|president|manager|attorney|lawyer|physician|surgeon|doctor|coach|trainer|designer|developer|engineer|scientist|fellow|lecturer|host|creator|professional|member|lead|head|chief|partner|mentor|educator|nutritionist|therapist|instructor|freelancer?|hiker|traveller|traveler|athlete|triathlete)`;
/** "Jane Doe is a reporter at ...", "Jane is the head of economics research" (the role within the opening). */
const BIO_IS = new RegExp(String.raw`^${NAME}\s+(?:is|was)\s+(?:an?|the)\s([^.!?]{0,120})`, 'u');
const ROLE_WORD = new RegExp(String.raw`\b${ROLE}s?\b`, 'i');
/** "Jane Doe founded ...", "Jane holds an MBA ...": a verb of career, with a pronoun or experience nearby. */
const BIO_CAREER = new RegExp(String.raw`^${NAME}\s+(?:co-?founded|founded|started|holds|leads|has (?:over|more than) \d+\+? years|has (?:been )?(?:written|writing|covered|covering|reported|reporting) (?:for|about|on)|writes (?:for|about))\b`, 'u');
const THIRD_PERSON = /\b(?:he|she|his|her|years of experience)\b/i;
/** "Hi there! I'm Shivya", "Hey, I'm Jessica!", "I'm Philip, a certified personal trainer". */
const SELF_INTRO = /^(?:(?:[Hh]i|[Hh]ey|[Hh]ello)(?:\s+there)?[!,.]?\s+)?I['’]m\s+\p{Lu}\p{L}+(?:[!,.]|\s+and\s)/u;

/** True when a paragraph opens as someone's biography. */
export function isAuthorBio(text: string): boolean {
  if (text.length > settings.maxBioChars) return false;
  if (SELF_INTRO.test(text)) return true;
  if (NOT_A_NAME.test(text)) return false;
  const opening = BIO_IS.exec(text);
  if (opening && ROLE_WORD.test(opening[0])) return true;
  return BIO_CAREER.test(text) && THIRD_PERSON.test(text);
}

/** "About the author", "About the writer": a biography's own label (the name may follow glued on). */
const BIO_LABEL = /^about (?:the )?(?:author|writer|contributor)s?/i;
const LOWER_START = /^\p{Ll}/u;

function isBioLabel(text: string): boolean {
  const match = BIO_LABEL.exec(text);
  return match !== null && text.length < settings.bioHeadingChars && !LOWER_START.test(text.slice(match[0].length));
}

/** A short unpunctuated line just above a biography: its heading ("About the author") or the author's name. */
const UNPUNCTUATED = /[^.!?…:;"”»)]$/u;

/**
 * Drops a biography found among the article's last paragraphs, with what follows it and its heading. The article
 * must have gone on for a few paragraphs before it: a profile opening with "X is a ..." is the article itself.
 */
export function dropTrailingBio(paragraphs: string[], removed: RemovedBlock[]): string[] {
  const from = Math.max(settings.minParagraphsBeforeBio, paragraphs.length - settings.bioTailParagraphs);
  let start = -1;
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (isAuthorBio(p) || isBioLabel(p)) {
      start = i;
      break;
    }
  }
  if (start < 0) return paragraphs;
  while (start > settings.minParagraphsBeforeBio) {
    const above = paragraphs[start - 1]!;
    if (above.length >= settings.bioHeadingChars || !UNPUNCTUATED.test(above)) break;
    start--;
  }
  for (const p of paragraphs.slice(start)) removed.push({ text: clipRemoved(p), reason: 'byline' });
  return paragraphs.slice(0, start);
}
