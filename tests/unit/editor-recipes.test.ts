import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../lib/checks';
import { formatIssue } from '../../lib/content';
import { copyProject, removeCopy } from '../helpers/project-copy';
import { runScriptAsync } from '../helpers/run-script';

/**
 * CONTRIBUTING.md's recipes, done as an editor does them, in copies of the project whose content is
 * tests/fixtures/collection/: each edit must pass the check CI runs first, and importing the
 * document again must keep it. The check is checkContent, what npm run check runs and prints
 * (its exit status is pinned in content-errors.test.ts), called here in process; npm run import
 * is the command under test, so it runs as a process.
 */
const FORUM = 'content/qa/northshire/northshire-2024-03-parent-forum';
const copies: string[] = [];
afterAll(() => copies.forEach((copy) => removeCopy(copy)));

function project(): string {
  const copy = copyProject('send-recipe-', { content: 'tests/fixtures/collection', builds: false });
  copies.push(copy);
  return copy;
}

const SCRIPTS: Record<string, string> = JSON.parse(readFileSync('package.json', 'utf8')).scripts;

/**
 * `npm run <name> -- <args>` in the copy: the script package.json gives it (`tsx <script>`), run as
 * tests/helpers/run-script.ts runs scripts, which saves npm's and tsx's start-up on every call.
 * Asynchronous, so that the recipes run side by side.
 */
async function npm(copy: string, name: string, ...args: string[]): Promise<{ status: number; output: string }> {
  const script = /^tsx (\S+)$/.exec(SCRIPTS[name] ?? '')?.[1];
  if (!script) throw new Error(`package.json's '${name}' script is no longer 'tsx <script>': run it through npm here`);
  const { status, stdout, stderr } = await runScriptAsync(
    script,
    args.filter((arg) => arg !== '--'),
    copy,
    { GITHUB_ACTIONS: '' },
  );
  return { status, output: `${stdout}${stderr}` };
}

/** The check's errors for the copy, as npm run check prints them; none means it passes. */
const checkErrors = (copy: string) =>
  checkContent(join(copy, 'content'))
    .issues.filter((issue) => issue.severity === 'error')
    .map((issue) => formatIssue(issue));

const edit = (copy: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));
const read = (copy: string, file: string) => readFileSync(join(copy, file), 'utf8');

describe.concurrent("an editor's corrections", () => {
  it('a changed theme passes the check and survives importing the document again, even with --force', async () => {
    const copy = project();
    edit(copy, `${FORUM}/03.md`, (t) => t.replace(/^theme: .*$/m, 'theme: school-places-and-transition'));
    expect(checkErrors(copy)).toEqual([]);
    expect(await npm(copy, 'import', '--', '--force', 'content/sources/northshire-2024-03-parent-forum.txt')).toMatchObject({ status: 0 });
    expect(read(copy, `${FORUM}/03.md`)).toMatch(/^theme: school-places-and-transition$/m);
    expect(checkErrors(copy)).toEqual([]);
  });

  it('a word split in two, joined again, passes the check; --force then stops and says where, writing nothing', async () => {
    const copy = project();
    edit(copy, `${FORUM}/03.md`, (t) => t.replace('melt- down', 'melt-down'));
    const fixed = read(copy, `${FORUM}/03.md`);
    expect(checkErrors(copy)).toEqual([]);
    const again = await npm(copy, 'import', '--', '--force', 'content/sources/northshire-2024-03-parent-forum.txt');
    expect(again.status).toBe(1);
    expect(again.output).toContain(`${FORUM}/03.md:3: question: is 'My daughter has a melt-down`);
    expect(read(copy, `${FORUM}/03.md`)).toBe(fixed);
  });

  it('a name added under redact: is withheld by the import everywhere, and then the check passes', async () => {
    const copy = project();
    appendFileSync(join(copy, 'content/sources/southvale-2022-send-webinar.yml'), 'redact:\n  - Jane Example\n');
    // Until the import withholds it, the name is listed in the sidecar (and the coverage reads the text as withheld).
    expect(checkErrors(copy)).toContainEqual(
      expect.stringContaining(
        'southvale-2022-send-webinar.yml:1: redact: lists names that the repository would publish: run npm run import -- ',
      ),
    );
    expect(await npm(copy, 'import', '--', 'content/sources/southvale-2022-send-webinar.txt')).toMatchObject({ status: 0 });
    expect(checkErrors(copy)).toEqual([]);
    const files = readdirSync(join(copy, 'content'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.(md|txt|yml)$/.test(file));
    expect(files.filter((file) => read(copy, join('content', file)).includes('Jane'))).toEqual([]);
    expect(read(copy, 'content/qa/southvale/southvale-2022-send-webinar/01.md')).toContain(
      'question: "[name withheld] asked: can my son appeal',
    );
  });

  it('a renamed answer passes the check once content/redirects.yml says where it went, and not before', async () => {
    const copy = project();
    edit(copy, `${FORUM}/02.md`, (t) => t.replace('id: northshire-2024-03-parent-forum-2', 'id: northshire-2024-03-therapy-in-plans'));
    expect(checkErrors(copy)).toEqual([expect.stringContaining('northshire-2024-03-parent-forum-2: this answer was published')]);
    writeFileSync(join(copy, 'content/redirects.yml'), 'northshire-2024-03-parent-forum-2: northshire-2024-03-therapy-in-plans\n');
    expect(checkErrors(copy)).toEqual([]);
  });
});
