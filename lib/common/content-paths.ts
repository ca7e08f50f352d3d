import { join } from 'node:path';

/** The folder the site is made from, relative to the project; tests and benchmarks name another. */
export const CONTENT_ROOT = 'content';

/**
 * Where each kind of file lives in a content folder: the one place these paths are spelled, beside
 * routes.ts (the addresses the site publishes). The loader, the checks, the importer, the scripts
 * and the benchmarks all take their paths from here.
 */
export function contentPaths(root: string = CONTENT_ROOT) {
  const sources = join(root, 'sources');
  const qa = join(root, 'qa');
  return {
    root,
    sources,
    qa,
    /** The files of one document: its sidecar, its text as received, the words before its first question and after its last answer. */
    document: (id: string) => ({
      sidecar: join(sources, `${id}.yml`),
      text: join(sources, `${id}.txt`),
      preamble: join(sources, `${id}.preamble.md`),
      closing: join(sources, `${id}.closing.md`),
    }),
    /** The folder of one document's entries: `qa/<council>/<document>/`. */
    entries: (council: string, source: string) => join(qa, council, source),
    councils: join(root, 'councils.yml'),
    themes: join(root, 'themes.yml'),
    eventTypes: join(root, 'event-types.yml'),
    audiences: join(root, 'audiences.yml'),
    glossary: join(root, 'glossary.yml'),
    synonyms: join(root, 'synonyms.yml'),
    published: join(root, 'published.txt'),
    redirects: join(root, 'redirects.yml'),
  };
}
