/**
 * npm run bench:site [-- 1000 10000 50000 100000]: builds the whole site from a synthetic content
 * folder of that many answers (in a temporary copy of the project, never committed) and prints,
 * per size: wall time of each stage (content check, search index, page render, post-processing),
 * peak memory (all of a stage's processes together), files written, bytes raw and gzip, per answer, the largest page of each type, and
 * the time to check the content and to import one more document into it. A benchmark to quote,
 * not a test. The synthetic answers are the real ones' sentences recombined, under 150 made-up
 * councils with documents over ten years (bench/lib/synthetic-corpus.ts), beside the five real
 * documents.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_INPUTS, BUILD_STEPS, buildStepCommand, type BuildStep } from '../lib/common/build-steps';
import { loadContent } from '../lib/content';
import { writeContent } from './lib/synthetic-content';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const TREE_PEAK = resolve('bench/lib/tree-peak.sh');

/** Runs one stage in the copy: its wall time and the peak memory of all its processes together. */
function peakOf(cwd: string, command: string, args: string[]): { seconds: number; peakMB: number } {
  const started = performance.now();
  let report: string;
  try {
    report = execFileSync('sh', [TREE_PEAK, command, ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    throw new Error(`${[command, ...args].join(' ')} failed in ${cwd}:\n${(error as { stderr?: string }).stderr ?? error}`, {
      cause: error,
    });
  }
  const peak = /PEAK (\d+)/.exec(report);
  if (!peak) throw new Error(`${[command, ...args].join(' ')} printed no peak in ${cwd}: ${report}`);
  return { seconds: (performance.now() - started) / 1000, peakMB: Number(peak[1]) / 1024 };
}

/** Files, bytes and the largest page of each type in out/. */
function measureOut(out: string) {
  let files = 0;
  let raw = 0;
  let gzip = 0;
  const largest = new Map<string, { path: string; gzip: number }>();
  for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    const zipped = gzipSync(bytes).length;
    files += 1;
    raw += bytes.length;
    gzip += zipped;
    if (!entry.name.endsWith('.html')) continue;
    const relativePath = path.slice(out.length + 1);
    const type =
      relativePath.split('/').length <= 2
        ? relativePath.split('/')[0] || 'home'
        : `${relativePath.split('/')[0]}/…${relativePath.split('/').length > 3 ? '/…' : ''}`;
    if (zipped > (largest.get(type)?.gzip ?? 0)) largest.set(type, { path: relativePath, gzip: zipped });
  }
  return { files, raw, gzip, largest };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

if (SIZES.length === 0) SIZES.push(1_000, 10_000);
const rows: string[] = [];
const largestRows: string[] = [];
for (const size of SIZES) {
  const root = mkdtempSync(join(tmpdir(), `send-site-${size}-`));
  try {
    for (const name of BUILD_INPUTS) cpSync(name, join(root, name), { recursive: true });
    symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
    writeContent(root, size);
    const answers = loadContent(join(root, 'content')).content.entries.length;
    const tsx = join(root, 'node_modules/.bin/tsx');
    const check = peakOf(root, tsx, ['scripts/check.ts']);
    const stages = new Map(
      BUILD_STEPS.map((step) => {
        const { command, args } = buildStepCommand(step, { nodePath: process.execPath, webpack: true });
        return [step.name, peakOf(root, command, args)];
      }),
    );
    const stage = (name: BuildStep['name']) => stages.get(name) ?? { seconds: 0, peakMB: 0 };
    const [search, render] = [stage('search-index'), stage('pages')];
    const out = measureOut(join(root, 'out'));
    // One more document, as an editor adds it: the sixth-document fixture, imported into this corpus.
    cpSync(
      'tests/fixtures/sixth-document/testshire-2025-07-parent-forum.txt',
      join(root, 'content/sources/testshire-2025-07-parent-forum.txt'),
    );
    cpSync(
      'tests/fixtures/sixth-document/testshire-2025-07-parent-forum.yml',
      join(root, 'content/sources/testshire-2025-07-parent-forum.yml'),
    );
    writeFileSync(
      join(root, 'content/councils.yml'),
      `${readFileSync(join(root, 'content/councils.yml'), 'utf8')}- id: testshire\n  name: Testshire County Council\n  shortName: Testshire\n  region: Nowhere\n`,
    );
    const importOne = peakOf(root, tsx, ['scripts/import.ts', 'content/sources/testshire-2025-07-parent-forum.txt']);
    const post = stage('strip-runtime').seconds + stage('sitemaps').seconds;
    const total = check.seconds + [...stages.values()].reduce((sum, each) => sum + each.seconds, 0);
    const peak = Math.max(check.peakMB, ...[...stages.values()].map((each) => each.peakMB));
    rows.push(
      `| ${answers.toLocaleString('en-GB')} | ${check.seconds.toFixed(1)} s | ${search.seconds.toFixed(1)} s | ${render.seconds.toFixed(1)} s | ${post.toFixed(1)} s | ${total.toFixed(1)} s | ${peak.toFixed(0)} MB | ${out.files.toLocaleString('en-GB')} | ${mb(out.raw)} / ${mb(out.gzip)} | ${kb(out.gzip / answers)} | ${importOne.seconds.toFixed(1)} s |`,
    );
    for (const [type, { path, gzip }] of [...out.largest].sort())
      largestRows.push(`| ${answers.toLocaleString('en-GB')} | ${type} | ${path} | ${kb(gzip)} |`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
console.log(
  '| answers | check | search index | page render | post-processing | total | peak memory | files | out/ raw / gzip | gzip per answer | import one more document |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const row of rows) console.log(row);
console.log('\nLargest page of each type (gzip):');
console.log('| answers | page type | page | gzip |');
console.log('| ---: | --- | --- | ---: |');
for (const row of largestRows) console.log(row);
