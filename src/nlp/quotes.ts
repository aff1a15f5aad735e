// Quotes: direct (straight, curly, ``TeX'') and partial quotes with their speaker and the agency that relayed
// them. Pure: works from the text alone, and uses sentence and entity layers when they are given.
//   "…," Shoigu told junta officials, according to TASS.      -> speaker Shoigu, via TASS
//   "…," RIA quoted Shoigu as saying.                         -> speaker Shoigu, via RIA
//   Morgan Michaels, a researcher at …, told AFP: "…"          -> speaker Morgan Michaels, via AFP
//   "…," he said.                                             -> the last person named before the quote
import type { EntityMention, Quote, Span } from '../model.js';
import { events as settings } from '../settings.js';

/** News agencies and outlets that relay quotes; "X news agency" and "state media" are found by pattern too. */
const AGENCIES = [
  'TASS', 'Itar-Tass', 'RIA Novosti', 'RIA', 'Interfax', 'Sputnik', 'AFP', 'Agence France-Presse', 'Reuters', 'AP',
  'Associated Press', 'Bloomberg', 'Xinhua', 'Kyodo', 'Yonhap', 'KCNA', 'IRNA', 'Anadolu', 'Bernama', 'Antara', 'DPA',
  'EFE', 'ANSA', 'PTI', 'ANI', 'MRTV', 'BBC', 'CNN', 'Al Jazeera', 'Tanjug', 'Ceteka', 'APS', 'MENA', 'SANA', 'SPA',
  'WAM', 'Petra', 'Kuna', 'Prensa Latina', 'UNB', 'Global New Light of Myanmar', 'Irrawaddy', 'Mizzima',
];
// Agency names hold only letters, spaces and hyphens, so they need no escaping in the pattern.
const AGENCY_ALTERNATION = [...AGENCIES].sort((a, b) => b.length - a.length).join('|');
/** An agency name, or a described outlet ("Russia's RIA news agency", "state media", "state broadcaster MRTV"). */
const AGENCY = new RegExp(
  `(?:(?:[\\p{Lu}][\\p{L}]+['’]s\\s+)?(?:[Ss]tate(?:-run)?\\s+(?:news\\s+agency|broadcaster|media|television|TV)\\s+)?\\b(?:${AGENCY_ALTERNATION})\\b(?:\\s+news\\s+agency)?|\\b[Ss]tate(?:-run)?\\s+(?:media|television|TV|news\\s+agency|broadcaster))`,
  'u',
);

/** A capitalised name of up to five words, with name particles ("Hamad bin Khalifa"). */
const NAME_RUN = "(?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+(?:(?:bin|al|de|van|von)\\s+)?[\\p{Lu}][\\p{L}'’.-]*){0,4}";

const SAY = 'said|says|say|told|tells|added|adds|stated|declared|announced|wrote|writes|warned|insisted|noted|explained|stressed|asked|replied|continued|according to|quoted|reported|claimed|confirmed';

const VIA_PATTERNS: RegExp[] = [
  new RegExp(`according to\\s+(?:the\\s+)?(${AGENCY.source})`, 'iu'),
  new RegExp(`(${AGENCY.source})\\s+quoted\\b`, 'u'),
  new RegExp(`\\btold\\s+(?:the\\s+)?(${AGENCY.source})`, 'u'),
  new RegExp(`(?:interview\\s+with|carried\\s+by|broadcast\\s+by|cited\\s+by)\\s+(?:the\\s+)?(${AGENCY.source})`, 'iu'),
  new RegExp(`(${AGENCY.source})\\s+(?:reported|said|cited)`, 'u'),
];

const QUOTE_PAIRS: [string, string][] = [['“', '”'], ['"', '"'], ['``', "''"], ['«', '»']];

/** Words that are not names even when capitalised. */
const NOT_NAME = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'At', 'This', 'That', 'His',
  'Her', 'Their', 'Its', 'According', 'As', 'After', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
  'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr',
]);
const TITLES = new Set([
  'President', 'Prime', 'Minister', 'Secretary', 'General', 'Senior', 'Chief', 'Commander', 'Foreign', 'Defence',
  'Defense', 'Security', 'Council', 'Deputy', 'Vice', 'Ambassador', 'Gen', 'Lt', 'Col', 'Chairman', 'King', 'Queen',
  'Emir', 'Sheikh', 'Leader', 'Spokesman', 'Spokeswoman', 'Russian', 'Chinese', 'American', 'British', 'Myanmar',
  'Junta', 'Military', 'State', 'Sen', 'Rep', 'Gov', 'Mr', 'Mrs', 'Ms', 'Dr',
]);

