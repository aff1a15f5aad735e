// A publication date stated only in the page's own scripts: a shop's product JSON ("published_at"), a page
// builder's state ("publicationDate", "createdAt"), an analytics object ("pubdate"). Scripts also hold related
// items and comments with dates of their own, so this is a last resort, for a page that states no date elsewhere.
import { attr } from './dom.js';
import { parseMachineDate } from './dates.js';
import { publishedDate as dateSettings } from '../../settings.js';
import type { PublicationDate } from '../../model.js';
import { scriptText, type PageIndex } from './page.js';

/** A publication key and its value in script source: `"published_at": "2019-03-02T06:22:28+01:00"`, `"pubDate":1588522789`. */
const PUBLISHED_KEY_VALUE = /["'](published_?at|publishedAt|date_?published|datePublished|publish_?date|publishDate|pub_?date|pubDate|first_?published(?:_?at)?|firstPublished(?:At)?|publication_?date|publicationDate)["']\s*:\s*(?:["']([^"'\n]{6,40})["']|(\d{10}(?:\d{3})?)\b)/g;
/** The same for creation keys, read when no publication key is found: a draft is created shortly before it goes out. */
const CREATED_KEY_VALUE = /["'](created_?at|createdAt|date_?created|dateCreated)["']\s*:\s*(?:["']([^"'\n]{6,40})["']|(\d{10}(?:\d{3})?)\b)/g;

/** The publication (else creation) day written in the page's non-JSON-LD scripts. */
export function scriptDate(index: PageIndex): PublicationDate | null {
  const sources: string[] = [];
  for (const element of index.elements) {
    if (element.name !== 'script' || (attr(element, 'type') ?? '').toLowerCase().includes('ld+json')) continue;
    const source = scriptText(element);
    if (source.length > 0) sources.push(source.slice(0, dateSettings.maxScriptChars));
  }
  return firstDate(sources, PUBLISHED_KEY_VALUE) ?? firstDate(sources, CREATED_KEY_VALUE);
}

/**
 * The day the scripts' keys of one kind state, when they all state the same one: differing days are a list's
 * (related items, references, comments), not the page's.
 */
function firstDate(sources: string[], pattern: RegExp): PublicationDate | null {
  let found: { date: string; key: string; value: string } | null = null;
  for (const source of sources) {
    for (const match of source.matchAll(pattern)) {
      const value = match[2] ?? match[3]!;
      const date = parseMachineDate(value);
      if (!date) continue;
      if (found && found.date !== date) return null;
      found ??= { date, key: match[1]!, value };
    }
  }
  return found ? { date: found.date, evidence: `script "${found.key}": ${found.value} (the page states no other date)`, confidence: dateSettings.scriptDateConfidence } : null;
}
