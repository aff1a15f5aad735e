// HTML extraction: main text and metadata of one page. Parse -> read metadata -> clean the tree -> split into
// blocks -> score containers -> keep the article's blocks, naming every dropped block's reason.
import type { PublicationDate, RemovedBlock, Warning } from '../../model.js';
import { html as settings, htmlTail } from '../../settings.js';
import { Element, Text, classAndId, clipRemoved, parseHtml, type AnyNode, type Document } from './dom.js';
import { appendChild, prependChild, removeElement } from 'domutils';
import { cleanTree } from './clean.js';
import { collectBlocks, type TextBlock } from './blocks.js';
import { insideAny, selectContainers } from './score.js';
import { extractMetadata, type PageMetadata } from './metadata.js';
import { boilerplateHint, disclaimerReason, isEndOfArticleHeading, isFormConsent, shortTextReason } from './hints.js';
import { parseTextDate } from './dates.js';
import { dropTrailingBio } from './tail.js';
import { dropTeaserCards, textChars } from './teasers.js';
import { dropCallToActionBoxes } from './cta.js';
import { placeStreamedSegments, unwrapMarkupTemplates } from './templates.js';
import { dropDoubledGroups, dropRepeatedRuns } from './repeats.js';
import { blockKey as comparable, isSplitDropCap } from '../text/blocks.js';

/** The page's metadata (without what only the extractor itself needs) and its main text. */
export interface HtmlExtraction extends Omit<PageMetadata, 'articleBody' | 'titleSource' | 'pageKind'> {
  /** "MOSCOW, June 22 (Reuters) -" opening the first paragraph, when there is one. */
  dateline: string | null;
  paragraphs: string[];
  boilerplate: RemovedBlock[];
  warnings: Warning[];
}

export interface HtmlOptions {
  /** The page's address: resolves the canonical URL and is the date source of last resort. */
  url?: string;
  /** When the page was captured (ISO 8601: a WARC record's date, a fetch time): resolves "3 hours ago". */
  captured?: string;
}

const STAGE = 'extract-html';
const HEADING = /^h[1-6]$/;
/** "MOSCOW, June 22 (Reuters) -", "WASHINGTON (AP) —", "Berlin (dpa) -". */
const DATELINE = /^((?:\p{Lu}[\p{L}.'-]*)(?:[ ,/]+\p{Lu}[\p{L}.'-]*){0,4}(?:,\s+\p{L}+\.?\s+\d{1,2})?\s*(?:\([\p{L}\s.&-]{1,30}\))?)\s*[-–—:]\s/u;

/** Main text and metadata of an HTML page. Never throws on bad markup: returns what it could read, with warnings. */
export function extractHtml(markup: string, options: HtmlOptions = {}): HtmlExtraction {
  const warnings: Warning[] = [];
  const parsed = parseHtml(markup);
  if (parsed.truncated) warnings.push({ stage: STAGE, message: `page longer than ${settings.maxHtmlChars} characters was cut` });
  if (parsed.flattened > 0) warnings.push({ stage: STAGE, message: `markup nested deeper than ${settings.maxDepth} levels was flattened` });
  const metadata = extractMetadata(parsed.document, options.url ?? null, options.captured ?? null);
  const kind = metadata.pageKind;
  const { paragraphs, boilerplate } = extractBody(parsed.document, metadata, warnings);
  if (kind === 'live blog') warnings.push({ stage: STAGE, message: 'live blog: its updates are kept in page order as one text' });
  if (kind === 'front page') warnings.push({ stage: STAGE, message: 'looks like a home page or section front: the text is its teasers, not one article' });
  return {
    title: metadata.title,
    publisher: metadata.publisher,
    byline: metadata.byline,
    published: metadata.published,
    language: metadata.language,
    canonicalUrl: metadata.canonicalUrl,
    dateline: findDateline(paragraphs[0]),
    paragraphs,
    boilerplate,
    warnings,
  };
}

