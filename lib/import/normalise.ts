/**
 * Layout repair for text extracted from PDF and Word files. Every rule here changes spacing or
 * glyphs only, never words; the coverage check relies on that.
 */

// NBSP and other fixed-width spaces that PDF extraction scatters between words.
const ODD_SPACES = /[\u00a0\u2007\u202f\u2009]/g;

/** Line-preserving repair of one document: spaces, hyphen glyphs, line endings. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(ODD_SPACES, ' ')
    // PDF export writes a hyphen as "-" followed by U+2010 ("off-‐rolling"); one hyphen is meant.
    .replace(/-?[\u2010\u2011]/g, '-')
    .split('\n')
    .map((line) => line.replace(/(\S)[ ]{2,}/g, '$1 ').trimEnd())
    .join('\n');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes page furniture declared in the sidecar, wherever it stands, even when it is wrapped
 * over two lines or in bold (`**THE EDUCATION\nPEOPLE**`). The lines it stood on become blank.
 */
export function removeFurniture(text: string, furniture: readonly string[]): string {
  return furniture.reduce((current, phrase) => {
    const words = phrase.split(/\s+/).map(escapeRegExp).join('\\s+');
    const pattern = new RegExp(`^[ \\t]*(\\*{1,3})?${words}\\1?[ \\t]*$`, 'gm');
    return current.replace(pattern, (match) => match.replace(/[^\n]/g, ''));
  }, text);
}

/** Replaces each declared name of a member of the public with a neutral marker. */
export const REDACTION_MARKER = '[name withheld]';

export function redact(text: string, names: readonly string[]): string {
  return names.reduce((current, name) => {
    const words = name.split(/\s+/).map(escapeRegExp).join('\\s+');
    // Keep the line breaks a name was wrapped over, so that line numbers still match the document.
    return current.replace(new RegExp(words, 'g'), (match) => REDACTION_MARKER + '\n'.repeat(match.split('\n').length - 1));
  }, text);
}
