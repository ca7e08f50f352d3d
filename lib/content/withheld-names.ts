import { createHash } from 'node:crypto';

/** The most words a withheld name has ("Mrs Alex D' Example" is four). */
const MAX_NAME_WORDS = 5;

const normalised = (name: string) => name.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean).join(' ');

/**
 * A withheld name as the repository keeps it: not the name (the repository is public) but enough
 * to recognise it if it is pasted back: the first 16 hex digits of the SHA-256 of the name in
 * lower case with single spaces. Someone who already suspects a name can test it against this;
 * nobody can read a name from it.
 */
export function nameFingerprint(name: string): string {
  return createHash('sha256').update(normalised(name)).digest('hex').slice(0, 16);
}

/**
 * Where `text` contains a name whose fingerprint is in `fingerprints`: each run of one to five
 * words that starts with a capital letter is fingerprinted, so the cost grows with the text.
 */
export function findWithheldNames(text: string, fingerprints: ReadonlySet<string>): { line: number }[] {
  if (fingerprints.size === 0) return [];
  const found: { line: number }[] = [];
  text.split('\n').forEach((lineText, index) => {
    const words = lineText.split(/\s+/).filter(Boolean);
    for (let start = 0; start < words.length; start++) {
      if (!/^\p{Lu}/u.test(words[start]!)) continue;
      for (let length = 1; length <= MAX_NAME_WORDS && start + length <= words.length; length++) {
        // Punctuation after a name ("Example said:", "Example,") is not part of it.
        const candidate = words.slice(start, start + length).join(' ').replace(/[.,;:!?)"”’]+$/u, '');
        if (fingerprints.has(nameFingerprint(candidate))) {
          found.push({ line: index + 1 });
          return;
        }
      }
    }
  });
  return found;
}
