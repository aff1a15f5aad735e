// Markup shipped inside <script type="text/template">: some blog platforms put the whole post there and let a
// script insert it. The browser shows it once the script runs, so it is article text like any other.
import { parseDocument } from 'htmlparser2';
import { replaceElement } from 'domutils';
import { html, htmlContainer as settings } from '../../settings.js';
import { Element, Text, elementsOf, flattenDeepElements } from './dom.js';

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
    const wrapper = new Element('div', {}, parsed.children);
    for (const child of parsed.children) child.parent = wrapper;
    let depth = 0;
    for (let up = script.parent; up; up = up.parent) depth++;
    flattenDeepElements(wrapper, Math.max(1, html.maxDepth - depth)); // the page's depth bound holds inside too
    replaceElement(script, wrapper);
    unwrapped++;
  }
  return unwrapped;
}
