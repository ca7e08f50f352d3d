import { expect, test } from '@playwright/test';
import { answerPath } from '../../lib/common/routes';
import { absoluteUrl } from '../../lib/site/config';

/** Taking an answer away: copying its link, citing it and printing it, in Chromium. */
const ANSWER = 'kent-2024-03-countywide-senco-forum-24';
const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
/** Pages in a PDF that Chromium printed: each page is one object of /Type /Page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test('"Copy link" copies the permanent address, by mouse or keyboard, and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto(answerPath(ANSWER));
  const copy = page.getByRole('link', { name: 'Copy link' });
  await copy.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(answerPath(ANSWER)));
  await expect(page).toHaveURL(new RegExp(`${answerPath(ANSWER)}$`));
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(absoluteUrl(answerPath(ANSWER)));
});

test.describe('printed', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(answerPath(ANSWER));
    await page.emulateMedia({ media: 'print' });
  });

  test('an answer prints without navigation or search, with its address, the date answered, the date printed and glossary terms written out', async ({
    page,
  }) => {
    for (const hidden of ['.site-header', '.breadcrumbs', '.pager', '.copy-link', 'form[role="search"]'])
      await expect(page.locator(hidden).first(), hidden).toBeHidden();
    await expect(page.getByRole('link', { name: 'Report a problem with this answer' })).toBeHidden();
    const printed = page.locator('.print-only');
    await expect(printed).toBeVisible();
    await expect(printed).toContainText(absoluteUrl(answerPath(ANSWER)));
    await expect(printed).toContainText(`on ${today()}.`);
    await expect(page.locator('.meta')).toContainText('March 2024');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.response')).toBeVisible();
    // Paper cannot show a tooltip: each explained term is followed by what it stands for.
    const terms = page.locator('main abbr[title]');
    expect(await terms.count()).toBeGreaterThan(0);
    for (const term of await terms.all()) {
      const [title, after] = await term.evaluate((element) => [
        element.getAttribute('title'),
        getComputedStyle(element, '::after').content,
      ]);
      expect(after).toBe(`" (${title})"`);
    }
  });

  test('an answer that fits prints on one A4 page', async ({ page }, testInfo) => {
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await testInfo.attach('printed answer', { body: pdf, contentType: 'application/pdf' });
    expect(pageCount(pdf)).toBe(1);
  });
});

test('an answer page shows how other councils answered the same kind of question', async ({ page }) => {
  await page.goto(answerPath('barnet-2019-send-conference-8'));
  const section = page.getByRole('region', { name: 'How other councils answered' });
  const links = section.getByRole('link');
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(5);
  for (const href of await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^\/answers\/(?!barnet-)/);
    await page.goto(href);
    await expect(page.locator('.meta')).toContainText('Therapies');
  }
});
