// The article's title: the page's visible headline (<h1>, without its kicker or subtitle) where it agrees with the
// meta titles (og:title, twitter:title, JSON-LD headline, <title>), else the meta title without its site-name
// affix. The site name is known from og:site_name and kin, or from the page's host name.
import { Element, Text, attr, classAndId, decodeLeftoverReferences, normalizeSpace, type AnyNode } from './dom.js';
import { firstMeta, insideBoilerplate, stringOf, type JsonObject, type PageIndex } from './page.js';
import { isAllCaps } from '../text/sources.js';
import { html as settings, htmlTitle } from '../../settings.js';

export interface PickedTitle {
  title: string | null;
  /** Which source the title came from (for evaluation and debugging). */
  source: string | null;
}

/** " | ", " - ", " » ", " // » " between a title and its site name or section. */
const TITLE_SEPARATOR = /(?:\s+[|–—»«·:~•›‹/\\-]{1,2})+\s+/u;
/** In Chinese, Japanese and Korean titles the site name follows a separator without spaces: "标题-新华网". */
const CJK_SEPARATOR = /(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}！？。」）])\s*[-_|－—]\s*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])/u;
/** The overline ("kicker") set above or before a headline, and screen-reader-only separators, inside an <h1>. */
const KICKER_CLASS = /kicker|title-?header|(?:^|\s)(?:h\d-?)?small(?:\s|$)|overline|topline|roofline|supertitle|super-title|dachzeile|spitzmarke|eyebrow|rubric|toptitle|topic|label|section|category|flag|sub-?heading|fake-h\d|colon|visually-hidden|sr-only|screen-reader|invisible/;
const INVISIBLE_CHARS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function comparable(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE_CHARS, '').toLowerCase().replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ').trim();
}

/** Letters only, German umlauts spelt out, accents dropped: "Nalas Löwenseiten" ~ "nalas-loewenseiten.info". */
function folded(text: string): string {
  return text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[^a-z0-9]/g, '');
}

/** A web-archive copy ("https://web.archive.org/web/20140226054445/http://www.site.com/...") names the site it copies. */
const ARCHIVE_COPY = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\/(?:(https?:)\/\/?)?(.+)$/i;

/** The address of the page an archive copy copies, else the address itself. */
export function archivedUrl(url: string): string {
  const match = ARCHIVE_COPY.exec(url);
  return match ? `${match[1] ?? 'http:'}//${match[2]}` : url;
}

/** The name part of a page's host: "www.time4talks.com" -> "time4talks". */
export function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(archivedUrl(url)).hostname.toLowerCase().replace(/^www\d?\./, '').split('.');
    const name = labels.length >= 2 ? labels[labels.length - 2]! : labels[0]!;
    // "co.uk", "com.au": the name sits one label further left.
    const label = name.length <= 3 && labels.length >= 3 ? labels[labels.length - 3]! : name;
    const clean = label.replace(/[^a-z0-9]/g, '');
    return clean.length >= 4 ? clean : null;
  } catch {
    return null;
  }
}

/** Whether a part of a title names the site: equals its name, holds it, or spells the host name. */
function isSitePart(part: string, siteName: string | null, host: string | null, strict = false): boolean {
  const c = comparable(part);
  if (!c) return true;
  const words = c.split(' ').length;
  if (siteName) {
    const site = comparable(siteName);
    if (c === site || (!strict && site.length > 3 && (c.includes(site) || site.includes(c)) && words <= 4)) return true;
  }
  if (strict) return host !== null && folded(part) === host;
  if (host && words <= 5) {
    const f = folded(part);
    const plain = f.replace(/(?:com|net|org|de|info)$/, '');
    if (f === host || plain === host || (f.startsWith(host) && f.length <= host.length + 6) || (plain.length >= 5 && host.includes(plain))) return true;
    // The host's name as the part's first word or two, then a short rest: "Shopify App Store", "National Rail Enquiries".
    const tokens = part.trim().split(/\s+/);
    const leading = tokens.map(folded);
    const hostWords = leading[0] === host ? 1 : leading.length >= 2 && `${leading[0]}${leading[1]}` === host ? 2 : 0;
    const rest = tokens.slice(hostWords);
    if (hostWords > 0 && rest.length <= htmlTitle.hostLedSiteRestWords && rest.every((word) => /^\p{Lu}/u.test(word))) return true;
  }
  return false;
}

