import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue, loadContent, type ContentIssue } from '../../lib/content';
import { runScript, startScript } from '../helpers/run-script';

/**
 * Files a hostile or careless pull request can commit under content/: links out of the repository,
 * bytes that are not text, characters that hide what text says, files too big to be content.
 * Each is refused with its file and line, in a copy of a fixture collection.
 */
let project = '';
const content = () => join(project, 'content');
const FIXTURE = 'tests/fixtures/collection';
const FORUM = 'qa/northshire/northshire-2024-03-parent-forum';
const ENTRY = `${FORUM}/01.md`;
const FORUM_TEXT = 'content/sources/northshire-2024-03-parent-forum.txt';
const errorsOf = () => loadContent(content()).issues.filter((issue) => issue.severity === 'error');
const codes = (issues: readonly ContentIssue[]) => issues.map((issue) => issue.code);
const editEntry = (edit: (text: string) => string | Buffer) =>
  writeFileSync(join(content(), ENTRY), edit(readFileSync(join(content(), ENTRY), 'utf8')));

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'send-untrusted-'));
  cpSync(FIXTURE, content(), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

describe('links out of the repository', () => {
  it('a preamble linked to a secret is refused, naming the link, and its text is never read', () => {
    const secret = join(project, 'secret.env');
    writeFileSync(secret, 'DEPLOY_TOKEN=do-not-publish\n');
    const preamble = join(content(), 'sources/northshire-2024-03-parent-forum.preamble.md');
    rmSync(preamble);
    symlinkSync(secret, preamble);
    const { content: loaded, issues } = loadContent(content());
    const link = issues.find((issue) => issue.code === 'symlink');
    expect(link && formatIssue(link)).toMatch(/sources\/northshire-2024-03-parent-forum\.preamble\.md:1: -: is a symbolic link/);
    expect(JSON.stringify(loaded)).not.toContain('DEPLOY_TOKEN');
  });

  it('the build machine\u2019s environment cannot be linked in either', () => {
    symlinkSync('/proc/self/environ', join(content(), 'sources/southvale-2022-send-webinar.preamble.md.tmp'));
    rmSync(join(content(), 'sources/southvale-2022-send-webinar.preamble.md'));
    symlinkSync('/proc/self/environ', join(content(), 'sources/southvale-2022-send-webinar.preamble.md'));
    const { content: loaded, issues } = loadContent(content());
    expect(codes(issues).filter((code) => code === 'symlink')).toHaveLength(2);
    expect(loaded.sources.find((source) => source.id === 'southvale-2022-send-webinar')?.preamble).toBe('');
  });

  it('the importer will not write through a linked folder, nor overwrite a linked file with --force', () => {
    const entries = join(content(), FORUM);
    rmSync(entries, { recursive: true });
    writeFileSync(join(project, 'victim.json'), '{"keep": true}\n');
    symlinkSync(join(project, 'scripts-outside'), entries);
    const outside = runScript(resolve('scripts/import.ts'), [FORUM_TEXT], project);
    expect(outside.status).toBe(1);
    expect(outside.stdout + outside.stderr).toContain('northshire-2024-03-parent-forum: is a symbolic link');
    expect(existsSync(join(project, 'scripts-outside'))).toBe(false);

    rmSync(entries);
    cpSync(join(FIXTURE, FORUM), entries, { recursive: true });
    rmSync(join(entries, '01.md'));
    symlinkSync(join(project, 'victim.json'), join(entries, '01.md'));
    const forced = runScript(resolve('scripts/import.ts'), [FORUM_TEXT, '--force'], project);
    expect(forced.status).toBe(1);
    expect(readFileSync(join(project, 'victim.json'), 'utf8')).toBe('{"keep": true}\n');
  });
});

describe('the build step that writes into content/', () => {
  it('will not write content/published.txt through a link', () => {
    const outside = join(project, 'outside.txt');
    writeFileSync(outside, 'keep\n');
    rmSync(join(content(), 'published.txt'));
    symlinkSync(outside, join(content(), 'published.txt'));
    // A new answer makes the step want to add an id.
    editEntry((text) => text.replace('id: northshire-2024-03-parent-forum-1', 'id: northshire-2024-03-parent-forum-new'));
    const result = runScript(resolve('scripts/publish-ids.ts'), [], project);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/published.txt:1: -: is a symbolic link');
    expect(readFileSync(outside, 'utf8')).toBe('keep\n');
  });
});

describe('bytes that are not text', () => {
  it('Windows-1252 text is refused with its line and how to save it as UTF-8', () => {
    editEntry((text) => Buffer.concat([Buffer.from(text.replace('About a year', 'About a year\n')), Buffer.from([0x93, 0x71, 0x94])]));
    const [issue] = errorsOf();
    expect(issue && formatIssue(issue)).toMatch(/01\.md:1[0-9]: -: byte 93 71 is not UTF-8 text.*save the file as UTF-8/);
  });

  it('NUL and BEL in a question are refused with their line', () => {
    editEntry((text) => text.replace('How long do', 'How\u0000 long\u0007 do'));
    const issues = errorsOf();
    expect(codes(issues)).toEqual(['control-character', 'control-character']);
    expect(formatIssue(issues[0]!)).toMatch(/01\.md:3: -: contains the control character U\+0000/);
  });

  it('the same characters written as YAML escapes are refused too, on the field\u2019s line', () => {
    editEntry((text) => text.replace(/^question: .*$/m, 'question: "How \\a long is the wait for an EH\\u200BCP?"'));
    expect(errorsOf().map(formatIssue)).toEqual([
      expect.stringMatching(/01\.md:3: question: contains the control character U\+0007, .*\(it is written as an escape\)$/),
      expect.stringMatching(
        /01\.md:3: question: contains the invisible character U\+200B inside the word 'EHCP'.*\(it is written as an escape\)$/,
      ),
    ]);
  });

  it('a byte order mark and Windows line ends are accepted', () => {
    editEntry((text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    expect(errorsOf()).toEqual([]);
    expect(
      loadContent(content()).content.entries.find((entry) => entry.id === 'northshire-2024-03-parent-forum-1')?.response,
    ).not.toContain('\r');
  });

  it('direction overrides, and invisible characters inside words, are reported', () => {
    editEntry((text) => text.replace('How long', 'How \u202Elong').replace('About a year', 'About a ye\u200Bar'));
    const issues = errorsOf().map(formatIssue);
    expect(issues).toEqual([
      expect.stringMatching(/01\.md:3: -: contains the invisible direction control U\+202E/),
      expect.stringMatching(/01\.md:1[0-9]: -: contains the invisible character U\+200B inside the word 'year'/),
    ]);
  });

  it('an answer of 5,000 nested quotes is refused with its line, before anything parses it', () => {
    editEntry((text) => `${text}\n${'> '.repeat(5000)}x\n`);
    expect(errorsOf().map(formatIssue)).toEqual([
      expect.stringMatching(/01\.md:1[0-9]: response: starts 5000 quotes or lists inside each other, over the limit of 12: flatten them/),
    ]);
  });

  it('a file too big to be an answer is refused before it is read', () => {
    editEntry((text) => `${text}\n${'word '.repeat(60_000)}`);
    expect(errorsOf().map(formatIssue)).toEqual([expect.stringMatching(/01\.md:1: -: is 2\d\d KB, over the limit of 64 KB/)]);
  });
});

describe('an import stopped midway', () => {
  it('leaves every answer file whole or absent, never half-written', async () => {
    const entries = join(content(), FORUM);
    const expected = new Map(readdirSync(entries).map((name) => [name, readFileSync(join(entries, name), 'utf8')]));
    // Around the time the bundled import takes to start and write (about half a second here), so that some kills land mid-write.
    for (const delay of [300, 450, 600, 750, 900]) {
      rmSync(entries, { recursive: true, force: true });
      const child = startScript('scripts/import.ts', [FORUM_TEXT], project);
      await new Promise((done) => setTimeout(done, delay));
      const exited = new Promise((done) => (child.exitCode !== null ? done(null) : child.once('exit', done)));
      child.kill('SIGKILL');
      await exited;
      const written = existsSync(entries) ? readdirSync(entries) : [];
      for (const name of written) expect(readFileSync(join(entries, name), 'utf8'), `${name} after ${delay} ms`).toBe(expected.get(name));
    }
    // A staging folder a killed import left is cleared by the next one, which writes everything.
    expect(runScript(resolve('scripts/import.ts'), [FORUM_TEXT], project).status).toBe(0);
    expect(readdirSync(content()).filter((name) => name.startsWith('.staging-'))).toEqual([]);
    expect(readdirSync(entries).sort()).toEqual([...expected.keys()].sort());
  }, 60_000);
});
