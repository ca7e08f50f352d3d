/**
 * npm run bench:import: each fixture document and each seed document read by the layout --detect
 * ranks first: layout, entries, word coverage and time (median of several runs, detection
 * included). A benchmark to quote, not a test.
 */
import { performance } from 'node:perf_hooks';
import { loadContent, type Layout } from '../lib/content';
import { measureCoverage } from '../lib/import/coverage';
import { detectLayouts, type DetectSource } from '../lib/import/detect';
import { importable, readDocument } from '../lib/import/import-document';
import { comparable, importFixtures, renderParsed } from '../tests/helpers/import-fixtures';

const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

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
