/**
 * A table from Word or PDF, written as the text the layouts read. A table whose header row names a
 * question column and an answer column is read as questions and answers: each row becomes the
 * question column's heading as a label, the question, the answer column's heading as a label, the
 * answer. The headings are declared as the document's labels, so they are consumed as labels and
 * never become part of an answer. Any other table stays a markdown table where it stands, and is
 * never given words it does not have.
 */

/** A table cell as lines of text, a blank line between its paragraphs. */
export type Cell = string[];

/** A cell as the file gives it: its lines, and how many grid columns and rows it covers. */
export interface SpannedCell {
  lines: Cell;
  columns?: number;
  rows?: number;
}

/** Column headings the sidecar's `labels:` declares: a table headed by them is one of questions, whatever its words. */
export interface TableLabels {
  question: readonly string[];
  answer: readonly string[];
}

/** The cells that start in a row, left to right, as HTML and Word list them. */
export type TableRow = SpannedCell[];

export interface TableText {
  lines: string[];
  /** Rows that do not fill the table's width: a cell lost, or a merge the reading did not see. */
  doubts: string[];
  /** The labels the rows were written with, for the sidecar's `labels:`; absent when the table is not one of questions. */
  question?: string;
  answer?: string;
}

const QUESTION_HEADER = /question|issue|comment|concern|quer(?:y|ies)|you said|told us|raised|feedback|asked|point/i;
const ANSWER_HEADER = /answer|response|repl(?:y|ies)|we did|update|action|outcome|council|officer|what we/i;
/** A column that groups the rows under it: written as a heading over them, as a merged row is. */
export const GROUP_HEADER = /^(?:theme|topic|area|category|section|subject)s?$/i;
const NUMBER_HEADER = /^(?:no\.?|number|#|ref\.?|q)$/i;
const MAX_HEADER = 80;

/** A cell's lines as one line; a full stop a narrow column wrapped onto a line of its own ("No" / ".") joins without a space. */
const cellText = (cell: Cell | undefined) =>
  (cell ?? [])
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .reduce((text, line) => (text === '' ? line : `${text}${/^[.,;:!?)]/.test(line) ? '' : ' '}${line}`), '');
/** "**Question:**" → "Question": the label the rows will carry. */
const labelOf = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .replace(/[:\s]+$/, '')
    .trim();

/** One place of the grid: the cell covering it, and whether the cell starts there. */
export interface Place {
  cell: SpannedCell;
  origin: boolean;
}

/** The rows laid on the grid they span, so that a merged cell shifts no cell after or below it. */
export function gridOf(rows: readonly TableRow[]): Place[][] {
  const grid: Place[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of row) {
      while (grid[r]?.[column]) column += 1;
      for (let down = 0; down < (cell.rows ?? 1) && r + down < rows.length; down++) {
        for (let across = 0; across < (cell.columns ?? 1); across++) {
          const line = grid[r + down];
          if (line) line[column + across] = { cell, origin: down === 0 && across === 0 };
        }
      }
      column += cell.columns ?? 1;
    }
  });
  return grid;
}

/** The header's question and answer columns, when it has both: only then is the table one of questions. */
function questionColumns(header: readonly string[], declared?: TableLabels): { q: number; a: number } | undefined {
  const is = (labels: readonly string[] | undefined, text: string) =>
    (labels ?? []).some((label) => label.toLowerCase() === text.toLowerCase());
  const q = header.findIndex((text) => is(declared?.question, text));
  const a = header.findIndex((text) => is(declared?.answer, text));
  if (q !== -1 && a !== -1 && q !== a) return { q, a };
  if (header.length < 2 || header.some((text) => text.length > MAX_HEADER || /\?$|\w{5,}\.$/.test(text))) return undefined;
  return guessedColumns(header);
}

/** The question and answer columns a header's words name. */
function guessedColumns(header: readonly string[]): { q: number; a: number } | undefined {
  const q = header.findIndex((text) => QUESTION_HEADER.test(text) && !ANSWER_HEADER.test(text));
  const a = header.findIndex((text, index) => index !== q && ANSWER_HEADER.test(text));
  return q === -1 || a === -1 ? undefined : { q, a };
}

