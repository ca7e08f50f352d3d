import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ROUTES } from '../../lib/common/routes';
import { SearchEngine } from '../../lib/search/engine/engine';

/** What a reader sees when the index cannot be read, and dates whatever the reader's time zone. */
const INDEX = 'out/search/index';

/** The index files a query reads, besides the manifest and theme bytes every query shares. */
async function filesRead(q: string): Promise<Set<string>> {
  const seen = new Set<string>();
  const engine = new SearchEngine({
    json: async (path) => (seen.add(path), JSON.parse(readFileSync(join(INDEX, path), 'utf8'))),
    bytes: async (path) => (seen.add(path), new Uint8Array(readFileSync(join(INDEX, path)))),
  });
  await engine.search({ q });
  return new Set([...seen].filter((path) => path.startsWith('terms/') || path.startsWith('docs/')));
}

test('a missing index file says search could not load, rather than being read as data', async ({ page }) => {
  await page.route('**/search/index/themes.bin', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/search/?q=therapy');
  await expect(page.getByRole('status')).toHaveText('Search could not load. Check your connection and try again.');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
});

test('a search that fails after a newer one has answered does not overwrite its result', async ({ page }) => {
  // Two queries where the first reads a postings file the second does not, so that holding back
  // that file stalls the first search and never the second.
  const candidates = ['wheelchair', 'tribunal', 'exclusion', 'autism', 'therapy', 'budget', 'mediation', 'appeal', 'placement'];
  const reads = await Promise.all(candidates.map(async (q) => ({ q, files: await filesRead(q) })));
  const onlyIn = (a: (typeof reads)[number], b: (typeof reads)[number]) =>
    [...a.files].filter((f) => f.startsWith('terms/') && !b.files.has(f));
  const pair = reads
    .flatMap((a) => reads.map((b) => [a, b] as const))
    .find(([a, b]) => a.q !== b.q && b.files.size > 0 && onlyIn(a, b).length > 0);
  if (!pair) throw new Error('no query reads a postings file that another does not');
  const [first, second] = pair;
  const firstOnly = new Set(onlyIn(first, second).map((path) => `${ROUTES.searchIndex}${path}`));

  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = () => {};
  const heldOne = new Promise<void>((resolve) => (held = resolve));
  await page.route(/\/search\/index\//, async (route) => {
    if (!firstOnly.has(new URL(route.request().url()).pathname)) return route.continue();
    held();
    await released;
    await route.abort();
  });
  await page.goto('/search/');
  const field = page.getByLabel('What do you want to know?');
  await field.fill(first.q);
  await heldOne;
  await field.fill(second.q);
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^\d+ answers? found/);
  const failed = page.waitForEvent('requestfailed');
  release();
  await failed;
  // Give the first search time to finish failing; its failure must not replace the answer shown.
  await page.waitForTimeout(300);
  await expect(status).toHaveText(/^\d+ answers? found/);
});

test.describe('in a reader’s own time zone', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('results give the date the document states, not the day before', async ({ page }) => {
    await page.goto('/search/?q=independent+specialist+school+seclusion');
    const meta = page.getByRole('list', { name: 'Search results' }).locator('.result-meta').first();
    await expect(meta).toContainText('10 June 2021');
    await page.goto('/search/?q=cross-borough+cases');
    await expect(page.getByRole('list', { name: 'Search results' }).locator('.result-meta').first()).toContainText('February 2019');
  });
});
