/**
 * The reading vocabulary every layout shares: how council documents write a bullet, end a
 * question or a sentence, open a question, set a line in bold, end a line. One home, so that a
 * glyph learnt from one document is known to every layout, to detection and to the verdict.
 */

/** A bullet glyph that is not a word: dash, star and the glyphs PDF and Word extraction leave. */
export const GLYPH_BULLET = /^[ \t]*[-*•·▪◦●■►➢✓](?:[ \t]+|$)/;

/** Any bullet, Word's sub-bullet "o" included: for telling list lines apart, never for dropping text. */
export const BULLET = /^[ \t]*(?:[-*•·▪◦●■►➢✓]|o(?=[ \t]))[ \t]+/;

/** The round bullets minutes set their points with; a dash there is punctuation ("- as above"). */
export const DOT_BULLET = /^\s*[·•▪]\s*/;

/** A line ending in "?", perhaps inside quotes, brackets or bold: `…wait?"`, `…wait?**`. */
export const ENDS_QUESTION = /\?["”’')\]*_]*$/;

/** A line that finishes a sentence: stop, question or exclamation mark, colon or semicolon, then closers. */
export const ENDS_SENTENCE = /[.!?:;]["”’')\]*_]*$/;

/** The words English questions open with ("How …", "Can …", "Is there …"). */
export const OPENS_QUESTION = /^\W*(?:how|what|why|when|where|who|whom|which|can|could|will|would|is|are|do|does|did|should|shall|may|might|if|has|have|am)\b/i;

/** A line that stops on a small word is a sentence wrapped onto the next line, not a heading. */
export const ENDS_SMALL_WORD = /\b(?:the|a|an|of|to|and|or|for|in|on|with|at|my|our|their|his|her|is|are|be|by|from|that|this|about|as)$/i;

export function isBlank(text: string | undefined): boolean {
  return (text ?? '').trim() === '';
}

/** A line's text without the bold a Word export put round all of it: `**Short breaks**`. */
export function stripBold(text: string): string {
  return text.trim().replace(/^\*\*(.*)\*\*$/, '$1');
}

/** Windows and old Mac line endings as "\n", so that line numbers mean the same everywhere. */
export function unixLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A short line that does not end a sentence: how section headings look in these documents. */
export function looksLikeHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= 200 && !/[.?!]$/.test(trimmed);
}
