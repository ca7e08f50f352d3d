import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES } from '../../bench/lib/page-types';
import { answerPath, councilPath, ROUTES, themePath } from '../../lib/common/routes';
import { plainText } from '../../lib/common/plain-text';
import { FEED_SIZE } from '../../lib/site/feed';
import { content, entry, site } from '../helpers/real-content';
import { findWithheldNames } from '../../lib/content/withheld-names';
import { readFeed } from '../helpers/feeds';

test.describe('every page type shows its content', () => {
  test('an answer page shows the question, the response, its notices and where it came from', async ({ page }) => {
    const answer = entry('kent-2024-03-countywide-senco-forum-24');
    await page.goto(PAGE_TYPES.answer);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(answer.question);
    await expect(page.locator('.response')).toContainText(plainText(answer.response).split(/(?<=[.?!])\s/)[0] ?? '');
    await expect(page.getByRole('complementary', { name: 'This answer is more than three years old' })).toHaveCount(0);
    await expect(page.getByRole('definition').filter({ hasText: 'Kent County Council' })).toBeVisible();
    await expect(page.getByRole('link', { name: site.theme(answer.theme)?.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See this answer in the whole document' })).toHaveAttribute(
      'href',
      '/documents/kent-2024-03-countywide-senco-forum/#q24',
    );
    await expect(page.getByRole('heading', { name: 'Also asked' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Other answers in this document' }).getByRole('link')).toHaveCount(2);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/answers\/kent-2024-03-countywide-senco-forum-24\/$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^Tribunal dates are given/);
    // The permanent address is a plain link, which any phone can copy without JavaScript.
    await expect(page.getByRole('link', { name: /\/answers\/kent-2024-03-countywide-senco-forum-24\/$/ })).toHaveAttribute(
      'href',
      '/answers/kent-2024-03-countywide-senco-forum-24/',
    );
    await expect(page.locator('.citation')).toHaveText(
      /^Kent County Council, answer to the question "Tribunal dates are given .*", Countywide SENCO Forum, .* \(March 2024\)\. .*\/answers\/kent-2024-03-countywide-senco-forum-24\/ \(viewed (\d{1,2} [A-Z][a-z]+ \d{4})\)\.$/,
    );
    // With JavaScript the date viewed is today's, written as a letter would.
    await expect(page.locator('.citation')).toContainText(
      `(viewed ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}).`,
    );
    const report = page.getByRole('link', { name: 'Report a problem with this answer' });
    await expect(report).toHaveAttribute(
      'href',
      /^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new\?title=Problem\+with\+answer\+kent-2024-03-countywide-senco-forum-24&body=Answer%3A\+kent-2024-03-countywide-senco-forum-24%0AAddress%3A\+http/,
    );
  });

  test('search engines get a sitemap of every answer', async ({ request }) => {
    const index = await (await request.get('/sitemap.xml')).text();
    const files = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/\d+\.xml)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(files).toEqual(['/sitemaps/1.xml']);
    const sitemap = await (await request.get(files[0] ?? '')).text();
    expect(sitemap.match(/<loc>[^<]*\/answers\/[^<]+<\/loc>/g)).toHaveLength(content.entries.length);
  });

  test('structured data: a QAPage only where the council answered, with what search engines require', async ({ page }) => {
    await page.goto(PAGE_TYPES.answer);
    const answered = (await structuredData(page)).find((data) => data['@type'] === 'QAPage');
    expect(answered?.mainEntity).toMatchObject({
      '@type': 'Question',
      name: expect.any(String),
      answerCount: 1,
      acceptedAnswer: { '@type': 'Answer', text: expect.stringMatching(/^The appeal timeline is set by the Tribunal Service/) },
    });
    // A concern minuted with no response: not a QAPage, which would be invalid without an answer.
    await page.goto(answerPath('worcestershire-2018-05-scrutiny-send-strategy-2'));
    const unanswered = await structuredData(page);
    expect(unanswered.map((data) => data['@type'])).not.toContain('QAPage');
    expect(unanswered.find((data) => data['@type'] === 'WebPage')?.mainEntity).toMatchObject({
      '@type': 'Comment',
      text: expect.any(String),
    });
  });

  test('structured data: every page but the home page has a BreadcrumbList matching its visible breadcrumbs', async ({ page }) => {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      if (type === 'home' || type === 'not found') continue;
      await page.goto(path);
      const list = (await structuredData(page)).find((data) => data['@type'] === 'BreadcrumbList');
      const items = (list?.itemListElement ?? []) as { '@type': string; position: number; name: string; item?: string }[];
      const visible = await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').allTextContents();
      expect(
        items.map((item) => item.name),
        type,
      ).toEqual(visible);
      expect(
        items.map((item) => item.position),
        type,
      ).toEqual(visible.map((_, i) => i + 1));
      for (const item of items.slice(0, -1)) expect(item.item, type).toMatch(/^https?:\/\/[^/]+\//);
      expect(
        items.every((item) => item['@type'] === 'ListItem'),
        type,
      ).toBe(true);
    }
  });

  test('forums can follow new answers through a valid Atom feed', async ({ page }) => {
    await page.goto('/');
    const feed = await readFeed(page, ROUTES.feed);
    expect(feed.errors).toEqual([]);
    expect(feed.entries).toEqual(site.newestEntries('site', FEED_SIZE).map((e) => e.question));
    expect(feed.entries).toHaveLength(Math.min(FEED_SIZE, content.entries.length));
  });

  test("a forum can follow one council's answers, or one theme's, from a link on its page and in its head", async ({ page }) => {
    for (const [path, expected] of [
      [councilPath('enfield'), 'How will Council deal with schools carrying a budget deficit?'],
      [themePath('therapies'), 'Thresholds seemed to relate specifically to therapies, please correct me if I am wrong on this?'],
    ] as const) {
      await page.goto(path);
      const inHead = new URL(
        (await page.locator('link[rel="alternate"][type="application/atom+xml"]').last().getAttribute('href')) ?? '',
        page.url(),
      ).pathname;
      await page.getByRole('link', { name: /^Follow .*answers/ }).click();
      expect(new URL(page.url()).pathname).toBe(inHead);
      const feed = await readFeed(page, inHead);
      expect(feed.errors, path).toEqual([]);
      expect(feed.entries.length, path).toBeGreaterThan(0);
      expect(feed.entries.length, path).toBeLessThanOrEqual(FEED_SIZE);
      expect(feed.entries, path).toContain(expected);
    }
  });

  test('an old answer says when it was given and that things may have changed', async ({ page }) => {
    await page.goto('/answers/barnet-2019-send-conference-2/');
    await expect(page.getByRole('complementary', { name: 'This answer is more than three years old' })).toContainText(
      'It was given in 2019.',
    );
  });

  test('a deferred answer says the council promised to answer later', async ({ page }) => {
    await page.goto(PAGE_TYPES['deferred answer']);
    await expect(page.getByRole('complementary', { name: 'The council promised to answer this later' })).toBeVisible();
  });

  test('glossary terms are explained on first use and link to the glossary', async ({ page }) => {
    await page.goto('/answers/barnet-2019-send-conference-1/');
    const term = page.locator('a.term', { hasText: 'SALT' });
    await expect(term).toHaveCount(1);
    await expect(term.locator('abbr')).toHaveAttribute('title', 'speech and language therapy');
    await expect(term).toHaveAttribute('href', '/glossary/#salt');
  });

  test('a document page shows every answer in order with anchors, and its provenance', async ({ page }) => {
    await page.goto(`${PAGE_TYPES.document}#q3`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Special Education Needs/Disabilities Strategy (agenda item)');
    await expect(page.locator('section.document-entry')).toHaveCount(
      site.entriesOf('worcestershire-2018-05-scrutiny-send-strategy').length,
    );
    await expect(page.locator('#q3')).toContainText('This had now been rectified');
    await expect(page.getByText('The document itself does not state its council or date.')).toBeVisible();
    await expect(page.getByText('(attributed)').first()).toBeVisible();
  });

  test('a document with redactions says what was redacted and why', async ({ page }) => {
    await page.goto('/documents/barnet-2019-send-conference/');
    await expect(page.getByText('The names of members of the public who asked questions are replaced by “[name withheld]”')).toBeVisible();
    expect(
      findWithheldNames(
        await page.locator('main').innerText(),
        new Set(content.sources.find((source) => source.id === 'barnet-2019-send-conference')?.redacted),
      ),
    ).toEqual([]);
  });

  test('a council page lists its documents and charts its themes with a table for screen readers', async ({ page }) => {
    await page.goto(PAGE_TYPES.council);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kent County Council');
    await expect(page.getByRole('link', { name: 'Countywide SENCO Forum Q&A Document' })).toBeVisible();
    await expect(page.locator('figure.theme-chart svg rect')).not.toHaveCount(0);
    await expect(
      page
        .getByRole('table', { name: 'Answers from Kent County Council by theme' })
        .getByRole('row', { name: /Tribunals, appeals and mediation/ }),
    ).toContainText(/\d+/);
  });

  test('a theme page describes the theme and counts answers per council', async ({ page }) => {
    await page.goto(PAGE_TYPES.theme);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Therapies');
    await expect(page.getByRole('table')).toContainText('London Borough of Barnet');
  });

  test('the glossary lists terms A to Z, each with an anchor', async ({ page }) => {
    await page.goto('/glossary/#ehc-plan');
    await expect(page.locator('#ehc-plan')).toHaveText('EHCP (education, health and care plan)');
    await expect(page.getByRole('navigation', { name: 'Glossary letters' }).getByRole('link', { name: 'S', exact: true })).toBeVisible();
  });

  test('the about page points to independent help', async ({ page }) => {
    await page.goto(PAGE_TYPES.about);
    await expect(page.getByRole('link', { name: 'IPSEA' }).first()).toBeVisible();
    await expect(page.getByText('It is not legal advice')).toBeVisible();
  });

  test('an unknown address gets a helpful page with status 404', async ({ page }) => {
    const response = await page.goto(PAGE_TYPES['not found']);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'browse answers by theme' })).toBeVisible();
  });

  test('the home page offers themes, councils and recent documents', async ({ page }) => {
    await page.goto(PAGE_TYPES.home);
    await expect(page.getByRole('heading', { name: 'Browse by theme' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Warwickshire County Council' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Recently added documents' })).toBeVisible();
  });
});

/**
 * A feed read with the browser's strict XML parser, and every element Atom (RFC 4287) requires:
 * the feed's id, title, updated and self link; each entry's id, title, updated, link and author.
 */
/** Every schema.org object on the page, read as whatever JSON it holds. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests walk schema.org's nested JSON, whose shape is what they check
async function structuredData(page: Page): Promise<Record<string, any>[]> {
  return (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
}
