// The finders that read the articles' texts rather than their claims, as alignClaims (claims.ts) asks them: each
// adds the conflicts no earlier finder shows. Pure.
import type { ArticleText, SentenceConflict } from './claims-sentences.js';
import type { ArticleClaims, StoryConflict } from './claims.js';
import { sharesOutletAndWord, shownBy } from './claims-when-where.js';
import { figurePairConflicts, type FigurePairModel } from './figure-pairs.js';
import { slotPairConflicts, type SlotPairModel } from './slot-pairs.js';

/**
 * Conflicts a text-reading finder (`find`) reads that no other conflict shows; none when a text is missing. With
 * `completeShown` (the frames), a conflict another finder shows gains the outlets the finder read for it.
 */
export function byText(
  articles: ArticleClaims[],
  known: StoryConflict[],
  find: (texts: ArticleText[]) => SentenceConflict[],
  completeShown = false,
): StoryConflict[] {
  const texts = textsOf(articles);
  if (!texts) return [];
  const fresh: SentenceConflict[] = [];
  for (const found of find(texts)) {
    const shown = shownBy(found, known);
    if (!shown) fresh.push(found);
    else if (completeShown) completeKnown(found, shown);
  }
  return fresh.map(asStoryConflict);
}

/**
 * A conflict another finder already shows may lack an outlet that the frames read ("Tuesday" from the lead of two
 * articles, a third dating the signing "on Tuesday" further down): each frame version's outlets join the version of
 * `shown` (the conflict shownBy found) that shares an outlet and a word with it, unless they are in a version of it
 * already.
 */
function completeKnown(found: { versions: { value: string; articles: string[] }[] }, shown: StoryConflict): void {
  for (const version of found.versions) {
    const target = shown.versions.find((theirs) => sharesOutletAndWord(version, theirs))!;
    for (const article of version.articles) if (!shown.versions.some((theirs) => theirs.articles.includes(article))) target.articles.push(article);
  }
}

/** The articles' texts for the text-reading aligners, or null when one article came without its text. */
export function textsOf(articles: ArticleClaims[]): ArticleText[] | null {
  if (articles.some((entry) => entry.text === undefined)) return null;
  return articles.map(({ article, date, text }) => ({ article, date, text: text! }));
}

/** A conflict of the text-reading aligners as a story conflict: no subject, no attribution read. */
export function asStoryConflict({ fact, update, versions }: SentenceConflict): StoryConflict {
  return { fact, update, subject: null, versions: versions.map((version) => ({ ...version, attributed_to: [] })) };
}

/** Conflicts of the learned figure aligner that no hand-rule conflict covers (figure-pairs.ts). */
export function byModel(articles: ArticleClaims[], known: StoryConflict[], model: FigurePairModel): StoryConflict[] {
  const texts = textsOf(articles);
  return texts ? figurePairConflicts(texts, known, model).map(asStoryConflict) : [];
}

/** Conflicts on places, posts, people and weekdays that no other conflict shows (slot-pairs.ts). */
export function bySlots(articles: ArticleClaims[], known: StoryConflict[], model: SlotPairModel): StoryConflict[] {
  const texts = textsOf(articles);
  return texts ? slotPairConflicts(texts, known, model).map(asStoryConflict) : [];
}
