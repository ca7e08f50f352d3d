/**
 * npm run bench:check [-- 10000]: how long `npm run check` takes on a content folder of that many
 * answers (synthetic, in a temporary folder, never committed), median of three runs. Every pull
 * request runs it, so it must stay well under 30 s at 10,000 answers on 2 cores.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './lib/median';
import { writeContent } from './lib/synthetic-content';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0);
const RUNS = 3;

console.log('| answers | check, median of 3 | per 1,000 answers |');
console.log('| ---: | ---: | ---: |');
for (const size of sizes.length > 0 ? sizes : [1_000, 10_000]) {
  const root = mkdtempSync(join(tmpdir(), 'send-bench-check-'));
  try {
    writeContent(root, size);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      execFileSync(process.execPath, ['--import', 'tsx', resolve('scripts/check.ts'), join(root, 'content')], { stdio: 'ignore' });
      times.push((performance.now() - started) / 1000);
    }
    const seconds = median(times);
    console.log(`| ${size.toLocaleString('en-GB')} | ${seconds.toFixed(1)} s | ${((seconds / size) * 1000).toFixed(2)} s |`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
