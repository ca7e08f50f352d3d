import { describe, expect, it } from 'vitest';
import { numberParagraphs } from '../../lib/import/extract/docx-numbering';
import { parseHtmlDocument } from '../../lib/import/extract/dom';
import { htmlToText } from '../../lib/import/extract/html-text';
import { placeFootnotes } from '../../lib/import/extract/footnotes';
import { latticesOf } from '../../lib/import/extract/pdf-lattice';
import { dehyphenate } from '../../lib/import/extract/pdf-layout';
import { orderDoubts } from '../../lib/import/extract/pdf-page';
import { rulingsOf, type Ruling } from '../../lib/import/extract/pdf-rulings';
import { joinTable, type PageTable } from '../../lib/import/extract/pdf-table-join';
import { tableToText } from '../../lib/import/extract/table-text';

const h = (at: number, from: number, to: number): Ruling => ({ axis: 'h', at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ axis: 'v', at, from, to });

describe('tables from ruling lines', () => {
  it('reads the strokes and thin filled bars of an operator list as rulings, through the current transform', () => {
    const ops = {
      save: 10,
      restore: 11,
      transform: 12,
      constructPath: 91,
      stroke: 20,
      closeStroke: 21,
      fill: 22,
      eoFill: 23,
      fillStroke: 24,
      eoFillStroke: 25,
      closeFillStroke: 26,
      closeEOFillStroke: 27,
    };
    const rulings = rulingsOf(
      [10, 12, 91, 11, 91, 91, 91],
      [
        null,
        [1, 0, 0, 1, 10, 20],
        [20, [[0, 0, 0, 1, 100, 0]]],
        null,
        [22, [[0, 50, 50, 1, 50.5, 50, 1, 50.5, 150, 1, 50, 150, 4]]],
        [28, [[0, 0, 0, 1, 500, 0]]],
        [20, [[0, 0, 0, 2, 1, 1, 2, 2, 3, 3]]],
      ],
      ops,
    );
    // The stroke moved by the transform; the bar as the line it draws; an unpainted path and a curve are no rulings.
    expect(rulings).toEqual([h(20, 10, 110), v(50.25, 50, 150)]);
  });

  it('makes a grid of the lines that meet, and merges the places a missing border joins', () => {
    // Three columns, three rows; the top row has no inner borders (a title across the table) and
    // the first column's second border is missing (a theme merged down two rows).
    const rulings = [
      h(300, 0, 300),
      h(280, 0, 300),
      h(240, 100, 300),
      h(200, 0, 300),
      v(0, 200, 300),
      v(100, 200, 280),
      v(200, 200, 280),
      v(300, 200, 300),
    ];
    const [lattice, ...others] = latticesOf(rulings);
    expect(others).toEqual([]);
    expect(lattice?.cells.map(({ row, column, rows, columns }) => ({ row, column, rows, columns }))).toEqual([
      { row: 0, column: 0, rows: 1, columns: 3 },
      { row: 1, column: 0, rows: 2, columns: 1 },
      { row: 1, column: 1, rows: 1, columns: 1 },
      { row: 1, column: 2, rows: 1, columns: 1 },
      { row: 2, column: 1, rows: 1, columns: 1 },
      { row: 2, column: 2, rows: 1, columns: 1 },
    ]);
  });

  it('finds no table in lines that do not meet: underlines and rules between paragraphs', () => {
    expect(latticesOf([h(500, 50, 500), h(400, 50, 500), h(300, 50, 500)])).toEqual([]);
  });
});

describe('reading order', () => {
  const run = (text: string, mcid: string) => ({ text, x: 0, y: 0, width: 10, size: 10, mcid });

  it('doubts text read where the page sets it when the tags put it elsewhere in the reading order', () => {
    const read = [run('Q: How long?', 'mc1'), run('Call SENDIASS', 'mc9'), run('A: Six weeks.', 'mc2')];
    expect(orderDoubts(read, ['mc1', 'mc2', 'mc9'])).toEqual([
      '"A: Six weeks." is read where the page sets it, not where the file\'s tags put it in the reading order',
    ]);
    expect(
      orderDoubts(
        [read[0], read[2], read[1]].filter((r) => r !== undefined),
        ['mc1', 'mc2', 'mc9'],
      ),
    ).toEqual([]);
  });
});

