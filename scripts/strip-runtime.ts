/**
 * After `next build`: removes Next.js's client runtime from pages that have nothing interactive.
 * Every page is complete HTML without it (the no-JavaScript browser tests prove it), and it costs
 * a reader about 170 KB of gzipped JavaScript per page, a lot on a cheap phone. Pages listed in
 * INTERACTIVE keep it, because their client component needs it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const OUT = 'out';
/** Pages whose client islands need the runtime, as paths of their HTML files under out/. */
const INTERACTIVE = new Set<string>([]);

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;

let stripped = 0;
for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' })) {
  if (!file.endsWith('.html') || INTERACTIVE.has(file)) continue;
  const path = join(OUT, file);
  const html = readFileSync(path, 'utf8');
  const without = html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '');
  if (without !== html) {
    writeFileSync(path, without);
    stripped += 1;
  }
}
console.log(`Removed the client runtime from ${stripped} pages that need no JavaScript.`);
