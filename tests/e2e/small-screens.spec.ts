import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../../bench/lib/page-types';
import { searchPath } from '../../lib/common/routes';
import { SEARCH_IDS } from '../../lib/search/facets';

/**
 * Every page type as parents see it, on a phone first: at 320, 390, 768 and 1280 px wide, light and
 * dark, no ordinary word is cut across two lines, nothing scrolls sideways, and every control is at
 * least 24 × 24 px or far enough from its neighbours (WCAG 2.2, 2.5.8). 320 px is also 1280 px at
 * 400 % zoom (WCAG 1.4.10 reflow).
 */
const WIDTHS = [320, 390, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Words up to this long must never be cut; a longer one may be, only where it must. */
const LONGEST_WHOLE_WORD = 14;

/** Every word of up to 14 letters drawn on more than one line, with the text around it. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate((longest) => {
    const broken: string[] = [];
    // Text kept for screen readers only sits in a 1 px box, where every word is "broken".
    const unseen = (el: Element | null): boolean => {
      for (let at = el; at; at = at.parentElement) {
        const rect = at.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) return true;
      }
      return false;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!/\p{L}/u.test(text) || unseen(node.parentElement)) continue;
      for (const match of text.matchAll(/\p{L}+/gu)) {
        if (match[0].length > longest || match.index === undefined) continue;
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(`“${match[0]}” in “${text.trim().slice(0, 60)}”`);
      }
    }
    return broken;
  }, LONGEST_WHOLE_WORD);
}

/**
 * Every visible control smaller than 24 × 24 px that is neither inline in a sentence (2.5.8's
 * "inline" exception) nor spaced (a 24 px circle on its centre meets no other control, nor another
 * small control's circle).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 24;
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return (
        style.visibility !== 'hidden' &&
        rect.width > 0 &&
        rect.height > 0 &&
        !el.closest('.visually-hidden, [hidden]') &&
        !(rect.width <= 1 && rect.height <= 1)
      );
    };
    const blockOf = (el: Element) => {
      let parent = el.parentElement;
      while (parent && getComputedStyle(parent).display.startsWith('inline')) parent = parent.parentElement;
      return parent;
    };
    const words = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    /** A link in a line of text: its block says more than the link does. */
    const inline = (el: Element) =>
      el.tagName === 'A' &&
      getComputedStyle(el).display === 'inline' &&
      words(blockOf(el)?.textContent ?? '').length > words(el.textContent).length + 3;
    const targets = [...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, summary, textarea')].filter(
      visible,
    );
    const rects = new Map(targets.map((el) => [el, el.getBoundingClientRect()]));
    const small = targets.filter((el) => {
      const rect = rects.get(el)!;
      return (rect.width < MIN - 0.5 || rect.height < MIN - 0.5) && !inline(el);
    });
    const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    const distanceToRect = (point: { x: number; y: number }, rect: DOMRect) =>
      Math.hypot(Math.max(rect.left - point.x, 0, point.x - rect.right), Math.max(rect.top - point.y, 0, point.y - rect.bottom));
    const problems: string[] = [];
    for (const el of small) {
      const rect = rects.get(el)!;
      const c = centre(rect);
      const crowded = targets.some((other) => {
        if (other === el || other.contains(el) || el.contains(other)) return false;
        const otherRect = rects.get(other)!;
        if (distanceToRect(c, otherRect) < MIN / 2) return true;
        return small.includes(other) && Math.hypot(c.x - centre(otherRect).x, c.y - centre(otherRect).y) < MIN;
      });
      if (crowded)
        problems.push(
          `${el.tagName.toLowerCase()} “${words(el.textContent).slice(0, 40) || el.getAttribute('aria-label') || el.id}” is ${Math.round(rect.width)}×${Math.round(rect.height)} px and crowded`,
        );
    }
    return problems;
  });
}

