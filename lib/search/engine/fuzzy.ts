import { editDistance } from '../../shared/text';
import type { Vocabulary } from '../format';

/** How far a typed word may be from a term: none for short words, where a typo is another word. */
export function allowedTypos(word: string): number {
  return word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * Distance from a typed word to an indexed term, which is a stem: "tribnal" is one letter from
 * "tribun" once the word is cut near where the stem ends. Typos rarely touch the first two
 * letters, and a short stem is too easy to reach, so both must hold for a match.
 */
function distanceToStem(word: string, stem: string, limit: number): number {
  if (stem.length < 4 || stem.slice(0, 2) !== word.slice(0, 2)) return limit + 1;
  let best = limit + 1;
  for (let cut = stem.length - 1; cut <= Math.min(word.length, stem.length + limit); cut++) {
    best = Math.min(best, editDistance(word.slice(0, cut), stem, limit));
  }
  return best;
}

/**
 * Terms a mistyped word probably meant, closest and most common first. `stem` is the word's own
 * search term, which can be nearer ("therpy" → "therpi" is one letter from "therapi").
 */
export function typoMatches(word: string, vocabulary: Vocabulary, stem = word, max = 3): string[] {
  const limit = allowedTypos(word);
  if (limit === 0) return [];
  return vocabulary
    .map(([term, df]) => ({ term, df, distance: Math.min(distanceToStem(word, term, limit), distanceToStem(stem, term, limit)) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || b.df - a.df || a.term.localeCompare(b.term))
    .slice(0, max)
    .map((c) => c.term);
}

/** Terms that a word still being typed may become, most common first. */
export function prefixMatches(prefix: string, vocabulary: Vocabulary, max = 5): string[] {
  if (prefix.length < 2) return [];
  return vocabulary
    .filter(([term]) => term.startsWith(prefix) && term !== prefix)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, max)
    .map(([term]) => term);
}
