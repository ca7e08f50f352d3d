import type { ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { LAYOUT_FAMILIES } from '../../lib/import/layouts';
import { runScript } from '../helpers/run-script';
import { buildSite, copyProject, removeCopy, serveSite, testPort } from '../helpers/project-copy';

/**
 * What an editor does by pull request, in a copy of the project: add a new council's document in a
 * layout never seen before, rename an answer, and see the site that results. One build serves all.
 */
const SIXTH = 'tests/fixtures/sixth-document/testshire-2025-07-parent-forum';
const OLD_ID = 'kent-2024-03-countywide-senco-forum-22';
const NEW_ID = 'kent-2024-03-countywide-senco-forum-mediation-meetings';
const PORT = testPort(2);
const ORIGIN = `http://127.0.0.1:${PORT}`;

function run(cwd: string, script: string, ...args: string[]): { status: number; output: string } {
  const { status, stdout, stderr } = runScript(script, args, cwd);
  return { status, output: stdout + stderr };
}

test.describe.configure({ mode: 'serial' });

let copy = '';
let server: ChildProcess | undefined;

test.beforeAll(() => {
  copy = copyProject('send-editor-');
});

test.afterAll(() => removeCopy(copy, server));

test('a new document without a sidecar gets a template to fill in, and nothing is written', () => {
  cpSync(`${SIXTH}.txt`, join(copy, 'content/sources/testshire-2025-07-parent-forum.txt'));
  const result = run(copy, 'scripts/import.ts', 'content/sources/testshire-2025-07-parent-forum.txt');
  expect(result.status).toBe(1);
  expect(result.output).toContain('content/sources/testshire-2025-07-parent-forum.yml:1: -: this document has no sidecar.');
  expect(result.output).toContain('layout: ""');
  // Each layout with its own description, so that the editor can choose one.
  for (const family of LAYOUT_FAMILIES) expect(result.output).toContain(`#   ${family.name}: ${family.description}`);
  expect(result.output).toMatch(
    /eventType: "" +# What kind of event it was, for filters: an id in content\/event-types.yml. One of: parents-conference, senco-forum, webinar/,
  );
  expect(existsSync(join(copy, 'content/qa/testshire'))).toBe(false);
});

test('the wrong layout stops the import with the line it could not read and the layouts that do read it, and nothing is written', () => {
  writeFileSync(
    join(copy, 'content/sources/testshire-2025-07-parent-forum.yml'),
    readFileSync(`${SIXTH}.yml`, 'utf8').replace('layout: q-and-a', 'layout: numbered-qa'),
  );
  appendFileSync(
    join(copy, 'content/councils.yml'),
    '- id: testshire\n  name: Testshire County Council\n  shortName: Testshire\n  region: Nowhere\n',
  );
  const result = run(copy, 'scripts/import.ts', 'content/sources/testshire-2025-07-parent-forum.txt');
  expect(result.status).toBe(1);
  expect(result.output).toContain(
    "content/sources/testshire-2025-07-parent-forum.txt:1: layout (numbered-qa): found no question numbered '1.'",
  );
  expect(result.output).toMatch(/Layouts tried on .*, best first:\n.*\n +labelled-qa +3 +100% +—/);
  expect(result.output).toContain('Put this in the sidecar: layout: labelled-qa');
  expect(result.output).toContain('No entries were written.');
  expect(existsSync(join(copy, 'content/qa/testshire'))).toBe(false);
});

test('with the right layout the new document imports, redacted, and passes the check', () => {
  cpSync(`${SIXTH}.yml`, join(copy, 'content/sources/testshire-2025-07-parent-forum.yml'));
  const imported = run(copy, 'scripts/import.ts', 'content/sources/testshire-2025-07-parent-forum.txt');
  expect(imported.output).toContain('testshire-2025-07-parent-forum: 3 entries; 100% of');
  const third = readFileSync(join(copy, 'content/qa/testshire/testshire-2025-07-parent-forum/03.md'), 'utf8');
  expect(third).toContain('before an annual review, [name withheld] asked?');
  // The name leaves the repository too: the committed text and sidecar keep only a marker and a fingerprint.
  const text = readFileSync(join(copy, 'content/sources/testshire-2025-07-parent-forum.txt'), 'utf8');
  const sidecar = readFileSync(join(copy, 'content/sources/testshire-2025-07-parent-forum.yml'), 'utf8');
  expect(`${text}${sidecar}`).not.toContain('Kettleby');
  expect(text).toContain('[name withheld]');
  expect(sidecar).toMatch(/\nredacted:\n {2}- [0-9a-f]{16}\n/);
  expect(sidecar).toMatch(/\noriginal:\n {2}file: testshire-2025-07-parent-forum\.txt\n {2}bytes: \d+\n {2}sha256: [0-9a-f]{64}\n/);
  expect(run(copy, 'scripts/check.ts').status).toBe(0);
  // Pasting the name back is refused, on its line.
  writeFileSync(
    join(copy, 'content/qa/testshire/testshire-2025-07-parent-forum/03.md'),
    third.replace('[name withheld] asked?', 'Mrs Kettleby asked?'),
  );
  const refused = run(copy, 'scripts/check.ts');
  expect(refused.status).toBe(1);
  expect(refused.output).toMatch(
    /testshire-2025-07-parent-forum\/03\.md:\d+: (question|response): contains a name that was withheld from this document: replace it with \[name withheld\]/,
  );
  writeFileSync(join(copy, 'content/qa/testshire/testshire-2025-07-parent-forum/03.md'), third);
});

test('renaming a published answer fails the check until a redirect is added', () => {
  const entry = join(copy, 'content/qa/kent/kent-2024-03-countywide-senco-forum/22.md');
  writeFileSync(entry, readFileSync(entry, 'utf8').replace(`id: ${OLD_ID}`, `id: ${NEW_ID}`));
  const refused = run(copy, 'scripts/check.ts');
  expect(refused.status).toBe(1);
  expect(refused.output).toContain(`content/published.txt:`);
  expect(refused.output).toContain(`: ${OLD_ID}: this answer was published, so people may link to /answers/${OLD_ID}/`);
  writeFileSync(join(copy, 'content/redirects.yml'), `${OLD_ID}: ${NEW_ID}\n`);
  expect(run(copy, 'scripts/check.ts').status).toBe(0);
});

test.describe('the site built from those changes', () => {
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    buildSite(copy);
    server = await serveSite(copy, PORT);
  });

  test('the old address of the renamed answer lands on its new page', async ({ page }) => {
    const moved = await (await fetch(`${ORIGIN}/answers/${OLD_ID}/`)).text();
    expect(moved).toContain(`<meta http-equiv="refresh" content="0; url=/answers/${NEW_ID}/"/>`);
    expect(moved).toContain(`<link rel="canonical" href="/answers/${NEW_ID}/"/>`);
    expect(moved).toContain('This answer has moved');
    await page.goto(`${ORIGIN}/answers/${OLD_ID}/`);
    await expect(page).toHaveURL(`${ORIGIN}/answers/${NEW_ID}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Parents have been told that KCC do not have time to hold mediation meetings. Why is this?',
    );
  });

  test('the new document is on the site and can be searched', async ({ page }) => {
    await page.goto(`${ORIGIN}/search/?q=college+transport`);
    const question = /Can my child get help with transport to college/;
    const item = page
      .getByRole('list', { name: 'Search results' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: question }) });
    // Its sidecar says 'date: not stated': no date is invented anywhere.
    await expect(item).toContainText(' · Date not stated · ');
    const result = item.getByRole('link', { name: question });
    await result.click();
    await expect(page).toHaveURL(`${ORIGIN}/answers/testshire-2025-07-parent-forum-2/`);
    await expect(page.locator('.response')).toContainText('post-16 transport policy');
    await expect(page.getByRole('link', { name: 'Testshire County Council' })).toBeVisible();
    await expect(page.getByText('Date not stated', { exact: true })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'We do not know how old this answer is' })).toBeVisible();
  });

  test('the new document says names were withheld, without counting them', async ({ page }) => {
    // Its sidecar lists one spelling of one name; a count of spellings is not a count of people.
    await page.goto(`${ORIGIN}/documents/testshire-2025-07-parent-forum/`);
    await expect(
      page.getByText('The names of members of the public who asked questions are replaced by “[name withheld]”', { exact: false }),
    ).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/names of \d+ members/);
  });
});
