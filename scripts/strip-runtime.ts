/**
 * After `next build`: removes Next.js's client runtime from every page. Every page is complete
 * HTML without it (the no-JavaScript browser tests prove it), and it costs a reader about 170 KB of
 * gzipped JavaScript per page, a lot on a cheap phone. The one interactive part, search, is our
 * own small script under /search/, which is kept.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'out';
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
// Our search island, and structured data (which is not code).
const OUR_SCRIPT = /\ssrc="\/search\/|type="application\/ld\+json"/;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;

let stripped = 0;
for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html')) continue;
  const path = join(OUT, file);
  const html = readFileSync(path, 'utf8');
  const without = html.replace(SCRIPT, (script) => (OUR_SCRIPT.test(script) ? script : '')).replace(SCRIPT_PRELOAD, '');
  if (without !== html) {
    writeFileSync(path, without);
    stripped += 1;
  }
}
console.log(`Removed the Next.js client runtime from ${stripped} pages.`);
