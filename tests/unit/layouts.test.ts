import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYOUTS, type Layout } from '../../lib/content/schema';
import { isComplete, measureCoverage } from '../../lib/import/coverage';
import { parserFor } from '../../lib/import/layouts';
import { normaliseText } from '../../lib/import/reading/normalise';
import type { ParsedDocument } from '../../lib/import/types';

const FIXTURES = 'tests/fixtures/import';

/** A parsed document as text a person can check: the expected half of each fixture pair. */
function render(parsed: ParsedDocument): string {
  const parts = [`# Preamble\n\n${parsed.preamble}`];
  parsed.entries.forEach((entry, i) => {
    const who = [entry.askedBy && `asked by ${entry.askedBy}`, entry.answeredBy && `answered by ${entry.answeredBy}`].filter(Boolean).join(', ');
    parts.push(`## ${i + 1} (${entry.kind})${entry.section ? ` under "${entry.section}"` : ''}${who ? ` ${who}` : ''}\n\nQ: ${entry.question}\n\n${entry.response || '(no response)'}`);
  });
  return `${parts.join('\n\n')}\n`;
}

const layoutsWithFixtures = readdirSync(FIXTURES).filter((name): name is Layout => (LAYOUTS as readonly string[]).includes(name));

describe('each layout parser on its fixtures', () => {
  it('has fixtures for every layout that the five real documents do not cover', () => {
    const real: Layout[] = ['two-column-table', 'minutes', 'bulleted-qa', 'numbered-qa'];
    expect(LAYOUTS.filter((layout) => !real.includes(layout) && !layoutsWithFixtures.includes(layout))).toEqual([]);
  });

  for (const layout of layoutsWithFixtures) {
    for (const file of readdirSync(join(FIXTURES, layout)).filter((name) => name.endsWith('.txt'))) {
      it(`${layout}: ${file} gives the expected entries and keeps every word`, async () => {
        const raw = readFileSync(join(FIXTURES, layout, file), 'utf8');
        const parsed = parserFor({ layout }).parse({ text: normaliseText(raw), raw });
        expect(isComplete(measureCoverage({ text: raw, layout }, parsed, parsed.labels ?? []))).toBe(true);
        await expect(render(parsed)).toMatchFileSnapshot(join('..', 'fixtures', 'import', layout, file.replace(/\.txt$/, '.expected.md')));
      });
    }
  }
});
