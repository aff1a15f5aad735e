// Text a page prints twice: a second copy of the article (a print or mobile variant, a tab that repeats the
// body, a "continue reading" panel) or a quote box restating whole paragraphs. Readers see it once.
import type { RemovedBlock } from '../../model.js';
import { htmlRepeats as settings } from '../../settings.js';
import { clipRemoved } from './dom.js';
import type { TextBlock } from './blocks.js';
import type { Element } from './dom.js';

/**
 * Drops runs of paragraphs that repeat earlier ones word for word, when the run repeats at least
 * `repeatMinParagraphs` different long paragraphs. A short line seen twice alone (a heading reused in two sections, "Read more") is left alone:
 * only a repeated run carrying real text is a copy.
 */
export function dropRepeatedRuns(paragraphs: string[], removed: RemovedBlock[]): string[] {
  const keys = paragraphs.map(caseless);
  const seen = new Set<string>();
  const repeat = keys.map((key) => {
    const again = key.length > 0 && seen.has(key);
    seen.add(key);
    return again;
  });
  const drop = new Array<boolean>(paragraphs.length).fill(false);
  for (let start = 0; start < paragraphs.length; ) {
    if (!repeat[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end < paragraphs.length && repeat[end]) end++;
    const longKeys = new Set<string>();
    for (let i = start; i < end; i++) if (paragraphs[i]!.length >= settings.repeatMinChars) longKeys.add(keys[i]!);
    if (longKeys.size >= settings.repeatMinParagraphs) drop.fill(true, start, end);
    start = end;
  }
  if (!drop.includes(true)) return paragraphs;
  const kept: string[] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (drop[i]) removed.push({ text: clipRemoved(p), reason: 'repeated text' });
    else kept.push(p);
  }
  return kept;
}

/**
 * Blocks printed twice in a row from separate elements: a line and its styled twin (a kicker in capitals over the
 * same heading), or a group of two or more different blocks carrying a long one (a card and its hover overlay,
 * a desktop and a mobile variant side by side). The second copy goes. A writer repeating lines within one flow
 * of sibling elements is left alone.
 */
export function dropDoubledGroups(blocks: TextBlock[], removed: RemovedBlock[]): TextBlock[] {
  const keys = blocks.map((b) => caseless(b.text));
  const drop = new Array<boolean>(blocks.length).fill(false);
  for (let i = 0; i + 1 < blocks.length; i++) {
    if (keys[i] !== '' && keys[i] === keys[i + 1] && !sharesParent(blocks[i]!.element, blocks[i + 1]!.element)) drop[i + 1] = true;
  }
  for (let i = 0; i < blocks.length; i++) {
    for (let size = 2; size <= settings.maxDoubledGroup && i + 2 * size <= blocks.length; size++) {
      let same = true;
      for (let k = 0; k < size && same; k++) same = keys[i + k] === keys[i + size + k];
      if (!same || new Set(keys.slice(i, i + size)).size < 2) continue;
      if (!blocks.slice(i, i + size).some((b) => b.chars >= settings.repeatMinChars)) continue;
      if (sharesParent(blocks[i + size - 1]!.element, blocks[i + size]!.element)) continue;
      drop.fill(true, i + size, i + 2 * size);
      i += 2 * size - 1;
      break;
    }
  }
  if (!drop.includes(true)) return blocks;
  for (const [i, b] of blocks.entries()) if (drop[i]) removed.push({ text: clipRemoved(b.text), reason: 'repeated text' });
  return blocks.filter((_, i) => !drop[i]);
}

/** Texts compare by letters' case only: a copy differs from its original by styling, not wording. (Cheap: every
 *  block of the article is keyed.) */
function caseless(text: string): string {
  return text.toLowerCase();
}

/** The copy continues the same run of sibling elements as the original's last block. */
function sharesParent(a: Element, b: Element): boolean {
  return a.parent !== null && a.parent === b.parent;
}