interface RawQuote extends Span {
  /** The quotation marks included. */
  outer: Span;
}

/** Quoted spans within one paragraph, paired by their marks. */
function findQuotedSpans(text: string): RawQuote[] {
  const found: RawQuote[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const contentStart = start + open.length;
      const end = text.indexOf(close, contentStart);
      const newline = text.indexOf('\n', contentStart);
      if (end < 0) break;
      if (newline >= 0 && newline < end) {
        from = newline;
        continue;
      }
      found.push({ start: contentStart, end, outer: { start, end: end + close.length } });
      from = end + close.length;
    }
  }
  // Drop quotes nested in an earlier one ('“he said "no"”'), in one pass over the quotes in order.
  found.sort((a, b) => a.outer.start - b.outer.start || b.outer.end - a.outer.end);
  const kept: RawQuote[] = [];
  for (const q of found) {
    const last = kept[kept.length - 1];
    if (last && q.outer.start < last.outer.end) continue;
    kept.push(q);
  }
  return kept;
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function findQuotes(text: string, sentences: Span[], entities: EntityMention[]): Quote[] {
  const quotes: Quote[] = [];
  let previous: { quote: Quote; sentenceEnd: number } | null = null;
  const spans = findQuotedSpans(text);
  for (const q of spans) {
    const content = text.slice(q.start, q.end).trim();
    if (words(content) < settings.minQuoteWords) continue;
    const sentence = sentenceAround(text, sentences, q.outer);
    const before = text.slice(Math.max(sentence.start, q.outer.start - settings.speakerWindowBefore), q.outer.start);
    const after = text.slice(q.outer.end, Math.min(sentence.end, q.outer.end + settings.speakerWindowAfter));
    let { speaker, via } = attribution(before, after);
    if (speaker && /^(?:he|she|him|her)$/i.test(speaker)) speaker = lastPersonBefore(text, q.outer.start, entities);
    else if (speaker && /^(?:it|they)$/i.test(speaker)) speaker = lastOrganisationBefore(text, sentence.start);
    else if (speaker) speaker = fullName(text, speaker, q.outer.start, entities);
    // A quote standing alone continues the previous speaker's words, as news paragraphs do.
    const standsAlone = text.slice(sentence.start, q.outer.start).trim() === '';
    if (!speaker && standsAlone && previous && q.outer.start - previous.sentenceEnd < 400) {
      speaker = previous.quote.speaker;
    }
    // The same speaker quoted again right after a relayed quote is still relayed by that agency.
    if (!via && speaker && previous?.quote.speaker === speaker && q.outer.start - previous.sentenceEnd < 300) via = previous.quote.via;
    const quote: Quote = { start: q.start, end: q.end, text: content, speaker, via };
    quotes.push(quote);
    previous = { quote, sentenceEnd: sentence.end };
  }
  const direct = spans.map((q) => q.outer);
  for (const sentence of sentences.length > 0 ? sentences : roughSentences(text)) {
    if (direct.some((d) => d.start < sentence.end && sentence.start < d.end)) continue;
    const indirect = indirectQuote(text, sentence, entities);
    if (indirect) quotes.push(indirect);
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** Paragraphs split at a stop followed by a capital: enough to find reported speech when no sentences are given. */
function roughSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const para of text.matchAll(/[^\n]+/g)) {
    const base = para.index ?? 0;
    let start = 0;
    for (const m of para[0].matchAll(/[.!?](?=\s+["“]?\p{Lu})/gu)) {
      const at = m.index ?? 0;
      if (/\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|\p{Lu})$/u.test(para[0].slice(Math.max(0, at - 5), at))) continue;
      spans.push({ start: base + start, end: base + at + 1 });
      start = at + 1;
    }
    spans.push({ start: base + start, end: base + para[0].length });
  }
  return spans.map((s) => {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start]!)) start++;
    return { start, end };
  });
}

/** Longest sentence searched for reported speech, in characters. */
const MAX_INDIRECT_SENTENCE = 600;