export function splitTitle(title: string): string[] {
  const parts = title.split(TITLE_SEPARATOR);
  return parts.length > 1 ? parts : title.split(CJK_SEPARATOR);
}

/** Separators that set a site name or section apart (with spaces around). */
const SITE_SEPARATOR = /^(?:\s+[|·•»«/\\:~–—-]{1,2})+\s+$/u;
/** A part that reads as a sentence or subtitle, not a name: ends in ? or !, or opens with a lower-case word. */
const SUBTITLE_LIKE = /[?!]$|^\p{Ll}+\s/u;

/** The text of `title` from the start of `first` to the end of `last` (the page's own separators kept). */
export function span(title: string, first: string, last: string): string {
  const start = title.indexOf(first);
  const end = title.indexOf(last, Math.max(0, start)) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : first;
}

/** Removes a " | Site name" (or "Site name » Section » ") part from a page title. */
export function stripSiteName(title: string, siteName: string | null, url: string | null = null): string {
  return stripSite(title, siteName, hostLabel(url));
}

export function stripSite(title: string, siteName: string | null, host: string | null): string {
  const parts = splitTitle(title).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return title;
  const site = parts.map((p) => isSitePart(p, siteName, host));
  const firstSite = site.indexOf(true);
  if (firstSite >= 0 && !site.every((s) => s)) {
    // "Site » Section » Title": the most specific part comes last.
    if (firstSite === 0) return site[parts.length - 1] ? parts.filter((_, i) => !site[i])[0]! : parts[parts.length - 1]!;
    // "Title | Section | Section | Site" (and any tagline after the site): the title is before the site name.
    const kept = parts.slice(0, firstSite);
    const sections = kept.slice(1);
    if (sections.length > 0 && sections.every((p) => p.split(/\s+/).length <= 3 && p.length * 2 <= kept[0]!.length)) return kept[0]!;
    return span(title, kept[0]!, kept[kept.length - 1]!);
  }
  // No known site name: drop a short last part that reads as a name after a site-style separator.
  const last = parts[parts.length - 1]!;
  const cut = title.lastIndexOf(last);
  const before = title.slice(0, cut);
  const separator = /(?:\s*[|–—»«·:~•›‹/\\_－-]{1,2})+\s*$/u.exec(before)?.[0] ?? '';
  const siteStyle = SITE_SEPARATOR.test(separator) || CJK_SEPARATOR.test(`${before.slice(0, before.length - separator.length).slice(-1)}${separator}${last.slice(0, 1)}`);
  if (siteStyle && last.split(/\s+/).length <= 4 && last.length < cut && !SUBTITLE_LIKE.test(last)) {
    return before.slice(0, before.length - separator.length).trim() || title;
  }
  return title;
}

/** "Headline – Site name" in an <h1>: the suffix comes off only when it names the site (never a guess). */
export function withoutSiteSuffix(headline: string, siteName: string | null, host: string | null): string {
  const parts = splitTitle(headline);
  if (parts.length < 2) return headline;
  const last = parts[parts.length - 1]!.trim();
  if (!isSitePart(last, siteName, host, true)) return headline;
  const cut = headline.lastIndexOf(last);
  return headline.slice(0, cut).replace(/(?:\s*[|–—»«·:~•›‹/\\_－-]{1,2})+\s*$/u, '').trim() || headline;
}

