import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import sdtt from 'structured-data-testing-tool';
import presets from 'structured-data-testing-tool/presets.js';
import { PAGE_TYPES } from '../../bench/lib/page-types';

/**
 * The built pages checked by independent tools rather than our own reading of them: the W3C's Nu
 * Html Checker, and structured-data-testing-tool's Google and social-media presets (link previews,
 * schema.org data).
 */
const OUT = 'out';
const fileOf = (path: string) =>
  path === PAGE_TYPES['not found'] ? join(OUT, '404.html') : join(OUT, new URL(path, 'http://x').pathname, 'index.html');

type Outcome = Awaited<ReturnType<typeof sdtt.structuredDataTest>>;

async function structuredData(html: string): Promise<Outcome> {
  try {
    return await sdtt.structuredDataTest(html, { presets: [presets.Google, presets.SocialMedia] });
  } catch (error) {
    const { res } = error as { res?: Outcome };
    if (!res) throw error;
    return res;
  }
}

for (const [type, path] of Object.entries(PAGE_TYPES)) {
  test(`structured data and link previews pass on the ${type} page`, async () => {
    const outcome = await structuredData(readFileSync(fileOf(path), 'utf8'));
    expect(outcome.failed.map((result) => `${result.description} (${result.test})`)).toEqual([]);
    // A site with no Twitter account should not invent one: those two warnings are the only ones allowed.
    expect(outcome.warnings.map((result) => result.test).filter((name) => !/^"?twitter:(site|creator)"?$/.test(name))).toEqual([]);
  });
}

test('the Nu Html Checker finds no error on any built page', () => {
  const java = ['java', process.env.JAVA_HOME && join(process.env.JAVA_HOME, 'bin', 'java')].find((command) => {
    try {
      return command && execFileSync(command, ['-version'], { stdio: 'ignore' }) !== undefined;
    } catch {
      return false;
    }
  });
  test.skip(!java, 'Java is not installed here, so the Nu Html Checker (vnu.jar) cannot run; install a JRE to run it.');
  const jar = 'node_modules/vnu-jar/build/dist/vnu.jar';
  expect(existsSync(jar)).toBe(true);
  const report = JSON.parse(
    execFileSync(java!, ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', OUT], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    }).toString() || '{"messages":[]}',
  ) as { messages: { url: string; lastLine: number; message: string }[] };
  expect(report.messages.map((message) => `${message.url}:${message.lastLine}: ${message.message}`)).toEqual([]);
});

test('every page points its preview at a 1200×630 PNG that the build made: its theme\u2019s or the site\u2019s', () => {
  const images = new Set<string>();
  for (const path of Object.values(PAGE_TYPES)) {
    const html = readFileSync(fileOf(path), 'utf8');
    const image = /<meta property="og:image" content="[^"]*?(\/previews\/[^"]+\.png)"/.exec(html)?.[1];
    expect(image, path).toBeDefined();
    expect(html, path).toMatch(/<meta property="og:image:alt" content="SEND Answers: what councils [^"]+"/);
    images.add(image!);
  }
  expect(readFileSync(fileOf(PAGE_TYPES.answer), 'utf8')).toContain('/previews/themes/tribunals-appeals-and-mediation.png');
  for (const image of images) {
    const png = readFileSync(join(OUT, image));
    // The PNG signature, then the IHDR chunk's width and height.
    expect(png.subarray(0, 8).toString('hex'), image).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
  expect(images.size).toBeGreaterThan(2);
});
