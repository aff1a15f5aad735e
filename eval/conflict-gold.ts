// The gold of the invented conflict sets (samples/conflicts) that the conflicts eval and the learned aligners' folds
// (aligner-folds.ts, the training scripts) share: the gold's shape, the figures a gold value states, and which sets
// are tuned on, trained on, held out or blind.
export interface GoldConflict {
  set?: string;
  story: string;
  fact: string;
  update?: boolean;
  versions: { value: string; articles: string[] }[];
}

export interface Scored {
  gold: number;
  found: number;
  /** Gold conflicts shown with the right values, complete or not. */
  flagged: number;
  updateRight: number;
  predicted: number;
  right: number;
}

export const emptyScore = (): Scored => ({ gold: 0, found: 0, flagged: 0, updateRight: 0, predicted: 0, right: 0 });

/** Adds `scored` into `total`, count by count. */
export function addScore(total: Scored, scored: Scored): void {
  for (const key of Object.keys(total) as (keyof Scored)[]) total[key] += scored[key];
}

const NUMBER_WORDS = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
    'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((word, n) => [word, n]),
);
const TENS = new Map(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, k) => [word, 20 + 10 * k]));

/** The figures a value states, digits or words: "at least 23" -> [23], "twenty-six" -> [26], "$1,200" -> [1200]. */
export function figuresOf(value: string): number[] {
  const figures: number[] = [];
  for (const match of value.toLowerCase().matchAll(/\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?/gu)) {
    const token = match[0];
    if (/^\d/u.test(token)) {
      figures.push(Number(token.replace(/,/gu, '')));
      continue;
    }
    const [first = '', second = ''] = token.split('-');
    const tens = TENS.get(first);
    if (tens !== undefined) figures.push(tens + (NUMBER_WORDS.get(second) ?? 0));
    else if (NUMBER_WORDS.has(first)) figures.push(NUMBER_WORDS.get(first)!);
  }
  return figures;
}

/** Every version of the gold conflict gives figures (a figure fact, matched by values rather than its name). */
export function statedInFigures(gold: GoldConflict): boolean {
  return gold.versions.every((version) => figuresOf(version.value).length > 0);
}

/**
 * The held-out sets by the session that wrote them. Sets l and m were written blind (without reading the rules) and
 * are never tuned on. Sets j and k were written blind with them and measured once, then developed on. Sets n, o and p
 * were written blind in session 4 and held out for that session; their misses were read then, so from session 5 on
 * they are developed on like a-k. Sets q-t were written blind in session 5, measured twice as totals and then
 * developed on; sets u-x, written blind later in session 5, sets y-z (session 6), za-zb (session 7), va-vd
 * (session 8), wa-wd (session 9), xa-xd (session 10), ya-yd (session 11), qa-qd and ra-rd (session 12), sa-sd and ka-kd (session 13) are held out too.
 * Each held-out batch is totalled on its own (`held_out_<key>`).
 *
 * Held out means no hand rule is written from a batch's text. The learned aligners do train on a batch unless it says
 * `trained: false` (from session 9 on: more authors for what they learn); the eval then scores the batch with models
 * fitted without it (leave-one-batch-out, aligner-folds.ts), so its figures stay out of sample. A batch with
 * `trained: false` is blind to the training as well: the scripts never read it and the eval scores it with the stored
 * models as they are.
 */