const REPORT_VERB = 'said|says|told\\s+[^,]{1,40}?|announced|added|stated|warned|insisted|claimed|noted|confirmed|reported|declared';
/** Verbs that report speech on their own ("said Moscow would …") and verbs that need "that" ("announced that"). */
const SAY_DIRECT = 'said|says|added|stated|warned|insisted|claimed|noted|declared';
const SAY_WITH_THAT = 'told\\s+[^,]{1,80}?|announced|confirmed|reported';
const SPEAKER_FIRST = new RegExp(`^((?:[\\p{L}'’.-]+\\s+){0,7}?[\\p{L}'’.-]+)\\s+(?:(?:${SAY_DIRECT})(?:\\s+(?:on|in)\\s+\\p{Lu}\\p{Ll}+)?\\s+(?:that\\s+)?|(?:${SAY_WITH_THAT})(?:\\s+(?:on|in)\\s+\\p{Lu}\\p{Ll}+)?\\s+that\\s+)(.{12,})$`, 'u');
const SPEAKER_LAST = new RegExp(`^(.{12,}?),\\s*((?:[\\p{L}'’.-]+\\s+){0,7}?[\\p{L}'’.-]+)\\s+(?:${REPORT_VERB})\\b[^,]{0,40}[.!?]?$`, 'u');
const QUOTED_AS_SAYING = new RegExp(`^(.{0,80}?)\\bquoted\\s+(${NAME_RUN})\\s+as\\s+saying\\s+(?:that\\s+)?(.{12,})$`, 'u');

/** "Russia said that …", "…, state media reported.", "RIA quoted Shoigu as saying …": reported speech. */
function indirectQuote(text: string, sentence: Span, entities: EntityMention[]): Quote | null {
  const raw = text.slice(sentence.start, sentence.end);
  // Reported speech is one sentence; a run-on block of text (a list, a table) is not searched.
  if (raw.length > MAX_INDIRECT_SENTENCE) return null;
  const body = raw.replace(/[.!?]\s*$/, '');
  const at = (part: string): Span => {
    const offset = raw.indexOf(part);
    return { start: sentence.start + offset, end: sentence.start + offset + part.length };
  };
  let speakerRaw: string | null = null;
  let clause: string | null = null;
  let via: string | null = findVia(raw);
  const quoted = QUOTED_AS_SAYING.exec(body);
  const first = SPEAKER_FIRST.exec(body);
  const last = SPEAKER_LAST.exec(body);
  if (quoted) {
    speakerRaw = quoted[2]!;
    clause = quoted[3]!;
    via ??= cleanAgency(quoted[1]!);
  } else if (first && plausibleSpeaker(first[1]!)) {
    speakerRaw = first[1]!;
    clause = first[2]!;
  } else if (last && plausibleSpeaker(last[2]!)) {
    speakerRaw = last[2]!;
    clause = last[1]!;
  }
  if (!speakerRaw || !clause) return null;
  // "… that Moscow is committed to X, Russia's RIA news agency reported": the trailing attribution is not speech.
  clause = clause.replace(/,\s*(?:according to\b[^,]*|[^,]{0,60}\b(?:reported|said|added|announced)\b[^,]*)$/u, '');
  let speaker: string | null = cleanSpeaker(speakerRaw);
  // An agency that reports is the relay, not the speaker.
  const outlet = AGENCY.exec(speakerRaw);
  if (outlet && speakerRaw.trim().length - outlet[0].length < 25) {
    via ??= cleanAgency(outlet[0]);
    speaker = null;
  } else if (/^(?:he|she)$/i.test(speaker)) speaker = lastPersonBefore(text, sentence.start, entities);
  else if (/^(?:it|they)$/i.test(speaker)) speaker = lastOrganisationBefore(text, sentence.start);
  else speaker = fullName(text, speaker, sentence.start, entities);
  const span = at(clause);
  return { start: span.start, end: span.end, text: clause, speaker, via };
}

/** A reporting subject: a name, a pronoun, an outlet or a described official; not a clause with its own verb. */
function plausibleSpeaker(np: string): boolean {
  const words = np.trim().split(/\s+/);
  if (words.length > 8) return false;
  if (/^(?:he|she|it|they)$/i.test(np.trim())) return true;
  if (/\b(?:is|are|was|were|has|have|had|will|would|that|which|who)\b/i.test(np)) return false;
  return /\p{Lu}/u.test(np) || /\b(?:officials?|ministry|spokes(?:man|woman|person)|government|media|agency|analysts?|experts?|police|army|military|group|sources?)\b/i.test(np);
}

