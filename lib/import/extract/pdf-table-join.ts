import type { Cell, SpannedCell, TableRow } from './table-text';

/** A table as read so far: its rows, whether ruling lines or tags drew its rows, and its number of columns. */
export interface PageTable {
  rows: TableRow[];
  structured: boolean;
  columns: number;
}

const cellText = (cell: SpannedCell | undefined) =>
  (cell?.lines ?? [])
    .map((line) => line.trim())
    .join(' ')
    .trim();
const startsLower = (cell: SpannedCell | undefined) => /^\s*[a-z]/.test(cell?.lines.find((line) => line.trim() !== '') ?? '');
const sameCell = (a: Cell, b: Cell) => a.length === b.length && a.every((line, index) => line.trim() === b[index]?.trim());
const append = (cell: SpannedCell | undefined, lines: readonly string[]) => cell?.lines.push(...lines);

/**
 * Tables that run on from page to page are one table: the header row repeated on each page is
 * dropped, and a row that a page break cut in two (its first cell empty, or a cell carrying on in
 * lower case) is joined to the row it belongs to, cell by cell. `continued` holds, per column, the
 * lines a white-space reading found above the page's first row: the rest of the last row.
 * Returns its doubts: a row the page break may have cut without the signs that it did.
 */
export function joinTable(table: PageTable, incoming: PageTable, continued: readonly Cell[]): string[] {
  // A row with no text is a header row repeated as page furniture: a tagged PDF marks its text an artifact.
  let rows = incoming.rows
    .filter((row) => row.some((cell) => cellText(cell) !== ''))
    .map((row) => row.map((cell) => ({ ...cell, lines: [...cell.lines] })));
  const carried = continued.map((cell) => [...cell]);
  const header = table.rows[0];
  const top = rows[0];
  // The header row repeated on this page, perhaps with the rest of the last row beside it (white space cannot tell them apart).
  if (
    header &&
    top &&
    header.length === top.length &&
    header.every((cell, index) => sameCell((top[index]?.lines ?? []).slice(0, cell.lines.length), cell.lines))
  ) {
    header.forEach((cell, index) => carried[index]?.push(...(top[index]?.lines ?? []).slice(cell.lines.length)));
    rows = rows.slice(1);
  }
  const last = table.rows.at(-1);
  if (last) carried.forEach((lines, index) => append(last[index], lines));
  const first = rows[0];
  const doubts: string[] = [];
  if (first && last && first.length === last.length && (cellText(first[0]) === '' || first.some(startsLower))) {
    first.forEach((cell, index) => append(last[index], cell.lines));
    rows = rows.slice(1);
  } else if (first && last && !/[.?!:)"”’]$/.test(cellText(last.findLast((cell) => cellText(cell) !== '')))) {
    // A new row starts the page, but the row before ends mid-sentence: the break may have cut it.
    doubts.push(
      `"${cellText(first.find((cell) => cellText(cell) !== '')).slice(0, 40)}" starts a new row after a page break, though the row before it ends mid-sentence`,
    );
  }
  table.rows.push(...rows);
  return doubts;
}
