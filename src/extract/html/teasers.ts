// Teaser cards: a row of look-alike boxes, each a linked headline with a short excerpt, is a list of other
// stories (related posts, "more from the blog"), even when its excerpts read as prose and sit inside the article.
import type { RemovedBlock } from '../../model.js';
import { htmlTail as settings } from '../../settings.js';
import { removeElement } from 'domutils';
import { Element, clipRemoved, elementsOf, normalizeSpace, textOf, type ParentNode } from './dom.js';
import { measureText } from './clean.js';

const HEADING = /^h[1-6]$/;
const CLASS_SPLIT = /\s+/;

/** Look-alike boxes share their tag and first class name (later class names often carry a post id). */
export function signature(element: Element): string {
  const first = (element.attribs['class'] ?? '').trim().split(CLASS_SPLIT)[0] ?? '';
  return `${element.name}.${first}`;
}

/** Characters of text under `root`, counted as measureText counts them. */
export function textChars(root: ParentNode, sizes = measureText(root)): number {
  return root.children.reduce((n, child) => n + (child instanceof Element ? sizes.get(child)?.chars ?? 0 : 0), 0);
}

/**
 * Removes rows of teaser cards after the last paragraph under `root`; returns their text as removed blocks.
 * `articleChars` gives the text of all of the article's containers (`root`'s own when not given).
 */
export function dropTeaserCards(root: ParentNode, articleChars?: () => number): RemovedBlock[] {
  const sizes = measureText(root);
  const all = elementsOf(root);
  // One bottom-up pass: which elements hold a heading, and which hold a linked one (a heading that is mostly link
  // text, or a link wrapped around a heading).
  const holdsHeading = new Set<Element>();
  const holdsLinkedHeading = new Set<Element>();
  for (let i = all.length - 1; i >= 0; i--) {
    const e = all[i]!;
    const size = sizes.get(e);
    if (HEADING.test(e.name) && size && size.chars > 0) {
      holdsHeading.add(e);
      if (size.linkChars / size.chars >= settings.teaserHeadingLinkShare) holdsLinkedHeading.add(e);
    }
    if (e.name === 'a' && holdsHeading.has(e)) holdsLinkedHeading.add(e);
    const parent = e.parent;
    if (parent instanceof Element) {
      if (holdsHeading.has(e)) holdsHeading.add(parent);
      if (holdsLinkedHeading.has(e)) holdsLinkedHeading.add(parent);
    }
  }
  const isCard = (element: Element): boolean => {
    const chars = sizes.get(element)?.chars ?? 0;
    return chars > 0 && chars <= settings.maxTeaserCardChars && holdsLinkedHeading.has(element);
  };
  const rows: Element[][] = [];
  for (const parent of all) {
    if (parent.children.length < settings.minTeaserCards) continue;
    const groups = new Map<string, Element[]>();
    for (const child of parent.children) {
      if (!(child instanceof Element)) continue;
      const key = signature(child);
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const group of groups.values()) {
      const cards = group.filter(isCard);
      if (cards.length >= settings.minTeaserCards && cards.length >= group.length * settings.minTeaserCardShare) rows.push(cards);
    }
  }
  // Only rows after the article's last paragraph of its own: rows of products or people inside the text stay.
  if (rows.length === 0) return [];
  const order = new Map<Element, number>();
  all.forEach((e, i) => order.set(e, i));
  const inRow = new Set<Element>();
  for (const cards of rows) for (const card of cards) for (const e of elementsOf(card)) inRow.add(e);
  let lastProse = -1;
  for (const [i, e] of all.entries()) {
    if (e.name !== 'p' || inRow.has(e)) continue;
    const size = sizes.get(e);
    if (size && size.chars >= settings.teaserProseChars && size.linkChars / size.chars < settings.teaserProseMaxLinkShare) lastProse = i;
  }
  const after = rows.filter((row) => (order.get(row[0]!) ?? 0) > lastProse);
  // Teasers trail an article: rows holding most of the container's text are the page's own list (a guide's entries).
  if (after.length === 0) return [];
  const total = articleChars ? articleChars() : textChars(root, sizes);
  const rowChars = after.reduce((n, cards) => n + cards.reduce((m, card) => m + (sizes.get(card)?.chars ?? 0), 0), 0);
  if (total > 0 && rowChars > total * settings.maxTeaserTextShare) return [];
  const removed: RemovedBlock[] = [];
  for (const cards of after) {
    for (const card of cards) {
      if (!card.parent) continue;
      const text = normalizeSpace(textOf(card));
      if (text.length >= 2) removed.push({ text: clipRemoved(text), reason: 'related links' });
      removeElement(card);
    }
  }
  return removed;
}
