import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Dependencies point one way: common leaves and language rules at the bottom, content, then
 * markdown, then import, search and site side by side (never using each other), then checks; the
 * pages above; nothing imports from tests/ or scripts/. docs/architecture.md draws the same picture.
 */
const ALLOWED: Record<string, readonly string[]> = {
  'lib/common': [],
  'lib/language': ['lib/common'],
  'lib/content': ['lib/common'],
  'lib/markdown': ['lib/common', 'lib/content'],
  'lib/import': ['lib/common', 'lib/language', 'lib/content', 'lib/markdown'],
  'lib/search': ['lib/common', 'lib/language', 'lib/content', 'lib/markdown'],
  'lib/site': ['lib/common', 'lib/language', 'lib/content', 'lib/markdown'],
  'lib/checks': ['lib/common', 'lib/language', 'lib/content', 'lib/markdown', 'lib/import', 'lib/search', 'lib/site'],
  components: ['lib/common', 'lib/language', 'lib/content', 'lib/markdown', 'lib/search', 'lib/site'],
  app: ['lib/common', 'lib/content', 'lib/markdown', 'lib/search', 'lib/site', 'components'],
  scripts: ['lib/common', 'lib/language', 'lib/content', 'lib/markdown', 'lib/import', 'lib/search', 'lib/site', 'lib/checks'],
  bench: ['lib/common', 'lib/language', 'lib/content', 'lib/markdown', 'lib/import', 'lib/search', 'lib/site', 'lib/checks'],
};
const LAYERS = Object.keys(ALLOWED).sort((a, b) => b.length - a.length);
const layerOf = (file: string) => LAYERS.find((layer) => file === layer || file.startsWith(`${layer}/`));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

/** The project file (relative to `root`) an import names, or undefined for a package. */
function resolveImport(root: string, from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/')
    ? specifier.slice(2)
    : specifier.startsWith('.')
      ? normalize(join(dirname(from), specifier))
      : undefined;
  if (base === undefined) return undefined;
  return (
    [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find(
      (path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile(),
    ) ?? base
  );
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every import in the project at `root` that goes the wrong way, as `file imports target (…)`. */
function crossings(root = '.'): string[] {
  const wrong: string[] = [];
  const layers = Object.keys(ALLOWED).filter((layer) => existsSync(join(root, layer)) && statSync(join(root, layer)).isDirectory());
  for (const file of layers.flatMap((layer) => sourceFiles(join(root, layer)).map((path) => relative(root, path)))) {
    const own = layerOf(file);
    if (!own) continue;
    for (const match of readFileSync(join(root, file), 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(root, file, match[1] ?? match[2] ?? '');
      if (target === undefined) continue;
      const theirs = layerOf(target) ?? target.split('/')[0];
      if (theirs !== own && !ALLOWED[own]?.includes(theirs ?? ''))
        wrong.push(`${file} imports ${target} (${own} may use ${ALLOWED[own]?.join(', ') || 'nothing else'})`);
    }
  }
  return [...new Set(wrong)].sort();
}

const planted: string[] = [];
afterAll(() => planted.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project of a few files, to show the check what a wrong import looks like. */
function projectWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'send-imports-'));
  planted.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('the import graph', () => {
  it('points one way: no layer uses one above or beside it, and nothing uses tests/ or scripts/', () => {
    expect(crossings()).toEqual([]);
  });

  it('notices an import beside, above or into scripts/, through relative paths, @/ and index files', () => {
    const root = projectWith({
      'lib/search/format.ts': "import { feed } from '../site/feed';\n",
      'lib/site/feed.ts': "import { format } from '../search';\nexport { z } from 'zod';\n",
      'lib/search/index.ts': "import { thing } from '@/components/Thing';\n",
      'components/Thing.tsx': "import { run } from '../scripts/run';\nimport { page } from '@/lib/site/feed';\n",
      'scripts/run.ts': "import { checks } from '../lib/checks/index';\n",
      'lib/checks/index.ts': '',
    });
    expect(crossings(root)).toEqual([
      'components/Thing.tsx imports scripts/run.ts (components may use lib/common, lib/language, lib/content, lib/markdown, lib/search, lib/site)',
      'lib/search/format.ts imports lib/site/feed.ts (lib/search may use lib/common, lib/language, lib/content, lib/markdown)',
      'lib/search/index.ts imports components/Thing.tsx (lib/search may use lib/common, lib/language, lib/content, lib/markdown)',
      'lib/site/feed.ts imports lib/search/index.ts (lib/site may use lib/common, lib/language, lib/content, lib/markdown)',
    ]);
  });
});
