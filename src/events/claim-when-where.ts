// When, where and who of a story's main event, read from an article's lead (issue 7): the place the event happened
// ("arrived in Dar es Salaam"), its day ("struck ... early on Monday", resolved against the article's date by the
// time layer), the date a measure takes effect ("with effect from October 1"), and the person holding a role in it
// ("Judge Thandeka Mbatha", "regional fire commander Kofi Asamoah-Boateng"). Only the lead is read: outlets put the
// event's own facts first, and later sentences are mostly background. The stories stage compares these across
// outlets (src/stories/claims-when-where.ts).
import type { Claim, EntityMention, Span, TextAnnotations, Timex } from '../model.js';
import { whenWhere as settings } from '../settings.js';
import { placeCountry } from './actors.js';
import { attributionOf, countryCodeOf, countryOfNameOrDemonym, isClockOnly, isDemonym, titleClaims } from './claim-facts.js';

/** Slots of this module: the stories stage aligns them apart from the figures. */
const WHEN_WHERE_SLOTS = {
  place: 'event place', day: 'event day', effective: 'effective date', role: 'role', post: 'post',
  built: 'year built', completion: 'completion year', target: 'target year', flag: 'ship flag',
} as const;

/**
 * The flag a ship sails under: "a Liberian-flagged bulk carrier", "the Marshall Islands-flagged tanker", "sailing
 * under the Panamanian flag". Outlets copy it from different registries, and it changes with a sale.
 */
const SHIP_FLAG = /(?<![\p{L}-])(?!(?:The|A|An|Its|Their|This|That)\s)(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)-flagged\b|\bunder\s+(?:the|a)\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+flag\b/gu;

/** "CAPE TOWN, Sept 7 (Continental Press Agency) - ": the dateline's place is where the report was filed. */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]{1,40},[^\n]{0,60}?\s[-–—]\s/u;

