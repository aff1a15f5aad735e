// Tree cleaning: removes what is never article text (scripts, forms, hidden elements) and what the markup itself
// names as boilerplate (nav, footer, aside; share bars, comments, related stories by class/id), recording every
// removed block of visible text with its reason.
import type { RemovedBlock } from '../../model.js';
import { html as settings } from '../../settings.js';
import { Element, Text, classAndId, clipRemoved, elementsOf, normalizeSpace, textOf, type AnyNode, type ParentNode } from './dom.js';
import { boilerplateHint, isAuthorBox, isCommentSection, type HintReason } from './hints.js';

/** Elements without readable text, dropped silently. */
const SILENT_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'input', 'select',
  'textarea', 'button', 'link', 'meta', 'head', 'map', 'audio', 'video', 'source', 'img', 'picture', 'option',
  'title', 'base',
]);

/** Elements whose tag alone says what they are. */
const TAG_REASONS = new Map<string, HintReason>([
  ['nav', 'navigation'], ['footer', 'footer'], ['aside', 'sidebar'], ['figcaption', 'photo caption'],
  ['dialog', 'call to action'], ['menu', 'navigation'],
]);

/** Never removed by a class/id hint: the page's own frame and its article containers. */
const HINT_EXEMPT_TAGS = new Set(['html', 'body', 'main', 'article']);

