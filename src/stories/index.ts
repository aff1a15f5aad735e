// Stories stage: groups articles that report the same real-world event, spots copies, aligns claims.
// STUB until issue 7 lands: no article is put in a story.
import type { Article, EventRecord, Story, TextAnnotations } from '../model.js';

export interface StoryInput {
  article: Article;
  annotations: TextAnnotations;
  events: EventRecord[];
}

export interface StoryAssignment {
  /** article id -> story id (absent: in no story). */
  storyOf: Map<string, string>;
  /** article id -> id of the article it copies. */
  duplicateOf: Map<string, string>;
  stories: Story[];
}

export const STORIES_IS_STUB = true;

export function buildStories(inputs: StoryInput[]): StoryAssignment {
  void inputs;
  return { storyOf: new Map(), duplicateOf: new Map(), stories: [] };
}
