import { editDistance } from '../../common/edit-distance';
import type { Vocabulary } from '../format';

/**
 * How many typos a word of this length may carry. Measured on the misspellings and real words in
 * bench/lib/typo-words.ts (npm run bench:search prints the figures): shorter words are left alone,
 * since one letter off a four-letter word is most often another word.
 */
export function allowedTypos(word: string): number {
  return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
}

export interface WordMatch {
  /** The word as the answers spell it. */
  word: string;
  term: string;
}

/**
 * The terms a mistyped word probably meant: words of the answers within its allowed typos, the
 * whole word compared with the whole word (a typo changes a letter; it does not cut a word short),
 * or the word's own term with a term, when the answers use another form of the word ("reufsed" →
 * refus, though the answers only say "refusal"); starting with the same letter; closest and most
 * common first.
 */
export function typoMatches(word: string, vocabulary: Vocabulary, stem = word, max = 2): WordMatch[] {
  const limit = allowedTypos(word);
  if (limit === 0)
    return unique(
      vocabulary
        .filter(([candidate]) => isTransposition(word, candidate))
        .sort((a, b) => b[2] - a[2])
        .map(([candidate, term]) => ({ word: candidate, term })),
    ).slice(0, max);
  const stemLimit = allowedTypos(stem);
  const candidates = vocabulary
    .filter(([candidate]) => candidate[0] === word[0])
    .map(([candidate, term, df]) => {
      const byWord = editDistance(word, candidate, limit);
      // Only a word the stemmer shortened looked finished; a stem that is the word itself may be a word cut short.
      const byTerm = stemLimit === 0 || stem.length >= word.length ? Infinity : editDistance(stem, term, stemLimit);
      return { candidate, term, df, byWord, distance: Math.min(byWord, byTerm <= stemLimit ? byTerm : Infinity) };
    })
    .filter((c) => c.distance <= limit)
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        Number(b.byWord === a.distance) - Number(a.byWord === b.distance) ||
        b.df - a.df ||
        a.candidate.localeCompare(b.candidate),
    );
  return unique(candidates.map((c) => ({ word: c.candidate, term: c.term }))).slice(0, max);
}

/**
 * Two neighbouring letters swapped in a short word ("ehpc" for EHCP, "slat" for SALT): the one slip
 * a three- or four-letter acronym may carry, since any other change to it most often makes another
 * word or acronym.
 */
export function isTransposition(word: string, candidate: string): boolean {
  if (word.length < 3 || word.length !== candidate.length || word === candidate) return false;
  const at = [...word].findIndex((letter, i) => letter !== candidate[i]);
  return word[at] === candidate[at + 1] && word[at + 1] === candidate[at] && word.slice(at + 2) === candidate.slice(at + 2);
}

/** Terms of the words a word still being typed may become, most common first. */
export function prefixMatches(prefix: string, vocabulary: Vocabulary, max = 5): WordMatch[] {
  if (prefix.length < 2) return [];
  const words = vocabulary
    .filter(([word]) => word.startsWith(prefix) && word !== prefix)
    .sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]));
  return unique(words.map(([word, term]) => ({ word, term }))).slice(0, max);
}

/** One match per term, the first (closest or most common) spelling kept. */
function unique(matches: readonly WordMatch[]): WordMatch[] {
  const seen = new Set<string>();
  return matches.filter((match) => !seen.has(match.term) && seen.add(match.term));
}
