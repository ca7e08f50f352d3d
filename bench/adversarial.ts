/**
 * npm run bench:adversarial [-- 1 4]: each hostile shape (bench/lib/hostile-text.ts) at that many MB
 * (1 MB unless named) through every path content text takes: the markdown limits, plain text, XML
 * escaping, search terms, the text checks and every importer layout. Seconds per path; a linear
 * path stays well under a second a megabyte. The unit tests run the same shapes at 256 KB.
 */
import { plainText } from '../lib/common/plain-text';
import { escapeXml } from '../lib/common/escape-xml';
import { markdownLimitIssues } from '../lib/content/markdown-limits';
import { decodeText, textIssues } from '../lib/content/text-hygiene';
import { detectLayouts } from '../lib/import/detect';
import { tokenize } from '../lib/language/tokenize';
import { hostileTexts, timed } from './lib/hostile-text';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const PATHS: Record<string, (text: string) => unknown> = {
  'markdown limits': (text) => markdownLimitIssues(text, { file: 'x.md', line: 1, field: 'response' }),
  'plain text': plainText,
  'XML escaping': escapeXml,
  'search terms': tokenize,
  'text checks': (text) => textIssues(text, 'x.md'),
  decoding: (text) => decodeText(Buffer.from(text), 'x.md'),
  'every layout': (text) => detectLayouts({ text }),
};

console.log(`| MB | shape | ${Object.keys(PATHS).join(' | ')} |`);
console.log(
  `| ---: | --- | ${Object.keys(PATHS)
    .map(() => '---:')
    .join(' | ')} |`,
);
for (const mb of sizes.length > 0 ? sizes : [1]) {
  for (const [shape, text] of Object.entries(hostileTexts(mb * 1024 * 1024))) {
    const seconds = Object.values(PATHS).map((path) => `${timed(() => path(text)).toFixed(2)} s`);
    console.log(`| ${mb} | ${shape} | ${seconds.join(' | ')} |`);
  }
}
