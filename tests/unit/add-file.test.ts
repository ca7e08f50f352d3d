import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { makeOfficeDocx } from '../../bench/lib/office-docx';
import { OFFICE_FIXTURES } from '../../bench/lib/office-fixtures';
import { addFile } from '../../lib/import/add-file';

/**
 * Adding a council file again beside the sidecar an editor wrote for it: the sidecar's reading
 * instructions guide the extraction, so the text of record is the one the sidecar describes.
 */
const root = mkdtempSync(join(tmpdir(), 'send-add-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const NOTHING_KNOWN = { councils: [], eventTypes: [], audiences: [] };

/** A content folder with one sidecar, and the file to add beside it. */
function project(name: string, sidecar: object | undefined): string {
  const content = join(root, name, 'content');
  mkdirSync(join(content, 'sources'), { recursive: true });
  if (sidecar) writeFileSync(join(content, 'sources', `${name}.yml`), stringify({ id: name, ...sidecar }));
  return content;
}

const add = (file: string, content: string, id: string, force = false) =>
  addFile(file, { contentRoot: content, content: NOTHING_KNOWN, id, force, today: '2025-06-01' });

// Headings the importer does not take for a question column by their words: only the sidecar can say so.
const TABLE = {
  body: [
    {
      table: {
        header: ['From families', 'Our reply'],
        rows: [
          [['Is the hub open in August?'], ['Yes, on weekdays.']],
          [['Can grandparents come?'], ['Yes. Everyone is welcome.']],
        ],
      },
    },
  ],
};

describe('adding a file beside its sidecar', () => {
  it("reads a table as questions when the sidecar's labels: name its columns, and as a table when nothing does", async () => {
    const file = join(root, 'hub.docx');
    writeFileSync(file, await makeOfficeDocx(TABLE));
    const plain = await add(file, project('hub-plain', undefined), 'hub-plain');
    expect(plain.extraction.text).toContain('| From families | Our reply |');
    const labels = { question: ['From families'], answer: ['Our reply'] };
    const labelled = await add(file, project('hub', { labels }), 'hub');
    expect(labelled.extraction.labels).toEqual(labels);
    expect(labelled.extraction.text).toBe(
      'From families:\nIs the hub open in August?\n\nOur reply:\nYes, on weekdays.\n\nFrom families:\nCan grandparents come?\n\nOur reply:\nYes. Everyone is welcome.\n',
    );
    expect(readFileSync(labelled.textFile, 'utf8')).toBe(labelled.extraction.text);
    expect(labelled.ranking[0]?.layout).toBe('labelled-qa');
  });

  it("leaves the sidecar's furniture out of a PDF's pages", async () => {
    const file = join(root, 'open-day.pdf');
    copyFileSync(join(OFFICE_FIXTURES, 'one-page-marking.pdf'), file);
    const header = 'Kestrel Borough Council Family hub open day, 3 June 2025';
    expect((await add(file, project('open-day-plain', undefined), 'open-day-plain')).extraction.text).toContain(header);
    const furniture = ['Kestrel Borough Council', 'Family hub open day, # June #'];
    const declared = await add(file, project('open-day', { furniture }), 'open-day');
    expect(declared.extraction.text).not.toContain('Kestrel');
    expect(declared.extraction.text).toContain('Open day questions');
  });

  it('keeps what the sidecar declared when --force writes the sidecar again', async () => {
    const file = join(root, 'hub-again.docx');
    writeFileSync(file, await makeOfficeDocx(TABLE));
    const labels = { question: ['From families'], answer: ['Our reply'] };
    const added = await add(file, project('hub-again', { labels, furniture: ['Kestrel Family Hub'] }), 'hub-again', true);
    expect(added.wroteSidecar).toBe(true);
    expect(parse(readFileSync(added.sidecarFile, 'utf8'))).toMatchObject({ labels, furniture: ['Kestrel Family Hub'] });
  });
});
