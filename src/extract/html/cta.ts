// Call-to-action boxes inside the article: a short pitch ("Try X free for 30 days", "Talk to our sales team")
// wrapped around a button. The button is what marks the box: article paragraphs link to pages, they do not
// carry buttons. The box is the largest element around the button that still holds only a few short lines.
import type { RemovedBlock } from '../../model.js';
import { htmlCta as settings } from '../../settings.js';
import { removeElement } from 'domutils';
import { Element, classAndId, clipRemoved, elementsOf, normalizeSpace, textOf, type ParentNode } from './dom.js';
import { BUTTON_MARK, measureText } from './clean.js';
import { isEndOfArticleHeading, shortTextReason } from './hints.js';
import { signature, textChars } from './teasers.js';

/** A class/id naming a button ("btn", "button", "cta", "elementor-button-link", "wp-block-button__link"). */
const BUTTON_CLASS = /(?:^|[^a-z])(?:btn|button|cta)(?:[^a-z]|$)/;

/** A link the page draws as a button (<button>s are gone by now: see BUTTON_MARK). */
function isButton(element: Element): boolean {
  return element.name === 'a' && (element.attribs['role'] === 'button' || BUTTON_CLASS.test(classAndId(element)));
}

/**
 * What a sales or sign-up button says ("Start free trial", "Get started", "Subscribe", "Book a demo"); a player's
 * "Watch now", a comment's "Reply" or a code box's "Copy" are buttons of the page's own furniture.
 */
const CTA_LABEL = /^(?:start|get|try|sign|subscribe|join|book|request|download|buy|shop|order|contact|talk|schedule|claim|register|apply|learn|discover|explore|submit|send|create|upgrade|enrol|enroll)\b/i;

/** Tags whose text is prose of the article whatever its size: a box holding one is not a pitch. */
const PROSE_CONTAINERS = new Set(['article', 'main', 'table', 'ul', 'ol', 'pre', 'blockquote']);
/** A box never is, or holds, the article's own header: its headline, date line and share buttons. */
const HEADER_PARTS = new Set(['header', 'h1', 'time']);
const HEADING = /^h[1-6]$/;
/** Code and tables carry their own copy or sort buttons. */
const CODE_OR_DATA = new Set(['pre', 'code', 'table']);

/**
 * Removes call-to-action boxes under `root` (the article container, before it is cleaned): returns their text.
 * A box holds a button, at most `maxBoxChars` of text and no prose block longer than `maxLineChars`.
 */
export function dropCallToActionBoxes(root: ParentNode): RemovedBlock[] {
  const sizes = measureText(root);
  const rootSize = textChars(root, sizes);
  const boxes = new Set<Element>();
  const rejected = new Set<Element>();
  for (const element of elementsOf(root)) {
    // A link drawn as a button, or the place a <button> was (the buttons themselves are removed as silent).
    const label = element.attribs[BUTTON_MARK];
    const start = isButton(element) ? element.parent : label !== undefined && CTA_LABEL.test(label) ? element : null;
    let box: Element | null = null;
    for (let up = start; up instanceof Element && up !== root; up = up.parent) {
      const chars = sizes.get(up)?.chars ?? 0;
      if (chars > settings.maxBoxChars || chars > rootSize * settings.maxBoxShare || PROSE_CONTAINERS.has(up.name) || HEADER_PARTS.has(up.name)) break;
      // A heading's own button (copy the section's link) marks the heading, not a pitch.
      if (HEADING.test(up.name)) {
        box = null;
        break;
      }
      box = up;
    }
    if (box && !boxes.has(box) && !rejected.has(box)) (fitsPitch(box) && !inRow(box) ? boxes : rejected).add(box);
  }
  // Boxes of one kind seen again and again are the article's listing (products with their shop buttons).
  const kinds = new Map<string, number>();
  for (const box of boxes) {
    const kind = signature(box);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  }
  const removed: RemovedBlock[] = [];
  for (const box of boxes) {
    if ((kinds.get(signature(box)) ?? 0) >= settings.minListingBoxes) continue;
    if (insideOther(box, boxes)) continue;
    const text = normalizeSpace(textOf(box));
    // A known label ("Share", "Comments") is left to the later filters: some of them mark where the article ends.
    if (shortTextReason(text) !== null || isEndOfArticleHeading(text)) continue;
    if (text.length >= 2) removed.push({ text: clipRemoved(text), reason: 'call to action' });
    removeElement(box);
  }
  return removed;
}

/** Every paragraph of the box is short: a pitch, not a section of the article that ends with a button. */
function fitsPitch(box: Element): boolean {
  for (const element of elementsOf(box)) {
    if (HEADER_PARTS.has(element.name) || CODE_OR_DATA.has(element.name)) return false;
    if (element.name !== 'p' && element.name !== 'li') continue;
    if (normalizeSpace(textOf(element)).length > settings.maxLineChars) return false;
  }
  return true;
}

/** One of a row of look-alike boxes (product cards, courses, glossary entries): a listing, the article's own. */
function inRow(box: Element): boolean {
  const parent = box.parent;
  if (!(parent instanceof Element)) return false;
  const own = signature(box);
  let alike = 0;
  for (const sibling of parent.children) if (sibling instanceof Element && sibling !== box && signature(sibling) === own) alike++;
  return alike >= settings.minRowSiblings;
}

/** True when another of `boxes` holds `box` (the outer box is removed whole). */
function insideOther(box: Element, boxes: Set<Element>): boolean {
  for (let up = box.parent; up instanceof Element; up = up.parent) if (boxes.has(up)) return true;
  return false;
}
