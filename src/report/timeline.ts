// The timeline view: stories as bars and dated entries and events as dots on one time axis, drawn as SVG on the
// server (no script), followed by the same entries as an ordered list for screen readers and small screens.
import type { Dossier } from '../model.js';
import { anchor, citations, html, plural, raw, type Index, type Markup } from './util.js';

const DAY_MS = 86_400_000;
const WIDTH = 960;
const LABEL_WIDTH = 190;
const LANE_HEIGHT = 44;
/** Events sit just below their lane's bar so they never hide the timeline entries drawn on it. */
const EVENT_OFFSET = 13;
const TOP = 28;
/** Days of room on each side of the articles' span, so marks at the ends stay clear of the frame. */
const AXIS_MARGIN_DAYS = 2;

/**
 * First and last day of the period an ISO date names: one day for `2024-03-05`, the month for `2024-03`, the year
 * for `2024`. A date known only to its month or year is drawn over that period, not on its first day, which would
 * claim a precision the sources do not give.
 */
export function daySpan(date: string): [number, number] | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  const y = Number(year);
  const first = Date.UTC(y, month ? Number(month) - 1 : 0, day ? Number(day) : 1);
  const afterLast = day ? first + DAY_MS : month ? Date.UTC(y, Number(month), 1) : Date.UTC(y + 1, 0, 1);
  if (Number.isNaN(first) || Number.isNaN(afterLast)) return null;
  return [Math.floor(first / DAY_MS), Math.floor(afterLast / DAY_MS) - 1];
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

interface Mark {
  day: number;
  /** Last day of the period for a date known only to its month or year; `day` otherwise. */
  last: number;
  label: string;
  href: string;
  kind: 'entry' | 'event' | 'article';
}

interface Lane {
  label: string;
  href: string | null;
  span: [number, number] | null;
  marks: Mark[];
}

function eventMark(event: Dossier['events'][number], [day, last]: [number, number]): Mark {
  const who = [event.source.text, event.target?.text].filter(Boolean).join(' → ');
  return { day, last, label: `${event.date}: ${event.type} ${who}`, href: `#${anchor('event', event.id)}`, kind: 'event' };
}

/** One lane per story (its span, entries and events) and an "Other" lane for what belongs to no story. */
function storyLanes(dossier: Dossier, index: Index): Lane[] {
  const lanes = new Map<string | null, Lane>();
  const lane = (story: string | null): Lane => {
    let found = lanes.get(story);
    if (!found) {
      const title = story === null ? 'Other' : (index.storyTitle.get(story) ?? story);
      found = { label: title, href: story === null ? null : `#${anchor('story', story)}`, span: null, marks: [] };
      lanes.set(story, found);
    }
    return found;
  };
  for (const story of dossier.stories) {
    const start = story.date.start ? daySpan(story.date.start) : null;
    const end = story.date.end ? daySpan(story.date.end) : start;
    const l = lane(story.id);
    if (start !== null) l.span = [start[0], (end ?? start)[1]];
  }
  dossier.timeline.forEach((entry, i) => {
    const span = daySpan(entry.date);
    if (span !== null) lane(entry.story).marks.push({ day: span[0], last: span[1], label: `${entry.date}: ${entry.label}`, href: `#timeline-${i + 1}`, kind: 'entry' });
  });
  for (const event of dossier.events) {
    const span = event.date ? daySpan(event.date) : null;
    if (span !== null) lane(event.story).marks.push(eventMark(event, span));
  }
  return [...lanes.values()].filter((l) => l.span !== null || l.marks.length > 0);
}

/** Without stories the axis still shows something true: each outlet's articles by date, and the coded events. */
function outletLanes(dossier: Dossier): Lane[] {
  const lanes = new Map<string, Lane>();
  for (const article of dossier.articles) {
    const span = article.published.date ? daySpan(article.published.date) : null;
    if (span === null) continue;
    const outlet = article.publisher ?? 'Unknown outlet';
    const lane = lanes.get(outlet) ?? { label: outlet, href: null, span: null, marks: [] };
    lane.marks.push({ day: span[0], last: span[1], label: `${article.published.date}: ${article.title ?? article.id}`, href: `#${anchor('article', article.id)}`, kind: 'article' });
    lanes.set(outlet, lane);
  }
  const events: Lane = { label: 'Coded events', href: null, span: null, marks: [] };
  for (const event of dossier.events) {
    const span = event.date ? daySpan(event.date) : null;
    if (span !== null) events.marks.push(eventMark(event, span));
  }
  const sorted = [...lanes.values()].sort((a, b) => a.label.localeCompare(b.label));
  return events.marks.length > 0 ? [...sorted, events] : sorted;
}

/** Longest period (in days) a date may name and still set the axis: a month, not a year. */
const AXIS_PERIOD_DAYS = 31;

/**
 * The axis covers the stories, timeline entries and articles. Events dated far outside it (background such as
 * "a 2011 strike") would squeeze the news into a corner, so they stay in the lists and out of the chart; so do dates
 * known only to their year, unless nothing is dated more finely.
 */
function axisRange(dossier: Dossier): [number, number] | null {
  const spans = [
    ...dossier.stories.flatMap((s) => [s.date.start, s.date.end]),
    ...dossier.timeline.map((t) => t.date),
    ...dossier.articles.map((a) => a.published.date),
  ]
    .map((d) => (d ? daySpan(d) : null))
    .filter((span): span is [number, number] => span !== null);
  const fine = spans.filter(([first, last]) => last - first < AXIS_PERIOD_DAYS);
  const days = (fine.length > 0 ? fine : spans).flat();
  if (days.length === 0) return null;
  return [Math.min(...days) - AXIS_MARGIN_DAYS, Math.max(...days) + AXIS_MARGIN_DAYS];
}

