import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

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

/** The project file an import names, or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? normalize(join(dirname(from), specifier)) : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => existsSync(path) && statSync(path).isFile()) ?? base;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function crossings(): string[] {
  const wrong: string[] = [];
  for (const file of Object.keys(ALLOWED).flatMap((layer) => (existsSync(layer) && statSync(layer).isDirectory() ? sourceFiles(layer) : []))) {
    const own = layerOf(file);
    if (!own) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolveImport(file, match[1] ?? match[2] ?? '');
      if (target === undefined) continue;
      const theirs = layerOf(relative('.', target)) ?? relative('.', target).split('/')[0];
      if (theirs !== own && !ALLOWED[own]?.includes(theirs ?? '')) wrong.push(`${file} imports ${relative('.', target)} (${own} may use ${ALLOWED[own]?.join(', ') || 'nothing else'})`);
    }
  }
  return [...new Set(wrong)].sort();
}

describe('the import graph', () => {
  it('points one way: no layer uses one above or beside it, and nothing uses tests/ or scripts/', () => {
    expect(crossings()).toEqual([]);
  });

  it('notices an import that goes the wrong way', () => {
    expect(layerOf('lib/search/build/records.ts')).toBe('lib/search');
    expect(ALLOWED['lib/search']).not.toContain('lib/site');
    expect(resolveImport('lib/site/views.ts', '../search/format')).toBe('lib/search/format.ts');
  });
});
