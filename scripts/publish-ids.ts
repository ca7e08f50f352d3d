/**
 * Part of the build: adds every answer id the site is about to publish to content/published.txt.
 * Ids are only ever added; `npm run check` then refuses any change that would break one of them.
 */
import { formatIssue, hasErrors, loadContent } from '../lib/content';
import { writeContentFiles } from '../lib/import/write-content';
import { CONTENT_ROOT, contentPaths } from '../lib/common/content-paths';

const { content, issues } = loadContent(CONTENT_ROOT);
// Content with errors (a linked published.txt among them) is never built, so nothing is written for it.
if (hasErrors(issues)) {
  console.error(
    issues
      .filter((issue) => issue.severity === 'error')
      .map(formatIssue)
      .join('\n'),
  );
  process.exit(1);
}
const published = new Set(content.permalinks.published);
const added = content.entries.filter((entry) => !published.has(entry.id)).map((entry) => entry.id);
if (added.length > 0) {
  const all = [...published, ...added].sort();
  writeContentFiles(CONTENT_ROOT, [{ path: contentPaths().published, text: `${all.join('\n')}\n` }]);
}
console.log(`content/published.txt: ${published.size + added.length} answer ids, ${added.length} new.`);