/** Keeps marks inside the range; returns how many were left out. */
function clipLanes(lanes: Lane[], range: [number, number] | null): { lanes: Lane[]; hidden: number } {
  if (range === null) return { lanes, hidden: 0 };
  let hidden = 0;
  const inside = (m: Mark) => m.day >= range[0] && m.last <= range[1];
  const clipped = lanes.map((lane) => {
    const marks = lane.marks.filter(inside);
    hidden += lane.marks.length - marks.length;
    return { ...lane, marks };
  });
  return { lanes: clipped.filter((l) => l.span !== null || l.marks.length > 0), hidden };
}

function axisTicks(first: number, last: number, x: (day: number) => number, bottom: number): Markup[] {
  const count = Math.min(6, Math.max(1, last - first));
  const ticks: Markup[] = [];
  for (let i = 0; i <= count; i++) {
    const day = Math.round(first + ((last - first) * i) / count);
    const px = x(day).toFixed(1);
    const align = i === count ? 'end' : 'middle';
    ticks.push(html`<line class="axis" x1="${px}" x2="${px}" y1="${TOP - 6}" y2="${bottom}" stroke-dasharray="2 4"/>
<text class="tick" x="${px}" y="${TOP - 10}" text-anchor="${align}">${isoDay(day)}</text>`);
  }
  return ticks;
}

function timelineSvg(lanes: Lane[]): Markup {
  const days = lanes.flatMap((l) => [...(l.span ?? []), ...l.marks.flatMap((m) => [m.day, m.last])]);
  let first = Math.min(...days);
  let last = Math.max(...days);
  if (first === last) (first -= 1), (last += 1);
  const plot = WIDTH - LABEL_WIDTH - 30;
  const x = (day: number) => LABEL_WIDTH + 10 + ((day - first) / (last - first)) * plot;
  const height = TOP + lanes.length * LANE_HEIGHT + 10;
  const rows = lanes.map((lane, i) => {
    const y = TOP + i * LANE_HEIGHT + 16;
    const label = html`<text class="lane-label" x="8" y="${y + 4}">${clip(lane.label, 28)}</text>`;
    const labelLink = lane.href ? html`<a href="${lane.href}">${label}</a>` : label;
    const bar = lane.span
      ? html`<rect class="bar" x="${x(lane.span[0]).toFixed(1)}" y="${y - 7}" width="${Math.max(4, x(lane.span[1]) - x(lane.span[0])).toFixed(1)}" height="14" rx="7"/>`
      : raw('');
    const marks = lane.marks.map((m) =>
      m.last > m.day
        ? html`<a href="${m.href}"><rect class="period" x="${x(m.day).toFixed(1)}" y="${y + (m.kind === 'event' ? EVENT_OFFSET - 3 : -3)}" width="${Math.max(4, x(m.last + 1) - x(m.day)).toFixed(1)}" height="6" rx="3"><title>${m.label}</title></rect></a>`
        : m.kind !== 'event'
        ? html`<a href="${m.href}"><circle class="dot" cx="${x(m.day).toFixed(1)}" cy="${y}" r="6"><title>${m.label}</title></circle></a>`
        : html`<a href="${m.href}"><rect class="ev" x="${(x(m.day) - 4).toFixed(1)}" y="${y + EVENT_OFFSET - 4}" width="8" height="8" transform="rotate(45 ${x(m.day).toFixed(1)} ${y + EVENT_OFFSET})"><title>${m.label}</title></rect></a>`,
    );
    return html`<g>${labelLink}${bar}${marks}</g>`;
  });
  // Not role="img": that would hide the links inside from screen readers.
  return html`<svg viewBox="0 0 ${WIDTH} ${height}" aria-labelledby="timeline-svg-title">
<title id="timeline-svg-title">Stories and events from ${isoDay(first)} to ${isoDay(last)}</title>
${axisTicks(first, last, x, height - 6)}${rows}</svg>`;
}

export function timelineSection(dossier: Dossier, index: Index): Markup {
  const byStory = storyLanes(dossier, index);
  const hasStories = dossier.stories.length > 0 || dossier.timeline.length > 0;
  const { lanes, hidden } = clipLanes(hasStories ? byStory : outletLanes(dossier), axisRange(dossier));
  const legend = hasStories
    ? 'Bars: story spans · circles: timeline entries · diamonds: coded events · dashed bars: dates known only to the month or year. Each mark links to its entry.'
    : 'No stories yet: circles are articles, by outlet and publication date; diamonds are coded events. Each mark links to its entry.';
  const clipped = hidden > 0 ? ` ${plural(hidden, 'event')} dated outside this span (background, or known only to the year) are listed, not drawn.` : '';
  const chart = lanes.length > 0
    ? html`${timelineSvg(lanes)}<p class="legend">${legend}${clipped}</p>`
    : html`<p class="empty">Nothing dated yet: no stories, timeline entries, events or dated articles.</p>`;
  const entries = dossier.timeline.map((entry, i) => {
    const story = entry.story ? html` <a class="badge" href="#${anchor('story', entry.story)}">${index.storyTitle.get(entry.story) ?? entry.story}</a>` : raw('');
    return html`<li id="timeline-${i + 1}"><time datetime="${entry.date}">${entry.date}</time> ${entry.label}${story}${citations(index, entry.articles)}</li>`;
  });
  const list = entries.length > 0 ? html`<ol class="events-by-date">${entries}</ol>` : raw('');
  return html`<section id="timeline" aria-labelledby="timeline-h" class="timeline"><h2 id="timeline-h">Timeline</h2>${chart}${list}</section>`;
}
