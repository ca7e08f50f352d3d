/**
 * npm run build:site [-- --only search-index,islands]: runs the build's steps (lib/common/build-steps.ts)
 * in order, each in its own process, and stops at the first that fails. `--only` runs some of them
 * (npm run dev needs the index and the islands before Next serves pages).
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { BUILD_STEPS, buildStepCommand } from '../lib/common/build-steps';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const names: readonly string[] = BUILD_STEPS.map((step) => step.name);
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !names.includes(name)) ?? [];
if (unknown.length > 0) {
  console.error(`--only: '${unknown.join("', '")}' is not a build step (allowed: ${names.join(', ')})`);
  process.exit(1);
}
const steps = BUILD_STEPS.filter((step) => only === undefined || only.includes(step.name));
for (const step of steps) {
  const { command, args } = buildStepCommand(step, { nodePath: process.execPath });
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (status !== 0) {
    console.error(`build:site: the ${step.name} step (${step.what}) failed.`);
    process.exit(status ?? 1);
  }
}
