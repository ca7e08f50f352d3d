import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * docs/architecture.md answers "where do I put this?"; an answer that names a folder or file that
 * has moved sends a newcomer nowhere. Every project path it names in `code` must exist. A path with
 * a placeholder (`lib/import/layouts/<family>.ts`) must have its folder.
 */
const DOC = 'docs/architecture.md';
const ROOTS = ['app/', 'bench/', 'components/', 'content/', 'docs/', 'lib/', 'scripts/', 'tests/'];

/** The project paths named in `text`, each as the file or folder that must exist. */
function namedPaths(text: string): string[] {
  const quoted = [...text.matchAll(/`([^`\s]+)`/g)].map((match) => match[1] ?? '');
  const paths = quoted.filter((path) => ROOTS.some((root) => path.startsWith(root)));
  return [...new Set(paths.map((path) => (path.includes('<') ? path.slice(0, path.lastIndexOf('/', path.indexOf('<')) + 1) : path)))];
}

describe(DOC, () => {
  it('names only folders and files that exist', () => {
    const named = namedPaths(readFileSync(DOC, 'utf8'));
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((path) => !existsSync(path))).toEqual([]);
  });

  it('finds a named path that has moved, and checks the folder of a placeholder', () => {
    expect(namedPaths('see `lib/site/views.ts` and `lib/import/layouts/<family>.ts`, not `/answers/<id>/`')).toEqual([
      'lib/site/views.ts',
      'lib/import/layouts/',
    ]);
  });
});
