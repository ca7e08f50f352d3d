import { stemmer } from 'stemmer';
import { unifySpelling } from './spelling';

/**
 * How text becomes search terms, the same at build time and in the browser: case and accent
 * folding, one spelling for British and American forms, stop words dropped, then an English
 * (Porter) stemmer. No minimum length: OT, EP, AP and LA matter.
 */

// Words that carry no meaning in a question about SEND. Short on purpose: "not", "no" and numbers stay.
const STOP_WORDS = new Set(
  'a about am an and are as at be been being but by can could did do does doing for from had has have having he her his how i if in into is it its me my of on or our she so than that the their them then there these they this those to was we were what when where which who why will with would you your don doesn didn isn aren wasn weren won can t'.split(' '),
);

const WORD = /[\p{L}\p{N}]+/gu;

/** "-sion" nouns join their verbs: exclusion→exclude, decision→decide, provision→provide. */
function joinDerivation(word: string, stem: string): string {
  return /[ui]sions?$/.test(word) && stem.endsWith('s') ? `${stem.slice(0, -1)}d` : stem;
}

const cache = new Map<string, string>();

/** A lower-case word without accents and spelt one way where British and American differ. */
export function spelledOneWay(word: string): string {
  return unifySpelling(foldAccents(word));
}

export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The search term for one word (already lower-case), or '' for a stop word. */
export function termOf(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const unified = spelledOneWay(word);
  const term = STOP_WORDS.has(unified) ? '' : joinDerivation(unified, stemmer(unified));
  if (cache.size < 200_000) cache.set(word, term);
  return term;
}

/** The words of a text, lower-cased, in order (for highlighting). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/['’]s\b/g, '').match(WORD) ?? [];
}

/** The search terms of a text, in order, stop words removed. */
export function tokenize(text: string): string[] {
  return wordsOf(text).map(termOf).filter((term) => term !== '');
}
