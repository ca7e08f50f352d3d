/**
 * npm run bench:import: every judged fixture read as `--detect` would (its first choice), scored
 * pair by pair against how a careful person reads it (exact, split, merged, misplaced), with the
 * reading's verdict, for the tuned and the held-out fixtures apart and for each shape; then the
 * seed documents (detected layout against the one they were imported with); then council files
 * made for the purpose, a 200-page PDF and a 60-row Word table, from file to entries, with time
 * and peak memory. A benchmark to quote, not a test.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../lib/content';
import { formatCoverage, measureCoverage } from '../lib/import/coverage';
import { detectLayouts, type DetectSource } from '../lib/import/detect';
import { extractFile } from '../lib/import/extract';
import { importable } from '../lib/import/import-document';
import { prepareText } from '../lib/import/reading/prepare-text';
import { doubtsAbout } from '../lib/import/verdict';
import { makeDocx, makePdf, type Block } from './lib/binary-fixtures';
import { judgedFixtures, LATER_HELD_OUT, type JudgedFixture } from './lib/import-fixtures';
import { judgeReading, type PairOutcome } from './lib/judge-reading';
import { median } from './lib/median';
import { benchOfficeFixtures } from './lib/office-bench';
import { benchOfficeHeldOut, OFFICE_HELD_OUT } from './lib/office-held-out';

const RUNS = 3;

interface Tally {
  documents: number;
  right: number;
  pairs: number;
  flaggedWrong: number;
  silentWrong: number;
  counts: Record<PairOutcome, number>;
}
const tally = (): Tally => ({
  documents: 0,
  right: 0,
  pairs: 0,
  flaggedWrong: 0,
  silentWrong: 0,
  counts: { exact: 0, split: 0, merged: 0, misplaced: 0 },
});

/** The reading --detect chooses first. */
function firstChoice(source: DetectSource) {
  const best = detectLayouts(source)[0];
  return { layout: best?.problem === undefined ? (best?.layout ?? 'none') : 'none', parsed: best?.parsed ?? { preamble: '', entries: [] } };
}

function judge(fixture: JudgedFixture, into: Tally[]): string {
  const times: number[] = [];
  let reading = firstChoice(fixture.source);
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    reading = firstChoice(fixture.source);
    times.push(performance.now() - start);
  }
  const { outcomes, extra } = judgeReading(prepareText(fixture.source), fixture.judged, reading.parsed);
  const count = (outcome: PairOutcome) => outcomes.filter((o) => o === outcome).length;
  const right = count('exact') === outcomes.length && extra === 0;
  // No layout reading the document is flagged too: the import stops and says so.
  const doubts =
    reading.layout === 'none' ? [{ code: 'extraction' as const, reason: 'no layout reads every line' }] : doubtsAbout(reading.parsed);
  for (const t of into) {
    t.documents += 1;
    t.right += right ? 1 : 0;
    t.pairs += outcomes.length;
    for (const outcome of outcomes) t.counts[outcome] += 1;
    if (!right && doubts.length > 0) t.flaggedWrong += 1;
    if (!right && doubts.length === 0) t.silentWrong += 1;
  }
  const verdict = doubts.length === 0 ? 'looks right' : `check ${[...new Set(doubts.map((d) => d.entry ?? 0))].join(', ')}`;
  return `| ${fixture.name} | ${fixture.shape} | ${fixture.split} | ${reading.layout} | ${reading.parsed.entries.length}/${outcomes.length} | ${count('exact')} | ${count('split')} | ${count('merged')} | ${count('misplaced')} | ${extra} | ${right ? 'yes' : 'no'} | ${verdict} | ${median(times).toFixed(1)} ms |`;
}

