// npm start: builds the site when out/ is missing or older than the sources, then serves out/ on
// http://localhost:3000 with a plain static file server, the way a CDN would.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['app', 'components', 'content', 'lib', 'next.config.mjs', 'package-lock.json'];
const BUILT = join('out', 'index.html');

function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

const stale = !existsSync(BUILT) || SOURCES.filter(existsSync).some((path) => newestChange(path) > statSync(BUILT).mtimeMs);
if (stale) {
  console.log('Building the site into out/ …');
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
console.log(`Serving out/ on http://localhost:${port}`);
spawn('npx', ['serve', 'out', '--config', '../serve.json', '--listen', `tcp://0.0.0.0:${port}`, '--no-clipboard'], { stdio: 'inherit' }).on(
  'exit',
  (code) => process.exit(code ?? 0),
);
