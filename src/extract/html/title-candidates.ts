// Every title a page offers, for a learned chooser and for measuring how often the right one is among them: each
// <h1> (its headline part and its whole text), og:title, twitter:title, JSON-LD headline and <title> (as written and
// with the site name cut), and every run of consecutive parts of a many-part meta title.
import { htmlTitle as settings } from '../../settings.js';
import { normalizeSpace, textOf } from './dom.js';
import { insideBoilerplate, type JsonObject, type PageIndex } from './page.js';
import { comparable, headlineOf, hostLabel, statedTitles, stripSite, titleReferences, titleRuns, withoutSiteSuffix } from './title.js';

export type TitleKind = 'h1' | 'h1-whole' | 'og' | 'twitter' | 'json-ld' | 'title-tag' | 'title-part' | 'heading';

export interface TitleCandidate {
  text: string;
  /** Every source that states this text (compared as comparable() text). */
  kinds: TitleKind[];
  /** Whether the text is only known as a meta title with its site-name affix cut off (or a part of one). */
  stripped: boolean;
}

export function titleCandidates(index: PageIndex, article: JsonObject | null, siteName: string | null, url: string | null): TitleCandidate[] {
  const host = hostLabel(url);
  const metas = statedTitles(index, article);
  const out: TitleCandidate[] = [];
  const seen = new Map<string, TitleCandidate>();
  const add = (text: string, kind: TitleKind, stripped: boolean): void => {
    const clean = normalizeSpace(text);
    const key = comparable(clean);
    if (!key) return;
    const known = seen.get(key);
    if (known) {
      if (!known.kinds.includes(kind)) known.kinds.push(kind);
      known.stripped &&= stripped;
      return;
    }
    const candidate: TitleCandidate = { text: clean, kinds: [kind], stripped };
    seen.set(key, candidate);
    out.push(candidate);
  };
  const texts = metas.map((m) => m.text);
  const references = titleReferences(texts, texts.map((t) => stripSite(t, siteName, host)));
  for (const h1 of index.h1Elements) {
    add(withoutSiteSuffix(headlineOf(h1, references), siteName, host), 'h1', false);
    add(textOf(h1), 'h1-whole', false);
  }
  for (const { kind, text } of metas) {
    add(text, kind, false);
    add(stripSite(text, siteName, host), kind, true);
  }
  for (const { text } of metas) {
    for (const run of titleRuns(text, settings.candidateTitleMaxParts)) add(run.text, 'title-part', true);
  }
  let headings = 0;
  for (const element of index.elements) {
    if (headings >= settings.candidateHeadingsRead) break;
    if ((element.name === 'h2' || element.name === 'h3') && !insideBoilerplate(element)) {
      add(textOf(element), 'heading', false);
      headings++;
    }
  }
  return out;
}
