// Claims of one story aligned by slot (and subject): each slot whose articles give different values is a
// conflict, with every version, its articles and evidence. Values that differ only by rounding, unit or currency
// are one version; a count that grows in later reports (a rising toll) is marked as an update.
import type { Conflict, ConflictVersion } from '../model.js';
import type { StoryClaim } from './claims-types.js';
import { numericValue, sameValue } from './values.js';

/** A contract Conflict plus whether the later version updates the earlier rather than contradicts it. */
export interface StoryConflict extends Conflict {
  /** True when the values grow with time in a slot that grows (a death toll): a later report, not a dispute. */
  update: boolean;
  subject: string | null;
}

export interface ArticleClaims {
  article: string;
  /** Publication (or event) date, ISO, for telling updates from disputes. */
  date: string | null;
  claims: StoryClaim[];
}

/** Slots whose value rises as news comes in. */
const GROWING_SLOTS = new Set(['death toll', 'injured', 'missing', 'casualties', 'arrests', 'evacuated']);
/** Words that present a figure as a revision of an earlier one. */
const UPDATE_WORDS = /\b(?:ris(?:e|es|en|ing)|rose|climb(?:s|ed|ing)?|raising|increas(?:e|ed|es|ing)|now|jump(?:ed|s)?|revised)\b/iu;

interface Version extends ConflictVersion {
  normalized: string;
  dates: string[];
  evidences: string[];
}

/** Conflicts of one story from the claims of its articles (copies should be left out by the caller). */
export function alignClaims(articles: ArticleClaims[]): StoryConflict[] {
  const slots = new Map<string, { slot: string; subject: string | null; versions: Version[] }>();
  for (const { article, date, claims } of articles) {
    // One value per article and slot: the first, because the lead gives an article's current figure and later
    // mentions are background ("up from 12 on Monday").
    const given = new Set<string>();
    for (const claim of claims) {
      const subject = claim.subject ?? null;
      const key = `${claim.slot}\u0000${subject ?? ''}`;
      if (given.has(key)) continue;
      given.add(key);
      let group = slots.get(key);
      if (!group) slots.set(key, (group = { slot: claim.slot, subject, versions: [] }));
      const version = group.versions.find((candidate) => sameValue(candidate.normalized, claim.normalized));
      if (version) {
        if (!version.articles.includes(article)) {
          version.articles.push(article);
          version.evidences.push(claim.evidence);
          if (date) version.dates.push(date);
        }
      } else {
        group.versions.push({
          value: claim.value,
          normalized: claim.normalized,
          articles: [article],
          evidence: claim.evidence,
          evidences: [claim.evidence],
          dates: date ? [date] : [],
        });
      }
    }
  }
  const conflicts: StoryConflict[] = [];
  for (const group of slots.values()) {
    const versions = group.versions;
    if (versions.length < 2) continue;
    versions.sort((a, b) => b.articles.length - a.articles.length);
    conflicts.push({
      fact: group.slot,
      versions: versions.map(({ value, articles, evidence }) => ({ value, articles, evidence })),
      update: isUpdate(group.slot, versions),
      subject: group.subject,
    });
  }
  return conflicts;
}

/** A growing slot whose larger values come later, or are worded as a revision. */
function isUpdate(slot: string, versions: Version[]): boolean {
  if (!GROWING_SLOTS.has(slot)) return false;
  const byValue = [...versions].sort((a, b) => (numericValue(a.normalized) ?? 0) - (numericValue(b.normalized) ?? 0));
  for (let i = 1; i < byValue.length; i++) {
    const lower = byValue[i - 1]!;
    const higher = byValue[i]!;
    const laterInTime =
      lower.dates.length > 0 && higher.dates.length > 0 && [...higher.dates].sort()[0]! > [...lower.dates].sort().at(-1)!;
    if (!laterInTime && !higher.evidences.some((evidence) => UPDATE_WORDS.test(evidence))) return false;
  }
  return true;
}
