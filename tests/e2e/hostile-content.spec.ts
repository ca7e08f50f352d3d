import type { ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { stringify } from 'yaml';
import { buildSite, copyProject, removeCopy, serveSite, testPort } from '../helpers/project-copy';
import { readFeed } from '../helpers/feeds';
import { runScript } from '../helpers/run-script';

/**
 * A pull request written to attack the site: every text field (question, response, section,
 * preamble, title, event, council name, theme, glossary definition, who asked and answered) carries
 * scripts, event handlers, odd link schemes, `</script>`, `]]>`, entities, a tracking image, a
 * 5,000-character word, direction controls, zero-width characters and emoji. Built in a temporary
 * copy, never committed. Each field is either refused by the check with its file and line, or shown
 * as text: no dialog, no request to another origin, no sideways scroll at 320 px, every feed and
 * sitemap well-formed, every JSON-LD block valid.
 */
const PORT = testPort(3);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LONG_WORD = 'W'.repeat(5000);
/** Text the check accepts in a plain-text field: it must come out as text, character for character. */
const HOSTILE = `<script>alert("x")</script> </script><img src=https://tracker.example/p.gif onerror=alert(1)> ]]> &amp; &lt;b&gt; javascript:alert(1) "quotes" 'apostrophes' 🙂👩‍👧 ${LONG_WORD}`;
/** The same in markdown that the check accepts: entities and escapes rather than raw HTML. */
const HOSTILE_MARKDOWN = `&lt;script&gt;alert("x")&lt;/script&gt; \\<img src=x onerror=alert(1)\\> ]]> [a link](https://tracker.example/) 🙂 ${LONG_WORD}`;
const SOURCE = 'hostile-2025-test';

let copy = '';
let server: ChildProcess | undefined;

function writeEntry(order: number, frontmatter: Record<string, unknown>, response: string) {
  const dir = join(copy, 'content/qa/hostile', SOURCE);
  mkdirSync(dir, { recursive: true });
  const fields = {
    id: `${SOURCE}-${order}`,
    question: HOSTILE,
    council: 'hostile',
    date: '2025-07',
    source: SOURCE,
    theme: 'therapies',
    kind: 'question',
    status: 'answered',
    order,
    ...frontmatter,
  };
  writeFileSync(join(dir, `0${order}.md`), `---\n${stringify(fields, { lineWidth: 0 })}---\n${response}\n`);
}

function writeSidecar(extra: Record<string, unknown> = {}) {
  const sidecar = {
    id: SOURCE,
    title: HOSTILE,
    council: 'hostile',
    date: '2025-07',
    event: HOSTILE,
    eventType: 'parents-conference',
    audience: 'parents',
    added: '2026-11-29',
    ...extra,
  };
  writeFileSync(join(copy, 'content/sources', `${SOURCE}.yml`), stringify(sidecar, { lineWidth: 0 }));
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  copy = copyProject('send-hostile-');
  appendFileSync(
    join(copy, 'content/councils.yml'),
    stringify([{ id: 'hostile', name: HOSTILE, shortName: `Hostile ${HOSTILE}`, region: HOSTILE }], { lineWidth: 0 }),
  );
  const themes = readFileSync(join(copy, 'content/themes.yml'), 'utf8');
  writeFileSync(join(copy, 'content/themes.yml'), themes.replace('name: Therapies', `name: ${JSON.stringify(`Therapies ${HOSTILE}`)}`));
  appendFileSync(
    join(copy, 'content/glossary.yml'),
    stringify([{ id: 'hostile-term', term: 'HOSTILETERM', definition: HOSTILE }], { lineWidth: 0 }),
  );
});

test.afterAll(() => removeCopy(copy, server));

