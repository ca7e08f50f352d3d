import type { GlossaryTerm } from '../content/schema';
import { escapeRegExp } from '../common/escape-regexp';

/** Finds glossary terms in running text, longest spelling first ("SEN IA" before "SEN"). */
export interface GlossaryMatcher {
  pattern: RegExp;
  termFor(spelling: string): GlossaryTerm | undefined;
}

/** `short breaks` → `[sS][hH]…`: Node 20 has no inline case-insensitive groups. */
function anyCase(text: string): string {
  return [...text].map((c) => (c.toLowerCase() === c.toUpperCase() ? escapeRegExp(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
}

// Acronyms match only in capitals ("OT", not "ot"); phrases match in any case.
const isAcronym = (spelling: string) => (spelling.match(/[A-Z]/g) ?? []).length >= 2;

export function createGlossaryMatcher(terms: readonly GlossaryTerm[]): GlossaryMatcher {
  const bySpelling = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    for (const spelling of [term.term, ...(term.aliases ?? [])]) {
      bySpelling.set(isAcronym(spelling) ? spelling : spelling.toLowerCase(), term);
    }
  }
  const spellings = [...bySpelling.keys()].sort((a, b) => b.length - a.length);
  const alternatives = spellings.map((s) => (isAcronym(s) ? escapeRegExp(s) : anyCase(s)));
  return {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
    termFor: (spelling) => bySpelling.get(spelling) ?? bySpelling.get(spelling.toLowerCase()),
  };
}