describe('tables across page breaks', () => {
  const row = (...cells: string[]) => cells.map((text) => ({ lines: text === '' ? [] : [text] }));
  const table = () => ({
    rows: [row('No.', 'Question', 'Response'), row('1', 'Is it free?', 'Yes, for every family')],
    structured: true,
    columns: 4,
  });

  it('drops the header row repeated on the next page and joins the rest of a row the break cut', () => {
    const joined = table();
    expect(
      joinTable(
        joined,
        {
          rows: [row('No.', 'Question', 'Response'), row('', '', 'who lives in the county.'), row('2', 'Who pays?', 'The council.')],
          structured: true,
          columns: 4,
        },
        [],
      ),
    ).toEqual([]);
    expect(joined.rows.map((cells) => cells.map((cell) => cell.lines.join(' ')))).toEqual([
      ['No.', 'Question', 'Response'],
      ['1', 'Is it free?', 'Yes, for every family who lives in the county.'],
      ['2', 'Who pays?', 'The council.'],
    ]);
  });

  it('joins a cut row by the places of the grid when a theme merged down its rows stands beside it, and keeps the merge over the rows below', () => {
    const theme = (text: string, rows: number) => ({ lines: text === '' ? [] : [text], rows });
    const joined: PageTable = {
      rows: [row('Theme', 'Question', 'Response'), [theme('Travel', 2), ...row('Is it free?', 'Yes.')], row('Who drives?', 'A driver who')],
      structured: true,
      columns: 4,
    };
    const incoming = [[theme('', 2), ...row('', 'knows your child.')], row('Can I ride along?', 'Yes.')];
    expect(joinTable(joined, { rows: incoming, structured: true, columns: 4 }, [])).toEqual([]);
    expect(
      joined.rows.map((cells) => cells.map((cell) => `${cell.lines.join(' ')}${(cell.rows ?? 1) > 1 ? ` (${cell.rows} rows)` : ''}`)),
    ).toEqual([
      ['Theme', 'Question', 'Response'],
      ['Travel (2 rows)', 'Is it free?', 'Yes.'],
      ['Who drives?', 'A driver who knows your child.'],
      // The theme's merge, carried on from the row the join dropped, still stands beside this row.
      ['', 'Can I ride along?', 'Yes.'],
    ]);
  });

  it('takes a row under a theme merged down from the page before as a new row, not the rest of the last', () => {
    const theme = (rows: number) => ({ lines: [], rows });
    const joined = { rows: [row('Theme', 'Question', 'Response'), row('Travel', 'Is it free?', 'Yes.')], structured: true, columns: 4 };
    const incoming = [[theme(2), ...row('Who drives?', 'A trained driver.')], row('Can I ride along?', 'Yes.')];
    expect(joinTable(joined, { rows: incoming, structured: true, columns: 4 }, [])).toEqual([]);
    expect(joined.rows.map((cells) => cells.map((cell) => cell.lines.join(' ')))).toEqual([
      ['Theme', 'Question', 'Response'],
      ['Travel', 'Is it free?', 'Yes.'],
      ['', 'Who drives?', 'A trained driver.'],
      ['Can I ride along?', 'Yes.'],
    ]);
  });

  it('takes a row under a theme column as a new row when the theme merged down from the page before ends with it', () => {
    const joined = {
      rows: [row('Theme', 'Question', 'Response'), [{ lines: ['Travel'], rows: 2 }, ...row('Is it free?', 'Yes.')]],
      structured: true,
      columns: 4,
    };
    expect(joinTable(joined, { rows: [row('', 'Who drives?', 'A trained driver.')], structured: true, columns: 4 }, [])).toEqual([]);
    expect(joined.rows).toHaveLength(3);
  });

  it('joins a row whose every cell stops mid-sentence at the page break, in a table whose cells end sentences', () => {
    const joined = {
      rows: [
        row('Question', 'Answer'),
        row('Is it free?', 'Yes.'),
        row('Who drives?', 'A trained driver.'),
        row('Can I ride along?', 'Yes, always.'),
        row('Can the hub help us with an', 'Yes. An adviser is there on'),
      ],
      structured: false,
      columns: 2,
    };
    expect(
      joinTable(joined, { rows: [row('EHC plan?', 'Tuesdays.'), row('Is there parking?', 'Yes.')], structured: false, columns: 2 }, []),
    ).toEqual([]);
    expect(joined.rows.map((cells) => cells.map((cell) => cell.lines.join(' '))).slice(-2)).toEqual([
      ['Can the hub help us with an EHC plan?', 'Yes. An adviser is there on Tuesdays.'],
      ['Is there parking?', 'Yes.'],
    ]);
  });

  it('doubts a new row at the top of a page when the row before ends mid-sentence', () => {
    expect(joinTable(table(), { rows: [row('2', 'Who pays?', 'The council.')], structured: true, columns: 4 }, [])).toEqual([
      '"2" starts a new row after a page break, though the row before it ends mid-sentence',
    ]);
  });
});