function findBody(document: Document): Element | null {
  const stack = [...document.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    if (!(node instanceof Element)) continue;
    if (node.name === 'body') {
      adoptStrayContent(node);
      adoptHeadContent(node);
      unwrapMarkupTemplates(node);
      placeStreamedSegments(node);
      return node;
    }
    if (node.name === 'html') stack.push(...node.children);
  }
  return null;
}

/**
 * Markup after a premature </body> (or </html>) is still page content: browsers put it in the body, and the
 * parser leaves it beside the body. It is moved to the body's end.
 */
function adoptStrayContent(body: Element): void {
  const stray: AnyNode[] = [];
  let child: AnyNode = body;
  for (let parent = body.parent; parent; child = parent as AnyNode, parent = parent.parent) {
    const siblings = parent.children;
    for (const node of siblings.slice(siblings.indexOf(child) + 1)) if (node instanceof Element || node instanceof Text) stray.push(node);
  }
  if (stray.length === 0) return;
  for (const node of stray) removeElement(node);
  for (const node of stray) appendChild(body, node);
}

/** What a <head> may hold; anything else there is body content the parser left behind an unclosed head. */
const HEAD_TAGS = new Set(['meta', 'link', 'title', 'script', 'style', 'base', 'noscript', 'template']);

/** Content elements inside <head> (a stray tag opened the body early) move to the body's start, as browsers do. */
function adoptHeadContent(body: Element): void {
  const html = body.parent;
  if (!(html instanceof Element)) return;
  const head = html.children.find((n): n is Element => n instanceof Element && n.name === 'head');
  if (!head) return;
  const stray = head.children.filter((n) => n instanceof Element && !HEAD_TAGS.has(n.name));
  for (const node of stray.reverse()) {
    removeElement(node);
    prependChild(body, node);
  }
}

function extractBody(document: Document, metadata: PageMetadata, warnings: Warning[]): { paragraphs: string[]; boilerplate: RemovedBlock[] } {
  // The body is found (and stray content moved into it) before cleaning, which drops the <head> whole.
  const body = findBody(document);
  const boilerplate = cleanTree(document, false);
  const root = body ?? new Element('body', {}, document.children as never);
  const pageBlocks = collectBlocks((body ?? document).children, root);
  const title = metadata.title ? comparable(metadata.title) : null;
  const titleBlock = title ? pageBlocks.find((b) => HEADING.test(b.tag) && isTitleText(comparable(b.text), title)) ?? null : null;
  const containers = selectContainers(pageBlocks, titleBlock);
  const inside = new Set(containers);
  const lead = leadBlocks(pageBlocks, titleBlock, inside);
  for (const block of pageBlocks.filter((b) => b.chars >= 20 && !insideAny(b.element, inside) && !lead.includes(b)).slice(0, 200)) {
    boilerplate.push({ text: clipRemoved(block.text), reason: outsideReason(block) });
  }
  let chosen: TextBlock[] = [...lead];
  for (const container of containers) boilerplate.push(...dropCallToActionBoxes(container), ...cleanTree(container, true));
  // Measured only when a page has teaser rows to weigh (most have none).
  let measured: number | null = null;
  const articleChars = (): number => (measured ??= containers.reduce((n, c) => n + textChars(c), 0));
  for (const container of containers) {
    boilerplate.push(...dropTeaserCards(container, articleChars));
    chosen.push(...collectBlocks([container], root));
  }
  if (chosen.reduce((n, b) => n + b.chars, 0) < 200) chosen = pageBlocks;
  chosen = dropDoubledGroups(chosen, boilerplate);
  chosen.forEach((b, i) => (b.index = i));
  let paragraphs = dropRepeatedRuns(filterBlocks(chosen, metadata, boilerplate, inside), boilerplate);
  const fallback = jsonLdFallback(paragraphs, metadata.articleBody);
  if (fallback) {
    warnings.push({ stage: STAGE, message: 'page text did not match its JSON-LD articleBody; used the articleBody' });
    paragraphs = fallback;
  }
  return { paragraphs, boilerplate };
}

