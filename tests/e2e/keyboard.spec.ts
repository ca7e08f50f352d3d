import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element is a link named `name`, as a keyboard user would. */
async function tabTo(page: Page, name: string | RegExp, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() =>
      document.activeElement?.tagName === 'A' ? (document.activeElement.textContent?.trim() ?? '') : '',
    );
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`no link named ${String(name)} could be reached with Tab`);
}

test('a keyboard user can reach a theme, open an answer and follow its document link', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await tabTo(page, 'Therapies');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/themes\/therapies\/$/);
  await tabTo(page, /^Occupational therapy input/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/answers\/barnet-2019-send-conference-6\/$/);
  await tabTo(page, 'See this answer in the whole document');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/documents\/barnet-2019-send-conference\/#q6$/);
  await expect(page.locator('#q6')).toBeInViewport();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/answers/kent-2024-03-countywide-senco-forum-24/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
  expect(inMain).toBe(true);
});

test('focus is clearly visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const background = await page.evaluate(() => getComputedStyle(document.activeElement as Element).backgroundColor);
  expect(background).toBe('rgb(255, 221, 0)');
});