/** Text of an <h1> without its kicker, hidden separators and date stamps. */
function textWithoutKicker(node: AnyNode): string {
  if (node instanceof Text) return decodeLeftoverReferences(node.data);
  if (!(node instanceof Element)) return '';
  if (node.name === 'script' || node.name === 'style' || node.name === 'time' || node.name === 'small') return ' ';
  // An aria-hidden part is skipped when it is a separator or an icon; one with words may be the visible copy of the
  // headline beside a screen-reader copy.
  if (KICKER_CLASS.test(classAndId(node)) || (attr(node, 'aria-hidden') === 'true' && !/[\p{L}\p{N}]/u.test(textOfNode(node)))) return ' ';
  const inner = node.children.map(textWithoutKicker).join('');
  return node.name === 'br' || node.name === 'div' || node.name === 'p' ? ` ${inner} ` : inner;
}

function textOfNode(node: AnyNode): string {
  if (node instanceof Text) return decodeLeftoverReferences(node.data);
  if (!(node instanceof Element) || node.name === 'script' || node.name === 'style') return '';
  return node.children.map(textOfNode).join('');
}

/**
 * The headline inside an <h1>: a part of it (element or text) that one of the meta titles names, else its text
 * without a kicker ("Klimaschutz" above "Bohren, bis es heiß wird"), else its whole text.
 */
export function headlineOf(h1: Element, references: Set<string>): string {
  const full = normalizeSpace(textOfNode(h1));
  const stack: AnyNode[] = [...h1.children];
  while (stack.length > 0) {
    const node = stack.shift()!;
    const text = normalizeSpace(textOfNode(node));
    if (text.length >= full.length * 0.3 && text !== full && references.has(comparable(text))) return text;
    if (node instanceof Element) stack.push(...node.children);
  }
  const main = normalizeSpace(textWithoutKicker(h1));
  return main.split(' ').length >= 2 ? main : full;
}

/** The share of `a`'s words that `b` holds. */
function wordShare(a: string[], b: Set<string>): number {
  return a.length === 0 ? 0 : a.filter((w) => b.has(w)).length / a.length;
}

/**
 * The headline that a meta title words almost alike ("Wellaflex – Quick fresh hair" ~ "Quick fresh hair with the
 * new Wellaflex"): most words of each in the other. Null when none, or when two headlines are as close.
 */
function closestHeadline(headlines: string[], references: string[]): string | null {
  const refs = references.map((r) => comparable(r).split(' '));
  let best: { score: number; headline: string } | null = null;
  let tie = false;
  for (const headline of headlines) {
    const words = comparable(headline).split(' ');
    let score = 0;
    for (const ref of refs) {
      const there = wordShare(words, new Set(ref));
      const back = wordShare(ref, new Set(words));
      if (there >= settings.titleWordAgreement && back >= settings.titleWordAgreement) score = Math.max(score, there + back);
    }
    if (score === 0) continue;
    if (best && Math.abs(score - best.score) < 1e-9) tie = true;
    else if (!best || score > best.score) {
      best = { score, headline };
      tie = false;
    }
  }
  return best && !tie ? best.headline : null;
}

/** Blog engines write "Blog name: Post title" with the colon right after the name: a separator here too. */
const BLOG_TITLE_SEPARATOR = /(?:\s+[|–—»«·~•›‹/\\-]{1,2}|:)\s+/u;

/**
 * An <h1> that names the site or blog rather than the article: it is one part of the <title> while a meta title
 * (og:title, twitter:title, JSON-LD headline) is another part ("Silicon Exposed: Open Verilog flow" with og:title
 * "Open Verilog flow" and <h1> "Silicon Exposed"), or it spells the host name with a short word added
 * ("Antoyo's Blog" on blog.antoyo.xyz) where a meta title says something else.
 */