const TABLE_CELL = new Set(['td', 'th']);
const DIGIT = /\d/;
const SENTENCE_END = /[.!?…:"”»)]$/;

/**
 * The standfirst: prose between the headline and the article container (outside it in many layouts). Only blocks
 * that read as sentences, with few links, and at most a few of them.
 */
function leadBlocks(blocks: TextBlock[], titleBlock: TextBlock | null, containers: Set<Element>): TextBlock[] {
  if (!titleBlock || containers.size === 0) return [];
  const start = blocks.indexOf(titleBlock);
  const lead: TextBlock[] = [];
  // Bylines, dates, bullets and share labels between headline and text are tiny: only real blocks count as gap.
  let gap = 0;
  for (let i = start + 1; i < blocks.length && gap <= settings.maxLeadGap; i++) {
    const block = blocks[i]!;
    if (insideAny(block.element, containers)) return lead;
    if (block.chars >= settings.leadGapMinChars) gap++;
    const sentence = SENTENCE_END.test(block.text) || block.chars >= settings.unpunctuatedLeadChars;
    const prose = block.chars >= settings.minLeadChars && linkShare(block) < 0.2 && sentence && shortTextReason(block.text) === null &&
      !markedAsFurniture(block.element);
    if (prose && lead.length < settings.maxLeadBlocks) lead.push(block);
  }
  return [];
}

/** Class/id hints that name a kind of non-article text (not a place such as a sidebar or a meta line). */
const FURNITURE_HINTS = new Set<string>([
  'photo caption', 'photo credit', 'related links', 'advert', 'donation or subscription appeal', 'comments',
  'share or text-size widget', 'browser or cookie warning',
]);

/**
 * A standfirst candidate sits outside the article container, where class/id hints were not applied: a caption or
 * teaser marked as such by its own or a close ancestor's class is not the standfirst.
 */
function markedAsFurniture(element: Element): boolean {
  let current: Element | null = element;
  for (let level = 0; current && level < settings.leadHintLevels; level++) {
    const hint = boilerplateHint(classAndId(current));
    if (hint !== null && FURNITURE_HINTS.has(hint)) return true;
    current = current.parent instanceof Element ? current.parent : null;
  }
  return false;
}

function linkShare(block: TextBlock): number {
  return block.chars === 0 ? 0 : block.linkChars / block.chars;
}

function outsideReason(block: TextBlock): string {
  if (linkShare(block) > settings.maxLinkDensity) return block.inList ? 'related links' : 'navigation';
  return shortTextReason(block.text) ?? 'outside the article';
}

/** "PUBLISHED: November 8, 2023 | UPDATED: ...": a labelled date line above or below the article. */
const DATE_LINE_LABEL = /^(?:(?:last )?(?:published|updated|modified)|posted|veröffentlicht|(?:zuletzt )?aktualisiert|publié|mis à jour|publicado|actualizado)\b/i;

/** A heading's text is the title, or holds it with a kicker or subtitle around it (the title at least half of it). */
function isTitleText(text: string, title: string): boolean {
  return text === title || (title.length >= text.length * 0.5 && ` ${text} `.includes(` ${title} `));
}

/** Drops title repeats, link lists, bylines, datelines, credits and widgets from the article's blocks. */
function filterBlocks(blocks: TextBlock[], metadata: PageMetadata, removed: RemovedBlock[], containers: Set<Element>): string[] {
  const title = metadata.title ? comparable(metadata.title) : null;
  const authors = metadata.byline.map((a) => a.toLowerCase());
  const paragraphs: string[] = [];
  let endedBy: string | null = null;
  let endedAt: Element | null = null;
  // A linked heading between the article's first and last prose paragraphs, followed by prose, is a section
  // title; elsewhere, or followed by a blurb, it is a menu entry or a teaser. (Linked list items between prose
  // paragraphs are as often teasers as the text's own: they stay subject to the link rule.)
  const prose = blocks.map((b) => b.chars >= settings.anchorProseChars && linkShare(b) < settings.maxLinkDensity / 2);
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  for (const [position, block] of blocks.entries()) {
    const text = block.text;
    const heading = HEADING.test(block.tag);
    if (endedBy !== null) {
      // A "Related" box ends where its container ends; a closing section of the article ends at the next heading.
      const scope = endedAt?.parent instanceof Element ? endedAt.parent : null;
      const leftBox = scope !== null && !containers.has(scope) && !insideAny(block.element, new Set([scope]));
      if (leftBox || (heading && !isEndOfArticleHeading(text) && endedAt !== null && block.element.parent === endedAt.parent)) {
        endedBy = null;
      } else {
        removed.push({ text: clipRemoved(text), reason: endedBy });
        continue;
      }
    }
    const amidProse = position > firstProse && position < lastProse;
    const middle = heading && amidProse && (NUMBERED_HEADING.test(text) || opensSection(blocks, prose, position));
    let reason = blockReason(block, heading, title, authors, middle);
    if (reason === 'navigation' && !heading && amidProse && isLinkedSentence(block)) reason = null;
    if (reason === 'end of article' && !COMMENTS.test(text) && proseFollows(blocks, position)) reason = null;
    if (reason === 'end of article') {
      endedBy = COMMENTS.test(text) ? 'comments' : 'related links';
      endedAt = block.element;
      removed.push({ text: clipRemoved(text), reason: endedBy });
      continue;
    }
    if (reason) {
      removed.push({ text: clipRemoved(text), reason });
      continue;
    }
    paragraphs.push(text);
  }
  return dropTrailingFragments(dropTrailingBio(joinDropCaps(paragraphs), removed), removed);
}

const COMMENTS = /comment|kommentar|reply/i;

/** A sentence of the text with some words of its own around its links ("See our review of X for more."). */
function isLinkedSentence(block: TextBlock): boolean {
  return linkShare(block) < settings.linkedSentenceMaxLinkShare && block.text.split(' ').length >= settings.linkedSentenceMinWords &&
    PROSE_END.test(block.text) && shortTextReason(block.text) === null;
}
/** A drop cap set in a block of its own ("D" + "uring the war ...") is the first letter of the next paragraph. */
function joinDropCaps(paragraphs: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1];
    if (next !== undefined && isSplitDropCap(p, next)) {
      out.push(p + next);
      i++;
    } else {
      out.push(p);
    }
  }
  return out;
}
/** "1. Harvard Business School", "3) Budget", "Step 2: ...", "Chapter 1: SEO 101": a numbered section of the article. */
const NUMBERED_HEADING = /^(?:#?\d{1,3}[.):]\s|(?:step|chapter|part|tip|no\.)\s*\d{1,3}\b)/i;

/**
 * A heading opens a section of the article when prose follows it, right away or after a few short unpunctuated
 * lines (the listed item's rating, address or price); a teaser's heading is followed by its blurb, a sentence.
 */
function opensSection(blocks: TextBlock[], prose: boolean[], position: number): boolean {
  for (let i = position + 1; i < blocks.length && i <= position + 1 + settings.sectionShortLines; i++) {
    if (prose[i]) return true;
    const line = blocks[i]!;
    if (HEADING.test(line.tag) || line.chars >= settings.sectionShortLineChars || PROSE_END.test(line.text)) return false;
  }
  return false;
}

/**
 * A "Recommended ..." or "Read more" heading followed by long plain prose before the next heading is a section
 * of the article (a list of recommendations the article makes), not the start of a teaser box. The next
 * heading beside it ends the section; headings nested deeper (the recommended items' names) do not.
 */
function proseFollows(blocks: TextBlock[], position: number): boolean {
  const scope = blocks[position]!.element.parent;
  for (let i = position + 1; i < blocks.length && i <= position + settings.sectionLookahead; i++) {
    const block = blocks[i]!;
    if (HEADING.test(block.tag) && block.element.parent === scope) return false;
    if (block.chars >= settings.sectionProseChars && linkShare(block) < settings.sectionProseMaxLinkShare && PROSE_END.test(block.text)) return true;
  }
  return false;
}

const PROSE_END = /[.!?…:;"”»)][^\p{L}\p{N}]*$/u;

/** Short unpunctuated lines after the article's last sentence are leftovers (labels, links, widget titles). */
function dropTrailingFragments(paragraphs: string[], removed: RemovedBlock[]): string[] {
  let last = paragraphs.length - 1;
  while (last >= 0) {
    const p = paragraphs[last]!;
    if (p.length >= settings.trailingFragmentChars || PROSE_END.test(p)) break;
    last--;
  }
  // A long run of short lines is a list the article ends with (results, winners), not leftovers.
  const trailing = paragraphs.length - 1 - last;
  if (last < 0 || trailing === 0 || trailing > settings.maxTrailingFragments) return paragraphs;
  for (const p of paragraphs.slice(last + 1)) removed.push({ text: clipRemoved(p), reason: 'trailing fragment' });
  return paragraphs.slice(0, last + 1);
}

function blockReason(block: TextBlock, heading: boolean, title: string | null, authors: string[], middle: boolean): string | null {
  const text = block.text;
  if (heading && isEndOfArticleHeading(text)) return 'end of article';
  if (title !== null && (heading || block.index < 40) && block.chars < 300 && (comparable(text) === title || (block.tag === 'h1' && isTitleText(comparable(text), title)))) return 'title';
  if (linkShare(block) > settings.articleMaxLinkDensity && block.chars < settings.linkDensityExemptChars && !(heading && middle)) {
    return block.inList ? 'related links' : 'navigation';
  }
  if (block.chars < settings.disclaimerMaxChars && disclaimerReason(text)) return 'disclaimer';
  if (block.chars < htmlTail.consentMaxChars && isFormConsent(text)) return 'call to action';
  if (block.chars >= settings.shortBlockChars) return null;
  // Figures in a table's cells are its data, not stray symbols.
  if (TABLE_CELL.has(block.tag) && DIGIT.test(text)) return null;
  const reason = shortTextReason(text);
  if (reason) return reason;
  if (block.chars < 60 && parseTextDate(text, true) !== null && text.split(/\s+/).length <= 8) return 'date line';
  if (block.chars < 120 && DATE_LINE_LABEL.test(text) && parseTextDate(text, true) !== null) return 'date line';
  if (block.chars < 80 && authors.some((a) => text.toLowerCase().includes(a)) && !/[.!?]$/.test(text)) return 'byline';
  return null;
}

/** Token recall of `reference` within `text`: how much of the JSON-LD body the DOM text holds. */
function coverage(text: string, reference: string): number {
  const have = new Set(comparable(text).split(' '));
  const words = comparable(reference).split(' ').filter((w) => w.length > 0);
  if (words.length === 0) return 1;
  let hit = 0;
  for (const word of words) if (have.has(word)) hit++;
  return hit / words.length;
}

function jsonLdFallback(paragraphs: string[], articleBody: string | null): string[] | null {
  if (!articleBody || articleBody.length < settings.jsonLdMinChars) return null;
  if (coverage(paragraphs.join(' '), articleBody) >= settings.jsonLdMinCoverage) return null;
  const split = articleBody.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
  return split.length > 0 ? split : null;
}

function findDateline(first: string | undefined): string | null {
  if (!first || first.length < 40) return null;
  const match = DATELINE.exec(first);
  if (!match) return null;
  const dateline = match[1]!.trim();
  // A dateline is a place in capitals or a place followed by an agency in brackets, never a sentence opening.
  const looksLikePlace = /^[\p{Lu}\s.,'-]+(?:\(|,|$)/u.test(dateline) || /\([\p{L}\s.&-]+\)$/u.test(dateline);
  return looksLikePlace && dateline.length <= 60 ? dateline : null;
}
