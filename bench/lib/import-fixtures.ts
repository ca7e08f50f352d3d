import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LAYOUTS, sourceSchema, type Layout } from '../../lib/content/schema';
import type { ReadableSource } from '../../lib/import/import-document';
import type { ParsedDocument } from '../../lib/import/types';

export const FIXTURES = 'tests/fixtures/import';

/** The reading instructions a fixture's sidecar may give: labels, furniture, names to withhold. */
const readingSchema = sourceSchema.pick({ labels: true, furniture: true, redact: true });

export interface ImportFixture {
  layout: Layout;
  name: string;
  file: string;
  source: ReadableSource;
}

/** Every fixture document: `tests/fixtures/import/<layout>/<case>.txt`, with `<case>.yml` if it has reading instructions. */
export function importFixtures(): ImportFixture[] {
  return readdirSync(FIXTURES)
    .filter((dir): dir is Layout => (LAYOUTS as readonly string[]).includes(dir))
    .flatMap((layout) =>
      readdirSync(join(FIXTURES, layout))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => {
          const file = join(FIXTURES, layout, name);
          const sidecar = file.replace(/\.txt$/, '.yml');
          const options = existsSync(sidecar) ? readingSchema.parse(parse(readFileSync(sidecar, 'utf8'))) : {};
          return { layout, name: name.replace(/\.txt$/, ''), file, source: { ...options, layout, text: readFileSync(file, 'utf8') } };
        }),
    );
}

/** A parsed document as text a person can check: the expected half of each fixture pair. */
export function renderParsed(parsed: ParsedDocument): string {
  const parts = [`# Preamble\n\n${parsed.preamble}`];
  parsed.entries.forEach((entry, i) => {
    const who = [entry.askedBy && `asked by ${entry.askedBy}`, entry.answeredBy && `answered by ${entry.answeredBy}`].filter(Boolean).join(', ');
    parts.push(`## ${i + 1} (${entry.kind})${entry.section ? ` under "${entry.section}"` : ''}${who ? ` ${who}` : ''}\n\nQ: ${entry.question}\n\n${entry.response || '(no response)'}`);
  });
  return `${parts.join('\n\n')}\n`;
}

/**
 * What copying a document out of a PDF, a Word file or a web page does to its text. Each keeps
 * every word; a reader must give the same entries after any of them.
 */
export const PERTURBATIONS: { name: string; apply: (text: string) => string; skip?: readonly Layout[] }[] = [
  { name: 'extra blank lines', apply: (text) => text.replace(/\n\n/g, '\n\n\n') },
  { name: 'leading spaces', apply: (text) => text.replace(/^(?=\S)/gm, '  ') },
  { name: 'Windows line endings', apply: (text) => text.replace(/\n/g, '\r\n') },
  // A two-column table's cell boundaries are its NBSP lines: it cannot tell these apart.
  { name: 'blank lines holding non-breaking spaces', apply: (text) => text.replace(/\n\n/g, '\n\u00a0 \n'), skip: ['two-column-table'] },
  { name: 'another bullet glyph', apply: (text) => text.replace(/^([ \t]*)- /gm, '$1• ').replace(/^([ \t]*)[•▪*] /gm, '$1- ') },
  { name: 'a page footer in the middle of an answer', apply: insertFooter },
];

/** "Page 3 of 7" on its own line after the middle line of the longest paragraph. */
function insertFooter(text: string): string {
  const lines = text.split('\n');
  let best = { start: 0, length: 0 };
  let start = 0;
  lines.forEach((line, index) => {
    if (line.trim() === '') start = index + 1;
    else if (index - start + 1 > best.length) best = { start, length: index - start + 1 };
  });
  const at = best.start + Math.max(1, Math.floor(best.length / 2));
  return [...lines.slice(0, at), 'Page 3 of 7', ...lines.slice(at)].join('\n');
}

/** The same entries, whatever spacing and paragraph breaks the copy left. */
export function comparable(rendered: string): string {
  return rendered.replace(/\s+/g, ' ').trim();
}
