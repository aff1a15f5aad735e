// Text a page prints twice: a second copy of the article (a print or mobile variant, a tab that repeats the
// body, a "continue reading" panel) or a quote box restating whole paragraphs. Readers see it once.
import type { RemovedBlock } from '../../model.js';
import { htmlRepeats as settings } from '../../settings.js';
import { clipRemoved } from './dom.js';
import { blockKey as comparable } from '../text/blocks.js';

/**
 * Drops runs of paragraphs that repeat earlier ones word for word, when the run holds at least one long
 * paragraph. A short line seen twice alone (a heading reused in two sections, "Read more") is left alone:
 * only a repeated run carrying real text is a copy.
 */
export function dropRepeatedRuns(paragraphs: string[], removed: RemovedBlock[]): string[] {
  const keys = paragraphs.map((p) => comparable(p));
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
