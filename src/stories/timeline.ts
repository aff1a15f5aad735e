// The corpus-wide timeline: one entry per dated story (its start), and one per dated coded event, in date order.
import type { EventRecord, Story, TimelineEntry } from '../model.js';

function eventLabel(event: EventRecord): string {
  const target = event.target ? ` → ${event.target.text}` : '';
  return `${event.type}: ${event.source.text}${target}`;
}

export function buildTimeline(stories: Story[], events: EventRecord[] = []): TimelineEntry[] {
  const entries = new Map<string, TimelineEntry>();
  for (const story of stories) {
    if (!story.date.start) continue;
    entries.set(`story\u0000${story.id}`, { date: story.date.start, story: story.id, label: story.title, articles: [...story.articles] });
  }
  for (const event of events) {
    if (!event.date) continue;
    const label = eventLabel(event);
    const key = `event\u0000${event.date}\u0000${event.story ?? ''}\u0000${label}`;
    const entry = entries.get(key);
    if (entry) {
      if (!entry.articles.includes(event.article)) entry.articles.push(event.article);
    } else {
      entries.set(key, { date: event.date, story: event.story, label, articles: [event.article] });
    }
  }
  return [...entries.values()].sort((a, b) => a.date.localeCompare(b.date) || (a.story ?? '').localeCompare(b.story ?? ''));
}
