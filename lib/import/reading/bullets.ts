/** Bullets and blank lines as documents write them. */

/** A bullet glyph that is not a word: dash, star and the glyphs PDF and Word extraction leave. */
export const GLYPH_BULLET = /^[ \t]*[-*•·▪◦●■►➢✓](?:[ \t]+|$)/;

/** Any bullet, Word's sub-bullet "o" included: for telling list lines apart, never for dropping text. */
export const BULLET = /^[ \t]*(?:[-*•·▪◦●■►➢✓]|o(?=[ \t]))[ \t]+/;

export function isBlank(text: string | undefined): boolean {
  return (text ?? '').trim() === '';
}
