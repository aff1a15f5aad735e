// Every title a page offers, for a learned chooser and for measuring how often the right one is among them: each
// <h1> (its headline part and its whole text), og:title, twitter:title, JSON-LD headline and <title> (as written and
// with the site name cut), and every run of consecutive parts of a many-part meta title.
import { Element, normalizeSpace, textOf } from './dom.js';
import { firstMeta, insideBoilerplate, stringOf, type JsonObject, type PageIndex } from './page.js';
import { comparable, headlineOf, hostLabel, span, splitTitle, stripSite, withoutSiteSuffix } from './title.js';

export type TitleKind = 'h1' | 'h1-whole' | 'og' | 'twitter' | 'json-ld' | 'title-tag' | 'title-part' | 'heading';

export interface TitleCandidate {
  text: string;
  /** Every source that states this text (compared as comparable() text). */
  kinds: TitleKind[];
  /** Whether the text is only known as a meta title with its site-name affix cut off (or a part of one). */
  stripped: boolean;
  /** Order of the first <h1> or sub-heading stating it (0 for meta titles). */
  order: number;
}

/** At most this many parts of a meta title are split into runs (a longer title is a keyword list). */
const MAX_PARTS = 6;
/** Sub-headings (<h2>, <h3> outside navigation) read as candidates. */
const HEADINGS_READ = 3;

export function titleCandidates(index: PageIndex, article: JsonObject | null, siteName: string | null, url: string | null): TitleCandidate[] {
  const host = hostLabel(url);
  const metas: Array<[TitleKind, string | null]> = [
    ['og', firstMeta(index, ['og:title'])],
    ['twitter', firstMeta(index, ['twitter:title'])],
    ['json-ld', stringOf(article?.['headline'])],
    ['title-tag', index.titleTag],
  ];
  const out: TitleCandidate[] = [];
  const seen = new Map<string, TitleCandidate>();
  const add = (text: string, kind: TitleKind, stripped: boolean, order: number): void => {
    const clean = normalizeSpace(text);
    const key = comparable(clean);
    if (!key) return;
    const known = seen.get(key);
    if (known) {
      if (!known.kinds.includes(kind)) known.kinds.push(kind);
      known.stripped &&= stripped;
      return;
    }
    const candidate: TitleCandidate = { text: clean, kinds: [kind], stripped, order };
    seen.set(key, candidate);
    out.push(candidate);
  };
  const references = new Set<string>();
  for (const [, text] of metas) {
    if (!text) continue;
    references.add(comparable(text));
    references.add(comparable(stripSite(text, siteName, host)));
  }
  index.h1Elements.forEach((h1, order) => {
    add(withoutSiteSuffix(headlineOf(h1, references), siteName, host), 'h1', false, order);
    add(textOf(h1), 'h1-whole', false, order);
  });
  for (const [kind, text] of metas) {
    if (!text) continue;
    add(text, kind, false, 0);
    add(stripSite(text, siteName, host), kind, true, 0);
  }
  for (const [, text] of metas) {
    if (!text) continue;
    const parts = splitTitle(text).map((p) => p.trim()).filter((p) => p.length > 0);
    if (parts.length < 2 || parts.length > MAX_PARTS) continue;
    for (let length = parts.length - 1; length >= 1; length--) {
      for (let first = 0; first + length <= parts.length; first++) {
        add(length === 1 ? parts[first]! : span(text, parts[first]!, parts[first + length - 1]!), 'title-part', true, first);
      }
    }
  }
  let headings = 0;
  for (const element of index.elements) {
    if (headings >= HEADINGS_READ) break;
    if ((element.name === 'h2' || element.name === 'h3') && !insideBoilerplate(element as Element)) {
      add(textOf(element), 'heading', false, headings++);
    }
  }
  return out;
}
