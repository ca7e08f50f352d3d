import type { ContentIssue } from './issues';

/**
 * Limits on the shape of markdown, checked in one pass before anything parses it. The markdown
 * parser takes time that grows faster than the text on some inputs (thousands of nested list
 * markers took 100 s for 32 KB; thousands of `*a` seconds), and deep nesting overflows the
 * renderer's stack. Real answers nest three levels at most and use under 20 markup characters,
 * so the limits sit far above them and far below what hurts.
 */
export const MARKDOWN_LIMITS = {
  /** Quotes and lists inside each other. */
  nesting: 12,
  /** Leading spaces on a line (a tab counts four): deeper indentation is only more nesting. */
  indent: 48,
  /** Characters that markdown reads as markup (`*_[]<>` and backticks) in one answer or preamble. */
  markup: 1000,
} as const;

// `>` needs no space after it (`>>>` is three quotes); a list marker does.
const LEADING_MARKERS = /^(?:[ \t]{0,3}(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*)+/;
const MARKUP = /[*_[\]<>`]/g;

/** The first limit `markdown` goes over, with its file line; none for ordinary markdown. */
export function markdownLimitIssues(markdown: string, at: { file: string; line: number; field: string }): ContentIssue[] {
  const issue = (offset: number, code: string, message: string): ContentIssue[] => [{ file: at.file, line: at.line + offset, field: at.field, code, message, severity: 'error' }];
  const lines = markdown.split('\n');
  for (const [index, line] of lines.entries()) {
    const markers = LEADING_MARKERS.exec(line)?.[0].match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
    if (markers > MARKDOWN_LIMITS.nesting) return issue(index, 'too-deep', `starts ${markers} quotes or lists inside each other, over the limit of ${MARKDOWN_LIMITS.nesting}: flatten them`);
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent > MARKDOWN_LIMITS.indent) return issue(index, 'too-deep', `is indented ${indent} spaces, over the limit of ${MARKDOWN_LIMITS.indent}: lists nested this deep cannot be read; flatten them`);
  }
  const markup = markdown.match(MARKUP)?.length ?? 0;
  if (markup > MARKDOWN_LIMITS.markup) return issue(0, 'too-much-markup', `has ${markup} markup characters (* _ [ ] < > \`), over the limit of ${MARKDOWN_LIMITS.markup}: this is not an ordinary answer; write it as plain text`);
  return [];
}
