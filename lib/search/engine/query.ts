import { termOf, wordsOf } from '../../language/tokenize';

/** One way a concept can match: an answer must contain all of `terms`. */
export interface Alternative {
  terms: string[];
  weight: number;
}

/** One thing the reader asked about ("salt", "waiting list"), and the ways an answer can match it. */
export interface Concept {
  /** The reader's own word, for typo and prefix matching; only for single-word concepts. */
  word?: string;
  alternatives: Alternative[];
}

/** How much a synonym counts against the reader's own word. */
export const SYNONYM_WEIGHT = 0.8;

const sameTerms = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Splits a query into concepts. A run of words that is a glossary phrase ("speech and language
 * therapy", "salt") becomes one concept whose alternatives are every phrase of its synonym group.
 */
export function parseQuery(query: string, synonyms: readonly string[][][]): Concept[] {
  const words = wordsOf(query);
  const terms = words.map(termOf);
  const kept = terms.map((term, i) => ({ term, word: words[i] ?? '' })).filter((t) => t.term !== '');
  const concepts: Concept[] = [];
  let i = 0;
  while (i < kept.length) {
    let best: { length: number; phrase: string[]; groups: string[][][] } | undefined;
    for (const group of synonyms) {
      for (const phrase of group) {
        if (phrase.length <= (best?.length ?? 0) - 1 || i + phrase.length > kept.length) continue;
        if (!sameTerms(phrase, kept.slice(i, i + phrase.length).map((t) => t.term))) continue;
        if (best && best.length === phrase.length) best.groups.push(group);
        else best = { length: phrase.length, phrase, groups: [group] };
      }
    }
    if (best) {
      const alternatives: Alternative[] = [{ terms: best.phrase, weight: 1 }];
      for (const phrase of best.groups.flat()) {
        if (!alternatives.some((a) => sameTerms(a.terms, phrase))) alternatives.push({ terms: phrase, weight: SYNONYM_WEIGHT });
      }
      concepts.push({ word: best.length === 1 ? kept[i]?.word : undefined, alternatives });
      i += best.length;
    } else {
      const { term, word } = kept[i] as { term: string; word: string };
      concepts.push({ word, alternatives: [{ terms: [term], weight: 1 }] });
      i += 1;
    }
  }
  return concepts;
}
