// DOM helpers for HTML extraction: parsing with htmlparser2, bounded depth, and iterative (stack-safe) walks.
// Every walk here uses an explicit stack, so a page nested 10,000 levels deep cannot overflow the call stack.
import { parseDocument } from 'htmlparser2';
import { Element, Text, type AnyNode, type Document, type ParentNode } from 'domhandler';
import { html as settings } from '../../settings.js';
import { repairMojibake } from './mojibake.js';

export { Element, Text };
export type { AnyNode, Document, ParentNode };

/** Tags that start a new block of text: their content never runs on with the text around them. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead',
  'tr', 'ul', 'html', 'menu', 'legend', 'option',
]);

export interface ParsedPage {
  document: Document;
  truncated: boolean;
  flattened: number;
}

/** Parses markup into a DOM; cuts oversized input, repairs double-encoded UTF-8 (mojibake.ts) and flattens elements nested deeper than settings.maxDepth. */
export function parseHtml(markup: string): ParsedPage {
  const truncated = markup.length > settings.maxHtmlChars;
  const source = repairMojibake(truncated ? markup.slice(0, settings.maxHtmlChars) : markup);
  const document = parseDocument(source, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const flattened = flattenDeepElements(document, settings.maxDepth);
  return { document, truncated, flattened };
}

/** Replaces the children of every element at depth `maxDepth` by one text node holding their text. */
export function flattenDeepElements(root: ParentNode, maxDepth: number): number {
  let flattened = 0;
  const stack: Array<[ParentNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    for (const child of node.children) {
      if (!(child instanceof Element)) continue;
      if (depth + 1 >= maxDepth) {
        const text = new Text(textOf(child));
        text.parent = child;
        child.children = [text];
        flattened++;
      } else {
        stack.push([child, depth + 1]);
      }
    }
  }
  return flattened;
}

/** Raw text of a node, blocks separated by a space; iterative. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current instanceof Text) {
      parts.push(current.data);
    } else if (current instanceof Element) {
      if (current.name === 'script' || current.name === 'style') continue;
      if (BLOCK_TAGS.has(current.name)) parts.push(' ');
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    } else if ('children' in current) {
      const children = (current as ParentNode).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join('');
}

/** Text of a node with a space around every element: "<p>Jane Doe</p><small>May 2</small>" reads "Jane Doe May 2". */
export function spacedTextOf(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current instanceof Text) parts.push(current.data);
    else if (current instanceof Element && current.name !== 'script' && current.name !== 'style') {
      parts.push(' ');
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    }
  }
  return parts.join('');
}

const WHITESPACE_RUN = /\s+/g;

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** The named references a CMS leaves escaped twice (or writes into JSON-LD, which no HTML parser decodes). */
const NAMED_REFERENCES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', rsquo: '\u2019', lsquo: '\u2018', rdquo: '\u201d', ldquo: '\u201c' };
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi;

/**
 * Character references left in text after parsing: "Rates &amp; Fees" in a JSON-LD headline, "SQL &#x26; AI" in a
 * heading escaped twice. Numeric ones and the common named ones are decoded once; an unknown name is kept.
 */
export function decodeLeftoverReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_REFERENCES[name.toLowerCase()] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** A removed block is shown up to this many characters: enough to recognise it, not to bloat the output. */
const MAX_RECORDED_CHARS = 300;

/** A removed block's text as the output records it, cut after MAX_RECORDED_CHARS with an ellipsis. */
export function clipRemoved(text: string): string {
  return text.length > MAX_RECORDED_CHARS ? `${text.slice(0, MAX_RECORDED_CHARS)}…` : text;
}

/** All elements under `root` in document order, iteratively. */
export function elementsOf(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!(node instanceof Element)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

export function attr(element: Element, name: string): string | null {
  const value = element.attribs[name];
  return value === undefined ? null : value;
}

/** Class and id of an element as one lower-case string, for hint matching. */
export function classAndId(element: Element): string {
  const cls = element.attribs['class'] ?? '';
  const id = element.attribs['id'] ?? '';
  return cls || id ? `${cls} ${id}`.toLowerCase() : '';
}

/** True when `ancestor` holds `node` (strictly: a node is not its own ancestor). */
export function isAncestor(ancestor: Element, node: Element): boolean {
  let current = node.parent;
  while (current) {
    if (current === ancestor) return true;
    current = current.parent;
  }
  return false;
}