test('the check refuses each field whose content would be unsafe, with its file and line', () => {
  // (A sidecar whose url: is javascript: is refused too: tests/unit/content-errors.test.ts; it would stop the document loading here.)
  writeSidecar();
  writeFileSync(join(copy, 'content/sources', `${SOURCE}.preamble.md`), `Before the answers <img src="https://tracker.example/p.gif">\n`);
  writeEntry(1, {}, '<script>alert(1)</script>');
  writeEntry(2, {}, '![tracker](https://tracker.example/p.gif)');
  writeEntry(3, {}, '[click](javascript:alert(1))\n\n[data](data:text/html,hi)');
  writeEntry(4, { question: 'Why is the \u202Egnp.exe list so long?' }, 'Because.');
  writeEntry(5, { question: 'What is an EH\u200BCP?' }, 'A plan.');
  writeEntry(6, { question: 'A bell \u0007 rings?' }, 'Yes.');
  const { status, stdout, stderr } = runScript('scripts/check.ts', [], copy);
  const output = stdout + stderr;
  expect(status).toBe(1);
  for (const expected of [
    /hostile-2025-test\.preamble\.md:1: preamble: raw HTML is not allowed/,
    /hostile-2025-test\/01\.md:\d+: response: raw HTML is not allowed/,
    /hostile-2025-test\/02\.md:\d+: response: images are not allowed/,
    /hostile-2025-test\/03\.md:\d+: response: 'javascript:alert\(1\)': javascript: addresses are not allowed/,
    /hostile-2025-test\/03\.md:\d+: response: 'data:text\/html,hi': data: addresses are not allowed/,
    /hostile-2025-test\/04\.md:3: -: contains the invisible direction control U\+202E/,
    /hostile-2025-test\/05\.md:3: -: contains the invisible character U\+200B inside the word 'EHCP'/,
    /hostile-2025-test\/06\.md:3: question: contains the control character U\+0007, .* \(it is written as an escape\)/,
  ])
    expect(output).toMatch(expected);
});

test.describe('what the check accepts', () => {
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    writeSidecar();
    writeFileSync(join(copy, 'content/sources', `${SOURCE}.preamble.md`), `${HOSTILE_MARKDOWN}\n`);
    writeEntry(1, { section: HOSTILE, askedBy: HOSTILE, answeredBy: HOSTILE }, HOSTILE_MARKDOWN);
    writeEntry(2, { status: 'no-response' }, '');
    for (const order of [3, 4, 5, 6])
      writeEntry(order, { question: `Question ${order} HOSTILETERM?` }, `Answer ${order}: ${HOSTILE_MARKDOWN}`);
    const { status, stdout, stderr } = runScript('scripts/check.ts', [], copy);
    expect(status, stdout + stderr).toBe(0);
    buildSite(copy);
    server = await serveSite(copy, PORT);
  });

  const PAGES = [
    '/',
    `/answers/${SOURCE}-1/`,
    `/answers/${SOURCE}-2/`,
    `/documents/${SOURCE}/`,
    '/documents/',
    '/years/2025/',
    '/councils/',
    '/councils/hostile/',
    '/themes/',
    '/themes/therapies/',
    '/themes/therapies/hostile/',
    '/glossary/',
    '/search/?q=alert',
    '/data/',
  ];

  test('is shown as text on every page: no dialog, no other origin, no sideways scroll, valid JSON-LD', async ({ page }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    page.on('dialog', (dialog) => {
      problems.push(`dialog on ${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(ORIGIN) && !request.url().startsWith('data:'))
        problems.push(`request to ${request.url()} from ${page.url()}`);
    });
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of PAGES) {
      await page.goto(`${ORIGIN}${path}`);
      if (path.startsWith('/search/'))
        await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${path} scrolls ${overflow}px sideways at 320px`);
      for (const block of await page.locator('script[type="application/ld+json"]').allTextContents()) {
        try {
          JSON.parse(block);
        } catch {
          problems.push(`${path}: a JSON-LD block is not valid JSON`);
        }
      }
      expect(await page.locator('img, iframe, object, embed').count(), path).toBe(0);
    }
    await page.goto(`${ORIGIN}/answers/${SOURCE}-1/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '<script>alert("x")</script> </script><img src=https://tracker.example/p.gif',
    );
    await expect(page.locator('.response')).toContainText('<script>alert("x")</script> <img src=x onerror=alert(1)> ]]>');
    expect(problems).toEqual([]);
  });

  test('keeps every feed and sitemap well-formed', async ({ page }) => {
    await page.goto(`${ORIGIN}/`);
    for (const feed of ['/feed.xml', '/councils/hostile/feed.xml', '/themes/therapies/feed.xml']) {
      const read = await readFeed(page, feed);
      expect(read.errors, feed).toEqual([]);
      expect(
        read.entries.some((title) => title.includes('<script>alert("x")</script>')),
        feed,
      ).toBe(true);
    }
    const sitemaps = await page.evaluate(async () => {
      const parse = async (address: string) => new DOMParser().parseFromString(await (await fetch(address)).text(), 'application/xml');
      const index = await parse('/sitemap.xml');
      const files = [...index.getElementsByTagName('loc')].map((loc) => new URL(loc.textContent ?? '').pathname);
      const documents = [index, ...(await Promise.all(files.map(parse)))];
      return documents.map((document) => document.getElementsByTagName('parsererror').length);
    });
    expect(sitemaps.length).toBeGreaterThan(1);
    expect(sitemaps.every((errors) => errors === 0)).toBe(true);
  });
});
