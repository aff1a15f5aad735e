// Renders an HTML page to the plain text a reader gets by copying the visible page: one line per block-level
// element, inline text joined, scripts, styles and hidden elements left out. Used to turn benchmark pages with
// gold article text into training and evaluation data for the block classifier (scraped-text style).
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Elements whose content is never visible text. */
const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'embed', 'canvas', 'select', 'option',
  'datalist', 'map', 'audio', 'video', 'input', 'textarea', 'math',
]);

/** Elements that start and end a line of their own. */
const BLOCK_LEVEL = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul', 'caption', 'center', 'button',
]);

/** Table cells sit on their row's line, apart from each other. */
const CELL = new Set(['td', 'th']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(element: Element): boolean {
  const attributes = element.attribs;
  return 'hidden' in attributes || attributes['aria-hidden'] === 'true' || HIDDEN_STYLE.test(attributes.style ?? '');
}

/** The page's visible text, one block-level element per line. */
export function renderHtmlAsText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        current += node.data;
        continue;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const element = node as Element;
      const name = element.name.toLowerCase();
      if (INVISIBLE.has(name) || isHidden(element)) continue;
      if (name === 'br') {
        flush();
        continue;
      }
      if (name === 'img') {
        // Visible text of an image is nothing; its alt text only shows when it fails to load.
        continue;
      }
      const block = BLOCK_LEVEL.has(name);
      if (block) flush();
      if (CELL.has(name)) current += ' ';
      walk(element.children);
      if (CELL.has(name)) current += ' ';
      if (block) flush();
    }
  };
  walk(document.children);
  flush();
  return lines.join('\n');
}
