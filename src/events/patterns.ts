// A tiny, readable phrase language for verb patterns, compiled to linear-time regular expressions.
//   "sign~ *3 agreement+"  = a form of "sign", up to 3 words, then "agreement" or "agreements".
// Bars outside parentheses separate whole phrases (see verbs.ts splitPhrases).
// Tokens: `word~` any inflection of a verb; `word+` a noun with optional plural; `(a|b)` alternatives;
// `*N` a gap of 0..N words; anything else is matched literally (case-insensitive, on word boundaries).

const IRREGULAR: Record<string, string[]> = {
  meet: ['met'], hold: ['held'], give: ['gave', 'given'], fight: ['fought'], take: ['took', 'taken'], send: ['sent'],
  shoot: ['shot'], lead: ['led'], begin: ['began', 'begun'], strike: ['struck'], throw: ['threw', 'thrown'],
  break: ['broke', 'broken'], withdraw: ['withdrew', 'withdrawn'], speak: ['spoke', 'spoken'], tell: ['told'],
  say: ['said'], win: ['won'], go: ['went', 'gone'], come: ['came'], beat: ['beaten'], blow: ['blew', 'blown'],
  forgive: ['forgave', 'forgiven'], seek: ['sought'], lose: ['lost'], sell: ['sold'], swear: ['swore', 'sworn'],
  keep: ['kept'], bring: ['brought'], make: ['made'], overthrow: ['overthrew', 'overthrown'],
  undertake: ['undertook', 'undertaken'], shut: ['shut'], cut: ['cut'], hit: ['hit'], put: ['put'], set: ['set'],
  freeze: ['froze', 'frozen'], stand: ['stood'], rise: ['rose', 'risen'], lay: ['laid'], pay: ['paid'],
  seize: [], forbid: ['forbade', 'forbidden'], shake: ['shook', 'shaken'], fly: ['flew', 'flown'], drive: ['drove', 'driven'],
};

const VOWEL = /[aeiou]/;

/** All common inflections of an English verb: base, -s, -ed, -ing (with e-drop, y->i and final doubling). */
export function inflect(verb: string): string[] {
  const forms = new Set<string>([verb]);
  const last = verb.slice(-1);
  const beforeLast = verb.slice(-2, -1);
  if (/(?:s|x|z|ch|sh)$/.test(verb)) forms.add(verb + 'es');
  else if (last === 'y' && !VOWEL.test(beforeLast)) forms.add(verb.slice(0, -1) + 'ies');
  else forms.add(verb + 's');
  if (last === 'e') {
    forms.add(verb + 'd');
    forms.add(verb.endsWith('ee') ? verb + 'ing' : verb.slice(0, -1) + 'ing');
  } else if (last === 'y' && !VOWEL.test(beforeLast)) {
    forms.add(verb.slice(0, -1) + 'ied');
    forms.add(verb + 'ing');
  } else {
    forms.add(verb + 'ed');
    forms.add(verb + 'ing');
    // stop -> stopped, ban -> banned: a single vowel before a final consonant may double it.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) {
      forms.add(verb + last + 'ed');
      forms.add(verb + last + 'ing');
    }
  }
  for (const form of IRREGULAR[verb] ?? []) forms.add(form);
  return [...forms];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compileAlternative(alt: string): string[] {
  if (alt.endsWith('~')) return inflect(alt.slice(0, -1)).map(escape);
  if (alt.endsWith('+')) {
    const noun = alt.slice(0, -1);
    const plural = /(?:s|x|z|ch|sh)$/.test(noun) ? noun + 'es' : /[^aeiou]y$/.test(noun) ? noun.slice(0, -1) + 'ies' : noun + 's';
    return [escape(noun), escape(plural)];
  }
  return [escape(alt).replace(/_/g, ' ')];
}

/** The literal words a phrase can start with: a sentence lacking all of them cannot match the phrase. */
export function firstWords(phrase: string): string[] {
  const first = phrase.trim().split(/\s+/)[0] ?? '';
  return first
    .replace(/^\((.*)\)$/, '$1')
    .split('|')
    .flatMap((alt) => (alt.endsWith('~') ? inflect(alt.slice(0, -1)) : alt.endsWith('+') ? [alt.slice(0, -1), alt.slice(0, -1) + 's', alt.slice(0, -1) + 'es', alt.slice(0, -2) + 'ies'] : [alt]))
    .map((w) => w.replace(/_/g, ' ').split(/[\s-]/)[0]!.toLowerCase());
}

/** For each word slot of a phrase, the lower-case words that can fill it: all slots must be in a sentence. */
export function wordSlots(phrase: string): string[][] {
  return phrase
    .trim()
    .split(/\s+/)
    .filter((token) => !/^\*\d$/.test(token))
    .map((token) => firstWords(token));
}

/** Compile one phrase to the source of a regular expression (no anchors, no flags). */
export function compilePhrase(phrase: string): string {
  const parts: string[] = [];
  let pendingGap = 0;
  for (const token of phrase.trim().split(/\s+/)) {
    const gap = /^\*(\d)$/.exec(token);
    if (gap) {
      pendingGap = Number(gap[1]);
      continue;
    }
    const alternatives = token.replace(/^\((.*)\)$/, '$1').split('|').flatMap(compileAlternative);
    const group = `(?:${alternatives.sort((a, b) => b.length - a.length).join('|')})`;
    if (parts.length === 0) parts.push(group);
    else parts.push(pendingGap > 0 ? `(?:\\s+[\\w'’,.-]+){0,${pendingGap}}\\s+${group}` : `[\\s-]+${group}`);
    pendingGap = 0;
  }
  return `\\b${parts.join('')}\\b`;
}

export function phraseRegExp(phrase: string): RegExp {
  return new RegExp(compilePhrase(phrase), 'gi');
}
