// Events stage: who did what to whom, coded in PLOVER/CAMEO, from one annotated text.
// STUB until issue 6 lands: codes no events.
import type { CodedEvent, TextAnnotations } from '../model.js';

export interface EventOptions {
  referenceDate?: string | null;
}

export const EVENTS_IS_STUB = true;

export function codeEvents(text: string, annotations: TextAnnotations, options: EventOptions = {}): CodedEvent[] {
  void text;
  void annotations;
  void options;
  return [];
}
