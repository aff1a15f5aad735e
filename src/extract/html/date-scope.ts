// Whether a date written on the page sits outside the article (navigation, comments, related links, a sidebar or
// footer), for the publication-date reader. A "sidebar" class on a wrapper that holds most of the page or the
// headline ("layout-two-columns-right-sidebar", "panel-display one-sidebar-second") names the page's layout, not a
// sidebar: dates inside it are the article's.
import { publishedDate as settings } from '../../settings.js';
import { Element, isAncestor } from './dom.js';
import { insideBoilerplate, type PageIndex } from './page.js';

/** Descendant element counts of the page's elements, computed once per page when first needed. */
const descendantCounts = new WeakMap<PageIndex, Map<Element, number>>();

function descendants(index: PageIndex, element: Element): number {
  let counts = descendantCounts.get(index);
  if (!counts) {
    counts = new Map();
    for (const each of index.elements) {
      for (let up = each.parent; up instanceof Element; up = up.parent) counts.set(up, (counts.get(up) ?? 0) + 1);
    }
    descendantCounts.set(index, counts);
  }
  return counts.get(element) ?? 0;
}

/** A sidebar- or widget-classed element that is in fact a wrapper of the page's layout. */
function layoutWrapper(index: PageIndex, element: Element, headline: Element | null): boolean {
  return (headline !== null && isAncestor(element, headline)) ||
    descendants(index, element) >= settings.layoutWrapperShare * index.elements.length;
}

/**
 * As insideBoilerplate (page.ts), but a sidebar- or widget-classed wrapper of the page's layout does not count.
 * `allowWeak` lets a date inside an aside, footer or sidebar through (one near the headline, or labelled).
 */
export function outsideArticle(index: PageIndex, element: Element, allowWeak: boolean, headline: Element | null): boolean {
  return insideBoilerplate(element, allowWeak, allowWeak ? undefined : (wrapper) => layoutWrapper(index, wrapper, headline));
}
