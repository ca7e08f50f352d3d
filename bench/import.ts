/**
 * npm run bench:import: each fixture document and each seed document read by the layout --detect
 * ranks first: layout, entries, word coverage and time (median of several runs, detection
 * included); then council files made for the purpose, a 100-page PDF and a 60-row Word table, from
 * file to entries, with time and peak memory. A benchmark to quote, not a test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent, type Layout } from '../lib/content';
import { formatCoverage, measureCoverage } from '../lib/import/coverage';
import { detectLayouts, type DetectSource } from '../lib/import/detect';
import { extractFile } from '../lib/import/extract';
import { importable, readDocument } from '../lib/import/import-document';
import { makeDocx, makePdf, type Block } from './lib/binary-fixtures';
import { comparable, importFixtures, renderParsed } from './lib/import-fixtures';
import { median } from './lib/median';
import { benchOfficeFixtures } from './lib/office-bench';

const RUNS = 7;


function measure(name: string, source: DetectSource, expected: Layout): string {
  const times: number[] = [];
  let row = '';
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const best = detectLayouts(source)[0];
    const layout = best?.layout ?? 'labelled-qa';
    const parsed = readDocument({ ...source, layout });
    const coverage = measureCoverage({ ...source, layout }, parsed, parsed);
    times.push(performance.now() - start);
    const share = coverage.sourceWords === 0 ? 100 : Math.floor((1000 * coverage.keptWords) / coverage.sourceWords) / 10;
    const same = layout === expected || comparable(renderParsed(parsed)) === comparable(renderParsed(readDocument({ ...source, layout: expected })));
    row = `| ${name} | ${expected} | ${layout}${layout === expected ? '' : same ? ' (same entries)' : ' (different entries)'} | ${parsed.entries.length} | ${share}% of ${coverage.sourceWords} words |`;
  }
  return `${row} ${median(times).toFixed(1)} ms |`;
}

const rows = ['| document | its layout | detected | entries | coverage | detect + import, median |', '| --- | --- | --- | ---: | ---: | ---: |'];
for (const fixture of importFixtures()) {
  const { layout, ...source } = fixture.source;
  rows.push(measure(`${layout}/${fixture.name}`, source, layout));
}
for (const document of loadContent('content').content.sources) {
  const readable = importable(document);
  if (!readable) continue;
  const { layout, text, furniture, redact, labels } = readable;
  rows.push(measure(document.id, { text, furniture, redact, labels }, layout));
}
console.log(rows.join('\n'));

/** A council file from its bytes to entries: extraction, detection and reading, as npm run import does them. */
async function fromFile(name: string, bytes: Buffer, runs: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'send-bench-import-'));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const times: number[] = [];
  let row = '';
  try {
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const { extraction } = await extractFile(path);
      const source = { text: extraction.text, furniture: extraction.furniture, labels: extraction.labels };
      const best = detectLayouts(source)[0];
      const layout = best?.layout ?? 'labelled-qa';
      const parsed = readDocument({ ...source, layout });
      const coverage = measureCoverage({ ...source, layout }, parsed, parsed);
      times.push(performance.now() - start);
      row = `| ${name} | ${(bytes.length / 1024).toFixed(0)} KB, ${extraction.notes[0] ?? ''} | ${layout} | ${parsed.entries.length} | ${formatCoverage(coverage)} |`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return `${row} ${(median(times) / 1000).toFixed(2)} s |`;
}

const table = (rows: number) => ({ table: { header: ['Question', 'Response'] as [string, string], rows: Array.from({ length: rows }, (_, i): [string[], string[]] => [[`What happens to request number ${i + 1} if the school does not agree?`], [`Request ${i + 1} goes to the panel, which meets every fortnight and writes to the family with its decision and the reasons for it.`, 'If the family disagrees, they can ask for mediation.']]) } });
const pages100 = await makePdf({
  header: 'Northshire County Council – SEND questions and answers',
  footer: 'Page {page} of {pages}',
  blocks: Array.from({ length: 830 }, (_, i): Block[] => [
    { paragraph: `${i + 1}. What should a parent do about question ${i + 1} raised at one of the forums this year?` },
    { paragraph: `The SEND team replies within ${5 + (i % 7)} working days.${' Where the question is about a particular child, the caseworker will phone the family to talk it through and agree what happens next.'.repeat(1 + (i % 3))}` },
  ]).flat(),
});
const docx60 = await makeDocx([{ heading: 'Parent forum questions and answers' }, table(60)]);
console.log(['', '| council file | size | layout | entries | coverage | file to entries, median |', '| --- | ---: | --- | ---: | --- | ---: |', await fromFile('forum-answers.pdf', pages100, 3), await fromFile('60-row-table.docx', docx60, 5)].join('\n'));
console.log(['', ...(await benchOfficeFixtures())].join('\n'));
console.log(`\npeak memory (resident set, whole run): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
