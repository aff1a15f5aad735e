// Main-content scoring: every prose block gives points to its ancestors (commas and length count; link text
// does not), containers start from tag and class/id hints, and the best container, with its siblings that
// look like more of the same article, becomes the article.
import { html as settings } from '../../settings.js';
import { Element, classAndId, isAncestor } from './dom.js';
import { boilerplateHint, hasContentHint } from './hints.js';
import type { TextBlock } from './blocks.js';

interface Candidate {
  element: Element;
  score: number;
  chars: number;
  linkChars: number;
  /** Characters of prose blocks (long enough, few links) under the container. */
  prose: number;
}

/** Tags whose text counts as prose for scoring (headings and list items are kept but not scored). */
const SCORED_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'div', 'section', 'article', 'main', 'center', 'dd', 'font']);

const TAG_BASE_SCORE: Record<string, number> = {
  div: 5, article: 8, main: 5, section: 2, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

const COMMA = /[,，、،]/g;
const ARTICLE_BODY_PROP = /articlebody|articleBody/;

function initialScore(element: Element): number {
  let score = TAG_BASE_SCORE[element.name] ?? 0;
  const classId = classAndId(element);
  if (hasContentHint(classId)) score += settings.classWeight;
  if (boilerplateHint(classId) !== null) score -= settings.classWeight;
  const itemprop = element.attribs['itemprop'];
  if (itemprop !== undefined && ARTICLE_BODY_PROP.test(itemprop)) score += settings.classWeight;
  return score;
}

function linkDensity(candidate: Candidate): number {
  return candidate.chars === 0 ? 0 : candidate.linkChars / candidate.chars;
}

function blockScore(block: TextBlock): number {
  const commas = block.text.match(COMMA)?.length ?? 0;
  return 1 + commas + Math.min(Math.floor(block.chars / 100), settings.maxLengthPoints);
}

/** Scores every container of `blocks`; returns candidates keyed by element. */
function scoreContainers(blocks: TextBlock[]): Map<Element, Candidate> {
  const candidates = new Map<Element, Candidate>();
  const candidateOf = (element: Element): Candidate => {
    let candidate = candidates.get(element);
    if (!candidate) {
      candidate = { element, score: initialScore(element), chars: 0, linkChars: 0, prose: 0 };
      candidates.set(element, candidate);
    }
    return candidate;
  };
  for (const block of blocks) {
    const scored = SCORED_TAGS.has(block.tag) && block.chars >= settings.minScoredBlockChars &&
      block.linkChars / block.chars < settings.maxLinkDensity;
    const points = scored ? blockScore(block) : 0;
    let level = 0;
    let current: Element | null = block.element;
    while (current) {
      const candidate = candidateOf(current);
      candidate.chars += block.chars;
      candidate.linkChars += block.linkChars;
      if (points > 0) candidate.prose += block.chars;
      if (points > 0 && level >= 1 && level <= settings.scoredAncestorLevels) {
        candidate.score += level === 1 ? points : level === 2 ? points / 2 : points / (level * settings.ancestorDecay);
      }
      level++;
      current = current.parent instanceof Element ? current.parent : null;
    }
  }
  return candidates;
}

function finalScore(candidate: Candidate): number {
  return candidate.score * (1 - linkDensity(candidate));
}


/** The best container, moved up when the runner-up candidates sit beside it under one parent. */
function pickTop(candidates: Map<Element, Candidate>): Candidate | null {
  const ranked = [...candidates.values()]
    .filter((c) => c.element.name !== 'html')
    .map((c) => ({ c, s: finalScore(c) }))
    .sort((a, b) => b.s - a.s);
  const first = ranked[0];
  if (!first || first.s <= 0) return null;
  let top = first.c;
  const topScore = first.s;
  const close = ranked.slice(1, 6).filter((r) => r.s >= topScore * 0.75).map((r) => r.c.element);
  if (close.length >= 2) {
    let ancestor = top.element.parent;
    while (ancestor instanceof Element && ancestor.name !== 'body') {
      const holds = close.filter((e) => isAncestor(ancestor as Element, e)).length;
      if (holds >= 2) {
        top = candidates.get(ancestor) ?? top;
        break;
      }
      ancestor = ancestor.parent;
    }
  }
  // Climb while the parent scores higher: the article is split across siblings the parent holds.
  let parent = top.element.parent;
  let lastScore = finalScore(top);
  while (parent instanceof Element && parent.name !== 'body') {
    const parentCandidate = candidates.get(parent);
    if (!parentCandidate) break;
    const parentScore = finalScore(parentCandidate);
    if (parentScore < topScore / 3) break;
    if (parentScore > lastScore) {
      top = parentCandidate;
      lastScore = parentScore;
    }
    parent = parent.parent;
  }
  return widen(top, candidates);
}

/** Moves up while the parent holds clearly more prose: articles split into chunks between ads and photos. */
function widen(top: Candidate, candidates: Map<Element, Candidate>): Candidate {
  let current = top;
  let parent = current.element.parent;
  while (parent instanceof Element && parent.name !== 'body' && parent.name !== 'html') {
    const up = candidates.get(parent);
    if (!up) break;
    const gained = up.prose - current.prose;
    if (up.prose >= current.prose * settings.widenProseRatio && gained >= settings.widenMinProseChars && linkDensity(up) < settings.widenMaxLinkDensity) {
      current = up;
    } else if (up.prose > current.prose) {
      break;
    }
    parent = parent.parent;
  }
  return current;
}

/** The article's containers: the best one and its siblings that score or read like prose. */
export function selectContainers(blocks: TextBlock[], titleBlock: TextBlock | null = null): Element[] {
  const candidates = scoreContainers(blocks);
  // The article's own headline sits in or just above its text: containers holding it are favoured a little.
  for (let up: Element | null = titleBlock?.element ?? null; up; up = up.parent instanceof Element ? up.parent : null) {
    const candidate = candidates.get(up);
    if (candidate) candidate.score *= settings.titleContainerBoost;
  }
  const best = pickTop(candidates);
  if (!best) return [];
  const threshold = Math.max(settings.minSiblingScore, finalScore(best) * settings.siblingScoreShare);
  // Siblings are looked for beside the outermost wrapper that holds nothing but the best container's prose.
  let top = best;
  for (let up = top.element.parent; up instanceof Element && up.name !== 'body'; up = up.parent) {
    const wrapper = candidates.get(up);
    if (!wrapper || wrapper.prose > top.prose) break;
    top = wrapper;
  }
  const parent = top.element.parent;
  if (!(parent instanceof Element)) return [top.element];
  const chosen: Element[] = [];
  for (const sibling of parent.children) {
    if (!(sibling instanceof Element)) continue;
    if (sibling === top.element) {
      chosen.push(sibling);
      continue;
    }
    const candidate = candidates.get(sibling);
    if (!candidate) continue;
    const density = linkDensity(candidate);
    const score = finalScore(candidate);
    const proseLike = (sibling.name === 'p' && candidate.chars > 80 && density < 0.25) ||
      (candidate.prose >= settings.siblingMinProseChars && density < settings.siblingMaxLinkDensity);
    if (score >= threshold || proseLike) chosen.push(sibling);
  }
  return chosen;
}

/** True when `element` is one of `roots` or inside one. */
export function insideAny(element: Element, roots: Set<Element>): boolean {
  let current: Element | null = element;
  while (current) {
    if (roots.has(current)) return true;
    current = current.parent instanceof Element ? current.parent : null;
  }
  return false;
}