export const HELD_OUT_BATCHES: { key: string; label: string; sets: RegExp; trained?: false }[] = [
  { key: 'lm', label: 'sets l-m (written blind, held out)', sets: /^[lm]$/u },
  { key: 'ux', label: 'sets u-x (written blind in session 5, held out)', sets: /^[u-x]$/u },
  { key: 'yz', label: 'sets y-z (written blind in session 6, held out)', sets: /^[yz]$/u },
  { key: 'zab', label: 'sets za-zb (written blind in session 7, held out)', sets: /^z[ab]$/u },
  { key: 'vad', label: 'sets va-vd (written blind in session 8, held out)', sets: /^v[a-d]$/u },
  { key: 'wad', label: 'sets wa-wd (written blind in session 9, held out)', sets: /^w[a-d]$/u },
  { key: 'xad', label: 'sets xa-xd (written blind in session 10, held out)', sets: /^x[a-d]$/u },
  { key: 'yad', label: 'sets ya-yd (written blind in session 11, held out)', sets: /^y[a-d]$/u },
  { key: 'qad', label: 'sets qa-qd (written blind in session 12, held out)', sets: /^q[a-d]$/u },
  { key: 'rad', label: 'sets ra-rd (written blind late in session 12, held out)', sets: /^r[a-d]$/u },
  { key: 'sad', label: 'sets sa-sd (written blind in session 13, held out)', sets: /^s[a-d]$/u },
  { key: 'kad', label: 'sets ka-kd (written blind in session 13, held out, never trained on)', sets: /^k[a-d]$/u, trained: false },
];

/** One pattern for the sets of several anchored patterns (`^...$`). */
function anyOf(patterns: RegExp[]): RegExp {
  return new RegExp(`^(?:${patterns.map((pattern) => `(?:${pattern.source.replace(/^\^|\$$/gu, '')})`).join('|')})$`, 'u');
}

/** Every held-out set, of any batch. */
export const HELD_OUT_SETS = anyOf(HELD_OUT_BATCHES.map((batch) => batch.sets));

/**
 * Sets ta-td, written blind in session 7 as training data for the learned aligners (more authors to learn from). The
 * end-to-end eval (invented-stories.ts) does not stream them: their writers chose beats that the held-out sets
 * also have (a measles outbreak in Cluj), and streamed together those stories would merge across sets. Sets pa-pd and
 * ha-hd were written the same way in session 13 (four authors, one region each), sets ea-ed in session 14 (two
 * authors, one half of the world each, under samples/conflicts/WRITING.md), and are used the same way.
 */
export const TRAINING_SETS = /^[tphe][a-d]$/u;

/** The sets developed and trained on: a-k, n-t and the training sets. */
export const TUNED_SETS = /^(?:[a-kn-t]|[tphe][a-d])$/u;

/** The held-out batch of a set, if it is in one. */
export function heldOutBatchOf(set: string): (typeof HELD_OUT_BATCHES)[number] | undefined {
  return HELD_OUT_BATCHES.find((batch) => batch.sets.test(set));
}

/**
 * The learned aligners' cross-validation fold of a set: each tuned or training set alone, each held-out batch whole
 * (its sets share authors), or null for a set the training never reads (a blind batch, or a set no group names yet).
 */
export function foldOf(set: string): string | null {
  const batch = heldOutBatchOf(set);
  if (batch) return batch.trained === false ? null : `held_out_${batch.key}`;
  return TUNED_SETS.test(set) ? set : null;
}

/**
 * Held-out sets are only ever read as totals: their conflicts are never printed one by one. With
 * DOSSIER_SKIP_HELD_OUT=1 they are not read at all (development runs on the tuned sets only).
 */
export const SKIP_HELD_OUT = process.env.DOSSIER_SKIP_HELD_OUT === '1';

/**
 * With DOSSIER_SKIP_BLIND=1 the blind batches (`trained: false`) are not read at all: development that may read the
 * older held-out batches' totals stays blind to the newest batch, which the lead reads once.
 */
export const SKIP_BLIND = process.env.DOSSIER_SKIP_BLIND === '1';

/** Whether the evals leave a set unread (DOSSIER_SKIP_HELD_OUT, DOSSIER_SKIP_BLIND). */
export function skipsSet(set: string): boolean {
  if (SKIP_HELD_OUT && HELD_OUT_SETS.test(set)) return true;
  return SKIP_BLIND && heldOutBatchOf(set)?.trained === false;
}