function namesSite(headline: string, tagTitle: string | null, metaTitles: string[], host: string | null): boolean {
  const c = comparable(headline);
  const metas = metaTitles.map(comparable).filter((m) => m.length > 0 && m !== c);
  const parts = tagTitle ? tagTitle.split(BLOG_TITLE_SEPARATOR).map(comparable) : [];
  const at = parts.indexOf(c);
  if (at >= 0 && parts.some((p, i) => i !== at && metas.includes(p))) return true;
  const saysOtherwise = metas.length > 0 || (tagTitle !== null && comparable(tagTitle) !== c);
  if (!host || !saysOtherwise) return false;
  const f = folded(headline);
  return f.startsWith(host) && f.length > host.length && f.length <= host.length + htmlTitle.titleHostNameExtraChars;
}

/** Visible <h2>/<h3> texts outside navigation, for confirming a part of the <title> when no <h1> is the headline. */
function subheadings(index: PageIndex): string[] {
  const out: string[] = [];
  for (const element of index.elements) {
    if (out.length >= htmlTitle.titleSubheadingsRead) break;
    if ((element.name === 'h2' || element.name === 'h3') && !insideBoilerplate(element)) {
      const text = normalizeSpace(textOfNode(element));
      if (text) out.push(text);
    }
  }
  return out;
}

/** Where a page states its title besides the headline. */
export type StatedTitleKind = 'og' | 'twitter' | 'json-ld' | 'title-tag';

/** The titles the page states: og:title, twitter:title, the JSON-LD headline and <title>, in this order. */
export function statedTitles(index: PageIndex, article: JsonObject | null): Array<{ kind: StatedTitleKind; text: string }> {
  const titles: Array<{ kind: StatedTitleKind; text: string | null }> = [
    { kind: 'og', text: firstMeta(index, ['og:title']) },
    { kind: 'twitter', text: firstMeta(index, ['twitter:title']) },
    { kind: 'json-ld', text: stringOf(article?.['headline']) },
    { kind: 'title-tag', text: index.titleTag },
  ];
  return titles.filter((t): t is { kind: StatedTitleKind; text: string } => !!t.text);
}

/** The stated titles as written and with their site-name affix cut (`stripped`), as comparable() text. */
export function titleReferences(titles: string[], stripped: string[]): Set<string> {
  return new Set([...titles, ...stripped].map(comparable));
}

/**
 * Every run of consecutive parts of a many-part title, longest runs first (left to right within a length), the
 * whole title left out: nothing for a title of one part or of more than `maxParts` parts.
 */
export function* titleRuns(title: string, maxParts = Infinity): Generator<{ parts: string[]; text: string }> {
  const parts = splitTitle(title).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length > maxParts) return;
  for (let length = parts.length - 1; length >= 1; length--) {
    for (let first = 0; first + length <= parts.length; first++) {
      const run = parts.slice(first, first + length);
      yield { parts: run, text: length === 1 ? run[0]! : span(title, run[0]!, run[length - 1]!) };
    }
  }
}

/**
 * On a page with no <h1> taken as headline, the run of parts of a many-part title that a sub-heading repeats word for
 * word ("Villa Galaxy" of "Villa Galaxy - Ferienvilla in Florida"; "30.11. | Book of the week" of "30.11. | Book of
 * the week - A. Author • 1619"): the other parts are the site, its section or a slogan. A sub-heading that repeats
 * the whole title keeps it whole (the last part was not the site's name).
 */
function partStatedByHeading(titles: string[], headings: string[], siteName: string | null, host: string | null): string | null {
  const stated = new Set(headings.map(comparable));
  for (const title of titles) {
    if (stated.has(comparable(title))) return title;
    // Longest runs first: the most of the title that a heading confirms.
    for (const run of titleRuns(title)) {
      const c = comparable(run.text);
      if (c.split(' ').length >= 2 && stated.has(c) && !run.parts.some((p) => isSitePart(p, siteName, host))) return run.text;
    }
  }
  return null;
}

/** A pipe with spaces around it: in a headline it sets off a subtitle for search results, never prose. */
const PIPE = /\s+\|\s+/;

