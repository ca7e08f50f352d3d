/**
 * Whether a word is an English word, from a list of about 275,000 words (the
 * an-array-of-english-words package, British spellings included), shipped to the browser in one
 * file per two-letter prefix, so that checking a word fetches a few kilobytes, and only for a word
 * the answers do not use. A search corrects only a word that is not English: "transport" is never
 * "corrected" to "transition".
 */

/** The file a word's list lives in: its first two letters. */
export function wordListKey(word: string): string {
  return word.slice(0, 2);
}

/** The words grouped by file, each group sorted, so that the files are the same at every build. */
export function groupWords(words: Iterable<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = wordListKey(word);
    const group = groups.get(key) ?? [];
    group.push(word);
    groups.set(key, group);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, group]) => [key, group.sort()]));
}