const CODE_TAGS = new Set(['pre', 'code']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** The screen-reader-only pattern set inline: clipped away to a one-pixel box (", opens new tab" after a link). */
const CLIPPED_STYLE = /clip(?:-path)?\s*:\s*(?:rect\(\s*0|inset\(\s*50%)/i;
const ONE_PIXEL_STYLE = /(?:^|[;\s])(?:width|height)\s*:\s*1px/i;

function isScreenReaderOnly(element: Element): boolean {
  const style = element.attribs['style'];
  return style !== undefined && CLIPPED_STYLE.test(style) && ONE_PIXEL_STYLE.test(style);
}
const MAX_RECORDED_BLOCKS = 300;

interface Size {
  chars: number;
  linkChars: number;
}

/** Visible characters (whitespace excluded) and link characters under each element, in one bottom-up pass. */
export function measureText(root: ParentNode): Map<Element, Size> {
  const sizes = new Map<Element, Size>();
  const elements = elementsOf(root);
  for (const element of elements) sizes.set(element, { chars: 0, linkChars: 0 });
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    const own = sizes.get(element)!;
    if (SILENT_TAGS.has(element.name)) continue; // script data (often the whole page again as JSON) is not text
    for (const child of element.children) if (child instanceof Text) own.chars += child.data.trim().length;
    if (element.name === 'a') own.linkChars = own.chars;
    const parent = element.parent;
    const up = parent instanceof Element ? sizes.get(parent) : undefined;
    if (up) {
      up.chars += own.chars;
      up.linkChars += own.linkChars;
    }
  }
  return sizes;
}

/** Hints that name a place (sidebar, menu, meta line) rather than a kind of content: they must also look it. */
const WEAK_HINTS = new Set<string>(['sidebar', 'navigation', 'date line', 'byline', 'tag list', 'photo credit', 'advert', 'share or text-size widget']);

function looksLikeProse(size: Size): boolean {
  return size.chars > settings.weakHintMaxChars && size.linkChars / size.chars < settings.maxLinkDensity;
}

/** React streaming SSR sends late content as <div hidden id="S:0"> and moves it into place with a script. */
const STREAMED_SEGMENT = /^S:\d+$/;

/** Collapsed accordion, tab and "read more" panels: hidden until a click, yet part of the text (FAQs, steps). */
const COLLAPSED_PANEL = /accordion|collaps|tab-?(?:pane|panel|content)|expand|faq|read-?more-?(?:content|text)/;
const PANEL_ROLES = new Set(['region', 'tabpanel']);

function isCollapsedPanel(element: Element): boolean {
  const a = element.attribs;
  if (a['role'] !== undefined && PANEL_ROLES.has(a['role'])) return true;
  // A panel names the heading that opens it (hidden dialogs do too, but their tag or class removes them anyway).
  if (a['aria-labelledby'] !== undefined) return true;
  return COLLAPSED_PANEL.test(classAndId(element));
}

function isHidden(element: Element): boolean {
  const a = element.attribs;
  if (a['id'] !== undefined && STREAMED_SEGMENT.test(a['id'])) return false;
  if (isCollapsedPanel(element)) return false;
  if (a['hidden'] !== undefined) return true;
  if (a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** schema.org types of a whole article (NewsArticle, BlogPosting, ...) and the property naming its text. */
const ARTICLE_TYPE = /schema\.org\/(?:\w*Article|BlogPosting|Report)\b/i;
const ARTICLE_BODY = /\barticleBody\b/i;

/** An <aside> (or form) that the page marks up as holding the article itself (some templates wrap the story in one). */
function holdsArticleMarkup(wrapper: Element): boolean {
  for (const element of elementsOf(wrapper)) {
    const type = element.attribs['itemtype'];
    const prop = element.attribs['itemprop'];
    if ((type !== undefined && ARTICLE_TYPE.test(type)) || (prop !== undefined && ARTICLE_BODY.test(prop))) return true;
  }
  return false;
}

/** A form holding an <article> or <main>, or the article's schema.org markup: the page's text sits in it. */
function wrapsArticle(form: Element): boolean {
  return holdsArticleMarkup(form) || elementsOf(form).some((e) => e.name === 'article' || e.name === 'main');
}

/** Input types a reader fills in (a search box or a lone button is not a sign-up or contact form). */
const FILLABLE_INPUT = new Set(['text', 'email', 'tel', 'number', 'url', 'date', 'password', 'checkbox', 'radio']);

/** Set on a fill-in form by the page-level pass, which removes its fields before the article pass sees them. */
const FILL_IN_MARK = 'data-dossier-fill-in-form';

/**
 * A contact, sign-up or order form: several fields to fill in and little text. Some page frameworks wrap the
 * whole page in one <form>; the size limit keeps those.
 */
function isFillInForm(form: Element, size: number): boolean {
  if (size > settings.formMaxChars) return false;
  if (form.attribs[FILL_IN_MARK] !== undefined) return true;
  let fields = 0;
  for (const element of elementsOf(form)) {
    const type = (element.attribs['type'] ?? 'text').toLowerCase();
    if (element.name === 'textarea' || element.name === 'select' || (element.name === 'input' && FILLABLE_INPUT.has(type))) fields++;
    if (fields >= settings.formMinFields) return true;
  }
  return false;
}

/** Set on the parent of a removed <button> or submit input, to the button's label. */
export const BUTTON_MARK = 'data-dossier-button';
const BUTTON_INPUTS = new Set(['submit', 'button']);

function isButtonElement(element: Element): boolean {
  return element.name === 'button' || (element.name === 'input' && BUTTON_INPUTS.has((element.attribs['type'] ?? '').toLowerCase()));
}

/** A page-level header (not inside the article) is the site's masthead and menu. */
function isPageHeader(element: Element): boolean {
  let current = element.parent;
  while (current instanceof Element) {
    if (current.name === 'article' || current.name === 'main') return false;
    current = current.parent;
  }
  return true;
}

function record(removed: RemovedBlock[], element: Element, reason: string): void {
  if (removed.length >= MAX_RECORDED_BLOCKS) return;
  const text = normalizeSpace(textOf(element));
  if (text.length < 2) return;
  removed.push({ text: clipRemoved(text), reason });
}

/** Why an element must go, or null to keep it; `protectedSize` guards large containers against a stray hint. */
function removalReason(element: Element, measured: Size | undefined, protectedSize: number, hiddenKeptSize: number, useHints: boolean): HintReason | 'silent' | null {
  const tag = element.name;
  const size = measured?.chars ?? 0;
  if (SILENT_TAGS.has(tag)) return 'silent';
  // Hidden markup is not read, except a hidden container holding much of the page (streamed-in app content).
  if (isHidden(element)) return size > hiddenKeptSize ? null : 'silent';
  if (tag === 'form' && isFillInForm(element, size)) {
    // Removed inside the article only (its absence would shift the choice of the article); the first pass drops
    // the fields themselves, so it marks the form for the second.
    if (useHints || element.attribs[FILL_IN_MARK] !== undefined) return 'call to action';
    element.attribs[FILL_IN_MARK] = '';
  }
  // Inside the article, a form (a filter over a comparison table, a poll, a job search, a comment box) is the
  // page's machinery, whatever its size; a form around the whole page is not inside the article, and one that
  // holds the article's own markup stays.
  if (tag === 'form' && useHints && !wrapsArticle(element)) return 'call to action';
  const byTag = TAG_REASONS.get(tag);
  if (byTag) return (size > protectedSize && tag !== 'figcaption') || (tag === 'aside' && holdsArticleMarkup(element)) ? null : byTag;
  if (tag === 'header' && isPageHeader(element)) {
    // Some page builders put the whole article inside the page's <header>: a masthead holds no long prose.
    const prose = measured !== undefined && size > settings.mastheadMaxChars && measured.linkChars / size < settings.maxLinkDensity;
    return size > protectedSize || prose ? null : 'masthead';
  }
  if (!useHints || HINT_EXEMPT_TAGS.has(tag) || size > protectedSize * settings.commentsProtectFactor) return null;
  // Like the "sr-only" class hint below: text for screen readers, not for the page.
  if (size <= protectedSize && isScreenReaderOnly(element)) return 'call to action';
  const classId = classAndId(element);
  const hint = boilerplateHint(classId);
  // A comment section may outgrow the article it follows; other hints on that much text are stray.
  if (size > protectedSize && !(hint === 'comments' && isCommentSection(classId))) return null;
  // An author box's biography reads like prose, but its class names it plainly: the prose guard does not apply.
  if (hint === 'byline' && isAuthorBox(classId)) return hint;
  return hint !== null && WEAK_HINTS.has(hint) && measured && looksLikeProse(measured) ? null : hint;
}

/**
 * Removes boilerplate elements under `root` in place and returns the removed blocks of visible text with their
 * reasons. Class/id hints are used only with `useHints`: they are applied inside the chosen article container,
 * where "large share of the text" is measured against the article rather than the whole page.
 */
export function cleanTree(root: ParentNode, useHints: boolean): RemovedBlock[] {
  const sizes = measureText(root);
  let total = 0;
  for (const child of root.children) if (child instanceof Element) total += sizes.get(child)?.chars ?? 0;
  const protectedSize = Math.max(200, total * settings.protectTextShare);
  const hiddenKeptSize = Math.max(200, total * settings.keepHiddenShare);
  const removed: RemovedBlock[] = [];
  // Inside code, class names are syntax highlighting ("hljs-comment"), never page furniture.
  const stack: Array<[ParentNode, boolean]> = [[root, useHints]];
  while (stack.length > 0) {
    const [node, hints] = stack.pop()!;
    const kept: AnyNode[] = [];
    for (const child of node.children) {
      if (!(child instanceof Element)) {
        if (child instanceof Text) kept.push(child);
        continue;
      }
      const reason = removalReason(child, sizes.get(child), protectedSize, hiddenKeptSize, hints);
      if (reason === null) {
        kept.push(child);
        stack.push([child, hints && !CODE_TAGS.has(child.name)]);
      } else if (reason !== 'silent') {
        record(removed, child, reason);
      } else if (node instanceof Element && isButtonElement(child)) {
        // The button goes, but its place is remembered: a short pitch around it is a call to action (cta.ts).
        node.attribs[BUTTON_MARK] = `${node.attribs[BUTTON_MARK] ?? ''} ${normalizeSpace(textOf(child)) || (child.attribs['value'] ?? '')}`.trim();
      }
    }
    if (kept.length !== node.children.length) relink(node, kept);
  }
  return removed;
}

function relink(parent: ParentNode, children: AnyNode[]): void {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  }
  parent.children = children as never;
}
