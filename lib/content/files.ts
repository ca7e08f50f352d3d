import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ContentIssue } from './issues';
import { decodeText, textIssues } from './text-hygiene';

/**
 * Reading content/ safely: everything in it comes from pull requests. A symbolic link could make the
 * build publish a file from outside the repository (/proc/self/environ, a key), so links are refused
 * rather than followed; so are files too big to be content.
 */

/** The largest file of each kind: well above real documents, well below what exhausts memory. */
export const FILE_LIMITS = {
  /** One answer: the longest real one is 3 KB. */
  entry: 64 * 1024,
  /** A council document's text: a 100-page PDF gives about 300 KB. */
  source: 4 * 1024 * 1024,
  /** Sidecars, vocabularies, preambles and redirects. */
  small: 1024 * 1024,
  /** content/published.txt: one line per answer ever published. */
  list: 64 * 1024 * 1024,
} as const;

/** Every file below `dir` whose name ends with `suffix`, sorted so that loading is deterministic. */
export function listFiles(dir: string, suffix: string): string[] {
  if (!isDirectory(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name))
    .sort();
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether `path` exists as anything, a link included (existsSync follows links, and says no for a dangling one). */
export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Every symbolic link below `root`: each is an error, wherever it is. Links are listed, not followed. */
export function symlinkIssues(root: string): ContentIssue[] {
  if (!isDirectory(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isSymbolicLink())
    .map((entry) => displayPath(join(entry.parentPath, entry.name)))
    .sort()
    .map((file) => ({ file, line: 1, field: '-', code: 'symlink', message: 'is a symbolic link; content must be ordinary files, since a link could publish a file from outside the repository: replace it with the file itself', severity: 'error' }));
}

/**
 * A content file's text, or undefined with the reasons in `issues`: not a link, not a folder, not
 * over its size limit, valid UTF-8 (a byte order mark and CRLF are accepted and normalised), with no
 * control characters or hidden direction controls.
 */
export function readText(path: string, issues: ContentIssue[], { limit = FILE_LIMITS.small, pageBreaks = false }: { limit?: number; pageBreaks?: boolean } = {}): string | undefined {
  const file = displayPath(path);
  const fail = (code: string, message: string) => {
    issues.push({ file, line: 1, field: '-', code, message, severity: 'error' });
    return undefined;
  };
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return undefined; // reported once by symlinkIssues
  if (!stat.isFile()) return fail('not-a-file', 'is not an ordinary file');
  if (stat.size > limit) return fail('file-too-large', `is ${Math.ceil(stat.size / 1024)} KB, over the limit of ${limit / 1024} KB for this kind of file: split it, or check that it is the right file`);
  const decoded = decodeText(readFileSync(path), file);
  if (decoded.issue) {
    issues.push(decoded.issue);
    return undefined;
  }
  const problems = textIssues(decoded.text, file, { pageBreaks });
  issues.push(...problems);
  return problems.length > 0 ? undefined : decoded.text;
}

/** The path editors see in messages: relative to where the command runs. */
export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}
