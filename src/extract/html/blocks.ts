// Splits a cleaned DOM into text blocks in document order: every block element (p, li, h2, td, a div holding
// text...) closes the running block, so block boundaries of the page become paragraph boundaries of the text.
import { BLOCK_TAGS, Element, Text, normalizeSpace, type AnyNode } from './dom.js';

export interface TextBlock {
  text: string;
  /** The innermost block element holding the text. */
  element: Element;
  tag: string;
  /** Characters of the block, and how many of them are link text. */
  chars: number;
  linkChars: number;
  /** Enclosing list item, quote or heading, for output shaping. */
  inList: boolean;
  inQuote: boolean;
  index: number;
}

interface Exit {
  exit: Element;
}

const LIST_TAGS = new Set(['li', 'dd', 'dt']);

/** Text blocks of `nodes` (and their descendants) in document order; iterative walk, no recursion. */
export function collectBlocks(nodes: readonly AnyNode[], rootElement: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  const openBlocks: Element[] = [rootElement];
  let parts: string[] = [];
  let linkChars = 0;
  let linkDepth = 0;
  let listDepth = 0;
  let quoteDepth = 0;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const text = normalizeSpace(raw);
    const links = Math.min(linkChars, text.length);
    linkChars = 0;
    if (text === '') return;
    const element = openBlocks[openBlocks.length - 1]!;
    blocks.push({
      text, element, tag: element.name, chars: text.length, linkChars: links,
      inList: listDepth > 0, inQuote: quoteDepth > 0, index: blocks.length,
    });
  };

  const stack: Array<AnyNode | Exit> = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]!);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('exit' in item) {
      const element = item.exit;
      if (element.name === 'a') linkDepth--;
      if (LIST_TAGS.has(element.name)) listDepth--;
      if (element.name === 'blockquote') quoteDepth--;
      if (BLOCK_TAGS.has(element.name)) {
        flush();
        openBlocks.pop();
      }
      continue;
    }
    if (item instanceof Text) {
      const data = item.data;
      parts.push(data);
      if (linkDepth > 0) linkChars += data.trim().length;
      continue;
    }
    if (!(item instanceof Element)) continue;
    const tag = item.name;
    if (tag === 'br' || tag === 'hr') {
      flush();
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      openBlocks.push(item);
    }
    if (tag === 'a') linkDepth++;
    if (LIST_TAGS.has(tag)) listDepth++;
    if (tag === 'blockquote') quoteDepth++;
    stack.push({ exit: item });
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  flush();
  return blocks;
}
