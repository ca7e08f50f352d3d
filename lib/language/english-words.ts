/**
 * Whether a word is an English word, from a list of about 275,000 words (the
 * an-array-of-english-words package, British spellings included), shipped to the browser in one
 * file per two-letter prefix, so that checking a word fetches a few kilobytes, and only for a word
 * the answers do not use. A search corrects only a word that is not English: "transport" is never
 * "corrected" to "transition".
 */

/**
 * A prefix with more words than this is split by its third letter: "co", "re" and "un" alone were
 * files of 22–25 KB gzip; split, no file is much over 4 KB.
 */
const WORDS_PER_FILE = 2_500;

/** A two-letter prefix's file: its words, or, when split, its words under three letters and the three-letter prefixes that have a file. */
export type EnglishWordFile = string[] | { words: string[]; parts: string[] };

/** The two-letter file a word's list starts from. */
export const wordListKey = (word: string): string => word.slice(0, 2);

/** Whether a word is in the list, reading its prefix's file and, when that file is split, the part it points to. */
export async function isListed(word: string, read: (key: string) => Promise<EnglishWordFile>): Promise<boolean> {
  const file = await read(wordListKey(word));
  if (Array.isArray(file)) return file.includes(word);
  if (word.length < 3) return file.words.includes(word);
  const part = word.slice(0, 3);
  return file.parts.includes(part) && ((await read(part)) as string[]).includes(word);
}

const sortedGroups = <T>(groups: Map<string, T>) => new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function groupBy(words: Iterable<string>, key: (word: string) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const group = groups.get(key(word));
    if (group) group.push(word);
    else groups.set(key(word), [word]);
  }
  return groups;
}

/**
 * The files of the list by key, each sorted, so that the files are the same at every build.
 * `alsoKeys`: two-letter prefixes that must have a file even with no English word (the answers'
 * own words), so that a missing file is an error, not "no such words".
 */
export function englishWordFiles(words: Iterable<string>, alsoKeys: Iterable<string>): Map<string, EnglishWordFile> {
  const files = new Map<string, EnglishWordFile>();
  const byPrefix = groupBy(words, wordListKey);
  for (const key of alsoKeys) if (!byPrefix.has(key)) byPrefix.set(key, []);
  for (const [key, group] of byPrefix) {
    if (group.length <= WORDS_PER_FILE) {
      files.set(key, group.sort());
      continue;
    }
    const parts = sortedGroups(
      groupBy(
        group.filter((word) => word.length >= 3),
        (word) => word.slice(0, 3),
      ),
    );
    files.set(key, { words: group.filter((word) => word.length < 3).sort(), parts: [...parts.keys()] });
    for (const [part, partWords] of parts) files.set(part, partWords.sort());
  }
  return sortedGroups(files);
}
