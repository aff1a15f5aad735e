// RSS 2.0 / RSS 1.0 (RDF) / Atom feeds: one item per article. Parsed with htmlparser2 in XML mode, which never
// reads a DTD: custom entities stay literal text, so entity-expansion attacks ("billion laughs") cannot expand.
import { parseDocument } from 'htmlparser2';
import { Element, Text, type AnyNode } from 'domhandler';
import { webInput as limits } from '../settings.js';

export interface FeedItem {
  title: string | null;
  url: string | null;
  /** `YYYY-MM-DD` as the feed states it, or null. */
  published: string | null;
  /** Item content that is HTML markup (content:encoded, Atom html/xhtml content, HTML descriptions). */
  html: string | null;
  /** Item content that is plain text. */
  text: string | null;
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC822_DATE = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})/;
const LOOKS_LIKE_HTML = /<\/?(?:p|br|div|span|a|img|strong|em|b|i|ul|ol|li|h[1-6]|blockquote|figure|table)\b/i;

/** Children elements by local name (prefixes such as `content:` or `atom:` are kept: they are distinct names). */
function children(node: Element, name: string): Element[] {
  return node.children.filter((c): c is Element => c instanceof Element && c.name.toLowerCase() === name);
}

function child(node: Element, name: string): Element | null {
  return children(node, name)[0] ?? null;
}

/** Text content, CDATA included, iteratively. */
function textContent(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current instanceof Text) parts.push(current.data);
    else if ('children' in current) {
      const list = (current as Element).children;
      for (let i = list.length - 1; i >= 0; i--) stack.push(list[i]!);
    }
  }
  return parts.join('');
}

function clean(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The calendar date of an RFC 822 (RSS) or ISO 8601 (Atom) timestamp, as written. */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const iso = ISO_DATE.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const rfc = RFC822_DATE.exec(value);
  if (!rfc) return null;
  const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
  return month > 0 ? `${rfc[3]}-${pad(month)}-${pad(Number(rfc[1]))}` : null;
}

function findRoot(nodes: AnyNode[]): Element | null {
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    const name = node.name.toLowerCase();
    if (name === 'rss' || name === 'feed' || name === 'rdf:rdf') return node;
  }
  return null;
}

function rssItem(item: Element): FeedItem {
  const encoded = child(item, 'content:encoded');
  const description = child(item, 'description');
  const descriptionText = description ? textContent(description) : null;
  const html = encoded ? textContent(encoded) : descriptionText && LOOKS_LIKE_HTML.test(descriptionText) ? descriptionText : null;
  const guid = child(item, 'guid');
  const dateElement = child(item, 'pubdate') ?? child(item, 'dc:date');
  const guidText = guid && guid.attribs['ispermalink'] !== 'false' ? clean(textContent(guid)) : null;
  return {
    title: clean(child(item, 'title') ? textContent(child(item, 'title')!) : null),
    url: clean(child(item, 'link') ? textContent(child(item, 'link')!) : null) ?? (guidText?.startsWith('http') ? guidText : null) ?? item.attribs['rdf:about'] ?? null,
    published: feedDate(dateElement ? clean(textContent(dateElement)) : null),
    html: html?.trim() ? html.trim() : null,
    text: html ? null : clean(descriptionText),
  };
}

function atomLink(entry: Element): string | null {
  const links = children(entry, 'link');
  const alternate = links.find((l) => (l.attribs['rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.attribs['href']?.trim() || null;
}

function atomItem(entry: Element): FeedItem {
  const content = child(entry, 'content') ?? child(entry, 'summary');
  const type = content?.attribs['type'] ?? 'text';
  const body = content ? textContent(content) : null;
  const isHtml = type === 'html' || type === 'xhtml' || (body !== null && LOOKS_LIKE_HTML.test(body));
  const date = child(entry, 'published') ?? child(entry, 'updated');
  return {
    title: clean(child(entry, 'title') ? textContent(child(entry, 'title')!) : null),
    url: atomLink(entry),
    published: feedDate(date ? clean(textContent(date)) : null),
    html: isHtml && body?.trim() ? body.trim() : null,
    text: isHtml ? null : clean(body),
  };
}

/** Parses an RSS or Atom feed; throws an Error naming `source` when the XML is not a feed. */
export function parseFeed(xml: string, source: string): Feed {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const root = findRoot(document.children);
  if (!root) throw new Error(`${source}: not an RSS or Atom feed`);
  const isAtom = root.name.toLowerCase() === 'feed';
  const channel = isAtom ? root : child(root, 'channel') ?? root;
  const entries = isAtom ? children(root, 'entry') : [...children(channel, 'item'), ...(channel === root ? [] : children(root, 'item'))];
  const titleElement = child(channel, 'title');
  return {
    title: titleElement ? clean(textContent(titleElement)) : null,
    items: entries.slice(0, limits.maxFeedItems).map((e) => (isAtom ? atomItem(e) : rssItem(e))),
  };
}
