import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exactPairs, importOffice, leaks, OFFICE_FIXTURES, officeCases } from '../../bench/lib/office-fixtures';
import { isComplete, measureCoverage } from '../../lib/import/coverage';
import { doubtsAbout, extractionDoubts } from '../../lib/import/verdict';

/**
 * The Word documents of tests/fixtures/office/ and the PDFs LibreOffice exported from them (made by
 * npm run fixtures:office), read as npm run import reads them, against the entries a person reads
 * in each: every pair exact, nothing of the page furniture or the table headings in any entry;
 * or, for a document the importer is known to read wrongly (`reads_wrong:`), a verdict that says so.
 */
const cases = officeCases().flatMap((fixture) =>
  (['docx', 'pdf'] as const).map((format) => ({ fixture, format, label: `${fixture.name}.${format}: ${fixture.description}` })),
);

describe('documents as an office suite writes them', () => {
  it('are at least twelve, each with its expected entries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(24);
    for (const { fixture } of cases) expect(fixture.expected.length).toBeGreaterThan(0);
  });

  it.each(cases.filter(({ fixture }) => fixture.reads_wrong === undefined))('$label', async ({ fixture, format }) => {
    const { source, parsed, entries } = await importOffice(join(OFFICE_FIXTURES, `${fixture.name}.${format}`), fixture);
    expect(entries.map((entry) => entry.question)).toEqual(fixture.expected.map((entry) => entry.question));
    expect(exactPairs(fixture.expected, entries)).toHaveLength(fixture.expected.length);
    expect(leaks(fixture, entries)).toEqual([]);
    // And the reading keeps every word of the extracted text, as the import requires before it writes.
    expect(isComplete(measureCoverage(source, parsed, parsed))).toBe(true);
  });

  it('keeps the words of a title table whose logo cell holds no text, in a tagged PDF', async () => {
    const { extraction } = await importOffice(join(OFFICE_FIXTURES, 'forum-table-four-pages-tagged.pdf'), {});
    expect(extraction.text).toMatch(/^Northshire SEND Parent Carer Forum\n\nQuestions and answers, 12 May 2025\n/);
  });

  // Documents the importer is known to read wrongly: the verdict must say so, never "looks right".
  it.each(cases.filter(({ fixture }) => fixture.reads_wrong !== undefined))('doubts its reading of $label', async ({ fixture, format }) => {
    const { extraction, parsed, entries } = await importOffice(join(OFFICE_FIXTURES, `${fixture.name}.${format}`), fixture);
    expect(exactPairs(fixture.expected, entries).length).toBeLessThan(fixture.expected.length);
    expect(doubtsAbout(parsed, extractionDoubts(extraction.doubts))).not.toEqual([]);
  });
});
