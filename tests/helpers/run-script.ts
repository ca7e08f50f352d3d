import { spawnSync } from 'node:child_process';

/** Runs one of the project's TypeScript scripts as an editor would, and returns what it said. */
export function runScript(
  script: string,
  args: readonly string[] = [],
  cwd = process.cwd(),
  env: Record<string, string> = {},
): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}