for (const colorScheme of SCHEMES) {
  for (const width of WIDTHS) {
    test.describe(`${width} px wide, ${colorScheme}`, () => {
      test.use({ colorScheme, viewport: { width, height: 844 } });
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        test(`${type} page: whole words, no sideways scroll, targets big enough`, async ({ page }) => {
          await page.goto(path);
          if (type === 'search')
            await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
            'scrolls sideways by',
          ).toBeLessThanOrEqual(0);
          expect(await brokenWords(page), 'words cut across two lines').toEqual([]);
          expect(await smallTargets(page), 'tap targets under 24 × 24 px').toEqual([]);
        });
      }
    });
  }
}

test.describe('on a phone, 390 × 844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the count and the first result of a search are on the first screen', async ({ page }) => {
    await page.goto(searchPath('tribunal'));
    const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
    await expect(first).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(/^\d+ answers? found/);
    expect((await page.getByRole('status').boundingBox())!.y).toBeLessThan(844);
    expect((await first.boundingBox())!.y).toBeLessThan(844);
    // …and its heading is readable there, not only its top edge.
    expect((await first.getByRole('link').first().boundingBox())!.y + 60).toBeLessThan(844);
  });

  test('a long message with many words no answer uses still shows its first answer on the first screen', async ({ page }) => {
    const message =
      'my lad keeps getting sent home from school nearly every week, they ring me on my shift to collect him and my boss docked my wages again';
    await page.goto(searchPath(message));
    await expect(page.getByRole('status')).toHaveText(/more of your words are in no answer/);
    const first = page.locator(`#${SEARCH_IDS.results} > li, #${SEARCH_IDS.partialResults} > li`).first();
    await expect(first).toBeVisible();
    expect((await first.getByRole('link').first().boundingBox())!.y + 60).toBeLessThan(844);
  });

  test('a search with no answer says so on the first screen', async ({ page }) => {
    await page.goto(searchPath('zzqqxx'));
    await expect(page.getByRole('status')).toHaveText(/No answers found/);
    expect((await page.getByRole('status').boundingBox())!.y + 24).toBeLessThan(844);
  });

  test('the page has one search field, and the filters fold away, saying which are chosen', async ({ page }) => {
    await page.goto('/search/?q=tribunal&council=kent&from=2024&to=2024');
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    const summary = page.locator('#search-filters summary');
    await expect(summary).toHaveText('Filters: Kent, 2024');
    await expect(page.getByLabel('Council')).toBeHidden();
    await summary.click();
    await expect(page.getByLabel('Council')).toBeVisible();
    await expect(page.getByLabel('Council').locator('option[value="kent"]')).toHaveText(/^Kent County Council \(\d+\)$/);
    await page.getByLabel('Theme').selectOption('therapies');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.getByLabel('Council')).toBeHidden();
    await expect(summary).toBeFocused();
    await expect(summary).toHaveText('Filters: Therapies, Kent, 2024');
  });

  test('the filters open and apply by keyboard', async ({ page }) => {
    await page.goto(searchPath('therapy'));
    await page.locator('#search-filters summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Theme')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Theme')).toBeFocused();
  });
});

test('at 400 % zoom (1280 px at 320 CSS px) every control stays on screen and usable', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  for (const path of [PAGE_TYPES.home, PAGE_TYPES.answer, PAGE_TYPES.search]) {
    await page.goto(path);
    const offScreen = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], button, input, select, summary')]
        // The skip link waits off screen until it is focused.
        .filter(
          (el) =>
            el.getBoundingClientRect().width > 1 && !el.closest('[hidden], .visually-hidden') && !el.matches('.skip-link:not(:focus)'),
        )
        .filter((el) => {
          const rect = el.getBoundingClientRect();
          return rect.left < 0 || rect.right > document.documentElement.clientWidth + 0.5;
        })
        .map((el) => `${el.tagName.toLowerCase()} “${el.textContent?.trim().slice(0, 40)}”`),
    );
    expect(offScreen, path).toEqual([]);
  }
  await page.goto('/glossary/');
  const field = page.getByRole('searchbox', { name: 'Search all answers' });
  await field.fill('tribunal');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeInViewport();
  await field.press('Enter');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
});
