import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../../bench/lib/page-types';

const VARIANTS = [
  { name: 'light, desktop', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  { name: 'dark, desktop', colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  { name: 'light, 320px wide', colorScheme: 'light', viewport: { width: 320, height: 640 } },
] as const;

for (const variant of VARIANTS) {
  test.describe(`axe finds no WCAG 2.2 A/AA violation (${variant.name})`, () => {
    test.use({ colorScheme: variant.colorScheme, viewport: variant.viewport });
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      test(`${type} page`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test('no page scrolls sideways at 320px wide', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('body text is at least 19px on desktop and 16px on mobile', async ({ page }) => {
  await page.goto(PAGE_TYPES.answer);
  const size = () =>
    page
      .locator('.response p, .response li')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await size()).toBeGreaterThanOrEqual(19);
  await page.setViewportSize({ width: 360, height: 700 });
  expect(await size()).toBeGreaterThanOrEqual(16);
});