describe('tables as text', () => {
  const cell = (text: string, spans: { columns?: number; rows?: number } = {}) => ({ lines: [text], ...spans });

  it('reads a table as questions only when its header names a question column and an answer column', () => {
    const table = tableToText([
      [cell('Age'), cell('Distance')],
      [cell('Under 8'), cell('More than 2 miles')],
    ]);
    expect(table).toEqual({ lines: ['| Age | Distance |', '| --- | --- |', '| Under 8 | More than 2 miles |'], doubts: [] });
    expect(tableToText([[cell(''), cell('**Northshire SEND Parent Carer Forum**')]]).lines).toEqual([
      '**Northshire SEND Parent Carer Forum**',
    ]);
  });

  it('writes a question table with its own headings as labels, a merged theme as a heading over its rows, and the header repeated on a page dropped', () => {
    const table = tableToText([
      [cell('Theme'), cell('Question'), cell('Response'), cell('Action/Owner')],
      [cell('Placements', { rows: 2 }), cell('How are places allocated?'), cell('A panel decides.'), cell('Panel chair')],
      // The theme cell covers this row's first place, so the row lists the cells that start in it.
      [cell('Will the school open on time?'), cell('Yes.'), cell('Projects lead')],
      [cell('Theme'), cell('Question'), cell('Response'), cell('Action/Owner')],
    ]);
    expect(table.question).toBe('Question');
    expect(table.answer).toBe('Response');
    expect(table.doubts).toEqual([]);
    expect(table.lines).toEqual([
      'Placements',
      '',
      'Question:',
      'How are places allocated?',
      '',
      'Response:',
      'A panel decides.',
      'Action/Owner: Panel chair',
      '',
      'Question:',
      'Will the school open on time?',
      '',
      'Response:',
      'Yes.',
      'Action/Owner: Projects lead',
    ]);
  });

  it.each([
    ['Question', 'Response'],
    ['You said', 'We did'],
    ['What you told us', 'What we did'],
    ['Issue raised', 'Council response'],
    ['Comment', 'Action taken'],
  ])('takes %s | %s for the headings of a table of questions', (question, answer) => {
    expect(
      tableToText([
        [cell(question), cell(answer)],
        [cell('Is it free?'), cell('Yes.')],
      ]),
    ).toMatchObject({ question, answer });
  });

  it.each(['12', '12.', 'Q12', 'Q 12'])('numbers the question label from a numbering column that reads %s', (ref) => {
    expect(
      tableToText([
        [cell('Ref'), cell('Question'), cell('Response')],
        [cell(ref), cell('Is it free?'), cell('Yes.')],
      ]).lines,
    ).toEqual(['Question 12:', 'Is it free?', '', 'Response:', 'Yes.']);
  });

  it('finds the header row below title rows merged across the table, and keeps the titles above the rows', () => {
    const table = tableToText([
      [cell('Parent Carer Forum, May 2025', { columns: 2 })],
      [cell('Question'), cell('Answer')],
      [cell('Is it free?'), cell('Yes.')],
    ]);
    expect(table.lines).toEqual(['Parent Carer Forum, May 2025', '', 'Question:', 'Is it free?', '', 'Answer:', 'Yes.']);
  });

  it("reads a table as questions when the sidecar's labels name its header, whatever its words", () => {
    const rows = [
      [cell('Topic area'), cell('Information')],
      [cell('Short breaks'), cell('Clubs run every Saturday.')],
    ];
    expect(tableToText(rows).question).toBeUndefined();
    expect(tableToText(rows, { question: ['topic area'], answer: ['Information'] })).toEqual({
      lines: ['Topic area:', 'Short breaks', '', 'Information:', 'Clubs run every Saturday.'],
      doubts: [],
      question: 'Topic area',
      answer: 'Information',
    });
  });

  it('doubts a row that does not fill the table', () => {
    expect(tableToText([[cell('Question'), cell('Answer')], [cell('Is it free?')]]).doubts).toEqual([
      'row 2 of a table has 1 of its 2 cells ("Is it free?")',
    ]);
  });
});

