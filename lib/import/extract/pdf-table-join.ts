import { GROUP_HEADER, gridOf, type Cell, type SpannedCell, type TableRow } from './table-text';

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
const endsSentence = (cell: SpannedCell | undefined) => /[.?!:)"”’]$/.test(cellText(cell));
/** Rows this many at least, nearly all ending their cells with a sentence, show that the table's cells end sentences. */
const STYLE_ROWS = 3;
const STYLE_SHARE = 0.8;

/**
 * The table's last row was cut by the page break: every cell of it with text stops mid-sentence,
 * in a table whose other rows end their cells with sentences (a table of short phrases proves nothing).
 */
function cutMidSentence(rows: readonly TableRow[]): boolean {
  const filled = (row: TableRow) => row.filter((cell) => cellText(cell) !== '');
  const body = rows.slice(1, -1).filter((row) => filled(row).length > 0);
  const ending = body.filter((row) => filled(row).every(endsSentence)).length;
  const last = filled(rows.at(-1) ?? []);
  return body.length >= STYLE_ROWS && ending >= body.length * STYLE_SHARE && last.length > 0 && !last.some(endsSentence);
}
const sameCell = (a: Cell, b: Cell) => a.length === b.length && a.every((line, index) => line.trim() === b[index]?.trim());
const append = (cell: SpannedCell | undefined, lines: readonly string[]) => cell?.lines.push(...lines);

/**
 * Tables that run on from page to page are one table: the header row repeated on each page is
 * dropped, and a row that a page break cut in two (its first cell empty, a cell merged down beside
 * it aside, a cell carrying on in lower case, or every cell of the row before stopping mid-sentence
 * in a table whose cells end sentences) is joined to the row it belongs to, place by
 * place of the grid, so that a merged cell shifts nothing. `continued` holds, per column, the
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
  // By the places of the grid, so that a cell merged down its rows (a theme beside them) shifts no cell.
  const above = gridOf(table.rows).at(-1) ?? [];
  const below = gridOf(rows)[0] ?? [];
  // A column that groups rows (a theme merged down them, or headed "Theme") is empty at the top of a page either way: the first cell of another shows whether the row is new.
  const grouping = (index: number) =>
    (below[index]?.cell.rows ?? 1) > 1 ||
    (above[index]?.cell.rows ?? 1) > 1 ||
    GROUP_HEADER.test(cellText(gridOf(table.rows)[0]?.[index]?.cell));
  const lead = below.find((_, index) => !grouping(index));
  if (
    first &&
    last &&
    above.length === below.length &&
    (cellText(lead?.cell) === '' || first.some(startsLower) || cutMidSentence(table.rows))
  ) {
    below.forEach((place, index) => {
      if (place.origin && place.cell.lines.length > 0 && above[index]) append(above[index].cell, place.cell.lines);
    });
    // What is merged down from the dropped row goes on over the rows below it, in the column it stands in.
    const second = gridOf(rows)[1] ?? [];
    const next = rows[1];
    first.forEach((cell) => {
      const column = below.findIndex((place) => place.cell === cell);
      const before = new Set(second.slice(0, column).flatMap((place) => (place.origin ? [place.cell] : []))).size;
      if ((cell.rows ?? 1) > 1 && next) next.splice(before, 0, { ...cell, lines: [], rows: (cell.rows ?? 1) - 1 });
    });
    rows = rows.slice(1);
  } else if (first && last && !endsSentence(last.findLast((cell) => cellText(cell) !== ''))) {
    // A new row starts the page, but the row before ends mid-sentence: the break may have cut it.
    doubts.push(
      `"${cellText(first.find((cell) => cellText(cell) !== '')).slice(0, 40)}" starts a new row after a page break, though the row before it ends mid-sentence`,
    );
  }
  table.rows.push(...rows);
  return doubts;
}
