/**
 * What the search page says in words, apart from where it says it (island.ts): a result's question
 * shortened for its heading, and what the page says of the reader's words.
 */
import type { SearchResponse } from '../../lib/search/engine/types';

/** A result's heading shows this much of a long question; its page shows all of it. */
const QUESTION_CHARS = 220;

export function shorten(text: string): string {
  if (text.length <= QUESTION_CHARS) return text;
  const cut = text.slice(0, QUESTION_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

const quoted = (words: readonly string[], joiner = 'or') => words.map((word) => `“${word}”`).join(` ${joiner} `);

/**
 * What the page says of the words: a word no answer uses is named, but never stands for "no
 * answer" (the other words still find answers); each correction is shown.
 */
export function wordsSummary(response: SearchResponse): string {
  const missing = response.words.filter((w) => w.status === 'missing').map((w) => w.word);
  const corrected = response.words.filter((w) => w.status === 'corrected');
  const parts = [];
  // A long message may hold many words no answer uses: naming them all pushed the first result
  // below the fold of a 320-pixel phone, so past three they are counted.
  const named = missing.length > 3 ? `${quoted(missing.slice(0, 2), 'and')} and ${missing.length - 2} more of your words` : '';
  if (missing.length > 0 && missing.length < response.words.length)
    parts.push(
      `${named || `${missing.length === 1 ? 'The word' : 'The words'} ${quoted(missing, 'and')}`} ${missing.length === 1 ? 'is' : 'are'} in no answer, so the answers below are for your other words.`,
    );
  if (corrected.length > 0)
    parts.push(`Showing answers for ${corrected.map((w) => `${quoted(w.as)} (you typed “${w.word}”)`).join(' and ')}.`);
  return parts.join(' ');
}
