import type { GlossaryTerm, SynonymSet, Theme } from '../../content/schema';
import type { SynonymRule } from '../format';
import { glossaryPath, themePath } from '../../common/routes';
import { tokenize } from '../../language/tokenize';

/** Every phrase of a list as its search terms, once each; a phrase of stop words only is dropped. */
const phraseTerms = (phrases: readonly string[]) => [
  ...new Map(
    phrases
      .map(tokenize)
      .filter((t) => t.length > 0)
      .map((t) => [t.join(' '), t]),
  ).values(),
];

/**
 * The synonym rules search uses: for a phrase a reader may type (as search terms), the phrases an
 * answer may say it with. From the glossary, a term, its expansion, other spellings and everyday
 * words all find one another (SALT ⇄ speech and language therapy ⇄ SLT), and its misspellings find
 * the term; from content/synonyms.yml, `same` sets find one another and `search` phrases find
 * `finds` phrases, not the reverse. Rules for one phrase are merged.
 */
export function synonymRules(glossary: readonly GlossaryTerm[], sets: readonly SynonymSet[]): Map<string, SynonymRule[]> {
  const rules = new Map<string, { phrase: string[]; alternatives: Map<string, string[]> }>();
  const oneWay = (from: readonly string[][], to: readonly string[][]) => {
    for (const phrase of from) {
      const key = phrase.join(' ');
      const rule = rules.get(key) ?? { phrase, alternatives: new Map() };
      for (const alternative of to) if (alternative.join(' ') !== key) rule.alternatives.set(alternative.join(' '), alternative);
      if (rule.alternatives.size > 0) rules.set(key, rule);
    }
  };
  for (const term of glossary) {
    const group = phraseTerms(
      [term.term, term.expansion, ...(term.aliases ?? []), ...(term.synonyms ?? [])].filter((p): p is string => p !== undefined),
    );
    oneWay(group, group);
    oneWay(phraseTerms(term.misspellings ?? []), group);
  }
  for (const set of sets) {
    if (set.same) oneWay(phraseTerms(set.same), phraseTerms(set.same));
    else oneWay(phraseTerms(set.search ?? []), phraseTerms(set.finds ?? []));
  }
  // By the phrase's first term, so a query word looks at only its own rules (and the index ships them in that term's shard).
  const byFirst = new Map<string, SynonymRule[]>();
  for (const { phrase, alternatives } of [...rules.values()].sort((a, b) => (a.phrase.join(' ') < b.phrase.join(' ') ? -1 : 1))) {
    const first = phrase[0] ?? '';
    byFirst.set(first, [...(byFirst.get(first) ?? []), [phrase, [...alternatives.values()]]]);
  }
  return byFirst;
}

/** What to offer when a search finds nothing: glossary terms and themes, with the terms they match. */
export function searchSuggestions(glossary: readonly GlossaryTerm[], themes: readonly Theme[]) {
  return [
    ...themes.map((theme) => ({
      label: theme.name,
      href: themePath(theme.id),
      terms: [...new Set(tokenize(`${theme.name} ${theme.description}`))],
    })),
    ...glossary.map((term) => ({
      label: term.expansion ? `${term.term} (${term.expansion})` : term.term,
      href: glossaryPath(term.id),
      terms: [...new Set(tokenize([term.term, term.expansion ?? '', ...(term.aliases ?? []), ...(term.synonyms ?? [])].join(' ')))],
    })),
  ];
}
