// Article extraction from scraped plain text: blocks are split, labelled, and assembled into an Article.
import type { RemovedBlock, SuppliedMetadata } from '../../model.js';
import { splitBlocks, type TextBlock } from './blocks.js';
import { classifyBlocks, corpusBlockStats, type ClassifiedBlock, type CorpusBlockStats } from './classify.js';
import { findDateInLine, parseDateStamp, type DateStamp } from './dateline.js';
import * as settings from '../../settings.js';
import * as patterns from './patterns.js';
import { findAgencies, findPublisher, isAgencyName, namesOnSourceLine, OUTLET_WORD, outletKey } from './sources.js';

export { splitBlocks, corpusBlockStats, classifyBlocks };
export type { ClassifiedBlock, CorpusBlockStats, TextBlock };

export interface TextExtraction {
  title: string | null;
  publisher: string | null;
  byline: string[];
  dateline: string | null;
  /** The date stamp printed with the article, if any; inference from the text is the time stage's job. */
  statedDate: DateStamp | null;
  paragraphs: string[];
  boilerplate: RemovedBlock[];
  agencies: string[];
  /** Photo captions, kept apart so that later stages never date an article by a file photo. */
  captions: string[];
  blocks: ClassifiedBlock[];
}

/** The article's own text: body, standfirst and subheadings. */
const KEPT_LABELS = new Set(['body', 'standfirst', 'subheading']);

/** "MOSCOW (Reuters) -" or "YANGON, June 22 (AFP) —" at the start of the first paragraph. */
const INLINE_DATELINE = /^([\p{Lu}][\p{Lu}.'’ -]{2,40}(?:,\s[\p{L}.'’ ]{2,30}?)?(?:,\s\p{Lu}[\p{Ll}]{2,8}\.?\s\d{1,2})?)\s*(?:\(([^)]{2,30})\))?\s*[-–—]\s/u;

/**
 * A headline given only as the last step of a breadcrumb: "Home › Business › Cocoa union wins premium", or with
 * the separators unspaced after a "You are here:" label ("Sie sind hier:Home»News»Headline").
 */
function lastCrumb(title: string): string {
  const spaced = title.split(/\s+[›»>]\s+/);
  if (spaced.length >= 3) return spaced[spaced.length - 1]!;
  const tight = title.split(/[›»>]/);
  if (tight.length >= 3 && !/[«‹<]/.test(title) && tight.every((crumb) => crumb.trim() !== '')) return tight[tight.length - 1]!.trim();
  return title;
}

