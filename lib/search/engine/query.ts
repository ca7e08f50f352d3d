import { termOf, wordsOf } from '../../language/tokenize';
import type { SynonymRule } from '../format';

/** One way a concept can match: an answer must contain all of `terms`. */
export interface Alternative {
  terms: string[];
  weight: number;
}

/** One thing the reader asked about ("salt", "waiting list"), and the ways an answer can match it. */
export interface Concept {
  /** The reader's own word, for typo and prefix matching; only for single-word concepts. */
  word?: string;
  /** The reader's words for it, as typed, to name it back to them. */
  text: string;
  alternatives: Alternative[];
}

/**
 * How much a match through a synonym rule counts against the reader's own words: less, since a
 * reader's own word in an answer is the surer sign; not much less, since the rules are curated.
 */
export const SYNONYM_WEIGHT = 0.8;

const sameTerms = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * Splits a query into concepts. The longest run of words that is a synonym rule's phrase ("sent
 * home", "speech and language therapy", "salt") becomes one concept whose alternatives are the
 * phrase itself and the phrases the rule gives for it.
 */
export function parseQuery(query: string, rules: ReadonlyMap<string, readonly SynonymRule[]>): Concept[] {
  const words = wordsOf(query);
  const kept = words.map((word) => ({ term: termOf(word), word })).filter((t) => t.term !== '');
  const concepts: Concept[] = [];
  let i = 0;
  while (i < kept.length) {
    let best: SynonymRule | undefined;
    for (const rule of rules.get(kept[i]?.term ?? '') ?? []) {
      const [phrase] = rule;
      if (phrase.length <= (best?.[0].length ?? 0) || i + phrase.length > kept.length) continue;
      if (
        sameTerms(
          phrase,
          kept.slice(i, i + phrase.length).map((t) => t.term),
        )
      )
        best = rule;
    }
    if (best) {
      const [phrase, alternatives] = best;
      concepts.push({
        word: phrase.length === 1 ? kept[i]?.word : undefined,
        text: kept
          .slice(i, i + phrase.length)
          .map((t) => t.word)
          .join(' '),
        alternatives: [{ terms: phrase, weight: 1 }, ...alternatives.map((terms) => ({ terms, weight: SYNONYM_WEIGHT }))],
      });
      i += phrase.length;
    } else {
      const { term, word } = kept[i] as { term: string; word: string };
      concepts.push({ word, text: word, alternatives: [{ terms: [term], weight: 1 }] });
      i += 1;
    }
  }
  return concepts;
}
