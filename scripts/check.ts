/**
 * npm run check: validates everything under content/ in seconds, without building the site.
 * Prints every problem as `path:line: field: problem (allowed: …)` and exits 1 on any error.
 */
import { formatIssue, hasErrors, loadContent } from '../lib/content';
import { checkSourceCoverage } from '../lib/checks/source-coverage';
import { lintMarkdown } from '../lib/markdown/lint';
import { nearDuplicateWarnings } from '../lib/checks/near-duplicate-warnings';

// A folder other than content/ may be named, so that tests can check broken fixtures.
const { content, issues } = loadContent(process.argv[2] ?? 'content');
const coverage = checkSourceCoverage(content, issues);
const answerIds = new Set([...content.entries.map((entry) => entry.id), ...Object.keys(content.permalinks.redirects)]);
const markdownIssues = content.entries.flatMap((entry) => lintMarkdown({ file: entry.file, line: entry.responseLine, markdown: entry.response }, answerIds));
const all = [...issues, ...coverage.issues, ...markdownIssues, ...nearDuplicateWarnings(content.entries)];

console.log('Word coverage of each document by its entries:');
for (const line of coverage.lines) console.log(`  ${line}`);
for (const issue of all) console.error(formatIssue(issue));

const errors = all.filter((issue) => issue.severity === 'error').length;
if (hasErrors(all)) {
  console.error(`\n${errors} problem${errors === 1 ? '' : 's'} to fix.`);
  process.exit(1);
}
console.log(`Checked ${content.entries.length} entries from ${content.sources.length} documents: no problems.`);
