import { plainText } from './lib/common/plain-text';
import { escapeXml } from './lib/common/text';
import { tokenize } from './lib/language/tokenize';
import { lintMarkdown } from './lib/markdown/lint';
import { renderMarkdown } from './lib/markdown/render';
import { detectLayouts } from './lib/import/detect';
const SIZE = Number(process.argv[2] ?? 262144);
const inputs: Record<string, string> = {
  brackets: '['.repeat(SIZE),
  'link-open': '[a](b '.repeat(SIZE / 6),
  'link-nest': '[a](b'.repeat(SIZE / 5),
  'angle': '<http:'.repeat(SIZE / 6),
  'quote-nest': '> '.repeat(SIZE / 2) + 'x',
  'list-nest': '- '.repeat(SIZE / 2) + 'x',
  'stars': '*a'.repeat(SIZE / 2),
  'underscores': '_'.repeat(SIZE),
  'backticks': '`'.repeat(SIZE),
  'spaces-lines': ' \n'.repeat(SIZE / 2),
  'long-word': 'a'.repeat(SIZE),
  'emph-mix': '*_'.repeat(SIZE / 2),
  'html-open': '<a'.repeat(SIZE / 2),
  'table': '|a'.repeat(SIZE / 2) + '\n|-|\n',
  'q-labels': 'Q: a\n'.repeat(SIZE / 5),
  'numbers': '1. '.repeat(SIZE / 3),
};
const fns: Record<string, (s: string) => unknown> = {
  plainText, escapeXml, tokenize,
  lint: (s) => lintMarkdown({ file: 'x', line: 1, markdown: s }, new Set()),
  render: (s) => renderMarkdown(s),
  detect: (s) => detectLayouts({ text: s }),
};
const only = process.argv[3];
for (const [name, input] of Object.entries(inputs)) {
  const row: string[] = [];
  for (const [fn, f] of Object.entries(fns)) {
    if (only && fn !== only) continue;
    const t = performance.now();
    let err = '';
    try { f(input); } catch (e) { err = (e as Error).name; }
    row.push(`${fn} ${(performance.now() - t).toFixed(0)}ms${err ? ' ' + err : ''}`);
  }
  console.log(name.padEnd(14), row.join(' | '));
}
