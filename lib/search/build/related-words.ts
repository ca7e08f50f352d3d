import lemmatize from 'wink-lemmatizer';
import { termOf } from '../../language/tokenize';
import type { RelatedForms } from '../format';
import { wordNet } from './wordnet';

/**
 * For any English word a reader may type, the terms of the answers that are other forms of it,
 * worked out at build time so that the browser only looks them up: inflections, the word's lemma
 * (wink-lemmatizer: children → child, went → go), and derivations, WordNet's derivationally
 * related forms of the word and of its lemma (autistic → autism, assessment → assess), so that a
 * parent's adjective finds the council's noun. A derivation may shift the meaning (trainer →
 * train), so the engine weighs it below an inflection.
 *
 * WordNet's synonyms (words sharing a sense: respite → break) were tried as a further, weaker layer
 * and measured on the judged queries: no better hit@5 or MRR, and topics no answer covers found
 * "answers" through loose senses (transport → carry), so they are not used.
 *
 * Only terms the answers use are kept, and a word is listed only when it has any: the table grows
 * with the answers' vocabulary, not with English.
 */
export function relatedTerms(words: Iterable<string>, answerTerms: ReadonlySet<string>): Map<string, RelatedForms> {
  const wn = wordNet();
  const related = new Map<string, { inflections: Set<string>; derivations: Set<string> }>();
  const keep = (candidates: Iterable<string>, own: string, into: Set<string>) => {
    for (const candidate of candidates) {
      const term = termOf(candidate);
      if (term !== '' && term !== own && answerTerms.has(term)) into.add(term);
    }
  };
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word) || !/^[a-z]+$/.test(word)) continue;
    seen.add(word);
    const term = termOf(word);
    if (term === '') continue;
    const lemmas = new Set([word, lemmatize.noun(word), lemmatize.verb(word), lemmatize.adjective(word)]);
    const entry = related.get(term) ?? { inflections: new Set<string>(), derivations: new Set<string>() };
    keep(lemmas, term, entry.inflections);
    for (const lemma of lemmas) keep(wn.forms(lemma), term, entry.derivations);
    if (entry.inflections.size + entry.derivations.size > 0) related.set(term, entry);
  }
  return new Map(
    [...related].map(([term, { inflections, derivations }]) => [
      term,
      [[...inflections].sort(), [...derivations].filter((d) => !inflections.has(d)).sort()] as RelatedForms,
    ]),
  );
}

/** The words worth looking up: every English word and WordNet lemma, and the answers' own words. */
export function candidateWords(english: readonly string[], answerWords: Iterable<string>): Iterable<string> {
  return [...english, ...wordNet().lemmas(), ...answerWords];
}
