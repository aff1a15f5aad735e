// Words of titles and offices that precede people's names ("Senior General", "Defence Minister", "junta leader").
// Used to strip titles from person names and to read a person's role from the words before the name.

/** Honorifics and ranks that are never part of a name: stripped from the front of person mentions. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  [
    'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'gen', 'general', 'senior',
    'vice', 'deputy', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant',
    'adm', 'admiral', 'marshal', 'field', 'brigadier', 'brig', 'commander', 'cmdr', 'president', 'minister', 'prime',
    'premier', 'chancellor', 'secretary', 'chairman', 'chairwoman', 'chair', 'governor', 'gov', 'senator', 'sen',
    'rep', 'representative', 'mayor', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'sheikh', 'rev',
    'reverend', 'father', 'judge', 'justice', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'chief', 'leader',
    'foreign', 'defence', 'defense', 'interior', 'finance', 'daw',
  ],
);

/** Lower-case words that can be part of a role title before a name ("junta leader", "security chief"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'leader', 'chief', 'head', 'secretary', 'minister', 'president', 'general', 'commander', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'director', 'officer', 'official',
  'junta', 'military', 'army', 'security', 'council', 'defence', 'defense', 'foreign', 'prime', 'deputy', 'vice',
  'senior', 'state', 'national', 'interior', 'finance', 'affairs', 'ministry', 'former', 'acting', 'opposition',
  'democratic', 'democracy', 'civilian', 'figurehead', 'coup', 'top', 'counterpart', 'governor', 'mayor', 'premier',
  'chancellor', 'king', 'queen', 'prince', 'lieutenant', 'colonel', 'major', 'captain', 'admiral', 'marshal',
  'field', 'navy', 'air', 'force', 'staff', 'armed', 'forces', 'commander-in-chief', 'executive', 'ceo', 'founder',
  'presidential', 'aide', 'adviser', 'advisor', 'spy', 'intelligence', 'security-council', 'and', 'of', 'for', 'the',
]);

/** Role words that must appear for a run of words before a name to count as a title. */
export const ROLE_HEADS: ReadonlySet<string> = new Set([
  'leader', 'chief', 'head', 'secretary', 'minister', 'president', 'general', 'commander', 'spokesman',
  'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'director', 'official',
  'figurehead', 'counterpart', 'governor', 'mayor', 'premier', 'chancellor', 'king', 'queen', 'prince', 'colonel',
  'major', 'captain', 'admiral', 'marshal', 'commander-in-chief', 'ceo', 'founder', 'aide', 'adviser', 'advisor',
]);

/** Whether a word is an honorific or rank ("Gen.", "Senior", "President"), ignoring case and a final dot. */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Ranks and forms of address written before a name as part of how people are called ("Senior General Min Aung
 * Hlaing", "President Vladimir Putin", "Daw Aung San Suu Kyi"); these titled names are kept as aliases. */
export const ADDRESS_FORMS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'gen', 'general', 'senior', 'chief', 'lt',
  'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'adm', 'admiral', 'marshal', 'field',
  'brigadier', 'president', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'daw',
]);

/** The forms of address at the end of a title ("junta leader Senior General" -> "Senior General"), or "". */
export function addressFormAtEnd(title: string): string {
  const words = title.split(' ');
  let first = words.length;
  while (first > 0 && /^\p{Lu}/u.test(words[first - 1] as string) && ADDRESS_FORMS.has((words[first - 1] as string).toLowerCase().replace(/\.$/, ''))) first--;
  return words.slice(first).join(' ');
}
