// Markup a script puts in place: <script type="text/template"> (some blog platforms put the whole post there) and
// React's streamed segments (parsed at the body's end, moved into the article on load). The browser shows it
// where the script puts it, so it is article text like any other, in that place.
import { parseDocument } from 'htmlparser2';
import { removeElement, replaceElement } from 'domutils';
import { html, htmlContainer as settings } from '../../settings.js';
import type { AnyNode } from 'domhandler';
import { Element, Text, elementsOf, flattenDeepElements, isAncestor } from './dom.js';

/** Script types that hold markup rather than code. */
const MARKUP_TYPES = new Set(['text/template', 'text/html', 'text/x-template']);
/** Placeholders of templating languages ({{name}}, <%= name %>, ${name}): such a template is not content yet. */
const PLACEHOLDER = /\{\{|<%|\$\{/;
const PARAGRAPH_TAG = /<p[\s>]/gi;

/** Replaces each markup template holding several paragraphs of finished prose by its parsed content; returns the count. */
export function unwrapMarkupTemplates(root: Element): number {
  let unwrapped = 0;
  for (const script of elementsOf(root)) {
    if (script.name !== 'script' || !MARKUP_TYPES.has((script.attribs['type'] ?? '').toLowerCase())) continue;
    const source = script.children.map((c) => (c instanceof Text ? c.data : '')).join('');
    if (source.length < settings.templateMinChars || PLACEHOLDER.test(source)) continue;
    if ((source.match(PARAGRAPH_TAG)?.length ?? 0) < settings.templateMinParagraphs) continue;
    const parsed = parseDocument(source, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    putInPlace(script, parsed.children);
    unwrapped++;
  }
  return unwrapped;
}

/** React's streamed HTML: a late segment <div hidden id="S:4"> fills the placeholder <template id="P:4"> or
 *  boundary <template id="B:4"> that a script ($RS, $RC) names; the segment is parsed at the body's end. */
const SEGMENT_ID = /^S:(\w+)$/;
const PLACEHOLDER_ID = /^[PB]:\w+$/;

/**
 * Moves each streamed segment into its placeholder, as the page's script does on load, so that an article
 * streamed in pieces is one text again in page order. Returns the count moved.
 */
export function placeStreamedSegments(body: Element): number {
  // Segments are streamed as children of the body; the (costly) walk for placeholders runs only when there are some.
  const segments: Array<{ segment: Element; key: string }> = [];
  for (const child of body.children) {
    if (!(child instanceof Element) || child.attribs['hidden'] === undefined) continue;
    const match = SEGMENT_ID.exec(child.attribs['id'] ?? '');
    if (match) segments.push({ segment: child, key: match[1]! });
  }
  if (segments.length === 0) return 0;
  const placeholders = new Map<string, Element>();
  for (const element of elementsOf(body)) {
    const id = element.attribs['id'];
    if (element.name === 'template' && id !== undefined && PLACEHOLDER_ID.test(id)) placeholders.set(id.slice(2), element);
  }
  let moved = 0;
  for (const { segment, key } of segments) {
    const placeholder = placeholders.get(key);
    if (!placeholder || isAncestor(segment, placeholder)) continue;
    putInPlace(placeholder, segment.children);
    segment.children = [];
    removeElement(segment);
    moved++;
  }
  return moved;
}

/** Puts `children` where `target` was, in a div, and holds the page's depth bound inside them too. */
function putInPlace(target: Element, children: AnyNode[]): void {
  const wrapper = new Element('div', {}, children);
  for (const child of children) child.parent = wrapper;
  replaceElement(target, wrapper);
  let depth = 0;
  for (let up = wrapper.parent; up; up = up.parent) depth++;
  flattenDeepElements(wrapper, Math.max(1, html.maxDepth - depth));
}
