import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUILD_INPUTS, BUILD_STEPS, buildStepCommand } from '../../lib/common/build-steps';
import { CONTENT_ROOT } from '../../lib/common/content-paths';

/** What a copy of the project needs to check, import, build and serve the site, and the fixtures tests bring into it. */
const PROJECT_FILES = [...BUILD_INPUTS, 'bench', 'tests'];
/**
 * What npm run check, import and new-entry read besides content/: a copy that never builds needs
 * only these, a fifteenth of the whole (public/'s fonts and tests/' office fixtures are most of it).
 */
const CONTENT_COMMAND_FILES = ['lib', 'scripts', 'package.json', 'tsconfig.json'];

/**
 * A copy of the project in a temporary folder, sharing node_modules, for tests that change its
 * content. Its content/ is a copy of `content` (the real one unless a test brings its own); with
 * `builds: false` it holds only what the content commands run on.
 */
export function copyProject(
  prefix: string,
  { content = CONTENT_ROOT, builds = true }: { content?: string; builds?: boolean } = {},
): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const name of builds ? PROJECT_FILES : CONTENT_COMMAND_FILES)
    if (existsSync(name)) cpSync(name, join(copy, name), { recursive: true });
  cpSync(content, join(copy, CONTENT_ROOT), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  return copy;
}

/** The steps of npm run build:site in the copy (without its check, which the tests run themselves). */
export function buildSite(copy: string): void {
  for (const step of BUILD_STEPS) {
    const { command, args } = buildStepCommand(step, { nodePath: process.execPath, webpack: true });
    try {
      execFileSync(command, args, { cwd: copy, stdio: 'pipe', timeout: 200_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(`${step.name} failed:\n${stdout}${stderr}`, { cause: error });
    }
  }
}

/**
 * A port for a test's own server: E2E_PORT (default 3100, where playwright.config.ts serves out/)
 * plus `offset`, so that two checkouts on one machine can run their browser tests at once.
 */
export const testPort = (offset: number): number => Number(process.env.E2E_PORT ?? 3100) + offset;

/** Serves the copy's out/ as a CDN would, with serve.json's headers; resolves when it answers. */
export async function serveSite(copy: string, port: number): Promise<ChildProcess> {
  // Its own process group, so that stopping it stops serve and not just npx.
  const server = spawn(
    'npx',
    ['serve', 'out', '--config', '../serve.json', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'],
    { cwd: copy, stdio: 'ignore', detached: true },
  );
  for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((done) => setTimeout(done, 250))) {
    if ((await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.status === 200) return server;
  }
  if (server.pid) process.kill(-server.pid);
  throw new Error(`serve did not answer on port ${port} within 30 s`);
}

/** Stops the server and removes the copy. */
export function removeCopy(copy: string, server?: ChildProcess): void {
  if (server?.pid) process.kill(-server.pid);
  rmSync(copy, { recursive: true, force: true });
}