/**
 * "Best Movers in NYC 2025 | Top 19 Companies" in the <h1> where a title the page states (og:title, twitter:title,
 * the JSON-LD headline or the <title>, its site name and sections cut off) is "Best Movers in NYC 2025": the part
 * after the pipe is a subtitle for search results, and the headline is the leading part. Null when no stated title
 * is such a leading part of at least three words (a shorter one is a section: "Local News | Headline").
 * `strippedTitles` are the stated titles with their site name cut off: what a pipe-separated subtitle may be cut back
 * to.
 */
function withoutPipedSubtitle(headline: string, strippedTitles: string[]): string | null {
  const parts = headline.split(PIPE);
  if (parts.length < 2) return null;
  const stated = new Set(strippedTitles.map(comparable));
  for (let i = parts.length - 1; i >= 1; i--) {
    const lead = parts.slice(0, i).join(' | ').trim();
    const c = comparable(lead);
    if (c.split(' ').length >= htmlTitle.pipeLeadMinWords && stated.has(c)) return lead;
  }
  return null;
}

/** The content words of a text (comparable(), at least `topicWordMinChars` letters), for comparing topics. */
function topicWords(text: string): Set<string> {
  return new Set(comparable(text).split(' ').filter((w) => w.length >= htmlTitle.topicWordMinChars));
}

/**
 * Of several headlines none of which a stated title words alike: the first, when it shares enough content words
 * with a stated title (see firstHeadlineSharedWords). Null otherwise.
 */
function firstHeadlineOnTopic(headlines: string[], statedTexts: string[]): string | null {
  const first = headlines[0];
  if (!first || headlines.length < 2) return null;
  const words = topicWords(first);
  const shared = (t: string): number => [...topicWords(t)].filter((w) => words.has(w)).length;
  const onTopic = (t: string): boolean => {
    const n = shared(t);
    return n >= htmlTitle.firstHeadlineSharedWords && n >= words.size * htmlTitle.firstHeadlineSharedShare;
  };
  return statedTexts.some(onTopic) ? first : null;
}

/**
 * A one-word headline ("Design") that a stated title names inside a longer part ("Professional Design for Firms |
 * Site"): the word, or a long word within it ("Geschichte" in "Chorgeschichte"), is one of the title's words, and the
 * headline is not a whole part of the title on its own (that is a section: "News: Headline").
 */
function oneWordHeadlineNamed(headline: string, statedTexts: string[]): boolean {
  const word = comparable(headline);
  if (!word || word.includes(' ')) return false;
  return statedTexts.some((t) => {
    if (t.split(BLOG_TITLE_SEPARATOR).some((part) => comparable(part) === word)) return false;
    const titleWords = comparable(t).split(' ');
    if (titleWords.length > htmlTitle.oneWordHeadlineMaxTitleWords) return false;
    return titleWords.some((w) => w === word || (w.length >= htmlTitle.oneWordHeadlineMinChars && word.endsWith(w)));
  });
}

/** A quotation before a colon opens the headline itself ('"Pure emptiness": Kramer misses the Games'), not a kicker. */
const QUOTED_LEAD = /^["'„“”«»‚‘’].*["'“”»«‘’]\s*[:|–—-]\s*["'„“«]?$/u;

