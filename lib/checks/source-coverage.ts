import { ImportError } from '../import/errors';
import { dirname } from 'node:path';
import type { Content, ContentIssue } from '../content';
import { displayPath } from '../content/files';
import { formatCoverage, isComplete, type Coverage } from '../import/coverage';
import { coverageOf, importable } from '../import/import-document';

import { contentPaths } from '../common/content-paths';

/**
 * Each document's word coverage by its committed entries, and an issue for each that is not whole.
 * A document one of whose entries could not be read is skipped: its coverage would only repeat
 * that problem.
 */
export function checkSourceCoverage(
  root: string,
  content: Content,
  knownIssues: readonly ContentIssue[] = [],
): { lines: string[]; issues: ContentIssue[] } {
  const lines: string[] = [];
  const issues: ContentIssue[] = [];
  for (const document of content.sources) {
    const source = importable(document);
    if (!source) {
      lines.push(`${document.id}: answers entered by hand, with no document text to compare: not measured`);
      continue;
    }
    const folder = displayPath(contentPaths(root).entries(source.council, source.id));
    if (knownIssues.some((issue) => dirname(issue.file) === folder)) {
      lines.push(`${source.id}: not measured until the problems in its entries are fixed`);
      continue;
    }
    const entries = content.entries.filter((entry) => entry.source === source.id);
    let coverage: Coverage;
    try {
      coverage = coverageOf(source, { preamble: source.preamble, entries, closing: source.closing });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      issues.push({
        file: source.file.replace(/\.yml$/, '.txt'),
        line: error.line,
        field: 'layout',
        code: 'unreadable',
        message: `the '${source.layout}' layout cannot read this document any more: ${error.message}`,
        severity: 'error',
      });
      continue;
    }
    lines.push(`${source.id}: ${entries.length} entries; ${formatCoverage(coverage)}`);
    if (isComplete(coverage)) continue;
    const examples = [
      ...coverage.lost.slice(0, 3).map((w) => `lost ${w}`),
      ...coverage.invented.slice(0, 3).map((w) => `not in the source ${w}`),
    ];
    issues.push({
      file: source.file.replace(/\.yml$/, '.txt'),
      line: 1,
      field: 'coverage',
      code: 'words-changed',
      message: `the entries must keep every word of the document, in order, and add none (${formatCoverage(coverage)}): ${examples.join('; ')}`,
      severity: 'error',
    });
  }
  return { lines, issues };
}
