import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * Unit tests run the project's scripts as processes from one esbuild bundle each, made once per
 * run (bundleScripts, vitest's global setup), instead of through tsx. It is the same code with
 * the same transform (tsx compiles with esbuild too), but tsx resolves and loads each of a script's
 * two hundred modules through its loader: 0.8 s of CPU at every start (import --help: 1.1 s with
 * tsx, 0.4 s bundled), and the tests start scripts about thirty times. npm run check, the build and
 * the browser tests still run every script through tsx, as package.json does.
 */
const SCRIPTS = resolve('scripts');
// Inside node_modules, so that the packages left out of each bundle resolve from it as from scripts/.
const BUNDLES = resolve('node_modules/.cache/send-answers/test-scripts');

const bundleOf = (script: string) => {
  const name = relative(SCRIPTS, resolve(script));
  if (name.startsWith('..') || !name.endsWith('.ts')) throw new Error(`${script} is not one of the project's scripts/`);
  return join(BUNDLES, basename(name).replace(/\.ts$/, '.mjs'));
};

/** Bundles every scripts/*.ts into BUNDLES, its packages left as imports. */
export async function bundleScripts(): Promise<void> {
  const entries = readdirSync(SCRIPTS).filter((name) => name.endsWith('.ts'));
  await build({
    entryPoints: entries.map((name) => join(SCRIPTS, name)),
    outdir: BUNDLES,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
}

/** Runs one of the project's scripts as an editor would, and returns what it said. */
export function runScript(
  script: string,
  args: readonly string[] = [],
  cwd = process.cwd(),
  env: Record<string, string> = {},
): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bundleOf(script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

/** runScript without blocking, so that tests can run scripts side by side. */
export function runScriptAsync(
  script: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [bundleOf(script), ...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      done({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Starts one of the project's scripts without waiting for it, for a test that stops it part way. */
export function startScript(script: string, args: readonly string[], cwd: string): ChildProcess {
  return spawn(process.execPath, [bundleOf(script), ...args], { cwd, stdio: 'ignore' });
}
