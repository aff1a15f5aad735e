// Figures that tell a look-alike event from a follow-up. Reports of one event repeat the figures of its lead (the
// score, the toll, the votes, the sum) for days and weeks; the same actors' next event, a fortnight or months on (a
// crew's next regatta, a city's next election), comes with figures of its own, none of which its story wrote.
import type { StoryState } from './story-state.js';

// A written figure of two or more characters: "41,208", "5:37.82", "8.75", "300". Single digits are too common.
const FIGURE = /\b\d[\d,.:]*\d\b/gu;
const YEAR = /^(?:19|20)\d\d$/u;

/** The figures a text writes (years left out: every report of a year names it), as written. */
export function figuresOf(text: string): Set<string> {
  const figures = new Set<string>();
  for (const match of text.matchAll(FIGURE)) if (!YEAR.test(match[0])) figures.add(match[0]);
  return figures;
}

/** Figures a story remembers of its members' texts. */
export const MAX_STORY_FIGURES = 600;

/**
 * True when the article's lead writes at least `minFigures` figures (the setting `leadFiguresApart`; 0 turns the
 * rule off) and the story none of them: with the story's days weeks from the article's, a look-alike event and not a
 * follow-up of the story's.
 */
export function newFiguresOnly(leadFigures: ReadonlySet<string>, storyFigures: ReadonlySet<string>, minFigures: number): boolean {
  if (minFigures <= 0 || leadFigures.size < minFigures) return false;
  for (const figure of leadFigures) if (storyFigures.has(figure)) return false;
  return true;
}

/**
 * For a story dated weeks from the article: whether the article's lead figures (`leadFigures`) are all new to it; or,
 * when a grown story (`grown`) looks for small ones to absorb (no article), whether the small story's are new to it.
 */
export function figuresApart(leadFigures: ReadonlySet<string> | null, story: StoryState, grown: StoryState | null, minFigures: number): boolean {
  if (leadFigures) return newFiguresOnly(leadFigures, story.figures, minFigures);
  return grown !== null && newFiguresOnly(story.leadFigures, grown.figures, minFigures);
}
