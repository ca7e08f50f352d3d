import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { words } from '../../lib/import/coverage';
import { detectLayouts } from '../../lib/import/detect';
import { extractFile, MAX_FILE_BYTES, type Extraction } from '../../lib/import/extract';
import { readDocument } from '../../lib/import/import-document';
import { isComplete, measureCoverage } from '../../lib/import/coverage';
import { makeDocx, makePdf, type Block } from '../../bench/lib/binary-fixtures';
import {
  DOCX_NUMBERED,
  DOCX_TABLE,
  HYPHENATED,
  NUMBERED_TABLE,
  PDF_FURNITURE,
  PDF_TABLE,
  PDF_TWO_COLUMNS,
  SAVED_PAGE,
} from '../../bench/lib/council-files';

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'send-extract-'));
  writeFileSync(file('table.pdf'), await makePdf(PDF_TABLE));
  writeFileSync(file('columns.pdf'), await makePdf(PDF_TWO_COLUMNS));
  writeFileSync(file('furniture.pdf'), await makePdf(PDF_FURNITURE));
  writeFileSync(file('table.docx'), await makeDocx(DOCX_TABLE));
  writeFileSync(file('numbered.docx'), await makeDocx(DOCX_NUMBERED));
  writeFileSync(file('faq.html'), SAVED_PAGE);
  writeFileSync(
    file('numbered-table.pdf'),
    await makePdf({ blocks: [{ heading: 'Forum questions' }, NUMBERED_TABLE], footer: 'Page {page}' }),
  );
  writeFileSync(file('numbered-table.docx'), await makeDocx([{ heading: 'Forum questions' }, NUMBERED_TABLE]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The extraction read by the layout --detect ranks first, with the check that no word is lost. */
function imported(extraction: Extraction) {
  const source = { text: extraction.text, furniture: extraction.furniture, labels: extraction.labels };
  const best = detectLayouts(source)[0];
  if (!best || best.problem !== undefined) throw new Error(`no layout reads it: ${best?.problem}`);
  const readable = { ...source, layout: best.layout };
  const parsed = readDocument(readable);
  expect(isComplete(measureCoverage(readable, parsed, parsed))).toBe(true);
  return { layout: best.layout, entries: parsed.entries };
}

/** Every word the spec put in the document's body, in order. */
const specWords = (blocks: readonly Block[]) =>
  words(
    blocks
      .map((block) =>
        'heading' in block
          ? block.heading
          : 'paragraph' in block
            ? block.paragraph
            : 'bullets' in block
              ? block.bullets.join(' ')
              : 'numbered' in block
                ? block.numbered.map((item, i) => `${i + 1} ${item}`).join(' ')
                : 'columns' in block
                  ? block.columns.join(' ')
                  : [block.table.header.join(' '), ...block.table.rows.flat(2)].join(' '),
      )
      .join(' '),
  );

describe('importing a Word file', () => {
  it('reads a Question | Response table as one entry per row, with cells of several paragraphs kept whole', async () => {
    const { extraction } = await extractFile(file('table.docx'));
    expect(extraction.labels).toEqual({ question: ['Question'], answer: ['Response'] });
    const { layout, entries } = imported(extraction);
    expect(layout).toBe('labelled-qa');
    expect(entries).toHaveLength(8);
    expect(entries[0]?.question).toBe('What should a family do about concern number 1 raised at the forum?');
    expect(entries[2]?.response.split('\n\n')).toEqual([
      'For question 3, the SEND team aims to reply within ten working days, and the Local Offer lists who to contact about each service in the area.',
      'If you are not happy with the reply, you can ask for it to be looked at again by a senior manager.',
    ]);
    expect(entries[4]?.response).toMatch(/\n\n- phone the SEND helpline\n- email the SEND team$/);
    expect(entries.every((entry) => !/Question|Response/.test(entry.question + entry.response))).toBe(true);
  });

  it('keeps headings, numbered questions and lists, so the numbered layout reads it', async () => {
    const { extraction } = await extractFile(file('numbered.docx'));
    const { layout, entries } = imported(extraction);
    expect(layout).toBe('numbered-qa');
    expect(entries.map((entry) => entry.section)).toEqual(['Assessments', 'Assessments', 'Transport']);
    expect(entries[2]?.response).toBe(
      'Call the travel assistance team. Out of hours, call:\n\n- the emergency duty line\n- your child’s school',
    );
    expect(extraction.title).toBe('Westshire SEND webinar – questions and answers');
  });
});

describe('importing a PDF', () => {
  it('reads a table across pages: the header repeated on each page dropped, a row cut by a page break joined', async () => {
    const { extraction } = await extractFile(file('table.pdf'));
    expect(extraction.furniture).toEqual(['Northshire County Council', 'Page # of #']);
    const { entries } = imported(extraction);
    expect(entries).toHaveLength(14);
    entries.forEach((entry, index) =>
      expect(entry.question).toBe(`What should a family do about concern number ${index + 1} raised at the forum?`),
    );
    expect(entries[4]?.response).toMatch(/- phone the SEND helpline\n- email the SEND team$/);
    // Every word of the rows, in order, in the entries; none of the running header, footer or repeated headings.
    expect(words(entries.map((e) => `${e.question} ${e.response}`).join(' '))).toEqual(specWords([PDF_TABLE.blocks[2] as Block]).slice(2));
    expect(extraction.text).not.toMatch(/Northshire County Council|Page \d/);
    // Its rows were found by white space alone, with no borders or tags to confirm them: the extraction says so, at the table's first row.
    const line = extraction.text.split('\n').findIndex((text) => text.startsWith('What should a family do about concern')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(extraction.doubts).toEqual([
      {
        line,
        reason:
          'a table of questions was read from white space alone (it has no ruling lines and no tags), from "What should a family do about concern nu" on: check that each row is one entry',
      },
    ]);
  });

  it('reads a two-column page column by column', async () => {
    const { extraction } = await extractFile(file('columns.pdf'));
    const { layout, entries } = imported(extraction);
    expect(layout).toBe('labelled-qa');
    expect(entries.map((entry) => entry.question)).toEqual([
      'How do I find out about short breaks for my son?',
      'Can my daughter keep her transport when she moves to college?',
      'Who checks that the support in an EHC plan is being delivered?',
      'Is there a group for parents of children with ADHD?',
    ]);
  });

  it('leaves out running headers and page numbers, joins hyphenated words, and keeps bullets and numbered lists', async () => {
    const { extraction } = await extractFile(file('furniture.pdf'));
    expect(extraction.furniture).toEqual(['#', 'Southshire SEND Partnership – Information evening']);
    // The generator says which words it broke with a hyphen at a line end: there are some, and each is read whole.
    expect(HYPHENATED.length).toBeGreaterThan(0);
    for (const word of new Set(HYPHENATED)) expect(extraction.text).toMatch(new RegExp(`(?:^|\\s)${word.replace(/[.,]$/, '')}`));
    expect(extraction.text).not.toMatch(/[a-z]-\n/);
    expect(words(extraction.text)).toEqual(specWords(PDF_FURNITURE.blocks));
    const { layout, entries } = imported(extraction);
    expect(layout).toBe('numbered-qa');
    expect(entries).toHaveLength(30);
    expect(entries[2]?.response).toMatch(
      /\n\n- visit the schools you are considering\n- tell your caseworker your preference\n\n1\. consultation\n2\. decision\n3\. final plan$/,
    );
  });

  it.each(['numbered-table.pdf', 'numbered-table.docx'])(
    'reads a No. | Question | Response table with the numbers as question labels: %s',
    async (name) => {
      const { extraction } = await extractFile(file(name));
      expect(extraction.text).toMatch(/^Question 12:$/m);
      const { entries } = imported(extraction);
      expect(entries).toHaveLength(12);
      expect(entries[11]?.question).toBe('What should a family do about concern number 12 raised at the forum?');
      expect(entries[11]?.response).toMatch(/^For question 12, the SEND team/);
    },
  );

  it('gives byte-identical text when the same file is read twice', async () => {
    for (const name of ['table.pdf', 'furniture.pdf', 'table.docx', 'faq.html']) {
      const [first, second] = await Promise.all([extractFile(file(name)), extractFile(file(name))]);
      expect(second.extraction.text).toBe(first.extraction.text);
      expect(second.original).toEqual(first.original);
    }
  });
});

describe('importing a saved web page', () => {
  it('keeps the main content and leaves out navigation, the cookie banner, side links and the footer', async () => {
    const { extraction } = await extractFile(file('faq.html'));
    expect(extraction.text).not.toMatch(/cookies|Bins and recycling|Council tax|Related pages|Privacy notice/);
    const { layout, entries } = imported(extraction);
    expect(layout).toBe('question-paragraphs');
    expect(entries.map((entry) => entry.question)).toEqual([
      'What is an EHC plan?',
      'How do I ask for an assessment?',
      'Can I get help with the paperwork?',
    ]);
    expect(entries[1]?.response).toContain('[online request form](https://www.eastshire.gov.uk/send/request)');
  });
});

describe('files the importer refuses, saying why and what to do', () => {
  it.each([
    [
      'a scan with no text layer',
      'scan.pdf',
      async () => makePdf({ blocks: [], scanned: true }),
      /has no text to read: it is probably a scan .*accessible version/,
    ],
    [
      'a PDF with a password',
      'locked.pdf',
      async () => makePdf({ ...PDF_TWO_COLUMNS, userPassword: 'secret' }),
      /is protected by a password.*Ask the council for a copy without a password/,
    ],
    [
      'an old Word document',
      'minutes.doc',
      async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
      /is an old Word document \(\.doc\).*'Word Document \(\.docx\)'/,
    ],
    [
      'a PDF cut short',
      'cut.pdf',
      async () => (await makePdf(PDF_TABLE)).subarray(0, 1500),
      /cannot be read.*damaged or incomplete.*Download it again/,
    ],
    [
      'a Word file cut short',
      'cut.docx',
      async () => (await makeDocx(DOCX_TABLE)).subarray(0, 800),
      /cannot be read as a Word document: the file is damaged or incomplete/,
    ],
    ['a file with the wrong name', 'page.pdf', async () => Buffer.from(SAVED_PAGE), /is not a PDF, whatever its name says/],
    [
      'a text file saved as Windows-1252',
      'answers.txt',
      async () => Buffer.from('Q: Is it free?\nA: Yes, it costs \xa30.\n', 'latin1'),
      /line 2: byte A3 30 is not UTF-8 text.*save the file as UTF-8/,
    ],
    [
      'a kind of file it does not read',
      'notes.rtf',
      async () => Buffer.from('{\\rtf1 hello}'),
      /is a \.rtf; the importer reads \.pdf, \.docx, \.html, \.htm, \.txt/,
    ],
  ])('%s', async (_, name, make, message) => {
    writeFileSync(file(name), await make());
    await expect(extractFile(file(name))).rejects.toThrow(message);
  });

  it('a file over the size limit', async () => {
    writeFileSync(file('huge.pdf'), '%PDF-1.7\n');
    truncateSync(file('huge.pdf'), MAX_FILE_BYTES + 1);
    await expect(extractFile(file('huge.pdf'))).rejects.toThrow(
      /is 50 MB; the limit is 50 MB\. Save only the pages with the questions and answers/,
    );
  });
});
