import { cellAt, latticesOf, type Lattice } from './pdf-lattice';
import { columnStarts, linesText } from './pdf-layout';
import { linesOf, type TextLine, type TextRun } from './pdf-lines';
import { boxPlace, floatingBox } from './pdf-text-box';
import type { PdfPage } from './pdf-read';
import type { TableRow } from './table-text';

/**
 * One page's body as blocks from top to bottom: running text (read further by white space), tables
 * from their ruling lines with each text run placed in the cell it lies in, and text boxes kept
 * apart from the text they float beside. Tagged page furniture comes out on its own.
 */
export type PageBlock =
  { kind: 'lines'; lines: TextLine[] } | { kind: 'grid'; rows: TableRow[]; xs: number[] } | { kind: 'box'; lines: TextLine[] };

export interface PageReading {
  blocks: PageBlock[];
  /** Lines a tagged PDF marks as artifacts: running headers, footers, page numbers. */
  artifacts: TextLine[];
  /** What the page's reading could not vouch for. */
  doubts: string[];
}

/** A run overlapping a cell border by more than this is text the grid cut in two. */
const STRADDLE = 2;

const centre = (run: TextRun): [number, number] => [run.x + run.width / 2, run.y + run.size / 3];
const inside = (lattice: Lattice, run: TextRun) => {
  const [x, y] = centre(run);
  return x >= lattice.left && x <= lattice.right && y >= lattice.bottom && y <= lattice.top;
};

/** A lattice's runs as rows of cells, each cell's runs read as lines of its own. */
function latticeGrid(lattice: Lattice, runs: readonly TextRun[], doubts: string[]): PageBlock {
  const byCell = new Map(lattice.cells.map((cell) => [cell, [] as TextRun[]]));
  for (const run of runs) {
    const cell = cellAt(lattice, ...centre(run));
    if (!cell) continue;
    byCell.get(cell)?.push(run);
    if (run.text.trim() !== '' && (run.x < cell.left - STRADDLE || run.x + run.width > cell.right + STRADDLE))
      doubts.push(`"${run.text.trim().slice(0, 40)}" runs across a table's cell border`);
  }
  const rows: TableRow[] = [];
  for (const cell of lattice.cells) {
    const row = (rows[cell.row] ??= []);
    const cellRuns = byCell.get(cell) ?? [];
    // The text's right edge: the cell's, less the padding its text keeps from the left border.
    const padding = Math.min(...cellRuns.map((run) => run.x)) - cell.left;
    row.push({ lines: linesText(linesOf({ runs: cellRuns }), cell.right - padding), columns: cell.columns, rows: cell.rows });
  }
  return { kind: 'grid', rows: rows.filter((row) => row !== undefined), xs: lattice.xs };
}

/**
 * Where the page's reading, by position, disagrees with the reading order its tags declare: the
 * text of each tagged element read straight after one the tags put later.
 */
export function orderDoubts(runs: readonly TextRun[], tagOrder: readonly string[]): string[] {
  const rank = new Map(tagOrder.map((id, index) => [id, index]));
  const read: { rank: number; text: string }[] = [];
  for (const run of runs) {
    const at = run.mcid === undefined ? undefined : rank.get(run.mcid);
    if (at === undefined || run.text.trim() === '') continue;
    if (read.at(-1)?.rank !== at) read.push({ rank: at, text: run.text.trim() });
  }
  return read.flatMap((element, index) =>
    (read[index - 1]?.rank ?? -1) > element.rank
      ? [`"${element.text.slice(0, 50)}" is read where the page sets it, not where the file's tags put it in the reading order`]
      : [],
  );
}

/**
 * A table from its tags: each cell's runs read as lines of its own; the cells' left edges in its
 * widest row stand for its columns. A row the tags give fewer cells (the rest of a row a page
 * break cut, where only some cells carry on) has each cell put in the column its text starts in.
 */
function taggedGrid(tableRows: readonly (readonly (readonly TextRun[])[])[]): PageBlock {
  // The structure tree gives the whole table on each page it is on: only the rows with text on this page are this page's.
  const rows = tableRows.filter((cells) => cells.some((runs) => runs.length > 0));
  const full = rows.filter((cells) => cells.every((runs) => runs.length > 0));
  // A table none of whose rows has text in every cell (a logo beside a title) takes its columns from the cells that have text.
  const written = rows.map((cells) => cells.filter((runs) => runs.length > 0));
  const widest = (full.length > 0 ? full : written).reduce((best, row) => (row.length > best.length ? row : best), []);
  const left = (runs: readonly TextRun[]) => Math.min(...runs.filter((run) => run.text.trim() !== '').map((run) => run.x));
  const starts = widest.map(left);
  const columnOf = (runs: readonly TextRun[]) => {
    const x = left(runs);
    return starts.reduce((best, start, index) => (Math.abs(start - x) < Math.abs((starts[best] ?? Infinity) - x) ? index : best), 0);
  };
  return {
    kind: 'grid',
    rows: rows.map((cells) => {
      if (cells.length === starts.length) return cells.map((runs) => ({ lines: linesText(linesOf({ runs })) }));
      const placed = starts.map((): TextRun[] => []);
      for (const runs of cells) placed[columnOf(runs)]?.push(...runs);
      return placed.map((runs) => ({ lines: linesText(linesOf({ runs })) }));
    }),
    xs: [...starts, Infinity],
  };
}

