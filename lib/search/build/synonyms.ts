import type { GlossaryTerm, Theme } from '../../content/schema';
import { glossaryPath, themePath } from '../../common/routes';
import { tokenize } from '../../language/tokenize';

/**
 * Phrases that mean the same, from the glossary: a term, its expansion, its other spellings and the
 * everyday words people use for it (SALT ⇄ speech and language therapy ⇄ SLT). Each phrase is kept
 * as its search terms.
 */
export function synonymGroups(glossary: readonly GlossaryTerm[]): string[][][] {
  return glossary
    .map((term) => {
      const phrases = [term.term, term.expansion, ...(term.aliases ?? []), ...(term.synonyms ?? [])]
        .filter((phrase): phrase is string => phrase !== undefined)
        .map(tokenize)
        .filter((terms) => terms.length > 0);
      const unique = new Map(phrases.map((terms) => [terms.join(' '), terms]));
      return [...unique.values()];
    })
    .filter((group) => group.length > 1);
}

/** What to offer when a search finds nothing: glossary terms and themes, with the terms they match. */
export function searchSuggestions(glossary: readonly GlossaryTerm[], themes: readonly Theme[]) {
  return [
    ...themes.map((theme) => ({ label: theme.name, href: themePath(theme.id), terms: [...new Set(tokenize(`${theme.name} ${theme.description}`))] })),
    ...glossary.map((term) => ({
      label: term.expansion ? `${term.term} (${term.expansion})` : term.term,
      href: glossaryPath(term.id),
      terms: [...new Set(tokenize([term.term, term.expansion ?? '', ...(term.aliases ?? []), ...(term.synonyms ?? [])].join(' ')))],
    })),
  ];
}
