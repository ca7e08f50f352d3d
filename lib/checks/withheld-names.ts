import { displayPath } from '../content/files';
import type { Content, ContentIssue } from '../content';
import { findWithheldNames } from '../content/withheld-names';
import { groupBy } from '../common/group-by';
import { contentPaths } from '../common/content-paths';

/**
 * Names of members of the public stay out of the repository: a sidecar may not keep a list of them
 * (the import swaps it for fingerprints), and no name whose fingerprint a document keeps may appear
 * again in its text, its preamble or its answers.
 */
export function withheldNameIssues(root: string, content: Content): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const entriesBySource = groupBy(content.entries, (entry) => entry.source);
  for (const source of content.sources) {
    if ((source.redact ?? []).length > 0) {
      issues.push({
        file: source.file,
        line: 1,
        field: 'redact',
        code: 'names-in-repository',
        message: `lists names that the repository would publish: run npm run import -- ${displayPath(contentPaths(root).document(source.id).text)}, which withholds them in the text and keeps only their fingerprints under 'redacted'`,
        severity: 'error',
      });
    }
    const fingerprints = new Set(source.redacted ?? []);
    if (fingerprints.size === 0) continue;
    const report = (file: string, firstLine: number, field: string, text: string | undefined) => {
      for (const { line } of findWithheldNames(text ?? '', fingerprints)) {
        issues.push({
          file,
          line: firstLine + line - 1,
          field,
          code: 'withheld-name',
          message: 'contains a name that was withheld from this document: replace it with [name withheld]',
          severity: 'error',
        });
      }
    };
    const paths = contentPaths(root).document(source.id);
    report(displayPath(paths.text), 1, 'text', source.text);
    report(displayPath(paths.preamble), 1, 'preamble', source.preamble);
    report(displayPath(paths.closing), 1, 'closing', source.closing);
    for (const entry of entriesBySource.get(source.id) ?? []) {
      report(entry.file, entry.questionLine, 'question', entry.question);
      report(entry.file, entry.responseLine, 'response', entry.response);
      report(entry.file, 1, 'askedBy', entry.askedBy);
    }
  }
  return issues;
}
