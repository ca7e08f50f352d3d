/**
 * npm test's last step: builds the site a second time and fails if out/ is not byte for byte what
 * the first build wrote, so that a host re-uploads only what changed. Run after npm run build:site.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function hashes(dir: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    result.set(path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return result;
}

if (!existsSync('out')) {
  console.error('out/ is missing: run npm run build:site first.');
  process.exit(1);
}
const first = hashes('out');
execSync('npm run -s build:site', { stdio: 'ignore', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
const second = hashes('out');
const differ = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file));
if (differ.length > 0) {
  console.error(`Two builds of the same commit differ in ${differ.length} files, for example:\n${differ.slice(0, 10).join('\n')}`);
  process.exit(1);
}
console.log(`Two builds of the same commit wrote the same ${first.size} files, byte for byte.`);