/** A place name: capitalised words, with the particles of names such as "Dar es Salaam" or "Rio de Janeiro". */
const PLACE = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:es|de|da|do|del|la|el|al|van|von|upon)\s+)?\p{Lu}[\p{L}'’-]+){0,3}`;
/** "in Arusha", "at Macquarie Heads", "in the port city of Lobito", "in the capital, Naypyidaw". */
const PLACE_AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:in|at|off)\s+(?:the\s+(?:(?:port\s+|coastal\s+|border\s+|capital\s+)?(?:city|town|village|port|capital|district|province|region|island)(?:\s+of|,)?\s+))?(${PLACE})`,
  'gu',
);
const WIDE_AREA = /^\s+(?:state|province|region|county|prefecture|governorate|territory)\b/u;
const NOT_PLACE_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|His|Her|Their|Its|This|That|Parliament|Congress|Court|Government)$/u;

/**
 * Verbs of the main event a day is attached to: "struck ... early on Monday", "a fire that started on Sunday night".
 * Lower case only: a capitalised "Hit" or "Killed" is a headline's or a page's label, not the story's sentence.
 */
const EVENT_VERB = /\b(?:struck|hit|made landfall|came ashore|broke out|started|began|erupted|exploded|crashed|collapsed|capsized|sank|derailed|signed|met|arrived|landed|killed|attacked|stormed|ruled|sentenced|convicted|acquitted|launched|swept)\b/gu;
const EVENT_VERB_BEFORE = new RegExp(String.raw`${EVENT_VERB.source}[^.;]{0,${settings.placeReach}}$`, 'u');
/** Verbs past the lead that date the main event itself: it was found, it took place, it broke out. */
const BODY_EVENT_VERB = /\b(?:(?:was|were)\s+(?:found|discovered|seized|intercepted)|took\s+place|happened|occurred|broke\s+out|struck|collapsed|crashed|capsized|exploded)\b/gu;
/** A day the report was made on, not the event's: "fire officials said on Monday". */
const REPORTING_BEFORE = /\b(?:said|says|told|reported|confirmed|announced)\s+(?:\p{L}+\s+)?$/u;

/** "taking effect on 1 July 2026", "with effect from October 1", "starting on May 4", "kicks in on the first of January". */
const EFFECTIVE = /\b(?:tak(?:e|es|ing)\s+effect|with\s+effect|effective|comes?\s+into\s+force|coming\s+into\s+force|kicks?\s+in|kicking\s+in|start(?:s|ing)?|begin(?:s|ning)?|will\s+begin)\s+(?:on|from|as\s+of)?\s*$/iu;

/**
 * Roles one person holds in an event (the judge, the fire commander, the coroner, the winning bidder), as
 * written in running text or in a title: "judge" or "Judge", "chief executive" or "Chief Executive".
 */
const ROLE_WORDS = ['judge', 'justice', 'magistrate', 'commander', 'commissioner', 'coroner', 'bidder']
  .map((role) => role.replace(/(^|\s)(\p{Ll})/gu, (_, space: string, letter: string) => `${space}[${letter.toUpperCase()}${letter}]`))
  .join('|');
/** "Judge Thandeka Mbatha", "regional fire commander Kofi Asamoah-Boateng", "Regional Fire Commander, ACFO Kwame A-B". */
const ROLE_BEFORE_NAME = new RegExp(
  String.raw`\b((?:[\p{L}-]+\s+){0,3}?)(${ROLE_WORDS})\s*,?\s+(?:(?:\p{Lu}{2,6}|Dr|Mr|Mrs|Ms|Madam)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})`,
  'gu',
);
const YEAR = String.raw`(1[89]\d{2}|20\d{2})`;
/** "The bridge was built in 1961", "the 330-metre bridge, opened in 1963,": the year of the thing the story is about. */
const BUILT_IN = new RegExp(String.raw`\b(\p{Ll}{3,})(?:,\s*(?:which\s+(?:was\s+)?)?|\s+(?:was|were|had been)\s+)(?:first\s+)?(?:built|opened|constructed|inaugurated|founded|completed)\s+in\s+${YEAR}\b(?!\s*(?:and|to|-)\s*\d)`, 'gu');
/** "expected to be completed in 2029", "Completion is scheduled for 2029", "due to be finished in 2030". */
const COMPLETION = new RegExp(String.raw`\b(?:complet\w*|finish\w*|operational)\b[^.;\d]{0,40}?\b(?:in|by|for)\s+${YEAR}\b(?!\s*(?:and|to|-)\s*\d)`, 'giu');
/** "lift two-way trade to A$35 billion by 2029", "a trade target of A$35 billion by 2028": a goal's year, by its figure. */
const TARGET_BY = new RegExp(String.raw`\b(?:to|of)\s+(?:\p{Sc}|[A-Z]{1,3}\p{Sc}|US\p{Sc})?(\d[\d,.]*)(?:\s*(?:billion|million|bn|m|per\s*cent|%))?[^.;\d]{0,25}?\bby\s+${YEAR}\b`, 'gu');

/** Lower-case words that say which post (rank, level, service): "deputy", "regional", "council", "general". */
const POST_KIND_WORDS = 'deputy|vice|assistant|senior|chief|general|regional|district|provincial|national|council|company|city|county|state|fire|police|operating|executive|managing|communications';
/** The head of a post a person holds: "deputy governor", "chief economist", "Secretary General". */
const POST_HEAD = String.raw`(?:[Ss]ecretary[- ][Gg]eneral|[Dd]irector[- ][Gg]eneral|[Cc]hief [Ee]xecutive|[Cc]hief of [Ss]taff|[Vv]ice[- ][Pp]resident|[Uu]ndersecretary|[Ee]ngineer|[Gg]overnor|[Ee]conomist|[Mm]inister|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Pp]resident|[Cc]ommissioner|[Mm]ayor|[Aa]mbassador|[Ss]ecretary|[Tt]reasurer|[Mm]anager|[Ee]ditor|[Aa]dvis[eo]r|[Ss]pokes(?:man|woman|person)|[Cc]ommander|[Oo]fficer|[Pp]rosecutor|[Hh]ead(?=\s+of\b))`;
/** A word of a post before its head ("deputy", "Finance", "managing"): no verb or function word ("who was appointed"). */
const POST_WORD = String.raw`(?!(?:who|which|that|was|were|is|are|has|had|have|been|be|said|says|and|or|but|also|now|then|as|to|of|in|at|for)\b)(?!(?!(?:[Mm]anaging|[Oo]perating)\b)[\p{L}-]*(?:ed|ing)\b)[\p{L}-]+`;
/** A person's full name; an Arabic article may lead a surname ("Salim al-Hinai"). */
const PERSON = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:al|el)-)?\p{Lu}[\p{L}'’-]+){1,2}`;
/** "Ruth Mbwana, the bloc's Secretary General", "Grace Wanjiru, 51, deputy governor of the Central Bank". */
const NAME_THEN_POST = new RegExp(
  String.raw`(${PERSON}),\s+(?:\d{1,3},\s+)?(?:(?:the|a|an)\s+)?(?:[\p{L}.’'-]+['’]s\s+)?(?:\d{1,3}-year-old\s+)?((?:${POST_WORD}\s+){0,3}?${POST_HEAD})(?<complement>\s+(?:of|for)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,${settings.postComplementWords}}?(?=\s*[,.;]|\s+(?:said|says|told|who)\b))?(?=\s+(?:of|at|for|in|with)\b|\s*[,.;]|\s+(?:said|says|told|who)\b|$)`,
  'gu',
);
/** "Deputy Secretary General Ruth Mbwana": a post with its qualifiers written before the name. */
const POST_THEN_NAME = new RegExp(String.raw`\b((?:(?:Deputy|Vice|Assistant|Chief|Senior|Executive)\s+){0,2}(?:Secretary[- ]General|Director[- ]General|Chief Executive|Governor))\s+(${PERSON})`, 'gu');

