// Document-level consistency after tagging. A name that is mostly tagged as a person is a person throughout the
// document (for the other types the second tagging pass already learned how far to trust the rest of the document:
// forcing them lowered F1 on eng.testa), a word of a longer person's name is that person ("Shoigu" after "Sergei
// Shoigu"), a name right after an office held by people is a person ("junta leader Min Aung Hlaing"), and a name
// tagged somewhere is tagged wherever else it occurs capitalised in the document.
import { ROLE_HEADS } from '../titles.js';
import type { Chunk } from './conll.js';

export interface TaggedWords {
  words: string[];
  chunks: Chunk[];
}

const CAPITALISED = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

function surface(words: readonly string[], chunk: Chunk): string {
  return words.slice(chunk.start, chunk.end).join(' ');
}

function majorityTypes(sentences: readonly TaggedWords[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const { words, chunks } of sentences) {
    for (const chunk of chunks) {
      const name = surface(words, chunk);
      const counts = votes.get(name) ?? new Map<string, number>();
      counts.set(chunk.type, (counts.get(chunk.type) ?? 0) + 1);
      votes.set(name, counts);
    }
  }
  const majority = new Map<string, string>();
  for (const [name, counts] of votes) {
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const top = ranked[0] as [string, number];
    if (ranked.length === 1 || top[1] > (ranked[1] as [string, number])[1]) majority.set(name, top[0]);
  }
  return majority;
}

/** Words that appear inside a person's name of two or more words in the document. */
function personNameWords(sentences: readonly TaggedWords[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of sentences) {
    for (const chunk of sentence.chunks) {
      if (chunk.type !== 'PER' || chunk.end - chunk.start < 2) continue;
      for (let i = chunk.start; i < chunk.end; i++) {
        const word = sentence.words[i] as string;
        if (CAPITALISED.test(word) && word.length > 1) words.add(word);
      }
    }
  }
  return words;
}

/** Words that make a name an organisation or place even right after an office ("President Hotel"). */
const NON_PERSON_HEADS = /^(?:Council|Ministry|Party|League|Army|Force|Forces|Union|Bank|Office|Committee|Agency|Group|Company|University|Times|News|Post|Club|Street|City|Province|Region|Island|Islands)$/;

function followsPersonOffice(words: readonly string[], chunk: Chunk): boolean {
  const before = words[chunk.start - 1];
  if (!before || !ROLE_HEADS.has(before) || chunk.type === 'MISC') return false;
  return !words.slice(chunk.start, chunk.end).some((word) => NON_PERSON_HEADS.test(word) || !CAPITALISED.test(word));
}

/** Adds chunks for untagged, capitalised occurrences of names tagged elsewhere in the document. */
function tagRepeatedNames(sentences: TaggedWords[], types: ReadonlyMap<string, string>, lowercase: Set<string>): void {
  const names = new Map<string, string[]>();
  for (const [name, type] of types) {
    const words = name.split(' ');
    if (!words.every((word) => CAPITALISED.test(word))) continue;
    if (words.length === 1 && (name.length < 3 || lowercase.has(name.toLowerCase()))) continue;
    names.set(name, [type, ...words]);
  }
  for (const sentence of sentences) {
    const taken = new Uint8Array(sentence.words.length);
    for (const chunk of sentence.chunks) taken.fill(1, chunk.start, chunk.end);
    const added: Chunk[] = [];
    for (let i = 0; i < sentence.words.length; i++) {
      if (taken[i] || !CAPITALISED.test(sentence.words[i] as string)) continue;
      let best: Chunk | null = null;
      for (let length = 1; length <= 6 && i + length <= sentence.words.length; length++) {
        if (taken[i + length - 1]) break;
        const entry = names.get(sentence.words.slice(i, i + length).join(' '));
        if (entry) best = { start: i, end: i + length, type: entry[0] as string };
      }
      if (!best) continue;
      // A name inside a longer capitalised run is part of some other name.
      const before = sentence.words[best.start - 1];
      const after = sentence.words[best.end];
      if ((before && CAPITALISED.test(before) && best.start > 0 && !taken[best.start - 1]) || (after && CAPITALISED.test(after) && !taken[best.end])) continue;
      added.push(best);
      i = best.end - 1;
    }
    if (added.length > 0) sentence.chunks = [...sentence.chunks, ...added].sort((a, b) => a.start - b.start);
  }
}

export function enforceDocumentConsistency(sentences: TaggedWords[]): TaggedWords[] {
  const types = majorityTypes(sentences);
  const personWords = personNameWords(sentences);
  for (const sentence of sentences) {
    for (const chunk of sentence.chunks) {
      const name = surface(sentence.words, chunk);
      const majority = types.get(name);
      if (majority === 'PER') chunk.type = majority;
      const inPersonName = sentence.words.slice(chunk.start, chunk.end).every((word) => personWords.has(word));
      if (inPersonName && chunk.end - chunk.start === 1) chunk.type = 'PER';
      if (chunk.type !== 'PER' && chunk.end - chunk.start > 1 && followsPersonOffice(sentence.words, chunk)) chunk.type = 'PER';
    }
  }
  const lowercase = new Set<string>();
  for (const { words } of sentences) for (const word of words) if (LOWER_START.test(word)) lowercase.add(word);
  tagRepeatedNames(sentences, majorityTypes(sentences), lowercase);
  return sentences;
}
