import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exactPairs, importOffice, leaks, OFFICE_FIXTURES, officeCases } from './office-fixtures';

/**
 * bench:import's section on the office-suite fixtures: per document and format, the pairs read
 * exactly, what leaked into entries (page headers, footers, table headings), the extraction's own
 * doubts, and the time from file to entries.
 */
export async function benchOfficeFixtures(): Promise<string[]> {
  const rows = ['| office-suite file | pairs exact | leaks | doubts | file to entries |', '| --- | ---: | --- | --- | ---: |'];
  const totals = { docx: [0, 0], pdf: [0, 0] };
  for (const fixture of officeCases()) {
    for (const format of ['docx', 'pdf'] as const) {
      const start = performance.now();
      const { extraction, entries } = await importOffice(join(OFFICE_FIXTURES, `${fixture.name}.${format}`), fixture);
      const time = performance.now() - start;
      const exact = exactPairs(fixture.expected, entries).length;
      const total = totals[format];
      // A document known to be read wrongly counts apart: what matters there is that the verdict doubts it.
      if (fixture.reads_wrong === undefined) {
        total[0] = (total[0] ?? 0) + exact;
        total[1] = (total[1] ?? 0) + fixture.expected.length;
      }
      const leaked = leaks(fixture, entries);
      const doubts = extraction.doubts ?? [];
      rows.push(
        `| ${fixture.name}.${format}${fixture.reads_wrong === undefined ? '' : ' (known wrong)'} | ${exact} of ${fixture.expected.length}${entries.length === fixture.expected.length ? '' : ` (${entries.length} read)`} | ${leaked.join('; ') || 'none'} | ${doubts.map((doubt) => doubt.reason).join('; ') || 'none'} | ${time.toFixed(0)} ms |`,
      );
    }
  }
  rows.push(
    `| all .docx (known wrong apart) | ${totals.docx[0]} of ${totals.docx[1]} | | | |`,
    `| all .pdf (known wrong apart) | ${totals.pdf[0]} of ${totals.pdf[1]} | | | |`,
  );
  return rows;
}
