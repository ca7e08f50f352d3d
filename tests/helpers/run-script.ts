import { execFileSync } from 'node:child_process';

/** Runs one of the project's TypeScript scripts as an editor would, and returns what it said. */
export function runScript(script: string, args: readonly string[] = [], cwd = process.cwd()): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, stdout: failure.stdout, stderr: failure.stderr };
  }
}
