import { editDistance } from '../common/edit-distance';

/** One problem found in content, as data: formatted once, by formatIssue. */
export interface ContentIssue {
  file: string;
  line: number;
  /** The field at fault, e.g. `theme` or `redact[1]`; `-` when the whole file is at fault. */
  field: string;
  /** Stable code tests and tools can rely on, e.g. `unknown-theme`. */
  code: string;
  message: string;
  allowed?: readonly string[];
  /** The allowed value closest to what was written. */
  suggestion?: string;
  severity: 'error' | 'warning';
}

const MAX_ALLOWED_SHOWN = 20;

/** `path:line: field: problem (allowed: …) Did you mean '…'?` */
export function formatIssue(issue: ContentIssue): string {
  let text = `${issue.file}:${issue.line}: ${issue.field}: ${issue.message}`;
  if (issue.allowed && issue.allowed.length > 0) {
    const shown = issue.allowed.slice(0, MAX_ALLOWED_SHOWN).join(', ');
    const more = issue.allowed.length > MAX_ALLOWED_SHOWN ? `, and ${issue.allowed.length - MAX_ALLOWED_SHOWN} more` : '';
    text += ` (allowed: ${shown}${more})`;
  }
  if (issue.suggestion) text += ` Did you mean '${issue.suggestion}'?`;
  return issue.severity === 'warning' ? `warning: ${text}` : text;
}

/** GitHub's escaping of a workflow command's message, and of a property (which also escapes `:` and `,`). */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The issue as a GitHub Actions workflow command, which GitHub shows on that line of the pull
 * request's changed files: `::error file=…,line=…,title=…::…`.
 */
export function formatAnnotation(issue: ContentIssue): string {
  const message = formatIssue(issue).replace(/^warning: /, '').slice(`${issue.file}:${issue.line}: `.length);
  return `::${issue.severity} file=${escapeProperty(issue.file)},line=${issue.line},title=${escapeProperty(`${issue.field}: ${issue.code}`)}::${escapeData(message)}`;
}

export function hasErrors(issues: readonly ContentIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** The allowed value within a small edit distance of `value`, if there is one. */
export function closestMatch(value: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(value.length / 3)) + 1;
  for (const candidate of allowed) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