function sentenceAround(text: string, sentences: Span[], span: Span): Span {
  const given = sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (given) return { start: given.start, end: Math.max(given.end, span.end) };
  // No sentence layer: the paragraph around the quote bounds the search.
  const start = text.lastIndexOf('\n', span.start) + 1;
  const newline = text.indexOf('\n', span.end);
  return { start, end: newline < 0 ? text.length : newline };
}

const SPEAKER_NP = `((?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’.-]+\\s+){0,6}?(?:${NAME_RUN}|he|she|it|they|officials?|spokes(?:man|woman|person)|ministry|statement))`;

const AFTER_PATTERNS: { re: RegExp; speaker: number }[] = [
  // ", RIA quoted Shoigu as saying"
  { re: new RegExp(`^[\\s,.:;—–-]*(?:[^,.]{0,60}?)\\bquoted\\s+(${NAME_RUN}|him|her)\\s+as\\s+saying`, 'u'), speaker: 1 },
  // ", said Shoigu" / ", added the minister"
  { re: new RegExp(`^[\\s,.:;—–-]*(?:said|says|added|adds|told|wrote|continued)\\s+((?:the\\s+)?(?:[\\p{L}'’.-]+\\s+){0,5}?${NAME_RUN}|the\\s+[\\p{L}]+)`, 'u'), speaker: 1 },
  // ", Shoigu said" / ", the Kremlin said in a statement" / ", he told reporters"
  { re: new RegExp(`^[\\s,.:;—–-]*${SPEAKER_NP}\\s+(?:also\\s+|later\\s+|further\\s+)?(?:said|says|told|tells|added|adds|wrote|writes|stated|declared|announced|warned|insisted|noted|stressed|explained|replied)\\b`, 'u'), speaker: 1 },
];

/** Speaker and relaying agency from the words around a quote. */
function attribution(before: string, after: string): { speaker: string | null; via: string | null } {
  let speaker: string | null = null;
  for (const { re, speaker: group } of AFTER_PATTERNS) {
    const m = re.exec(after);
    if (m?.[group]) {
      speaker = cleanSpeaker(m[group]!);
      break;
    }
  }
  if (!speaker) speaker = speakerBefore(before);
  if (!speaker) {
    // "… between Russia and Myanmar, it added.": the attribution closes the sentence.
    const closing = CLOSING_ATTRIBUTION.exec(after);
    if (closing?.[1]) speaker = /^(?:he|she|it|they)$/i.test(closing[1]) ? closing[1].toLowerCase() : cleanSpeaker(closing[1]);
  }
  const via = findVia(after) ?? findVia(before);
  if (speaker && via && speaker === via) speaker = null;
  return { speaker, via };
}

const SAY_BEFORE = new RegExp(`\\b(?:${SAY})\\b`, 'gu');
/** "…, it added." closing a sentence. */
const CLOSING_ATTRIBUTION = new RegExp(`,\\s*(he|she|it|they|(?:the\\s+)?${NAME_RUN})\\s+(?:also\\s+)?(?:said|added|says|adds|wrote|stated)\\b[^,"“”]*$`, 'u');
const ACCORDING_TO = new RegExp(`according\\s+to\\s+(?:the\\s+)?(${NAME_RUN})`, 'u');
const NAME_RUNS = new RegExp(NAME_RUN, 'gu');
const AGENCY_NAME = new RegExp(`\\b(?:${AGENCY_ALTERNATION})\\b`, 'u');

/** "Morgan Michaels, a researcher at the IISS, told AFP: …" / "Shoigu told Myanmar's leadership that … “…”". */
function speakerBefore(before: string): string | null {
  const sayings = [...before.matchAll(SAY_BEFORE)];
  const last = sayings.pop();
  if (!last) return null;
  if (/^according to$/i.test(last[0])) {
    const source = ACCORDING_TO.exec(before.slice(last.index ?? 0));
    return source ? cleanSpeaker(source[1]!) : null;
  }
  let subject = before.slice(0, last.index ?? 0);
  // Drop an appositive between the subject and its verb: "Morgan Michaels, a researcher at the IISS,".
  subject = subject.replace(/,\s*(?:a|an|the|who)\s[^,]{1,100},\s*$/u, ' ');
  const clause = subject.split(/[.;:!?"“”]\s*/u).pop() ?? subject;
  const outlet = AGENCY.exec(clause);
  if (outlet && clause.trim().length - (outlet.index + outlet[0].length) < 20) return cleanAgency(outlet[0]);
  const names = [...clause.matchAll(NAME_RUNS)].filter((m) => !NOT_NAME.has(m[0].split(/\s+/)[0]!));
  const pronoun = /\b(he|she|they|it)\s*$/i.exec(clause.trim());
  if (pronoun) return pronoun[1]!.toLowerCase();
  const name = names.pop();
  if (name) return cleanSpeaker(name[0]);
  // "the minister said …": a described speaker.
  const described = /\b(?:[Tt]he|[Aa]n?)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}]+)\s*$/u.exec(clause.trim());
  return described ? described[1]! : null;
}

