import { REDACTION_MARKER } from '../../common/redaction';
import { escapeRegExp } from '../../common/escape-regexp';
import { unixLineEndings } from './vocabulary';

/**
 * Layout repair for text extracted from PDF and Word files. Every rule here changes spacing or
 * glyphs only, never words; the coverage check relies on that.
 */

// NBSP and other fixed-width spaces that PDF extraction scatters between words.
const ODD_SPACES = /[\u00a0\u2007\u202f\u2009]/g;
// Characters that are not text at all: a byte-order mark, zero-width spaces, soft hyphens, form feeds.
const INVISIBLE = /[\ufeff\u200b\u200c\u2060\u00ad\f]/g;
// Typographic ligatures (ﬁ, ﬂ) that PDF extraction leaves in words.
const LIGATURES = /[\ufb00-\ufb06]/g;

/** Line-preserving repair of one document: spaces, hyphen glyphs, line endings. */
export function normaliseText(raw: string): string {
  return (
    unixLineEndings(raw)
      .replace(INVISIBLE, '')
      .replace(LIGATURES, (ligature) => ligature.normalize('NFKC'))
      .replace(ODD_SPACES, ' ')
      // PDF export writes a hyphen as "-" followed by U+2010 ("off-‐rolling"); one hyphen is meant.
      .replace(/-?[\u2010\u2011]/g, '-')
      .split('\n')
      .map((line) => line.replace(/(\S)[ ]{2,}/g, '$1 ').trimEnd())
      .join('\n')
  );
}

/**
 * Furniture every document may have without declaring it: page numbers on a line of their own, and
 * the chrome of a web page copied as text. A whole line must match, so that no sentence is touched.
 */
const KNOWN_FURNITURE = [
  /^[ \t]*(?:page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?|\d{1,4}[ \t]+of[ \t]+\d{1,4}|[-–—][ \t]*\d{1,4}[ \t]*[-–—])[ \t]*$/gim,
  /^[ \t]*(?:skip to (?:main )?content|skip to navigation|back to top|print this page|share this page|accept all cookies|reject all cookies|accept additional cookies|reject additional cookies|cookie settings|hide this message|was this page useful\??|report a problem with this page)[ \t]*$/gim,
];

/**
 * Removes page furniture declared in the sidecar, wherever it stands, even when it is wrapped
 * over two lines or in bold (`**THE EDUCATION\nPEOPLE**`), and the furniture every document may
 * have (KNOWN_FURNITURE). The lines it stood on become blank, so line numbers still match.
 */
export function removeFurniture(text: string, furniture: readonly string[]): string {
  const blank = (match: string) => match.replace(/[^\n]/g, '');
  const known = KNOWN_FURNITURE.reduce((current, pattern) => current.replace(pattern, blank), text);
  return furniture.reduce((current, phrase) => {
    // '#' in declared furniture stands for a page number: "Page # of #".
    const words = phrase
      .split(/\s+/)
      .map((word) => escapeRegExp(word).replace(/#/g, '\\d+'))
      .join('\\s+');
    const pattern = new RegExp(`^[ \\t]*(\\*{1,3})?${words}\\1?[ \\t]*$`, 'gm');
    return current.replace(pattern, blank);
  }, known);
}

/** Replaces each declared name of a member of the public with a neutral marker. */
export function redact(text: string, names: readonly string[]): string {
  return names.reduce((current, name) => {
    const words = name.split(/\s+/).map(escapeRegExp).join('\\s+');
    // Keep the line breaks a name was wrapped over, so that line numbers still match the document.
    return current.replace(new RegExp(words, 'g'), (match) => REDACTION_MARKER + '\n'.repeat(match.split('\n').length - 1));
  }, text);
}
