/**
 * After `next build`: removes Next.js's client runtime, which no page needs. Every page is
 * complete HTML without it (the no-JavaScript browser tests prove it), and it costs a reader about
 * 170 KB of gzipped JavaScript per page, a lot on a cheap phone. Then removes the files only that
 * runtime would read: the React Server Component payloads Next writes beside every page (four per
 * page, more bytes than the page itself) and the runtime's own script files, so that out/ holds
 * one file per page and the assets the pages use. Our own small scripts (search, "Copy link"),
 * listed in ISLANDS, are kept.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from '../lib/common/escape-regexp';
import { ISLANDS } from '../lib/common/routes';

const OUT = 'out';
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
// Our own islands, and structured data (which is not code).
const OUR_SCRIPT = new RegExp(`\\ssrc="(?:${Object.values(ISLANDS).map(escapeRegExp).join('|')})"|type="application/ld\\+json"`);
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;
// Files Next.js writes for its client router, which the stripped pages never fetch.
const PAYLOAD = /(?:^|\/)(?:index|__next\.[^/]*)\.txt$/;

const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' });
let stripped = 0;
const referenced = new Set<string>();
for (const file of files.filter((name) => name.endsWith('.html'))) {
  const path = join(OUT, file);
  const html = readFileSync(path, 'utf8');
  const without = html.replace(SCRIPT, (script) => (OUR_SCRIPT.test(script) ? script : '')).replace(SCRIPT_PRELOAD, '');
  if (without !== html) {
    writeFileSync(path, without);
    stripped += 1;
  }
  for (const match of without.matchAll(/\/_next\/static\/[^"')\s]+/g)) referenced.add(match[0].slice(1));
}
let removed = 0;
for (const file of files) {
  const unread = PAYLOAD.test(file) || (file.startsWith('_next/static/') && file.endsWith('.js') && !referenced.has(file));
  if (!unread) continue;
  rmSync(join(OUT, file));
  removed += 1;
}
console.log(`Removed the Next.js client runtime from ${stripped} pages, and ${removed} files only it would read.`);