/** A page's runs and rulings as blocks in reading order. */
export function readPage(page: PdfPage): PageReading {
  const doubts: string[] = [];
  const artifacts = linesOf({ runs: page.runs.filter((run) => run.role === 'artifact') });
  const body = page.runs.filter((run) => run.role === undefined);
  // A lattice with no text in it is a drawing or a rule, not a table.
  const lattices = latticesOf(page.rulings).filter((lattice) => body.some((run) => run.text.trim() !== '' && inside(lattice, run)));
  const placed: { top: number; block: PageBlock; runs: readonly TextRun[] }[] = lattices.map((lattice) => {
    const runs = body.filter((run) => inside(lattice, run));
    return {
      top: lattice.top,
      block: latticeGrid(lattice, runs, doubts),
      runs: lattice.cells.flatMap((cell) => runs.filter((run) => cellAt(lattice, ...centre(run)) === cell)),
    };
  });
  // Tables the tags give and no ruling lines draw: their rows and cells are the tags'.
  const ruled = (run: TextRun) => lattices.some((lattice) => inside(lattice, run));
  const tagged = page.tables.map((rows) =>
    rows.map((cells) => cells.map((ids) => body.filter((run) => run.mcid !== undefined && ids.includes(run.mcid)))),
  );
  const unruled = tagged.filter((rows) => rows.flat(2).some((run) => run.text.trim() !== '') && !rows.flat(2).some(ruled));
  for (const rows of unruled)
    placed.push({ top: Math.max(...rows.flat(2).map((run) => run.y + run.size)), block: taggedGrid(rows), runs: rows.flat(2) });
  const inTaggedTable = new Set(unruled.flat(3));
  // A text box the tags mark (LibreOffice's frames), or one found from how the page draws it (untagged, or tagged without frames).
  const { runs: floating, overlaps } = floatingBox(body.filter((run) => !ruled(run)));
  if (overlaps)
    doubts.push(
      `the text box "${floating
        .map((run) => run.text)
        .join(' ')
        .trim()
        .slice(0, 40)}" is drawn over the text beside it: check the words around it, which the file sets under the box`,
    );
  const boxRuns = [...page.runs.filter((run) => run.role === 'frame'), ...floating];
  const boxLines = linesOf({ runs: boxRuns });
  // The running text in the stretches the tables and the text box leave, each kept in its place.
  const freeRuns = body.filter((run) => !ruled(run) && !inTaggedTable.has(run) && !floating.includes(run));
  const boxTop = boxLines.length > 0 ? boxPlace(linesOf({ runs: freeRuns }), boxLines) : 0;
  if (boxLines.length > 0) placed.push({ top: boxTop, block: { kind: 'box', lines: boxLines }, runs: boxRuns });
  const cuts = [...placed.filter(({ block }) => block.kind === 'grid').map(({ top }) => top), ...(boxLines.length > 0 ? [boxTop] : [])];
  const stretchOf = (y: number) => cuts.filter((cut) => y < cut).length;
  const stretches = new Map<number, TextLine[]>();
  // Each stretch sorts by its first baseline, which is below the cut it follows.
  for (const line of linesOf({ runs: freeRuns })) stretches.set(stretchOf(line.y), [...(stretches.get(stretchOf(line.y)) ?? []), line]);
  for (const [stretch, lines] of stretches) {
    // Runs as lines read them: down the page, and along a line (a raised note mark included) from left to right.
    const runs = freeRuns
      .filter((run) => stretchOf(run.y) === stretch)
      .sort((a, b) => (Math.abs(a.y - b.y) <= Math.max(a.size, b.size) * 0.45 ? a.x - b.x : b.y - a.y));
    // Where the stretch has columns (a borderless table), text starting at a column is a cell of its own, however near the cell before it ends.
    const starts = columnStarts(lines);
    const split = starts.length > 0 ? linesOf({ runs }, starts) : lines;
    placed.push({ top: split[0]?.y ?? 0, block: { kind: 'lines', lines: split }, runs });
  }
  placed.sort((a, b) => b.top - a.top);
  if (page.tagOrder.length > 0)
    doubts.push(
      ...orderDoubts(
        placed.flatMap(({ runs }) => runs),
        page.tagOrder,
      ),
    );
  return { blocks: placed.map(({ block }) => block), artifacts, doubts };
}