/** The root of a breadcrumb whose separators were icons, left joined to the headline ("Home Climate talks stall"). */
const BREADCRUMB_ROOT = /^(?:Home|Startseite|Accueil|Inicio|Início|Strona główna)\s+(?=[\p{Lu}\p{N}"“„])/u;

/**
 * An author credit run into the headline's line, set off by a separator: "Rust at work by Jane Roe · 3 May",
 * "Professionell entlöten von Autor · 22. Oktober 2019", "Fork announced by Jane Roe (@jroe)".
 */
const SEPARATED_CREDIT = /\s+(?:by|By|von|par|di|por)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*[·|(].*$/u;
/** "Faster builds with pip by Jane Roe": a two- or three-word name after "by" that ends the line... */
const ENDING_CREDIT = /\s+by\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}$/u;
/** ...taken off only from a headline in sentence case: in "Cargo Seized by Federal Agents" it is the headline's. */
const LOWERCASE_WORD = /(?:^|\s)\p{Ll}{4,}/u;

/** A section or site name after a bar: "How meditation rewires brains | Opinion" (a bar is not a headline's punctuation). */
const TRAILING_BAR_LABEL = /\s+\|\s+[^|,\s]+(?:\s[^|,\s]+){0,2}$/u;

/** The headline without the page furniture run into its line: breadcrumbs, an author credit, a section or the publisher. */
function cleanTitle(line: string, publisher: string | null): string {
  let title = lastCrumb(line).replace(BREADCRUMB_ROOT, '');
  const words = (text: string) => text.trim().split(/\s+/).length;
  const strip = (pattern: RegExp) => {
    const stripped = title.replace(pattern, '');
    if (stripped !== title && words(stripped) >= 3) title = stripped;
  };
  strip(SEPARATED_CREDIT);
  if (LOWERCASE_WORD.test(title.replace(ENDING_CREDIT, ''))) strip(ENDING_CREDIT);
  strip(TRAILING_BAR_LABEL);
  if (publisher) {
    // "Scalable interpretability — LessWrong": the outlet's name after a dash or bar.
    const parts = title.split(/\s+[|–—-]\s+/);
    if (parts.length >= 2 && outletKey(parts[parts.length - 1]!) === outletKey(publisher)) {
      const rest = title.slice(0, title.length - parts[parts.length - 1]!.length).replace(/\s+[|–—-]\s+$/, '');
      if (words(rest) >= 2) title = rest;
    }
  }
  return title;
}

function bylineNames(text: string): string[] {
  if (isAgencyName(text) || OUTLET_WORD.test(text)) return [text.trim().replace(/[.:]$/, '')];
  const credit = patterns.REPORTER_CREDIT.exec(text.trim());
  if (credit) {
    // "Reporting by A in Hanoi and B in Santiago; Editing by C": the reporters, without places or editors.
    return credit[3]!
      .split(/;\s*/)[0]!
      .split(/\s*(?:,|\band\b|&)\s*/)
      .map((name) => name.replace(/\s+in\s+.*$/, '').trim())
      .filter((name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 4);
  }
  const match = patterns.BYLINE.exec(text.trim());
  if (!match) {
    const withRole = patterns.BYLINE_WITH_ROLE.exec(text.trim());
    return withRole?.[1] ? [withRole[1].replace(/\s*[|,–—-]\s*$/, '').trim()] : [];
  }
  // "Posted by A on February 27, 2025 at 9:42 AM": the names end where the date begins.
  return match[1]!
    .replace(/\s+(?:on|at)\s+.*$/, '')
    .split(/\s*(?:,|\band\b|&|\|)\s*/)
    .map((name) => name.trim())
    .filter((name) => /^\p{Lu}/u.test(name) && name.split(/\s+/).length <= 5);
}

/** A date inside a byline: "Posted by A on February 27, 2025 at 9:42 AM PST". */
const BYLINE_DATE = /\s(?:on|·|\|)\s+(.+)$/;

function chooseStatedDate(blocks: ClassifiedBlock[]): DateStamp | null {
  // Relative stamps ("2 hours ago") are date lines without a calendar date.
  const stamps = blocks.flatMap((b) => (b.label === 'date' ? [parseDateStamp(b.text)].filter((d): d is DateStamp => d !== null) : []));
  for (const byline of blocks.filter((b) => b.label === 'byline')) {
    const tail = BYLINE_DATE.exec(byline.text)?.[1];
    const stamp = tail ? parseDateStamp(tail) : null;
    if (stamp) stamps.push({ ...stamp, evidence: byline.text });
  }
  return stamps.find((s) => !s.isUpdate) ?? stamps[0] ?? metadataLineDate(blocks);
}

/** What may stand before a publication date in a metadata line: nothing, a publication word, a separator. */
const DATE_INTRODUCTION =
  /(?:^|[\s|·•⋅,–—-])(?:published|posted|updated|date|datum|stand|veröffentlicht|erstveröffentlichung|publiziert|geschrieben|erstellt|aktualisiert|publié|publicado|pubblicato|gepubliceerd|on|am|le|il|el|em|op)(?:\s+(?:on|am|le|il|el|em|op))?\s*:?$|^$|[|·•⋅,/–—-]$/iu;
/** A single label before the date: a section ("Politics 04 May 2022") or a weekday ("Do 9 Apr 2020"), never "Tickets:". */
const ONE_WORD_LABEL = /^\p{L}{1,12}$/u;
/** An author's name before the date: "Jane Roe 3.11.2023", "Jane Roe / October 25 2023", "Jane Roe Stand: ...". */
const AUTHOR_BEFORE_DATE = /^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\s*(?:[|/·•⋅,–—-]|stand:)?$/iu;
/** An author credit the date follows: "By Jane Roe Feb 8, 2020", "Posted by Jane 21.10.2019", "... von Autor ·". */
const AUTHOR_CREDIT = /^\s*(?:posted\s+by|by|von|par|por|door|di)\s+\p{L}|(?:^|\s)(?:by|von|par|por)\s+\S+(?:\s+\S+){0,2}\s*[|·•⋅,–—-]?$/iu;

function introducesDate(before: string): boolean {
  return DATE_INTRODUCTION.test(before) || ONE_WORD_LABEL.test(before) || AUTHOR_BEFORE_DATE.test(before) || AUTHOR_CREDIT.test(before);
}

/**
 * With no date line, a date written inside a short metadata line next to the headline ("Veröffentlicht am
 * 12. Juni 2017 von Autor"): only lines a few places around the headline (or the story's first paragraph, on a page
 * without one) are read, so that dated teasers, archives and comments elsewhere on the page are not taken.
 */
function metadataLineDate(blocks: ClassifiedBlock[]): DateStamp | null {
  const S = settings.textExtraction;
  let anchor = blocks.findIndex((b) => b.label === 'title');
  if (anchor < 0) anchor = blocks.findIndex((b) => KEPT_LABELS.has(b.label));
  if (anchor < 0) return null;
  const window = blocks.slice(Math.max(0, anchor - S.metadataDateLinesAbove), anchor + S.metadataDateLinesBelow + 1);
  for (const block of window) {
    if (block.features.words > S.maxMetadataDateLineWords || block.label === 'title' || block.label === 'caption') continue;
    // A sentence of the story that names a date ("On 12 June the council voted") does not date the article.
    if (KEPT_LABELS.has(block.label) && block.features.endsLikeSentence) continue;
    const found = findDateInLine(block.text);
    // The date opens the line, follows a publication word or a separator, or closes an author credit; a date
    // after other words is an event's ("Meeting of 10 October", "Tickets: 21.02.2020").
    if (found && (block.label === 'byline' || introducesDate(found.textBefore.trim()))) {
      return { date: found.date, isUpdate: found.isUpdate, evidence: found.evidence };
    }
  }
  return null;
}

export function extractText(text: string, supplied: SuppliedMetadata = {}, corpus?: CorpusBlockStats): TextExtraction {
  const blocks = classifyBlocks(splitBlocks(text), corpus);
  const kept = blocks.filter((b) => KEPT_LABELS.has(b.label));
  const removed = blocks.filter((b) => !KEPT_LABELS.has(b.label));
  const paragraphs = kept.map((b) => b.text);

  const titleBlock = blocks.find((b) => b.label === 'title')?.text;
  const byline = [...new Set(blocks.filter((b) => b.label === 'byline').flatMap((b) => bylineNames(b.text)))];
  let dateline = blocks.find((b) => b.label === 'dateline')?.text ?? null;
  const inline = paragraphs[0] ? INLINE_DATELINE.exec(paragraphs[0]) : null;
  if (dateline === null && inline) dateline = inline[1]!.trim();

  const mastheads = blocks.filter((b) => b.label === 'masthead').map((b) => b.text);
  const furniture = blocks.filter((b) => b.label === 'boilerplate').map((b) => b.text);
  const publisher = supplied.publisher ?? findPublisher({ mastheads, furniture });
  const title = titleBlock ? cleanTitle(titleBlock, publisher) : (supplied.title ?? null);

  const sourceLines = blocks
    .filter((b) => b.reason === 'source line' && /^sources?\b|^via\b/i.test(b.text))
    .flatMap((b) => namesOnSourceLine(b.text));
  const citedIn = [...paragraphs, ...blocks.filter((b) => b.label === 'byline').map((b) => b.text)];
  if (inline?.[2]) citedIn.unshift(inline[2]);
  const agencies = [...new Set([...findAgencies(citedIn, publisher), ...sourceLines])];

  return {
    title,
    publisher,
    byline,
    dateline,
    statedDate: chooseStatedDate(blocks),
    paragraphs,
    boilerplate: removed.map((b) => ({ text: b.text, reason: b.reason ?? b.label })),
    agencies,
    captions: blocks.filter((b) => b.label === 'caption').map((b) => b.text),
    blocks,
  };
}
