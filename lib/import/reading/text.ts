/** Small text helpers every part of the importer shares. */

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A bullet as documents write one: dash, star, the PDF and Word glyphs, or Word's sub-bullet "o". */
export const BULLET = /^[ \t]*(?:[-*•·▪◦●■►➢✓–]|o(?=[ \t]))[ \t]+/;

export function isBlank(text: string | undefined): boolean {
  return (text ?? '').trim() === '';
}
