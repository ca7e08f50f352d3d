import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from '../../bench/lib/page-types';

/** Every page the build wrote, as the address a reader would use. */
function builtPages(): string[] {
  return readdirSync('out', { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`);
}

const attributes = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => m[1]?.replaceAll('&amp;', '&') ?? '');

test('every internal link and anchor on every built page resolves', async ({ request, baseURL }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const html = new Map<string, string>();
  const fetchPage = async (path: string) => {
    if (!html.has(path)) {
      const response = await request.get(path);
      html.set(path, response.status() === 200 ? await response.text() : `status ${response.status()}`);
    }
    return html.get(path) ?? '';
  };
  const broken: string[] = [];
  for (const path of pages) {
    for (const href of attributes(await fetchPage(path), 'href')) {
      const url = new URL(href, new URL(path, baseURL));
      if (url.origin !== new URL(baseURL ?? '').origin || url.pathname.startsWith('/_next/')) continue;
      const target = await fetchPage(url.pathname);
      if (target.startsWith('status ')) broken.push(`${href} on ${path}: ${target}`);
      else if (url.hash && !attributes(target, 'id').includes(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${href} on ${path}: no element with that id`);
    }
  }
  expect(broken).toEqual([]);
});

test('no page requests anything from another origin or sets a cookie', async ({ page, context }) => {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && url.protocol !== 'data:') foreign.push(req.url());
  });
  for (const path of Object.values(PAGE_TYPES)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
