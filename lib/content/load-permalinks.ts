import { z } from 'zod';
import { displayPath, exists, FILE_LIMITS, readText } from './files';
import { closestMatch, type ContentIssue } from './issues';
import { idSchema } from './schema';
import { parseYamlText } from './yaml-text';
import { contentPaths } from '../common/content-paths';

/** content/redirects.yml: `old-id: new-id`, for answers whose id had to change or that were removed. */
const redirectsSchema = z.record(idSchema, idSchema);

export interface Permalinks {
  /** Every answer id ever published, one per line of content/published.txt. */
  published: string[];
  /** Old answer id → the id whose page now answers it. */
  redirects: Record<string, string>;
}

/**
 * Checks the promise made to everyone who linked to an answer: every published id still has a
 * page, either its entry or a redirect to the entry that replaced it.
 */
export function loadPermalinks(root: string, entryIds: readonly string[], entriesComplete = true): { permalinks: Permalinks; issues: ContentIssue[] } {
  const paths = contentPaths(root);
  const issues: ContentIssue[] = [];
  const isEntry = new Set(entryIds);
  const lines = exists(paths.published) ? (readText(paths.published, issues, { limit: FILE_LIMITS.list }) ?? '').split('\n').map((line) => line.trim()) : [];
  const published = lines.filter((id) => id !== '');
  const redirects: Record<string, string> = {};
  const redirectsFile = displayPath(paths.redirects);
  const redirectsText = exists(paths.redirects) ? readText(paths.redirects, issues) : undefined;
  if (redirectsText !== undefined) {
    const parsed = parseYamlText(redirectsText, redirectsFile);
    issues.push(...parsed.issues);
    if (parsed.yaml) {
      const result = redirectsSchema.safeParse(parsed.yaml.value ?? {});
      if (!result.success) {
        issues.push({ file: redirectsFile, line: 1, field: '-', code: 'bad-redirects', message: "each line must be 'old-answer-id: new-answer-id'", severity: 'error' });
      } else {
        const { yaml } = parsed;
        for (const [from, to] of Object.entries(result.data)) {
          const line = yaml.lineOf([from]);
          if (isEntry.has(from)) {
            issues.push({ file: redirectsFile, line, field: from, code: 'redirect-shadows-entry', message: `an entry still has the id '${from}'; remove this redirect or the entry`, severity: 'error' });
          } else if (!isEntry.has(to)) {
            issues.push({ file: redirectsFile, line, field: from, code: 'redirect-to-nowhere', message: `'${to}' is not the id of any entry`, suggestion: closestMatch(to, entryIds), severity: 'error' });
          } else redirects[from] = to;
        }
      }
    }
  }
  const publishedFile = displayPath(paths.published);
  if (!entriesComplete) return { permalinks: { published, redirects }, issues };
  lines.forEach((id, index) => {
    if (id === '' || isEntry.has(id) || id in redirects) return;
    issues.push({
      file: publishedFile,
      line: index + 1,
      field: id,
      code: 'published-id-missing',
      message: `this answer was published, so people may link to /answers/${id}/, but no entry has this id now. Restore the id, or add the line '${id}: <new id>' to content/redirects.yml`,
      suggestion: closestMatch(id, entryIds),
      severity: 'error',
    });
  });
  const isPublished = new Set(published);
  const unpublished = entryIds.filter((id) => !isPublished.has(id));
  if (unpublished.length > 0) {
    issues.push({
      file: publishedFile,
      line: published.length + 1,
      field: '-',
      code: 'not-yet-published',
      message: `${unpublished.length} answer${unpublished.length === 1 ? ' is' : 's are'} not listed yet (${unpublished.slice(0, 3).join(', ')}${unpublished.length > 3 ? ', …' : ''}); run 'npm run build' and commit content/published.txt`,
      severity: 'warning',
    });
  }
  return { permalinks: { published, redirects }, issues };
}
