import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeDocx, makePdf } from '../../bench/lib/binary-fixtures';
import { DOCX_TABLE, PDF_TABLE } from '../../bench/lib/council-files';
import { checkContent } from '../../lib/checks';
import { formatIssue } from '../../lib/content';
import { runScript } from '../helpers/run-script';

/**
 * npm run import on a council's own files, as an editor runs it, in a copy of a fixture content folder: from a
 * PDF or a Word file to entries in one command, and a refused file leaving nothing behind.
 */
const IMPORT = resolve('scripts/import.ts');
let project = '';
const run = (...args: string[]) => {
  const { status, stdout, stderr } = runScript(IMPORT, args, project);
  return { status, output: stdout + stderr };
};
const sources = () => readdirSync(join(project, 'content/sources')).sort();

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'send-import-'));
  cpSync('tests/fixtures/collection', join(project, 'content'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  mkdirSync(join(project, 'inbox'));
  writeFileSync(join(project, 'inbox/Northshire parent forum Q&A.pdf'), await makePdf(PDF_TABLE));
  writeFileSync(join(project, 'inbox/northshire-forum-answers.docx'), await makeDocx(DOCX_TABLE));
  writeFileSync(join(project, 'inbox/scan.pdf'), await makePdf({ blocks: [], scanned: true }));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('npm run import -- <council file>', () => {
  it('takes a PDF to entries in one command, recording where the text came from and what to confirm', () => {
    const { status, output } = run(
      'inbox/Northshire parent forum Q&A.pdf',
      '--url',
      'https://www.northshire.gov.uk/send/forum-answers.pdf',
      '--report',
      'summary.md',
    );
    expect(output).toContain('Wrote content/sources/northshire-parent-forum-q-a.txt');
    expect(output).toMatch(
      /Confirm in content\/sources\/northshire-parent-forum-q-a\.yml:\n {4}title: Parent Carer Forum questions and answers \(taken from the document/,
    );
    expect(output).toContain('northshire-parent-forum-q-a: 14 entries; 100% of');
    expect(status).toBe(0);
    const sidecar = parse(readFileSync(join(project, 'content/sources/northshire-parent-forum-q-a.yml'), 'utf8'));
    expect(sidecar).toMatchObject({
      council: 'northshire',
      date: '2025-05-12',
      layout: 'labelled-qa',
      labels: { question: ['Question'], answer: ['Response'] },
      furniture: ['Northshire County Council', 'Page # of #'],
      url: 'https://www.northshire.gov.uk/send/forum-answers.pdf',
      original: { file: 'Northshire parent forum Q&A.pdf', bytes: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    const entries = readdirSync(join(project, 'content/qa/northshire/northshire-parent-forum-q-a'));
    expect(entries).toHaveLength(14);
    const summary = readFileSync(join(project, 'summary.md'), 'utf8');
    expect(summary).toMatch(
      /### Northshire parent forum Q&A\.pdf → `content\/sources\/northshire-parent-forum-q-a\.txt`[\s\S]*To confirm in the sidecar:/,
    );
    // The pull request's summary says whether the reading looks right, not only that every word was kept.
    expect(summary).toMatch(
      /- northshire-parent-forum-q-a: 14 entries; 100% of \d+ words kept[^\n]*\n\n\*\*Verdict: (looks right\.|check [^*]+)\*\*/,
    );
    expect(
      checkContent(join(project, 'content'))
        .issues.filter((issue) => issue.severity === 'error')
        .map(formatIssue),
    ).toEqual([]);
  });

  it('takes a Word file to entries in one command', () => {
    const { status, output } = run('inbox/northshire-forum-answers.docx');
    expect(output).toContain('northshire-forum-answers: 8 entries; 100% of');
    expect(status).toBe(0);
  });

  it('previews the entries it would write, one line each, with the verdict, and writes nothing', () => {
    const before = sources();
    const { status, output } = run('--preview', 'inbox/northshire-forum-answers.docx');
    expect(status).toBe(0);
    // The sidecar the Word file's import wrote names its layout: the preview reads it as the import will.
    expect(output).toMatch(/^inbox\/northshire-forum-answers\.docx, read as labelled-qa \(the sidecar says so\):\n1\. .+ → .+\n/);
    expect(output).toMatch(/\nVerdict: (looks right\.|check .+)\n[\s\S]*Nothing was written\.\n$/);
    expect(sources()).toEqual(before);
  });

  it('imports the other documents when one sidecar names no layout yet, and says what to do with that one', () => {
    writeFileSync(join(project, 'content/sources/northshire-2024-06-no-layout.txt'), 'Q: Is there a wait?\nA: Ten weeks.\n');
    const sidecar = readFileSync(join(project, 'content/sources/northshire-2024-03-parent-forum.yml'), 'utf8')
      .replace(/^id: .*$/m, 'id: northshire-2024-06-no-layout')
      .replace(/^layout: .*\n/m, '');
    writeFileSync(join(project, 'content/sources/northshire-2024-06-no-layout.yml'), sidecar);
    const { status, output } = run('content/sources/northshire-2024-06-no-layout.txt', 'content/sources/southvale-2022-send-webinar.txt');
    expect(output).toContain('northshire-2024-06-no-layout.yml:1: layout: this document has no layout');
    expect(output).toContain('southvale-2022-send-webinar: 2 entries; 100% of');
    expect(status).toBe(0);
  });

  it('refuses a file it cannot read with what to do, and writes nothing', () => {
    const before = sources();
    const { status, output } = run('inbox/scan.pdf');
    expect(status).toBe(1);
    expect(output).toContain('inbox/scan.pdf: has no text to read: it is probably a scan');
    expect(output).toContain('Nothing was written.');
    expect(sources()).toEqual(before);
    expect(existsSync(join(project, 'content/sources/scan.txt'))).toBe(false);
  });
});
