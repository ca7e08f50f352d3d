import { expect, test } from '@playwright/test';
import { ISLANDS } from '../../lib/common/routes';
import { plainText } from '../../lib/common/plain-text';
import { entry, site } from '../helpers/real-content';

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('an answer page still shows its question and response', async ({ page }) => {
    await page.goto('/answers/warwickshire-2021-06-parent-carer-webinar-15/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry('warwickshire-2021-06-parent-carer-webinar-15').question);
    await expect(page.locator('.response')).toContainText(
      plainText(entry('warwickshire-2021-06-parent-carer-webinar-15').response).split(/(?<=[.?!])\s/)[0] ?? '',
    );
    // Without the script the citation asks for the date, and "Copy link" is the permanent address as a link.
    await expect(page.locator('.citation')).toContainText('(viewed [date you read it]).');
    await expect(page.getByRole('link', { name: 'Copy link' })).toHaveAttribute(
      'href',
      '/answers/warwickshire-2021-06-parent-carer-webinar-15/',
    );
  });

  test('a document page still shows every answer', async ({ page }) => {
    await page.goto('/documents/enfield-2019-02-our-voice-conference-follow-up/');
    await expect(page.locator('section.document-entry')).toHaveCount(
      site.entriesOf('enfield-2019-02-our-voice-conference-follow-up').length,
    );
  });
});

test('document pages ship no JavaScript; answer pages only their own island of under 1 KB', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/documents/enfield-2019-02-our-voice-conference-follow-up/');
  expect(scripts).toEqual([]);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
  await page.goto('/answers/warwickshire-2021-06-parent-carer-webinar-15/');
  expect(scripts).toEqual([ISLANDS.answerPage]);
  const island = await page.request.get(ISLANDS.answerPage);
  expect((await island.body()).length).toBeLessThan(1024);
});
