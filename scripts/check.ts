/**
 * npm run check: validates all content in seconds, without building the site. Prints every
 * problem as `path:line: field: problem (allowed: …)` (and, on GitHub, as an annotation on that
 * line) and exits 1 on any error; the checks themselves are lib/checks.
 */
import { checkContent } from '../lib/checks';
import { formatAnnotation, formatIssue, hasErrors } from '../lib/content';
import { CONTENT_ROOT } from '../lib/common/content-paths';

// A folder other than content/ may be named, so that tests can check broken fixtures.
const { content, issues, coverage } = checkContent(process.argv[2] ?? CONTENT_ROOT);

console.log('Word coverage of each document by its entries:');
for (const line of coverage) console.log(`  ${line}`);
for (const issue of issues) console.error(formatIssue(issue));
// On GitHub, each problem is also an annotation, shown on its line in the pull request.
if (process.env.GITHUB_ACTIONS === 'true') for (const issue of issues) console.log(formatAnnotation(issue));

const errors = issues.filter((issue) => issue.severity === 'error').length;
if (hasErrors(issues)) {
  console.error(`\n${errors} problem${errors === 1 ? '' : 's'} to fix.`);
  process.exit(1);
}
console.log(`Checked ${content.entries.length} entries from ${content.sources.length} documents: no problems.`);
