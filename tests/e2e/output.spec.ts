import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { ISLANDS } from '../../lib/common/routes';

/** What the build leaves in out/, read from disk: only what is served, and pages that stay small. */
const OUT = 'out';
const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(OUT, file)).isFile());

test('out/ holds one file per page and the assets pages use: no payloads or runtime nobody reads', () => {
  expect(files.filter((file) => file.endsWith('.txt'))).toEqual(['robots.txt']);
  expect(files.filter((file) => file.endsWith('.js')).sort()).toEqual(
    Object.values(ISLANDS)
      .map((path) => path.slice(1))
      .sort(),
  );
  for (const dir of readdirSync(join(OUT, 'answers'))) expect(readdirSync(join(OUT, 'answers', dir))).toEqual(['index.html']);
});

test('no page weighs more than 100 KB gzipped, and a theme page shows a few answers per council', () => {
  for (const file of files.filter((name) => name.endsWith('.html')))
    expect(gzipSync(readFileSync(join(OUT, file))).length, file).toBeLessThan(100 * 1024);
  const theme = readFileSync(join(OUT, 'themes', 'ehc-needs-assessments-and-plans', 'index.html'), 'utf8');
  for (const section of theme.split('<section').slice(1)) expect((section.match(/<li>/g) ?? []).length).toBeLessThanOrEqual(5);
});

test('the documents page links every year, and the years between them list every document', () => {
  const page = (path: string) => readFileSync(join(OUT, path, 'index.html'), 'utf8');
  const years = [...page('documents').matchAll(/href="\/years\/([^/"]+)\/"/g)].map((m) => m[1] ?? '');
  expect(years.length).toBeGreaterThan(0);
  const listed = years.flatMap((year) => [...page(join('years', year)).matchAll(/href="\/documents\/([^/"]+)\/"/g)].map((m) => m[1]));
  const documents = readdirSync(join(OUT, 'documents'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  expect(listed.sort()).toEqual(documents.sort());
});
