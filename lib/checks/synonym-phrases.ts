import type { ContentIssue } from '../content';
import type { LocatedSynonymSet } from '../content/load-vocabularies';
import { tokenize, wordsOf } from '../language/tokenize';

/**
 * Phrases of content/synonyms.yml as search reads them. Search ignores common words ("a", "get",
 * "won't", "my son"), so a phrase may say less than its editor meant: "get a plan" is read as
 * "plan", and would make every search for "plan" find what the set finds. Such a phrase, and one of
 * common words only, is an error naming what search reads.
 */
export function synonymPhraseIssues(sets: readonly LocatedSynonymSet[]): ContentIssue[] {
  return sets.flatMap((set) =>
    (['same', 'search', 'finds'] as const).flatMap((field) =>
      (set[field] ?? []).flatMap((phrase, index): ContentIssue[] => {
        const terms = tokenize(phrase);
        const at = { file: set.file, line: set.line, field: `${set.id}.${field}[${index}]`, severity: 'error' as const };
        if (terms.length === 0) {
          return [
            {
              ...at,
              code: 'synonym-only-common-words',
              message: `"${phrase}" has only words search ignores; add the word that says what it is about`,
            },
          ];
        }
        if (field === 'search' && terms.length === 1 && wordsOf(phrase).length > 1) {
          const [word] = wordsOf(phrase).filter((w) => tokenize(w).length > 0);
          return [
            {
              ...at,
              code: 'synonym-reads-as-one-word',
              message: `"${phrase}" is read as "${word}" alone, since search ignores the other words, so every search for "${word}" would find what this set finds; keep a second telling word (e.g. "not"), or list "${word}" on purpose as one word`,
            },
          ];
        }
        return [];
      }),
    ),
  );
}
