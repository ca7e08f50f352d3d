import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareText } from '../../lib/import/reading/prepare-text';
import { doubtsAbout, extractionDoubts } from '../../lib/import/verdict';
import { judgeReading, type JudgedReading } from './judge-reading';
import { importOffice, leaks } from './office-fixtures';

/**
 * bench:import's sections on the office documents held out from any tuning, written by people who
 * never saw the importer: tests/fixtures/office-held-out/, then office-held-out-2/, -3/ and -4/, each
 * written after the tuning the set before it was measured against. Each is read as a new editor's import reads it,
 * with no sidecar (the layout --detect ranks first), as .docx and as the PDF LibreOffice exported,
 * and judged pair by pair against the person's reading.
 */
export const OFFICE_HELD_OUT = [
  'tests/fixtures/office-held-out',
  'tests/fixtures/office-held-out-2',
  'tests/fixtures/office-held-out-3',
  'tests/fixtures/office-held-out-4',
] as const;

interface HeldOutDocument extends JudgedReading {
  tagged_pdf: boolean;
  furniture: string[];
  table_headings: string[];
}

export async function benchOfficeHeldOut(folder: (typeof OFFICE_HELD_OUT)[number]): Promise<string[]> {
  const rows = [
    `| held-out office file (${folder}) | pairs exact | split | merged | misplaced | leaks | verdict |`,
    '| --- | ---: | ---: | ---: | ---: | --- | --- |',
  ];
  const totals = {
    docx: { exact: 0, pairs: 0, right: 0, documents: 0, silentWrong: 0 },
    pdf: { exact: 0, pairs: 0, right: 0, documents: 0, silentWrong: 0 },
  };
  for (const name of readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    const judged = JSON.parse(readFileSync(join(folder, name), 'utf8')) as HeldOutDocument;
    for (const format of ['docx', 'pdf'] as const) {
      const file = name.replace(/\.json$/, `.${format}`);
      const { extraction, source, parsed, entries } = await importOffice(join(folder, file), {});
      const { outcomes, extra } = judgeReading(prepareText(source), judged, parsed);
      const count = (outcome: string) => outcomes.filter((o) => o === outcome).length;
      const expected = judged.entries.map(({ section, question, answer }) => ({ section, question, response: answer ?? '' }));
      const leaked = leaks({ absent: [...judged.furniture, ...judged.table_headings], expected }, entries);
      const right = count('exact') === outcomes.length && extra === 0 && leaked.length === 0;
      const doubts = doubtsAbout(parsed, extractionDoubts(extraction.doubts));
      const total = totals[format];
      total.exact += count('exact');
      total.pairs += outcomes.length;
      total.documents += 1;
      total.right += right ? 1 : 0;
      total.silentWrong += !right && doubts.length === 0 ? 1 : 0;
      const verdict = doubts.length === 0 ? 'looks right' : `check (${doubts.length} doubts)`;
      rows.push(
        `| ${file}${format === 'pdf' ? (judged.tagged_pdf ? ' (tagged)' : ' (untagged)') : ''} | ${count('exact')} of ${outcomes.length}${extra > 0 ? ` (+${extra} extra entries)` : ''} | ${count('split')} | ${count('merged')} | ${count('misplaced')} | ${leaked.length > 0 ? leaked.join('; ').slice(0, 120) : 'none'} | ${verdict} |`,
      );
    }
  }
  for (const format of ['docx', 'pdf'] as const) {
    const t = totals[format];
    rows.push(
      `| all .${format} | ${t.exact} of ${t.pairs} (${((100 * t.exact) / Math.max(1, t.pairs)).toFixed(1)}%) | | | | documents entirely right: ${t.right} of ${t.documents} | wrong and silent: ${t.silentWrong} |`,
    );
  }
  return rows;
}
