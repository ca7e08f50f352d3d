import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from '@playwright/test';
import { runScript } from './run-script';

/** What a copy of the project needs to check, import, build and serve the site. */
const PROJECT_FILES = ['app', 'bench', 'components', 'content', 'lib', 'scripts', 'tests', 'public', 'next.config.mjs', 'package.json', 'tsconfig.json', 'serve.json'];

/** A copy of the project in a temporary folder, sharing node_modules, for tests that change its content. */
export function copyProject(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const name of PROJECT_FILES) if (existsSync(name)) cpSync(name, join(copy, name), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  return copy;
}

/**
 * The steps of npm run build:site in the copy (without its check, which the tests run themselves),
 * with webpack rather than Turbopack, which will not follow the symlinked node_modules.
 */
export function buildSite(copy: string): void {
  const step = (script: string) => {
    const { status, stdout, stderr } = runScript(script, [], copy);
    if (status !== 0) throw new Error(`${script} failed:\n${stdout}${stderr}`);
  };
  step('scripts/publish-ids.ts');
  step('scripts/build-search.ts');
  step('scripts/build-islands.ts');
  execFileSync('npx', ['next', 'build', '--webpack'], { cwd: copy, stdio: 'pipe', timeout: 200_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  step('scripts/strip-runtime.ts');
  step('scripts/write-sitemaps.ts');
}

/**
 * A port for a test's own server: E2E_PORT (default 3100, where playwright.config.ts serves out/)
 * plus `offset`, so that two checkouts on one machine can run their browser tests at once.
 */
export const testPort = (offset: number): number => Number(process.env.E2E_PORT ?? 3100) + offset;

/** Serves the copy's out/ as a CDN would, with serve.json's headers; resolves when it answers. */
export async function serveSite(copy: string, port: number): Promise<ChildProcess> {
  // Its own process group, so that stopping it stops serve and not just npx.
  const server = spawn('npx', ['serve', 'out', '--config', '../serve.json', '--listen', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'], { cwd: copy, stdio: 'ignore', detached: true });
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200);
  return server;
}

/** Stops the server and removes the copy. */
export function removeCopy(copy: string, server?: ChildProcess): void {
  if (server?.pid) process.kill(-server.pid);
  rmSync(copy, { recursive: true, force: true });
}
