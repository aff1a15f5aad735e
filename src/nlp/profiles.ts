// Cross-document entity resolution: the mentions of all articles become one profile per real-world entity, with
// its aliases, the articles it appears in, and (for people) the titles it was given, dated by the article.
//
// How mentions are joined, kept simple on purpose:
// - People: by canonical name; a name that is part of exactly one fuller name in the corpus ("Shoigu" and
//   "Sergei Shoigu") joins it (if several fuller names contain it, the most mentioned wins).
// - Countries: by ISO code (`place:RUS`); other names ("Burma"), abbreviations ("U.S.") and demonyms ("Russian")
//   are its aliases. A capital stands for its country only when it acts: followed by a possessive or by one of a
//   few verbs ("Moscow's support", "Moscow said"); elsewhere it is a city, linked to its country by `country`.
// - Organisations and other names: by canonical name without a leading "the", case-insensitively; an acronym
//   joins the one name in the corpus whose initials it is.
import type { EntityMention, EntityProfile, EntityRole } from '../model.js';
import { countryByCapital, countryByDemonym, countryByName, type Country } from './gazetteer.js';
import { acronymOf } from './ner/resolve.js';
import { addressFormAtEnd, isHonorific, ROLE_HEADS, ROLE_WORDS } from './titles.js';
import { tokenize, type Token } from './tokenize.js';
import { nlp as settings } from '../settings.js';

export interface ProfileInput {
  article: string;
  /** The article's publication date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`) or null. */
  date: string | null;
  text: string;
  entities: EntityMention[];
}

export interface LinkedEntityProfile extends EntityProfile {
  /** ISO code of the country this place, capital or nationality belongs to; null when none is known. */
  country: string | null;
}

/** Verbs after a capital that make it the country's government acting ("Moscow said", "Moscow backs"). */
const ACTOR_VERBS = new Set([
  'said', 'says', 'say', 'has', 'have', 'had', 'is', 'was', 'will', 'would', 'wants', 'wanted', 'sees', 'saw',
  'supports', 'supported', 'backs', 'backed', 'announced', 'accused', 'denied', 'rejected', 'warned', 'signed',
  'agreed', 'sent', 'provided', 'plans', 'planned', 'condemned', 'responded', 'called', 'urged', 'demanded',
  'insists', 'insisted', 'hopes', 'considers', 'views', 'remains', 'continues', 'seeks', 'sought', 'threatened',
  'claimed', 'claims', 'sold', 'sells', 'supplies', 'supplied', 'offered', 'pledged', 'vowed', 'blamed',
]);

const POSSESSIVE = /^['’]s$/;
const CAPITALISED = /^\p{Lu}/u;
const CONNECTORS = new Set(['of', 'for', 'and']);
/** Capitalised words that open sentences rather than titles. */
const NOT_TITLE_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'As', 'By', 'With', 'And', 'But', 'When', 'After', 'Before', 'Then', 'While']);