/**
 * "deputy mayor Nomvelo Dube", "Regional Fire Commander Joseph Kimaro", "Undersecretary for Rails Ramon Dizon": any
 * post head with the words that say which post it is (capitalised words or rank and kind words) right before a name.
 */
const ANY_POST_THEN_NAME = new RegExp(
  String.raw`(?<![\p{L}'’-])((?:(?:\p{Lu}[\p{L}-]+|es|de|da|del|${POST_KIND_WORDS})\s+){0,4}${POST_HEAD}(?:\s+(?:of|for)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})?),?\s+(${PERSON})`,
  'gu',
);
/** Words of a post that name its organisation, not which post: "company spokesman", "KNPC spokesman". */
const ORGANISATION_WORD = /^(?:company|council|union|board|firm|group|\p{Lu}{2,6})$/u;

/**
 * A post as compared across outlets: lower case, hyphens as spaces, what it covers ("of services") and its
 * organisation left out, "chief executive officer" as "chief executive".
 */
export function postKey(post: string): string {
  const portfolio = ministerKey(post);
  if (portfolio) return portfolio;
  const head = post.replace(/\s+(?:of|for)\s+(?!staff\b).*$/u, '');
  const kept = words(head).filter((word, i, all) => i === all.length - 1 || !ORGANISATION_WORD.test(word));
  return kept.join(' ').toLowerCase().replace(/-/gu, ' ').replace(/\bchief executive officer\b/u, 'chief executive');
}

/**
 * A minister's portfolio is the post itself, not an organisation: "Minister for Energy" is not "Minister for Gozo".
 * Written either way round, it is keyed portfolio first ("Minister of Energy" = "Energy Minister"), "affairs",
 * "and" and "the" left out ("Minister of Foreign Affairs" = "Foreign Minister"), a rank kept in front
 * ("Vice-Minister of Petroleum" -> "vice petroleum minister"). Null for any other post, and for a prime, chief or first
 * minister, whose "of" names a country or state.
 */
