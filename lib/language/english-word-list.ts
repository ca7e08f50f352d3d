import { createRequire } from 'node:module';

/** The English word list (an-array-of-english-words, a JSON array), read in Node: by the search index at build time, and by PDF extraction to tell a hyphen at a line end. */
export function englishWordList(): string[] {
  const list: unknown = createRequire(import.meta.url)('an-array-of-english-words');
  if (!Array.isArray(list)) throw new Error('an-array-of-english-words is not a list of words');
  return list.filter((word): word is string => typeof word === 'string');
}