function slug(name: string): string {
  return name.toLowerCase().replace(/['’]/g, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');
}

function withoutArticle(name: string): string {
  return name.replace(/^the\s+/i, '');
}

/**
 * The title written right before a person's name ("Russian Defence Minister" -> "Defence Minister"), or null.
 * `notBefore` is where the previous person's name ends, so one person's title never runs into another's name.
 */
export function roleBefore(text: string, mentionStart: number, notBefore = 0): string | null {
  const from = Math.max(0, notBefore, mentionStart - settings.roleLookBehindChars);
  const tokens = tokenize(text.slice(from, mentionStart));
  const taken: Token[] = [];
  let edge = mentionStart - from;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k] as Token;
    const gap = text.slice(from + token.end, from + edge);
    if (!/^[^\S\n]*$/.test(gap)) break;
    const word = token.text;
    const previous = tokens[k - 1]?.text ?? '';
    const fits =
      (CAPITALISED.test(word) && !NOT_TITLE_WORDS.has(word)) ||
      ROLE_WORDS.has(word) ||
      (POSSESSIVE.test(word) && CAPITALISED.test(previous)) ||
      (CONNECTORS.has(word) && taken.length > 0 && CAPITALISED.test(previous));
    if (!fits || CONNECTORS.has(word) && taken.length === 0) break;
    taken.unshift(token);
    edge = token.start;
  }
  // Leading nationality or country ("Russian", "Myanmar's") and loose connectors are not part of the title.
  while (taken.length > 0) {
    const first = (taken[0] as Token).text;
    const isPossessed = taken[1] !== undefined && POSSESSIVE.test((taken[1] as Token).text);
    if (isPossessed) taken.splice(0, 2);
    else if (countryByDemonym(first) || countryByName(first) || CONNECTORS.has(first) || ['and', 'the'].includes(first)) taken.shift();
    else break;
  }
  const words = taken.map((t) => t.text);
  if (!words.some((w) => ROLE_HEADS.has(w.toLowerCase()))) return null;
  if (words.every((w) => isHonorific(w) && !ROLE_HEADS.has(w.toLowerCase()))) return null;
  return words.join(' ').replace(/ (['’]s)\b/g, '$1');
}

/** Whether a capital city's mention is its government acting: "Moscow's aid", "Moscow said". */
function capitalActs(text: string, mention: EntityMention): boolean {
  const after = text.slice(mention.end, mention.end + 30);
  if (/^['’]s\b/u.test(after)) return true;
  const next = /^[^\S\n]+(\p{Ll}+)/u.exec(after);
  return next !== null && ACTOR_VERBS.has(next[1] as string);
}

interface Bucket {
  id: string;
  name: string;
  type: string;
  country: string | null;
  names: Map<string, number>;
  articles: Set<string>;
  roles: Map<string, { title: string; date: string | null; articles: Set<string> }>;
}

function earlier(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

/**
 * Resolves person names across the corpus: a name that is the end of a fuller name ("Shoigu", "Suu Kyi") or one
 * word of it ("Vladimir") becomes that fuller name; a leading part of several words ("Aung San" in "Aung San Suu
 * Kyi") is left alone, as it is often someone else's name.
 */
function personNames(docs: readonly ProfileInput[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const doc of docs) for (const m of doc.entities) if (m.type === 'person') counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  // Index names by word, so each name is compared only with the names that share its last word.
  const byWord = new Map<string, string[]>();
  for (const name of counts.keys()) {
    for (const word of new Set(name.split(' '))) {
      const names = byWord.get(word);
      if (names) names.push(name);
      else byWord.set(word, [name]);
    }
  }
  const resolved = new Map<string, string>();
  for (const name of counts.keys()) {
    const fuller = (byWord.get(name.split(' ').at(-1) as string) ?? []).filter((other) => isShortFormOf(name, other));
    fuller.sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number) || b.length - a.length);
    resolved.set(name, fuller[0] ?? name);
  }
  return resolved;
}

/** "Shoigu" and "Sergei" are short forms of "Sergei Shoigu"; "Aung San" is not one of "Aung San Suu Kyi". */
export function isShortFormOf(short: string, full: string): boolean {
  const words = short.split(' ');
  const longer = full.split(' ');
  if (longer.length <= words.length) return false;
  if (words.length === 1) return longer.includes(short);
  return longer.slice(longer.length - words.length).join(' ') === short;
}

/** Drops a title that is the end of a fuller title of the same person ("chief" beside "Security Council chief"). */
function withoutPartialTitles(roles: EntityRole[]): EntityRole[] {
  return roles.filter((role) => {
    const fuller = roles.find((other) => other !== role && other.title.toLowerCase().endsWith(` ${role.title.toLowerCase()}`));
    if (!fuller) return true;
    fuller.articles = [...new Set([...fuller.articles, ...role.articles])].sort();
    return false;
  });
}

export function buildEntityProfiles(docs: readonly ProfileInput[]): LinkedEntityProfile[] {
  const buckets = new Map<string, Bucket>();
  const persons = personNames(docs);
  // Organisation names of several words by their initials, to expand acronyms that match exactly one of them.
  const byAcronym = new Map<string, Set<string>>();
  for (const doc of docs) {
    for (const m of doc.entities) {
      const name = withoutArticle(m.canonical);
      if (m.type !== 'organization' || name.split(/\s+/).length < 2) continue;
      const acronym = acronymOf(name.split(/\s+/));
      byAcronym.set(acronym, (byAcronym.get(acronym) ?? new Set()).add(name));
    }
  }
  const bucket = (id: string, name: string, type: string, country: string | null): Bucket => {
    let found = buckets.get(id);
    if (!found) {
      found = { id, name, type, country, names: new Map(), articles: new Set(), roles: new Map() };
      buckets.set(id, found);
    }
    return found;
  };
  // A name tagged as a person more often than as anything else in the corpus is a person everywhere.
  const typeVotes = new Map<string, number>();
  for (const doc of docs) for (const m of doc.entities) typeVotes.set(m.canonical, (typeVotes.get(m.canonical) ?? 0) + (m.type === 'person' ? 1 : -1));
  const usuallyPerson = (m: EntityMention): boolean => (typeVotes.get(m.canonical) ?? 0) > 0;
  const countryBucket = (country: Country): Bucket => bucket(`place:${country.iso3}`, country.name, 'place', country.iso3);

  for (const doc of docs) {
    let previousPersonEnd = 0;
    for (const mention of [...doc.entities].sort((a, b) => a.start - b.start)) {
      let target: Bucket;
      if (mention.type === 'person' || usuallyPerson(mention)) {
        const name = persons.get(mention.canonical) ?? mention.canonical;
        target = bucket(`person:${slug(name)}`, name, 'person', null);
        const written = roleBefore(doc.text, mention.start, previousPersonEnd);
        previousPersonEnd = mention.end;
        const address = written ? addressFormAtEnd(written) : '';
        if (address) target.names.set(`${address} ${mention.text}`, (target.names.get(`${address} ${mention.text}`) ?? 0) + 1);
        // "junta leader Senior General": the office is "junta leader", the rank is kept in the alias above.
        const office = address && written !== address ? (written as string).slice(0, -address.length - 1) : written;
        const title = office && office.split(' ').some((w) => ROLE_HEADS.has(w.toLowerCase())) ? office : written;
        if (title) {
          const key = title.toLowerCase();
          const role = target.roles.get(key) ?? { title, date: doc.date, articles: new Set<string>() };
          role.date = earlier(role.date, doc.date);
          role.articles.add(doc.article);
          target.roles.set(key, role);
        }
      } else if (mention.type === 'organization') {
        let name = withoutArticle(mention.canonical);
        const expansions = /^[A-Z]{2,6}$/.test(name) ? byAcronym.get(name) : undefined;
        if (expansions?.size === 1) name = [...expansions][0] as string;
        target = bucket(`organization:${slug(name)}`, name, 'organization', null);
      } else {
        const country = countryByName(mention.canonical) ?? (mention.type === 'misc' ? countryByDemonym(mention.text) : undefined);
        const capitalOf = mention.type === 'place' && !country ? countryByCapital(mention.text) : undefined;
        if (country) target = countryBucket(country);
        else if (capitalOf && capitalActs(doc.text, mention)) target = countryBucket(capitalOf);
        else {
          const name = withoutArticle(mention.canonical);
          target = bucket(`${mention.type}:${slug(name)}`, name, mention.type, capitalOf?.iso3 ?? null);
        }
      }
      target.articles.add(doc.article);
      for (const name of new Set([mention.text, mention.canonical])) target.names.set(name, (target.names.get(name) ?? 0) + 1);
    }
  }

  return [...buckets.values()]
    .map((b) => {
      const roles: EntityRole[] = withoutPartialTitles([...b.roles.values()].map((r) => ({ title: r.title, date: r.date, articles: [...r.articles].sort() })))
        .sort((x, y) => (x.date ?? '9999').localeCompare(y.date ?? '9999') || x.title.localeCompare(y.title));
      const aliases = [...b.names.keys()].filter((n) => n !== b.name).sort();
      return { id: b.id, name: b.name, type: b.type, aliases, roles, articles: [...b.articles].sort(), country: b.country, weight: [...b.names.values()].reduce((s, n) => s + n, 0) };
    })
    .sort((x, y) => y.articles.length - x.articles.length || y.weight - x.weight || x.id.localeCompare(y.id))
    .map(({ weight: _weight, ...profile }) => profile);
}