function findVia(context: string): string | null {
  for (const re of VIA_PATTERNS) {
    const m = re.exec(context);
    if (m?.[1]) return cleanAgency(m[1]);
  }
  return null;
}

/** "Russia's RIA news agency" -> "RIA"; "state media" stays as it is. */
function cleanAgency(raw: string): string {
  const named = AGENCY_NAME.exec(raw);
  return named ? named[0] : raw.trim();
}

/** Strip determiners and titles: "Russian Defence Minister Sergei Shoigu" -> "Sergei Shoigu"; keep "the Kremlin". */
function cleanSpeaker(raw: string): string {
  // "Moscow in April", "Shoigu on Tuesday": the time is not part of the speaker.
  raw = raw.replace(/\s+(?:on|in|last|this)\s+\p{Lu}\p{Ll}+$/u, '');
  const tokens = raw.trim().replace(/['’]s$/, '').split(/\s+/);
  if (tokens.length === 1) return tokens[0]!;
  const lower = tokens[0]!.toLowerCase();
  if (lower === 'the' || lower === 'a' || lower === 'an') {
    const rest = tokens.slice(1);
    return rest.every((t) => /^\p{Lu}/u.test(t)) ? rest.join(' ') : tokens.join(' ');
  }
  let i = 0;
  while (i < tokens.length - 1 && (TITLES.has(tokens[i]!.replace(/\.$/, '')) || /^\p{Ll}/u.test(tokens[i]!))) i++;
  return tokens.slice(i).join(' ');
}

/** A surname alone becomes the fullest earlier form ("Shoigu" -> "Sergei Shoigu"), or the entity's canonical name. */
function fullName(text: string, speaker: string, before: number, entities: EntityMention[]): string {
  const entity = entities.find((e) => (e.type === 'person' || e.type === 'organization') && (e.text === speaker || e.text.endsWith(' ' + speaker)));
  if (entity) return entity.canonical || entity.text;
  if (/\s/.test(speaker)) return speaker;
  const re = new RegExp(`((?:[\\p{Lu}][\\p{L}'’-]+ ){1,3})${speaker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?! \\p{Lu})`, 'gu');
  let best: string | null = null;
  // The fullest form before the quote, else the first one after it (a lead quote can precede the full name).
  const matches = [...text.slice(0, before).matchAll(re)];
  if (matches.length === 0) matches.push(...[...text.slice(before).matchAll(re)].slice(0, 1));
  for (const m of matches) {
    const firstNames = m[1]!.trim().split(/\s+/).filter((w) => !TITLES.has(w) && !NOT_NAME.has(w));
    if (firstNames.length > 0) best = `${firstNames.join(' ')} ${speaker}`;
  }
  return best ?? speaker;
}

/** "…, he said": the nearest person named before the quote. */
function lastPersonBefore(text: string, before: number, entities: EntityMention[]): string | null {
  const person = entities.filter((e) => e.type === 'person' && e.end <= before).pop();
  if (person) return person.canonical || person.text;
  const earlier = text.slice(Math.max(0, before - 600), before);
  const names = [...earlier.matchAll(/\b(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\b/gu)]
    .map((m) => cleanSpeaker(m[1]!))
    .filter((n) => n.split(/\s+/).length >= 2 && !NOT_NAME.has(n.split(/\s+/)[0]!));
  return names.pop() ?? null;
}

function lastOrganisationBefore(text: string, before: number): string | null {
  const earlier = text.slice(Math.max(0, before - 400), before);
  const orgs = [...earlier.matchAll(/\b((?:\p{Lu}\p{Ll}+['’]s\s+)?(?:the\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+(?:Council|Ministry|Office|Kremlin|Government|Department|Commission))\b/gu)];
  return orgs.pop()?.[1] ?? null;
}