function ministerKey(post: string): string | null {
  const m = /^(?<rank>.*?)\bminister\s+(?:of|for)\s+(?<portfolio>.+)$/iu.exec(post.replace(/-/gu, ' '));
  // "Prime Minister of Malta", "Chief Minister of Sabah": what follows is the country or state, not a portfolio.
  if (!m || /\b(?:prime|chief|first)\s*$/iu.test(m.groups!.rank!)) return null;
  const kept = (text: string) => words(text.toLowerCase()).filter((word) => !MINISTER_FILLER.has(word));
  return [...kept(m.groups!.rank!), ...kept(m.groups!.portfolio!), 'minister'].join(' ');
}
const MINISTER_FILLER = new Set(['the', 'and', 'affairs', 'of', 'for']);

/** Words that open a sentence or point at an owner, not part of a post ("The", "Its", "Then"). */
const NOT_POST_START = /^(?:The|A|An|Its|His|Her|Their|Our|This|That|Then|But|And|When|After|As|On|In|At|By|Former|Acting|Late|Interim)$/u;

/** "Hallbeck's chief executive Markus Feld": a post in running text, after its organisation, before the name. */
const OWNER_POST_THEN_NAME = new RegExp(String.raw`\b\p{Lu}[\p{L}.-]*['’]s\s+((?:${POST_WORD}\s+){0,3}?${POST_HEAD})\s+(${PERSON})`, 'gu');

/** Words before a role noun that say which role it is ("fire", "regional"), not who says so ("the", "Ghana's"). */
const ROLE_QUALIFIER = /^(?:regional|district|provincial|national|fire|police|army|military|presiding|trial|high|chief|deputy|senior|appeal|appeals|county|state|city|coast|guard|navy|naval)$/iu;
/**
 * Qualifiers that name another role: the fire commander and the police commander are two people. Spokespeople,
 * prosecutors, captains and chief executives are left out: a story has several, and outlets quote different ones.
 */
const ROLE_SERVICE = /^(?:fire|police|army|military|navy|naval|coast|deputy)$/iu;

function words(text: string): string[] {
  return text.trim().split(/\s+/u).filter(Boolean);
}

function isCountry(name: string): boolean {
  return countryCodeOf(name) !== null || isDemonym(name);
}

/** A word of the name is a country, a demonym or no place ("Bihar state" -> "state"): not a person's or a place's name. */
function notAName(name: string): boolean {
  return words(name).some((word) => NOT_PLACE_WORDS.test(word) || isCountry(word));
}

/** A post held no more, or not fully: no version of the post. */
const NOT_CURRENT = /^(?:former|acting|late|then|ex)\b/iu;

function overlapping(entities: EntityMention[], start: number, end: number): EntityMention[] {
  return entities.filter((entity) => entity.start < end && entity.end > start);
}

/** The lead's sentences (dateline cut off): the first `leadSentences` sentences of the article. */
function leadOf(text: string, sentences: Span[]): Span[] {
  const dateline = DATELINE.exec(text);
  const skip = dateline ? dateline[0].length : 0;
  return sentences
    .filter((span) => span.end > skip)
    .slice(0, settings.leadSentences)
    .map((span) => (span.start < skip ? { start: skip, end: span.end } : span));
}

