import { plainText } from '../common/plain-text';

/** Plain text of markdown, cut at a word boundary: for descriptions and link previews. */
export function summarise(markdown: string, maxLength: number): string {
  const plain = plainText(markdown);
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength / 2))}…`;
}
