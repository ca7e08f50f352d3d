import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('typing a query shows the expected answer, with matched words marked', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('What do you want to know?').fill('my son keeps getting sent home');
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('link').first()).toBeVisible();
    await expect(results.getByRole('link', { name: /Concerns about numbers of exclusions/ })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/^\d+ answers? found/);
    await expect(results.locator('mark').first()).toBeVisible();
    await expect(page).toHaveURL(/\/search\/\?q=my\+son\+keeps\+getting\+sent\+home$/);
  });

  test('the header search on any page leads to results', async ({ page }) => {
    await page.goto('/glossary/');
    await page.getByRole('searchbox', { name: 'Search all answers' }).fill('tribnal wait');
    await page.getByRole('searchbox', { name: 'Search all answers' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=tribnal\+wait$/);
    await expect(page.getByRole('list', { name: 'Search results' })).toContainText('Tribunal dates are given over a year away');
  });

  test('filters narrow the results, show counts and update the address', async ({ page }) => {
    await page.goto('/search/?q=therapy');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/found/);
    const before = Number((await status.textContent())?.match(/\d+/)?.[0]);
    await expect(page.getByLabel('Council').locator('option[value="barnet"]')).toHaveText(/^London Borough of Barnet \(\d+\)$/);
    const filters = page.locator('summary', { hasText: 'Filters' });
    await expect(filters).toHaveText('Filters: none chosen');
    await filters.click();
    await page.getByLabel('Council').selectOption('barnet');
    await expect(filters).toHaveText('Filters: Barnet');
    await expect(page).toHaveURL(/\/search\/\?q=therapy&council=barnet$/);
    await expect(status).not.toHaveText(`${before} answers found.`);
    const metas = await page.getByRole('list', { name: 'Search results' }).getByRole('listitem').locator('.result-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta).toMatch(/^London Borough of Barnet/);
  });

  test('a shared address restores the search, and Back goes to the previous one', async ({ page }) => {
    await page.goto('/search/?q=appeal&theme=tribunals-appeals-and-mediation&from=2024');
    await expect(page.getByLabel('What do you want to know?')).toHaveValue('appeal');
    await expect(page.getByLabel('Theme')).toHaveValue('tribunals-appeals-and-mediation');
    await expect(page.getByLabel('From year')).toHaveValue('2024');
    await expect(page.getByRole('list', { name: 'Search results' }).locator('.result-meta').first()).toContainText('Kent County Council');
    await expect(page.locator('summary', { hasText: 'Filters' })).toHaveText('Filters: Tribunals, appeals and mediation, from 2024');
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Theme').selectOption('');
    await expect(page).toHaveURL(/\?q=appeal&from=2024$/);
    await page.goBack();
    await expect(page).toHaveURL(/theme=tribunals-appeals-and-mediation/);
    await expect(page.getByLabel('Theme')).toHaveValue('tribunals-appeals-and-mediation');
  });

  test('no results: says so kindly, offers to clear filters and suggests pages', async ({ page }) => {
    await page.goto('/search/?q=funding&council=worcestershire&theme=therapies');
    await expect(page.getByRole('status')).toHaveText('No answers found.');
    await expect(page.getByText('Nothing matched.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Funding' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear the filters and search again' }).click();
    await expect(page).toHaveURL(/\/search\/\?q=funding$/);
    await expect(page.getByRole('status')).toHaveText(/^\d+ answers? found/);
  });

  test('works by keyboard: type, arrow down through results, open one', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('What do you want to know?').focus();
    await page.keyboard.type('short breaks');
    const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    await expect(links.first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByLabel('What do you want to know?')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/answers\/barnet-2019-send-conference-\d+\/$/);
  });

  test('loads the index only when search is used, and only its parts', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/search/index/')) fetched.push(new URL(request.url()).pathname);
    });
    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    expect(fetched).toEqual([]);
    await page.getByLabel('What do you want to know?').fill('mediation');
    await expect(page.getByRole('status')).toHaveText(/found/);
    expect(fetched).toContain('/search/index/manifest.json');
    expect(fetched.filter((path) => path.includes('/docs/')).length).toBeLessThanOrEqual(10);
  });

  test('axe finds no violation on the search page with results shown', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/search/?q=salt&council=barnet');
      await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('without JavaScript the search page says how else to find answers', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=salt');
    await expect(page.getByText('Searching needs JavaScript')).toBeVisible();
    await context.close();
  });
});

test.describe('when no answer covers a question', () => {
  test('says so plainly, offers the closest answers apart, and points to where to ask', async ({ page }) => {
    await page.goto('/search/?q=school+transport&council=kent');
    await expect(page.getByRole('status')).toHaveText(
      /^The word “transport” is in no answer, so the answers below are for your other words\. No answer (clearly matches; the closest are below|yet)\.$/,
    );
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem')).toHaveCount(0);
    const partial = page.getByRole('region', { name: /^(Closest answers|Answers that share a few of your words)$/ });
    await expect(partial.getByRole('listitem').first()).toBeVisible();
    const help = page.getByRole('region', { name: 'Where else to ask' });
    await expect(help.getByRole('link', { name: 'Kent’s SEND Local Offer' })).toHaveAttribute(
      'href',
      'https://www.kent.gov.uk/education-and-children/special-educational-needs',
    );
    await expect(help.getByRole('link', { name: 'Information, Advice and Support Kent (IASK)' })).toBeVisible();
    await expect(help.getByRole('link', { name: 'IPSEA' })).toBeVisible();
    await expect(help.getByText('Ask Worcestershire County Council:')).toBeHidden();
    expect(
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations,
    ).toEqual([]);
  });

  test('a word typed in full is taken as typed, and a typo is corrected in plain sight', async ({ page }) => {
    await page.goto('/search/');
    await page.getByLabel('What do you want to know?').fill('school bus');
    await expect(page.getByRole('status')).toHaveText(/^The word “bus” is in no answer/);
    await page.getByLabel('What do you want to know?').fill('tribnal');
    await expect(page.getByRole('status')).toHaveText(/^Showing answers for “tribunal” \(you typed “tribnal”\)\. \d+ answers found/);
  });
});
