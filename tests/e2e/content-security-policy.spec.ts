import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../../bench/lib/page-types';
import { SECURITY_HEADERS } from '../../lib/site/http-headers';

/**
 * Every page type under the strict policy the site is served with (serve.json, written from
 * lib/site/http-headers.ts), in Chromium: the headers arrive, and nothing on any page, including a
 * search with results, the answer page's script and its copy button, breaks the policy.
 */
test('every page type and a search with results run under the strict policy with no violation', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  for (const path of Object.values(PAGE_TYPES)) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()], `${key} on ${path}`).toBe(value);
    if (path === PAGE_TYPES.search)
      await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
    if (path === PAGE_TYPES.answer) {
      await page.getByRole('link', { name: 'Copy link' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    }
    violations.push(
      ...(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])).map(
        (violation) => `${path}: ${violation}`,
      ),
    );
  }
  expect(violations).toEqual([]);
});