describe('words at line ends', () => {
  it.each([
    {
      name: 'a word the typesetter broke is joined',
      input: ['the assess-', 'ment starts'],
      hyphenated: [],
      expected: ['the assessment', 'starts'],
    },
    {
      name: 'a word the document writes with a hyphen keeps it',
      input: ['twelve after-', 'school clubs'],
      hyphenated: ['after-school'],
      expected: ['twelve after-school', 'clubs'],
    },
    {
      name: 'a compound broken at one of its own hyphens keeps it, written inside a line or not',
      input: ['weekly face-to-', 'face sessions'],
      hyphenated: [],
      expected: ['weekly face-to-face', 'sessions'],
    },
    {
      name: '…and at its first hyphen',
      input: ['weekly face-', 'to-face sessions'],
      hyphenated: [],
      expected: ['weekly face-to-face', 'sessions'],
    },
    { name: 'a hyphen before a capital is left as it stands', input: ['SEND-', 'Related'], hyphenated: [], expected: ['SEND-', 'Related'] },
    {
      name: 'two English words that make none joined keep their hyphen',
      input: ['a full-', 'time place and a melt-', 'down'],
      hyphenated: [],
      expected: ['a full-time', 'place and a meltdown'],
    },
  ])('$name', ({ input, hyphenated, expected }) => {
    expect(dehyphenate(input, new Set(hyphenated), new Set(['a', 'full', 'time', 'place', 'melt', 'down', 'meltdown']))).toEqual(expected);
  });
});

describe('footnotes', () => {
  it('moves each note after the paragraph that cites it, in order, and leaves a note nothing cites at the end', () => {
    const lines = [
      'Q: How long?',
      '',
      'A: Six weeks[^1]. On time.[^2]',
      '',
      'Q: Again?',
      '',
      'A: Yes.',
      '',
      '[^1]: Children and Families Act 2014.',
      '[^2]: The year to March.',
      '[^3]: Uncited.',
    ];
    expect(placeFootnotes(lines)).toEqual([
      'Q: How long?',
      '',
      'A: Six weeks[^1]. On time.[^2]',
      '',
      '[^1]: Children and Families Act 2014.',
      '',
      '[^2]: The year to March.',
      '',
      'Q: Again?',
      '',
      'A: Yes.',
      '',
      '',
      '[^3]: Uncited.',
    ]);
  });
});

describe('Word notes', () => {
  it('writes footnotes and endnotes as markdown footnotes apart from each other, without the back-links mammoth adds', () => {
    const html =
      '<p>Six weeks<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> or twenty<sup><a href="#endnote-1" id="endnote-ref-1">[1]</a></sup>.</p><ol><li id="footnote-1"><p>The Act. <a href="#footnote-ref-1">↑</a></p></li></ol><ol><li id="endnote-1"><p>The Code. <a href="#endnote-ref-1">↑</a></p></li></ol>';
    const { lines } = htmlToText(parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`).body);
    expect(placeFootnotes(lines).filter((line) => line !== '')).toEqual([
      'Six weeks[^1] or twenty[^e1].',
      '[^1]: The Act.',
      '[^e1]: The Code.',
    ]);
  });
});

describe('raised numbers', () => {
  it('keeps a raised number with no note as the number it is', () => {
    expect(placeFootnotes(['The hall is 40 m[^2] and holds 30.'])).toEqual(['The hall is 40 m2 and holds 30.']);
  });
});

describe('Word numbering', () => {
  it('numbers a list on across the paragraphs between its items, as Word shows it', () => {
    const list = { isOrdered: true, level: '0' };
    const text = (value: string) => ({ type: 'run', children: [{ type: 'text', value }] });
    const numbered = numberParagraphs({
      type: 'document',
      children: [
        { type: 'paragraph', numbering: list, children: [text('Are there clubs?')] },
        { type: 'paragraph', numbering: null, children: [text('Yes.')] },
        { type: 'paragraph', numbering: list, children: [text('How do I book?')] },
      ],
    });
    const paragraphs = (numbered.children ?? []).map((p) =>
      (p.children ?? []).map((r) => (r.children ?? []).map((t) => t.value).join('')).join(''),
    );
    expect(paragraphs).toEqual(['1. Are there clubs?', 'Yes.', '2. How do I book?']);
  });
});
