import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

const PROJECT_FILES = ['app', 'components', 'content', 'lib', 'scripts', 'tests', 'next.config.mjs', 'package.json', 'tsconfig.json', 'serve.json'];
const OLD_ID = 'kent-2024-03-countywide-senco-forum-22';
const NEW_ID = 'kent-2024-03-countywide-senco-forum-mediation-meetings';
const PORT = 3102;

function run(cwd: string, script: string): { status: number; output: string } {
  try {
    return { status: 0, output: execFileSync(process.execPath, ['--import', 'tsx', script], { cwd, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: failure.stdout + failure.stderr };
  }
}

test('renaming an answer fails the check until a redirect is added, and the old address then lands on the new page', async ({ page }) => {
  test.setTimeout(240_000);
  const copy = mkdtempSync(join(tmpdir(), 'send-permalink-'));
  let server: ChildProcess | undefined;
  try {
    for (const name of PROJECT_FILES) cpSync(name, join(copy, name), { recursive: true });
    symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
    const entry = join(copy, 'content/qa/kent/kent-2024-03-countywide-senco-forum/22.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace(`id: ${OLD_ID}`, `id: ${NEW_ID}`));

    const refused = run(copy, 'scripts/check.ts');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`content/published.txt:`);
    expect(refused.output).toContain(`${OLD_ID}: this answer was published`);

    writeFileSync(join(copy, 'content/redirects.yml'), `${OLD_ID}: ${NEW_ID}\n`);
    expect(run(copy, 'scripts/check.ts').status).toBe(0);

    // Webpack rather than Turbopack here: Turbopack will not follow the symlinked node_modules.
    execFileSync('npx', ['next', 'build', '--webpack'], { cwd: copy, stdio: 'pipe', timeout: 180_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    // Its own process group, so that stopping it stops serve and not just npx.
    server = spawn('npx', ['serve', 'out', '--config', '../serve.json', '--listen', `tcp://127.0.0.1:${PORT}`, '--no-clipboard', '--no-request-logging'], { cwd: copy, stdio: 'ignore', detached: true });
    await expect.poll(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => undefined))?.status, { timeout: 30_000 }).toBe(200);

    const moved = await (await fetch(`http://127.0.0.1:${PORT}/answers/${OLD_ID}/`)).text();
    expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=/answers/${NEW_ID}/"/>`);
    expect(moved).toContain(`<link rel="canonical" href="/answers/${NEW_ID}/"/>`);
    expect(moved).toContain('This answer has moved');

    await page.goto(`http://127.0.0.1:${PORT}/answers/${OLD_ID}/`);
    await expect(page).toHaveURL(`http://127.0.0.1:${PORT}/answers/${NEW_ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parents have been told that KCC do not have time to hold mediation meetings. Why is this?');
  } finally {
    if (server?.pid) process.kill(-server.pid);
    rmSync(copy, { recursive: true, force: true });
  }
});