/** The claims of when, where and who of the article's main event (see the file's comment). */
export function whenWhereClaims(text: string, annotations: TextAnnotations, sentences: Span[], referenceYear: number | null = null): Claim[] {
  const claims: Claim[] = [];
  const make = (span: Span, slot: string, value: string, normalized: string, subject: string | null = null): Claim => {
    const evidence = text.slice(span.start, span.end);
    return { slot, value, normalized, sentence: span, evidence: evidence.trim(), attributedTo: attributionOf(evidence), subject };
  };
  const lead = leadOf(text, sentences);
  const place = leadPlace(text, lead, annotations.entities);
  if (place) claims.push(make(place.span, WHEN_WHERE_SLOTS.place, place.value, place.normalized));
  // Without an event verb in the lead, a day is read after a verb that dates the event itself ("were found on
  // Thursday"), in the lead or the few sentences after it.
  const body = sentences.filter((span) => span.start >= (lead.at(-1)?.end ?? 0) && span.start <= settings.leadChars).slice(0, settings.bodyDaySentences);
  const day = leadDay(text, lead, annotations.timexes) ?? leadDay(text, [...lead, ...body], annotations.timexes, BODY_EVENT_VERB);
  if (day) claims.push(make(day.span, WHEN_WHERE_SLOTS.day, day.value, day.normalized, day.partOfDay ? 'time' : null));
  const flag = shipFlag(text, sentences);
  if (flag) claims.push(make(flag.span, WHEN_WHERE_SLOTS.flag, flag.value, flag.normalized));
  for (const span of sentences) {
    if (span.start > settings.leadChars) break;
    const sentence = text.slice(span.start, span.end);
    for (const timex of annotations.timexes) {
      if (timex.start < span.start || timex.end > span.end || !/^(?:\d{4}|XXXX)-\d{2}-\d{2}/u.test(timex.value)) continue;
      if (EFFECTIVE.test(text.slice(Math.max(span.start, timex.start - 40), timex.start))) {
        claims.push(make(span, WHEN_WHERE_SLOTS.effective, timex.text, timex.value.slice(0, 10)));
      }
    }
    for (const m of sentence.matchAll(ROLE_BEFORE_NAME)) {
      const qualifiers = words(m[1] ?? '').filter((word) => ROLE_QUALIFIER.test(word)).map((word) => word.toLowerCase());
      const noun = m[2]!.toLowerCase().replace(/^justice$/u, 'judge');
      const name = m[3]!;
      const at = span.start + (m.index ?? 0) + m[0].length - name.length;
      // The name must be a person's ("Judge Thandeka Mbatha"), not a court or a body ("Commissioner General Office").
      if (overlapping(annotations.entities, at, at + name.length).some((entity) => entity.type !== 'person')) continue;
      if (notAName(name)) continue;
      const service = qualifiers.filter((word) => ROLE_SERVICE.test(word));
      claims.push(make(span, `${WHEN_WHERE_SLOTS.role} ${[...service, noun].join(' ')}`, name, name.toLowerCase(), [...qualifiers, noun].join(' ')));
    }
    for (const claim of yearClaims(sentence, referenceYear)) claims.push(make(span, claim.slot, claim.value, claim.value, claim.subject));
    for (const { name, post } of postsIn(sentence)) {
      claims.push(make(span, WHEN_WHERE_SLOTS.post, post, settings.anyPostBeforeName ? postKey(post) : post.toLowerCase().replace(/-/gu, ' '), words(name).at(-1)!.toLowerCase()));
    }
  }
  return claims;
}

/** A vessel: what a flag is flown by (not "an EU-flagged proposal", "under the Olympic flag"). */
const VESSEL = /\b(?:ship|vessel|tanker|carrier|freighter|ferry|trawler|boat|yacht|barge|tug|liner|cruise|bulker|containership|dredger)s?\b/iu;

/**
 * The first flag the article gives a ship (see SHIP_FLAG), by its country ("Liberian" and "Liberia" agree): a country
 * or its demonym only, and a vessel named in the sentence, within whenWhere.flagVesselChars after "-flagged".
 */
function shipFlag(text: string, sentences: Span[]): { span: Span; value: string; normalized: string } | null {
  for (const span of sentences) {
    const sentence = text.slice(span.start, span.end);
    for (const m of sentence.matchAll(SHIP_FLAG)) {
      const written = (m[1] ?? m[2])!;
      // "In Greek-flagged", "Antigua and Barbuda-flagged": the two words, else the last alone.
      const country = countryOfNameOrDemonym(written) ?? countryOfNameOrDemonym(written.split(/\s+/u).at(-1)!);
      if (!country) continue;
      const after = m[1] ? sentence.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + settings.flagVesselChars) : sentence;
      if (!VESSEL.test(after)) continue;
      return { span, value: m[0].replace(/^under\s+/u, ''), normalized: country };
    }
  }
  return null;
}