/** A table as text: labelled rows when it is a table of questions and answers, a markdown table otherwise. */
export function tableToText(table: readonly TableRow[], declared?: TableLabels): TableText {
  const rows = table.filter((row) => row.some((cell) => cellText(cell.lines) !== ''));
  const grid = gridOf(rows);
  const width = Math.max(0, ...grid.map((row) => row.length));
  const headings = (row: readonly Place[] | undefined) =>
    (row ?? []).map((place) => (place.origin ? labelOf(cellText(place.cell.lines)) : ''));
  const doubts = grid.flatMap((row, index) =>
    row.filter(Boolean).length < width
      ? [
          `row ${index + 1} of a table has ${row.filter(Boolean).length} of its ${width} cells ("${cellText(row.find(Boolean)?.cell.lines).slice(0, 40)}")`,
        ]
      : [],
  );
  // The header row is the first, or follows title rows merged across the table ("Parent Carer Forum, May 2025").
  const titles = grid.findIndex((row) => row.filter((place) => place.origin).length > 1);
  const header = headings(grid[titles]);
  const columns = titles === -1 ? undefined : questionColumns(header, declared);
  if (!columns || width < 2) return { lines: markdownTable(grid, width), doubts };
  const { q, a } = columns;
  const key = (row: readonly Place[]) => row.map((place) => labelOf(cellText(place.cell.lines))).join('|');
  const headerKey = key(grid[titles] ?? []);
  const numbering = header.findIndex((text, index) => index !== q && index !== a && NUMBER_HEADER.test(text));
  const grouping = header.map(
    (text, index) =>
      index !== q && index !== a && (GROUP_HEADER.test(text) || grid.some((row) => row[index]?.origin && (row[index]?.cell.rows ?? 1) > 1)),
  );
  const question = header[q] ?? '';
  const answer = header[a] ?? '';
  const lines: string[] = grid.slice(0, titles).flatMap((row) => [cellText(row[0]?.cell.lines), '']);
  let group = '';
  // The header row, and its repeats at the top of each page, are the labels: they are not rows.
  for (const row of grid.slice(titles + 1).filter((row) => key(row) !== headerKey)) {
    const origins = row.filter((place) => place.origin);
    if (origins.length === 1 && (origins[0]?.cell.columns ?? 1) >= width) {
      // A row of one merged cell is a heading over the rows below it.
      lines.push(cellText(origins[0]?.cell.lines), '');
      continue;
    }
    row.forEach((place, index) => {
      const text = cellText(place.cell.lines);
      if (grouping[index] && place.origin && text !== '' && text !== group) lines.push(text, '');
      if (grouping[index] && place.origin) group = text;
    });
    const text = (index: number) => (row[index]?.origin ? cellText(row[index]?.cell.lines) : '');
    // A numbering column ("No.", "Ref") numbers the row's question label, which the layout consumes as a label.
    const number = numbering === -1 ? undefined : /^(?:q\s*)?(\d{1,4})[.)]?$/i.exec(text(numbering))?.[1];
    const others = header.flatMap((heading, index) =>
      index === q || index === a || grouping[index] || (index === numbering && number !== undefined) || text(index) === ''
        ? []
        : [`${heading}${heading ? ': ' : ''}${text(index)}`],
    );
    const cellLines = (index: number) => (row[index]?.origin ? (row[index]?.cell.lines ?? []) : []);
    // The other columns ("Action/Owner: …") close the answer, line after line, so that no layout takes one for the next row's heading.
    lines.push(
      `${question}${number === undefined ? '' : ` ${number}`}:`,
      ...cellLines(q),
      '',
      `${answer}:`,
      ...cellLines(a),
      ...others,
      '',
    );
  }
  return { lines: trimBlank(lines), doubts, question, answer };
}

/**
 * A table that is not one of questions, as markdown where it stands: each place of the grid gets
 * its cell's text once, where the cell starts, so no word is written twice. A table of one row or
 * one column (a logo beside a title, a box round a paragraph) is its cells' paragraphs in order.
 */
function markdownTable(grid: readonly Place[][], width: number): string[] {
  const texts = grid.map((row) =>
    Array.from({ length: width }, (_, index) => (row[index]?.origin ? cellText(row[index]?.cell.lines).replace(/\|/g, '\\|') : '')),
  );
  if (width < 2 || grid.length < 2)
    return trimBlank(grid.flatMap((row) => row.filter((place) => place.origin).flatMap((place) => [...place.cell.lines, ''])));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const [head = [], ...body] = texts;
  return [line(head.map((text) => text.replace(/\*\*/g, ''))), line(head.map(() => '---')), ...body.map(line)];
}

function trimBlank(lines: string[]): string[] {
  const out = lines.filter((line, index) => !(line.trim() === '' && (lines[index - 1] ?? '').trim() === ''));
  while (out.length > 0 && (out.at(-1) ?? '').trim() === '') out.pop();
  while (out.length > 0 && (out[0] ?? '').trim() === '') out.shift();
  return out;
}
