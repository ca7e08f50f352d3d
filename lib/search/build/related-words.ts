import lemmatize from 'wink-lemmatizer';
import { termOf } from '../../language/tokenize';
import type { RelatedForms } from '../format';
import { englishWordList } from '../../language/english-word-list';
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
export function relatedTerms(answerWords: Iterable<string>, answerTerms: ReadonlySet<string>): Map<string, RelatedForms> {
  const english = englishForms();
  const own = formsOf([...answerWords].filter((word) => !english.words.has(word)));
  const related = new Map<string, { inflections: Set<string>; derivations: Set<string> }>();
  for (const answerTerm of answerTerms) {
    for (const forms of [english.byForm.get(answerTerm), own.byForm.get(answerTerm)]) {
      for (const [terms, kind] of [
        [forms?.inflectionOf, 'inflections'],
        [forms?.derivationOf, 'derivations'],
      ] as const) {
        for (const term of terms ?? []) {
          const entry = related.get(term) ?? { inflections: new Set<string>(), derivations: new Set<string>() };
          entry[kind].add(answerTerm);
          related.set(term, entry);
        }
      }
    }
  }
  return new Map(
    [...related].map(([term, { inflections, derivations }]) => [
      term,
      [[...inflections].sort(), [...derivations].filter((d) => !inflections.has(d)).sort()] as RelatedForms,
    ]),
  );
}

interface FormsTable {
  words: ReadonlySet<string>;
  /** For each term, the terms of the words it is a form of, by kind. */
  byForm: Map<string, { inflectionOf: Set<string>; derivationOf: Set<string> }>;
}

/**
 * Every word's other forms, whatever the answers say, turned round so that a build looks up only
 * its answers' terms: working the forms out takes seconds (lemmatising and stemming 400,000
 * words), looking them up milliseconds.
 */
function formsOf(words: Iterable<string>): FormsTable {
  const wn = wordNet();
  const seen = new Set<string>();
  const byForm: FormsTable['byForm'] = new Map();
  const link = (candidates: Iterable<string>, own: string, kind: 'inflectionOf' | 'derivationOf') => {
    for (const candidate of candidates) {
      const term = termOf(candidate);
      if (term === '' || term === own) continue;
      const entry = byForm.get(term) ?? { inflectionOf: new Set<string>(), derivationOf: new Set<string>() };
      entry[kind].add(own);
      byForm.set(term, entry);
    }
  };
  for (const word of words) {
    if (seen.has(word) || !/^[a-z]+$/.test(word)) continue;
    seen.add(word);
    const term = termOf(word);
    if (term === '') continue;
    const lemmas = new Set([word, lemmatize.noun(word), lemmatize.verb(word), lemmatize.adjective(word)]);
    link(lemmas, term, 'inflectionOf');
    for (const lemma of lemmas) link(wn.forms(lemma), term, 'derivationOf');
  }
  return { words: seen, byForm };
}

let english: FormsTable | undefined;
/** The forms of every English word and WordNet lemma, worked out once per process and shared by every index it builds. */
const englishForms = (): FormsTable => (english ??= formsOf([...englishWordList(), ...wordNet().lemmas()]));