/**
 * The first place of the lead named after "in", "at" or "off": where the event happened. "near Dhaka", "south of
 * Manila" name a point of reference, which another outlet may replace by the suburb itself: no version.
 */
function leadPlace(text: string, lead: Span[], entities: EntityMention[]): { span: Span; value: string; normalized: string } | null {
  for (const span of lead) {
    const sentence = text.slice(span.start, span.end);
    for (const m of sentence.matchAll(PLACE_AFTER_PREPOSITION)) {
      const name = m[1]!.replace(/['’]s$/u, '');
      const at = span.start + (m.index ?? 0) + m[0].length - m[1]!.length;
      const first = words(name)[0]!;
      const after = text.slice(at + m[1]!.length, span.end);
      // "Manila's main airport" is a thing in the place; "Bihar state", "Batangas province" an area around the event.
      if (/^['’]s\s+\p{Ll}/u.test(m[1]!.slice(name.length) + after) || WIDE_AREA.test(after)) continue;
      // Past the first sentence a place is the event's only after an event verb ("The deal was signed in Hanoi").
      if (span !== lead[0] && !EVENT_VERB_BEFORE.test(text.slice(span.start, at))) continue;
      if (NOT_PLACE_WORDS.test(first) || isCountry(name) || isCountry(first)) continue;
      // A person, an organisation or a work named there ("at the East African Community") is no place.
      if (overlapping(entities, at, at + name.length).some((entity) => entity.type !== 'place')) continue;
      // "Indonesia's Sulawesi": a country's region is in that country; a country itself is too wide to compare.
      const country = placeCountry(name);
      return { span, value: name, normalized: `${country ?? '?'}/${name.toLowerCase()}` };
    }
  }
  return null;
}

/** The day of the lead's event verb: the resolved date written closest after (or just before) it. */
function leadDay(text: string, lead: Span[], timexes: Timex[], verbs: RegExp = EVENT_VERB): { span: Span; value: string; normalized: string; partOfDay: boolean } | null {
  for (const span of lead) {
    const sentence = text.slice(span.start, span.end);
    // A clock time alone ("4pm") names no day: its date is only the report's (claim-clock.ts compares the hour).
    const dated = timexes.filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.start >= span.start && t.end <= span.end && /^(?:\d{4}-\d{2}-\d{2}|XXXX-WXX-[1-7]\b)/u.test(t.value) && !isClockOnly(t.text));
    for (const verb of sentence.matchAll(verbs)) {
      const verbEnd = span.start + (verb.index ?? 0) + verb[0].length;
      const timex = dated.find((t) => t.start >= verbEnd && t.start - verbEnd <= settings.dayReach && !REPORTING_BEFORE.test(text.slice(span.start, t.start)));
      if (!timex) continue;
      // The words that place it in the day belong to the value: "early on Monday", "late on Sunday", "Sunday night".
      const before = /\b(?:early|late)\s+(?:on\s+)?$/iu.exec(text.slice(Math.max(span.start, timex.start - 12), timex.start));
      const value = `${before ? before[0] : ''}${timex.text}`;
      // An undated report's "on Monday" stays a weekday (XXXX-WXX-1): it agrees with any Monday.
      const normalized = timex.value.slice(0, 10);
      return { span, value, normalized, partOfDay: timex.type === 'TIME' || before !== null };
    }
  }
  return null;
}

/** "former Governor NAME", "acting Director-General NAME": a post written before a name that is not held now. */
const NOT_CURRENT_BEFORE = /\b(?:former|acting|late|then|ex-?)\s*$/iu;

/** Whether the words just before `at` (a post written before a name) say the post is not held now. */
function afterNotCurrentWord(sentence: string, at: number): boolean {
  return NOT_CURRENT_BEFORE.test(sentence.slice(Math.max(0, at - 12), at));
}

/**
 * The posts the sentence gives its people, each with the full name: "Grace Wanjiru" -> "deputy governor";
 * `extended` adds any post head right before a name (settings.whenWhere.anyPostBeforeName).
 */
function postsIn(sentence: string, extended = settings.anyPostBeforeName): { name: string; post: string }[] {
  const found: { name: string; post: string }[] = [];
  for (const m of sentence.matchAll(NAME_THEN_POST)) {
    const name = m[1]!.replace(/^(?:Dr|Mr|Mrs|Ms|Madam)\s+/u, '');
    // What the post covers ("director of services", "vice-president of Ontario operations") and the organisation
    // ("head of the Bingen shipping office") are shown with it; the post is compared without them (postKey).
    const post = m[2]! + (extended ? m.groups?.complement ?? '' : '');
    // "Former ...", "acting ..." say nothing of the post now; a place or a day is no name.
    if (NOT_CURRENT.test(post) || notAName(name)) continue;
    found.push({ name, post });
  }
  for (const m of sentence.matchAll(OWNER_POST_THEN_NAME)) {
    if (NOT_CURRENT.test(m[1]!) || notAName(m[2]!)) continue;
    found.push({ name: m[2]!, post: m[1]! });
  }
  for (const m of sentence.matchAll(POST_THEN_NAME)) {
    if (afterNotCurrentWord(sentence, m.index ?? 0)) continue;
    found.push({ name: m[2]!, post: m[1]! });
  }
  if (!extended) return found;
  const titled = new Set(titleClaims(sentence).map((claim) => claim.subject));
  for (const m of sentence.matchAll(ANY_POST_THEN_NAME)) {
    const name = m[2]!;
    // "Former mayor NAME" at a sentence's start: the match begins at the word that says the post is not hers now.
    if (found.some((known) => known.name === name) || notAName(name) || NOT_CURRENT.test(m[1]!)) continue;
    if (afterNotCurrentWord(sentence, m.index ?? 0)) continue;
    const postWords = words(m[1]!);
    while (postWords.length > 1 && (NOT_POST_START.test(postWords[0]!) || isCountry(postWords[0]!.replace(/['’]s$/u, '')) || /['’]s$/u.test(postWords[0]!))) postWords.shift();
    // A capitalised office the title slot reads ("Foreign Minister Ana Veld") is left to it.
    if (titled.has(words(name).at(-1)!.toLowerCase())) continue;
    found.push({ name, post: postWords.join(' ') });
  }
  return found;
}

/**
 * Years that are facts of the story: when the thing it is about was built or opened (a past year), when a project is
 * to be completed and by when a goal is to be met (a year to come). Without the article's year, none to come is read.
 */
function yearClaims(sentence: string, referenceYear: number | null): { slot: string; value: string; subject: string | null }[] {
  const found: { slot: string; value: string; subject: string | null }[] = [];
  for (const m of sentence.matchAll(BUILT_IN)) {
    if (referenceYear === null || Number(m[2]) < referenceYear) found.push({ slot: WHEN_WHERE_SLOTS.built, value: m[2]!, subject: m[1]! });
  }
  if (referenceYear === null) return found;
  for (const m of sentence.matchAll(COMPLETION)) {
    if (Number(m[1]) >= referenceYear) found.push({ slot: WHEN_WHERE_SLOTS.completion, value: m[1]!, subject: null });
  }
  for (const m of sentence.matchAll(TARGET_BY)) {
    if (Number(m[2]) > referenceYear) found.push({ slot: WHEN_WHERE_SLOTS.target, value: m[2]!, subject: String(Number.parseFloat(m[1]!.replace(/,/gu, ''))) });
  }
  return found;
}
