// Content words of a text, for comparing what two texts or two sentences talk about.

const STOPWORDS = new Set([
  'that', 'which', 'when', 'were', 'have', 'been', 'said', 'says', 'will', 'would', 'this', 'last', 'next', 'after',
  'before', 'since', 'until', 'during', 'into', 'than', 'then', 'where', 'while', 'their', 'there', 'also', 'about',
  'they', 'them', 'what', 'could', 'should', 'more', 'most', 'other', 'some', 'such', 'only', 'over', 'very',
  'being', 'these', 'those', 'your', 'just', 'because', 'between', 'including', 'according', 'with', 'from', 'years',
  'year', 'months', 'month', 'weeks', 'week', 'days', 'time', 'many', 'much', 'both', 'each', 'here', 'like',
]);

/** Lower-cased words of four letters or more, without the commonest function words. */
export function contentWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.toLowerCase().matchAll(/[a-z]{4,}/g)) if (!STOPWORDS.has(match[0])) words.add(match[0]);
  return words;
}

export function shareContentWord(a: string, b: string): boolean {
  const wordsA = contentWords(a);
  for (const word of contentWords(b)) if (wordsA.has(word)) return true;
  return false;
}
