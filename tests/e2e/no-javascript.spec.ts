import { expect, test } from '@playwright/test';

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('an answer page still shows its question and response', async ({ page }) => {
    await page.goto('/answers/warwickshire-2021-06-parent-carer-webinar-15/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why was IDS disbanded?');
    await expect(page.locator('.response')).toContainText('IDS (Integrated Disability Service) has not been disbanded.');
  });

  test('a document page still shows every answer', async ({ page }) => {
    await page.goto('/documents/enfield-2019-02-our-voice-conference-follow-up/');
    await expect(page.locator('section.document-entry')).toHaveCount(8);
  });
});

test('answer and document pages ship no JavaScript at all', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/answers/warwickshire-2021-06-parent-carer-webinar-15/');
  await page.goto('/documents/enfield-2019-02-our-voice-conference-follow-up/');
  expect(scripts).toEqual([]);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
});