// One tally for each split: tuned, the first held-out half, and each later held-out set.
const later = Object.keys(LATER_HELD_OUT) as (keyof typeof LATER_HELD_OUT)[];
const totals: Record<JudgedFixture['split'], Tally> = {
  tune: tally(),
  test: tally(),
  ...(Object.fromEntries(later.map((split) => [split, tally()])) as Record<(typeof later)[number], Tally>),
};
const shapes = new Map<string, Tally>();
const rows = [
  '| fixture | shape | split | detected | entries read/judged | exact | split | merged | misplaced | extra entries | entirely right | verdict | detect + read, median |',
  '| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |',
];
for (const fixture of judgedFixtures()) {
  const key = `${fixture.split} ${fixture.shape}`;
  if (!shapes.has(key)) shapes.set(key, tally());
  rows.push(judge(fixture, [totals[fixture.split], shapes.get(key)!]));
}
const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);
const summary = (name: string, t: Tally) =>
  `| ${name} | ${t.right}/${t.documents} | ${t.counts.exact}/${t.pairs} (${percent(t.counts.exact, t.pairs)}) | ${t.counts.split} | ${t.counts.merged} | ${t.counts.misplaced} | ${t.flaggedWrong} | ${t.silentWrong} |`;
console.log(rows.join('\n'));
console.log(
  [
    '',
    '| fixtures | documents entirely right | pairs exact | split | merged | misplaced | wrong and flagged | wrong and silent |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    summary('tuned', totals.tune),
    summary('held out', totals.test),
    ...later.map((split) => summary(`held out, set ${split.slice(4)} (${LATER_HELD_OUT[split]}/)`, totals[split])),
    ...[...shapes].sort(([a], [b]) => a.localeCompare(b)).map(([key, t]) => summary(key, t)),
  ].join('\n'),
);

const seeds = [
  '',
  '| seed document | imported with | detected | entries | coverage | detect + import, median |',
  '| --- | --- | --- | ---: | ---: | ---: |',
];
for (const document of loadContent('content').content.sources) {
  const readable = importable(document);
  if (!readable) continue;
  const { layout: expected, text, furniture, redact, labels } = readable;
  const source = { text, furniture, redact, labels };
  const times: number[] = [];
  let row = '';
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const { layout, parsed } = firstChoice(source);
    const coverage = measureCoverage(source, parsed, parsed);
    times.push(performance.now() - start);
    row = `| ${document.id} | ${expected} | ${layout}${layout === expected ? '' : ' (different)'} | ${parsed.entries.length} | ${formatCoverage(coverage)} |`;
  }
  seeds.push(`${row} ${median(times).toFixed(1)} ms |`);
}
console.log(seeds.join('\n'));

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
      const { layout, parsed } = firstChoice(source);
      const coverage = measureCoverage(source, parsed, parsed);
      times.push(performance.now() - start);
      row = `| ${name} | ${(bytes.length / 1024).toFixed(0)} KB, ${extraction.notes[0] ?? ''} | ${layout} | ${parsed.entries.length} | ${formatCoverage(coverage)} |`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return `${row} ${(median(times) / 1000).toFixed(2)} s |`;
}

const table = (rows: number) => ({
  table: {
    header: ['Question', 'Response'] as [string, string],
    rows: Array.from({ length: rows }, (_, i): [string[], string[]] => [
      [`What happens to request number ${i + 1} if the school does not agree?`],
      [
        `Request ${i + 1} goes to the panel, which meets every fortnight and writes to the family with its decision and the reasons for it.`,
        'If the family disagrees, they can ask for mediation.',
      ],
    ]),
  },
});
const pages200 = await makePdf({
  header: 'Northshire County Council – SEND questions and answers',
  footer: 'Page {page} of {pages}',
  blocks: Array.from({ length: 1660 }, (_, i): Block[] => [
    { paragraph: `${i + 1}. What should a parent do about question ${i + 1} raised at one of the forums this year?` },
    {
      paragraph: `The SEND team replies within ${5 + (i % 7)} working days.${' Where the question is about a particular child, the caseworker will phone the family to talk it through and agree what happens next.'.repeat(1 + (i % 3))}`,
    },
  ]).flat(),
});
const docx60 = await makeDocx([{ heading: 'Parent forum questions and answers' }, table(60)]);
console.log(
  [
    '',
    '| council file | size | layout | entries | coverage | file to entries, median |',
    '| --- | ---: | --- | ---: | --- | ---: |',
    await fromFile('forum-answers-200-pages.pdf', pages200, 3),
    await fromFile('60-row-table.docx', docx60, 5),
  ].join('\n'),
);
console.log(['', ...(await benchOfficeFixtures())].join('\n'));
for (const folder of OFFICE_HELD_OUT) console.log(['', ...(await benchOfficeHeldOut(folder))].join('\n'));
console.log(`\npeak memory (resident set, whole run): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
