// Metrics for main-text extraction: scrapinghub-style 4-token shingle P/R/F1, bag-of-words token F1,
// paragraph-level F1, snippet (with/without) counts, and metadata comparison. Shared by eval/ and bench/.

const TOKEN = /[\p{L}\p{N}]+/gu;

export function tokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

function counts(items: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [key, n] of a) shared += Math.min(n, b.get(key) ?? 0);
  return shared;
}

export interface PR {
  precision: number;
  recall: number;
}

/** Precision and recall of multisets; an empty extraction of a non-empty gold scores 0/0, both empty 1/1. */
function multisetPR(gold: string[], got: string[]): PR {
  if (gold.length === 0 && got.length === 0) return { precision: 1, recall: 1 };
  if (gold.length === 0) return { precision: 0, recall: 1 };
  if (got.length === 0) return { precision: 0, recall: 0 };
  const shared = overlap(counts(gold), counts(got));
  return { precision: shared / got.length, recall: shared / gold.length };
}

function shingles(words: string[], n = 4): string[] {
  if (words.length < n) return words.length > 0 ? [words.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

export function shinglePR(gold: string, got: string): PR {
  return multisetPR(shingles(tokens(gold)), shingles(tokens(got)));
}

export function tokenPR(gold: string, got: string): PR {
  return multisetPR(tokens(gold), tokens(got));
}

export function f1(pr: PR): number {
  return pr.precision + pr.recall === 0 ? 0 : (2 * pr.precision * pr.recall) / (pr.precision + pr.recall);
}

/** Mean precision and mean recall over documents, and F1 of those means (as the scrapinghub benchmark). */
export function meanPR(list: PR[]): PR & { f1: number } {
  const n = Math.max(1, list.length);
  const precision = list.reduce((s, x) => s + x.precision, 0) / n;
  const recall = list.reduce((s, x) => s + x.recall, 0) / n;
  return { precision, recall, f1: f1({ precision, recall }) };
}

export function normalizeParagraph(text: string): string {
  return tokens(text).join(' ');
}

/** Paragraph-level P/R: a paragraph counts when it equals a gold paragraph token for token. */
export function paragraphPR(gold: string[], got: string[]): PR {
  return multisetPR(gold.map(normalizeParagraph).filter(Boolean), got.map(normalizeParagraph).filter(Boolean));
}

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

const SPACES = /\s+/g;

/** trafilatura's evaluation: `with` snippets must appear in the text, `without` snippets must not. */
export function snippetCounts(text: string, withSnippets: string[], withoutSnippets: string[]): SnippetCounts {
  const haystack = text.replace(SPACES, ' ');
  const c: SnippetCounts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const s of withSnippets) {
    if (haystack.includes(s.replace(SPACES, ' ').trim())) c.tp++;
    else c.fn++;
  }
  for (const s of withoutSnippets) {
    if (haystack.includes(s.replace(SPACES, ' ').trim())) c.fp++;
    else c.tn++;
  }
  return c;
}

export function snippetScores(c: SnippetCounts): PR & { f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: f1({ precision, recall }) };
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/**
 * Lower-case words of a title. Unicode is normalised first (NFKC) and invisible characters (soft hyphens,
 * zero-width joiners) dropped: the same title written with composed or decomposed letters, or with a soft hyphen,
 * is the same title. Combining marks stay inside words (Indic scripts).
 */
function comparable(text: string): string {
  return (text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).join(' ');
}

/** Titles match when equal after normalising Unicode, lower-casing and dropping punctuation. */
export function sameTitle(gold: string, got: string | null): boolean {
  return got !== null && comparable(gold) === comparable(got);
}

/** Connecting words and credentials in an author line: "A, MD, and B" names the same people as ["A", "B"]. */
const NOT_NAME_TOKENS = new Set(['and', 'und', 'et', 'y', 'e', 'by', 'von', 'md', 'phd', 'rd', 'ms', 'ma', 'mba', 'dvm', 'rn', 'cfp', 'jr', 'sr', 'dr']);

/** Authors match when the gold names' words equal ours as sets (order, punctuation, connectives and degrees ignored). */
export function sameAuthors(gold: string, got: string[]): boolean {
  const a = new Set(tokens(gold).filter((t) => !NOT_NAME_TOKENS.has(t)));
  const b = new Set(tokens(got.join(' ')).filter((t) => !NOT_NAME_TOKENS.has(t)));
  if (a.size !== b.size) return false;
  for (const t of a) if (!b.has(t)) return false;
  return true;
}

/**
 * The day of a gold date. A few gold dates are written year-day-month ("2022-29-11"): read them as the only
 * valid day they can be.
 */
export function goldDay(gold: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(gold);
  if (match && Number(match[2]) > 12 && Number(match[3]) <= 12) return `${match[1]}-${match[3]}-${match[2]}`;
  return gold.slice(0, 10);
}

/** Dates match on the day: gold `2021-06-22T...` against our `2021-06-22`. */
export function sameDay(gold: string, got: string | null): boolean {
  return got !== null && goldDay(gold) === got.slice(0, 10);
}

/** Deterministic 32-bit FNV-1a hash, for sampling and for the dev/held-out split. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** One page in five, by hash of its id, is held out from tuning. */
export function isHeldOut(id: string): boolean {
  return hash(id) % 5 === 0;
}