/** The page's title, from its headline and meta titles; see the file comment. */
export function pickTitle(index: PageIndex, article: JsonObject | null, siteName: string | null, url: string | null): PickedTitle {
  const host = hostLabel(url);
  // A stated title that is the site's name alone (og:title "Robomow" on robomow.com) says nothing of the article.
  const articleTitle = (t: string | null | undefined): t is string => !!t && !isSitePart(t, siteName, host, true);
  const metaTitle = [firstMeta(index, ['og:title']), firstMeta(index, ['twitter:title']), stringOf(article?.['headline'])].find(articleTitle) ?? null;
  const tagTitle = articleTitle(index.titleTag) ? index.titleTag : null;
  const raw = statedTitles(index, article).map((t) => t.text).filter(articleTitle);
  const stripped = raw.map((t) => stripSite(t, siteName, host));
  const references = titleReferences(raw, stripped);
  const metaTitles = raw.filter((t) => t !== tagTitle);
  const headlines = index.h1Elements
    .map((element) => withoutSiteSuffix(headlineOf(element, references), siteName, host))
    .filter((h) => comparable(h).length > 3 && !isSitePart(h, siteName, host, true) && !namesSite(h, tagTitle, metaTitles, host))
    // The same headline twice (a mobile and a desktop copy) is one headline.
    .filter((h, i, all) => all.findIndex((o) => comparable(o) === comparable(h)) === i);
  for (const h1 of headlines) {
    const c = comparable(h1);
    if (![...references].some((r) => r === c || (r.includes(c) && c.length > r.length * 0.4))) continue;
    // A headline set in capitals by the page's style: the meta title has the same words in their real case.
    const cased = stripped.find((t) => comparable(t) === c);
    if (isAllCaps(h1) && cased) return { title: cased, source: 'meta (h1 in capitals)' };
    const cut = withoutPipedSubtitle(h1, stripped);
    if (cut) return { title: cut, source: 'h1 without the subtitle a stated title leaves off' };
    return { title: h1, source: references.has(c) ? 'h1 agreeing with meta' : 'h1 part of meta' };
  }
  // Several headlines, none equal to a meta title: the one that shares most of its words with one.
  const close = headlines.length > 1 ? closestHeadline(headlines, [...raw, ...stripped]) : null;
  if (close) return { title: close, source: 'h1 close to meta' };
  const single = headlines.length === 1 ? headlines[0]! : null;
  if (single) {
    // "Section: Headline" in one run of text where a meta title is the headline alone.
    const c = comparable(single);
    const tail = stripped.find((t) => {
      const r = comparable(t);
      if (r.length < c.length * 0.5 || r === c || !c.endsWith(` ${r}`) || c.slice(0, c.length - r.length).trim().split(' ').length > 5) return false;
      // The kicker ends with a separator: "Local News | Headline", "Covid-19: Headline".
      const words = r.split(' ');
      const at = single.toLowerCase().lastIndexOf(words[0]!);
      const kicker = single.slice(0, at).trimEnd();
      return at > 0 && /[:|–—-]\s*["'„“«]?$/u.test(kicker) && !QUOTED_LEAD.test(kicker);
    });
    if (tail) return { title: tail, source: 'meta (h1 with kicker)' };
    // A headline set in capitals loses its real case: a meta title, when there is one, has it.
    if (isAllCaps(single) && metaTitle) return { title: stripSite(metaTitle, siteName, host), source: 'meta (single h1 in capitals)' };
    // One headline on the page is the article's title, whatever the meta tags say (they are often SEO variants).
    // (Words as the eval counts them: "Essen-Westviertel" is two.)
    const cut = withoutPipedSubtitle(single, stripped);
    if (cut) return { title: cut, source: 'single h1 without the subtitle a stated title leaves off' };
    if (comparable(single).split(' ').length >= 2 && single.length <= 250) return { title: single, source: 'single h1' };
  }
  // No headline chosen: a sub-heading that repeats a meta title, or a run of its parts, says which part is the title.
  const stated = partStatedByHeading([metaTitle, tagTitle].filter((t): t is string => !!t), subheadings(index), siteName, host);
  if (stated) return { title: stated, source: 'title part stated by a sub-heading' };
  const onTopic = firstHeadlineOnTopic(headlines, stripped);
  if (onTopic) return { title: onTopic, source: 'first of several h1s, on the topic of a stated title' };
  if (single && oneWordHeadlineNamed(single, stripped)) return { title: single, source: 'one-word h1 named in a stated title' };
  if (metaTitle) return { title: stripSite(metaTitle, siteName, host), source: 'og/twitter/headline' };
  if (tagTitle) return { title: stripSite(tagTitle, siteName, host), source: '<title>' };
  return { title: index.h1s[0] ?? null, source: index.h1s[0] ? 'first h1' : null };
}
