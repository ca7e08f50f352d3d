/**
 * npm run bench:pages: what each page type ships, in bytes (raw and gzip), measured on the built
 * out/ folder: the HTML itself and the JavaScript and CSS files it loads. Fails if a budget is broken.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_TYPES } from './lib/page-types';

/**
 * Gzip bytes a page type may ship. Pages carry no JavaScript but the search island, so the JS
 * budget catches a Next.js runtime that slipped back in.
 */
const BUDGETS = { html: 20_000, js: 12_000, css: 6_000 };

function fileFor(address: string): string {
  const path = address.split('?')[0] ?? '/';
  return path === '/no-such-page/' ? join('out', '404.html') : join('out', path, 'index.html');
}

const sizes = (bytes: Buffer) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync('out')) {
  console.error('out/ is missing: run npm run build first.');
  process.exit(1);
}

const rows: string[] = [
  '| page type | HTML raw | HTML gzip | JS files | JS gzip | CSS gzip |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
];
const overBudget: string[] = [];
for (const [type, path] of Object.entries(PAGE_TYPES)) {
  const html = readFileSync(fileFor(path));
  const text = html.toString('utf8');
  const assets = (pattern: RegExp) =>
    [...new Set([...text.matchAll(pattern)].map((m) => m[1] ?? ''))].map((src) => sizes(readFileSync(join('out', src))));
  const js = assets(/<script[^>]+src="(\/[^"]+\.js)"/g);
  const css = assets(/<link[^>]+href="(\/_next\/[^"]+\.css)"/g);
  const page = sizes(html);
  const jsGzip = js.reduce((sum, s) => sum + s.gzip, 0);
  const cssGzip = css.reduce((sum, s) => sum + s.gzip, 0);
  rows.push(`| ${type} | ${kb(page.raw)} | ${kb(page.gzip)} | ${js.length} | ${kb(jsGzip)} | ${kb(cssGzip)} |`);
  if (page.gzip > BUDGETS.html) overBudget.push(`${type}: HTML ${kb(page.gzip)} gzip > ${kb(BUDGETS.html)}`);
  if (jsGzip > BUDGETS.js) overBudget.push(`${type}: JS ${kb(jsGzip)} gzip > ${kb(BUDGETS.js)}`);
  if (cssGzip > BUDGETS.css) overBudget.push(`${type}: CSS ${kb(cssGzip)} gzip > ${kb(BUDGETS.css)}`);
}
console.log(rows.join('\n'));
if (overBudget.length > 0) {
  console.error(`\nOver budget:\n${overBudget.join('\n')}`);
  process.exit(1);
}
console.log(`\nAll page types within budget (gzip: HTML ${kb(BUDGETS.html)}, JS ${kb(BUDGETS.js)}, CSS ${kb(BUDGETS.css)}).`);
