import { lineText, type Segment, type TextLine } from './pdf-lines';
import type { Cell } from './table-text';

/** A stream table's row: one cell per column, as white space shows them. */
export type Row = Cell[];

/**
 * What a page's body is, read by position: one column of lines, columns of running text, or a
 * table whose rows line up across its columns. `continued` holds, per column, the lines above the
 * table's first row: the rest of a row that the previous page cut.
 */
export type PagePart =
  | { kind: 'lines'; lines: TextLine[]; /** One of the page's columns: its right edge is not the page's margin. */ column?: true }
  | { kind: 'table'; rows: Row[]; continued: Row };

/** A line of one column: its segments in that column. */
interface ColumnLine {
  y: number;
  size: number;
  x: number;
  /** Where the line's text ends on the right. */
  end: number;
  text: string;
  boldStart?: boolean;
  boldEnd?: boolean;
  /** Where the page draws the line's first and last runs. */
  drawn?: [number, number];
}

/** A line that starts a list item: after a sentence, it starts a paragraph. */
const LIST_ITEM = /^(?:\d{1,3}[.)]|[•●○◦▪■–-])\s/;

/** Two lines that start items of one list: markers of one kind, at one indent. */
const sameList = (a: ColumnLine, b: ColumnLine) => {
  const kind = (line: ColumnLine) => (/^\d/.test(line.text) ? 'number' : line.text[0]);
  return LIST_ITEM.test(a.text) && LIST_ITEM.test(b.text) && kind(a) === kind(b) && Math.abs(a.x - b.x) <= 2;
};

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

/**
 * Where columns after the first start: x positions at which many lines start a later segment
 * (within 6 points), each on at least three lines and a quarter of the lines that have several.
 */
export function columnStarts(lines: readonly TextLine[]): number[] {
  const split = lines.filter((line) => line.segments.length > 1);
  const starts = split.flatMap((line) => line.segments.slice(1).map((segment) => segment.x)).sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of starts) {
    const cluster = clusters.at(-1);
    if (cluster && x - (cluster.at(-1) ?? x) <= 6) cluster.push(x);
    else clusters.push([x]);
  }
  const needed = Math.max(3, split.length * 0.25);
  return clusters.filter((cluster) => cluster.length >= needed).map((cluster) => Math.min(...cluster));
}

function side(segments: readonly Segment[], size: number, y: number): ColumnLine | undefined {
  const first = segments[0];
  if (!first) return undefined;
  const drawn = segments.flatMap((segment) => segment.drawn ?? []);
  return {
    y,
    size,
    x: first.x,
    end: segments.at(-1)?.end ?? first.end,
    text: segments.map((segment) => segment.text).join(' '),
    boldStart: first.boldStart,
    boldEnd: segments.at(-1)?.boldEnd,
    ...(drawn.length > 0 ? { drawn: [Math.min(...drawn), Math.max(...drawn)] as [number, number] } : {}),
  };
}

/** Runs of lines separated by more than a line and a half of space: paragraphs, or cells. */
function blocks(lines: readonly ColumnLine[]): ColumnLine[][] {
  const result: ColumnLine[][] = [];
  for (const line of lines) {
    const block = result.at(-1);
    const last = block?.at(-1);
    if (block && last && last.y - line.y <= Math.max(last.size, line.size) * 1.75) block.push(line);
    else result.push([line]);
  }
  return result;
}

/**
 * Lines to text: a blank line where a paragraph ends, indentation kept for nested bullets. Office
 * suites often set paragraphs with no space between them, so a paragraph also ends where the next
 * line's first word would have fitted at the end of this one (the typesetter did not wrap it
 * there), and where a sentence is followed by a change of weight (a bold question after its
 * answer) or by a list item.
 */
export function columnText(lines: readonly ColumnLine[], edge = -Infinity): string[] {
  const left = Math.min(...lines.map((line) => line.x));
  const breaks = paragraphBreaks(lines, edge);
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (breaks[index]) out.push('');
    const indent = ' '.repeat(Math.min(8, Math.max(0, Math.round((line.x - left) / 9) * 2)));
    out.push(indent + line.text);
  });
  return out;
}

/** Whether a paragraph ends before each line: at a wider gap, a change of type size, or the cues columnText describes. */
function paragraphBreaks(lines: readonly ColumnLine[], edge = -Infinity): boolean[] {
  // The column's right edge when the caller knows it, else the furthest any line reaches: never beyond the true edge, so a wrap is never taken for a paragraph's end.
  const right = Math.max(edge, ...lines.map((line) => line.end));
  const endsSentence = (line: ColumnLine) => /[.?!:)](?:\[\^\d+\])*$/.test(line.text);
  const wouldFit = (line: ColumnLine, next: ColumnLine) => {
    const plain = next.text.replace(/\]\([^)]*\)/g, '').replace(/\[(?!\^)/g, '');
    const word = plain.trimStart().split(/\s/)[0] ?? '';
    // Half as wide again as the line's average letters: capitals and wide letters still fit.
    return right - line.end > (1.5 * (word.length + 1) * (next.end - next.x)) / Math.max(1, plain.length);
  };
  const endsParagraph = (line: ColumnLine, next: ColumnLine) =>
    wouldFit(line, next) || (endsSentence(line) && (line.boldEnd !== next.boldStart || LIST_ITEM.test(next.text)));
  return lines.map((line, index) => {
    const previous = lines[index - 1];
    if (previous === undefined) return false;
    const gap = previous.y - line.y;
    const size = Math.max(previous.size, line.size);
    // Items of one list (same marker, same indent) stay together, even with the space Word sets after each: their markers already tell them apart.
    if (sameList(previous, line)) return gap > size * 3;
    return gap > size * 1.75 || Math.abs(previous.size - line.size) > 0.5 || endsParagraph(previous, line);
  });
}

/** A column's lines in paragraphs: in a table set with no space between rows, its cells. */
function paragraphs(lines: readonly ColumnLine[]): ColumnLine[][] {
  const breaks = paragraphBreaks(lines);
  const result: ColumnLine[][] = [];
  lines.forEach((line, index) => {
    const block = result.at(-1);
    if (block && !breaks[index]) block.push(line);
    else result.push([line]);
  });
  return result;
}

/**
 * A word broken over two lines by the typesetter ("assess-" / "ment") is joined, hyphen and all
 * removed: the documented normalisation for PDF hyphenation. A hyphen the document also writes
 * inside a line ("after-school", in `hyphenated`) is a real one: it stays, the lines joined without
 * a space; so is one inside a word hyphenated on either side of the break ("one-to-" / "one",
 * "one-" / "to-one"), since a typesetter breaks a compound at its own hyphens and never adds one;
 * and so is one between two English words that make none joined ("full-" / "time": "fulltime" is
 * not in `english`, where "assessment" and "meltdown" are). A hyphen before a capital or a digit
 * ("SEND-" / "Related") is left as it stands.
 */
export function dehyphenate(lines: readonly string[], hyphenated: ReadonlySet<string>, english: ReadonlySet<string> = new Set()): string[] {
  const out = [...lines];
  for (let index = 0; index < out.length - 1; index++) {
    const line = out[index] ?? '';
    const next = out[index + 1] ?? '';
    const broken = /(?<compound>(?:[A-Za-z]+-)*)([A-Za-z]{2,})-$/.exec(line);
    const rest = /^(\s*)([a-z]\S*)\s*(.*)$/.exec(next);
    if (!broken || !rest) continue;
    const before = (broken[2] ?? '').toLowerCase();
    const after = (rest[2] ?? '').toLowerCase().replace(/[^a-z-]+$/, '');
    const real =
      broken.groups?.compound !== '' ||
      /^[a-z]+-[a-z]/.test(after) ||
      hyphenated.has(`${before}-${after}`) ||
      (english.has(before) && english.has(after) && !english.has(`${before}${after}`));
    out[index] = `${real ? line : line.slice(0, -1)}${rest[2]}`;
    out[index + 1] = `${rest[1]}${rest[3]}`;
    if ((rest[3] ?? '') === '') out.splice(index + 1, 1);
  }
  return out;
}

/** Words the document writes with a hyphen inside a line: evidence that a hyphen at a line end is real. */
export function hyphenatedWords(texts: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)+/g)) found.add(match[0].toLowerCase());
  return found;
}

/**
 * A table's rows from the order the page draws it, when it draws it cell by cell as office suites
 * do: each row starts where drawing comes back to the first column. Cell by cell shows where
 * drawing jumps back up from the end of a first-column cell to the top of the cell beside it,
 * which a page drawn line by line never does. Undefined when the page does not show it.
 */
function drawnRows(columns: readonly ColumnLine[][]): ColumnLine[][] | undefined {
  const drawn = columns.flatMap((column, index) => column.map((line) => ({ line, index, at: line.drawn?.[0] })));
  if (drawn.some(({ at }) => at === undefined)) return undefined;
  drawn.sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  const starts = new Set<ColumnLine>();
  let cellwise = false;
  drawn.forEach((entry, index) => {
    const previous = drawn[index - 1];
    if (!previous || (previous.index !== 0 && entry.index === 0)) starts.add(entry.line);
    if (previous?.index === 0 && entry.index !== 0 && entry.line.y > previous.line.y + previous.line.size / 2) cellwise = true;
  });
  if (!cellwise) return undefined;
  const rows: ColumnLine[][] = [];
  for (const line of columns[0] ?? []) {
    const row = rows.at(-1);
    if (row && !starts.has(line)) row.push(line);
    else rows.push([line]);
  }
  return rows;
}

/** Reads a page's body lines into a single column, columns of running text, or a table. */
export function layoutPage(lines: readonly TextLine[]): PagePart[] {
  const starts = columnStarts(lines);
  if (starts.length === 0) return [{ kind: 'lines', lines: [...lines] }];
  const columnOf = (x: number) => starts.filter((start) => x >= start - 4).length;
  const split = lines.map((line) => {
    const columns: Segment[][] = Array.from({ length: starts.length + 1 }, () => []);
    for (const segment of line.segments) columns[columnOf(segment.x)]?.push(segment);
    // A line running across a column start is a heading or a paragraph above or below the columns.
    const spans = line.segments.some((segment) => columnOf(segment.end - 4) > columnOf(segment.x));
    return { line, spans, columns: columns.map((segments) => side(segments, line.size, line.y)) };
  });
  // The part of the page in columns runs from the first line with text in a later column to the
  // last one, and on through the first-column lines that continue straight after it.
  const inLater = (s: (typeof split)[number]) => !s.spans && s.columns.slice(1).some(Boolean);
  const first = split.findIndex(inLater);
  let last = split.findLastIndex(inLater);
  while (last + 1 < split.length) {
    const previous = split[last]?.line;
    const next = split[last + 1]?.line;
    if (!previous || !next || previous.y - next.y > Math.max(previous.size, next.size) * 1.75) break;
    last += 1;
  }
  const region = split.slice(first, last + 1);
  const columns = [...starts.map((_, index) => index), starts.length].map((index) =>
    region
      .flatMap((s) => (s.spans ? (index === 0 ? [side(s.line.segments, s.line.size, s.line.y)] : []) : [s.columns[index]]))
      .filter((line): line is ColumnLine => line !== undefined),
  );
  // The first column left empty beside text in another, with more below: rows set with no space between them, whose cells start at their paragraphs.
  const firstColumn = region.map((s) => s.spans || s.columns[0] !== undefined);
  const [firstFilled, lastFilled] = [firstColumn.indexOf(true), firstColumn.lastIndexOf(true)];
  const holes = firstColumn.some((filled, index) => !filled && index > firstFilled && index < lastFilled);
  const cut = holes ? paragraphs : blocks;
  const drawn = drawnRows(columns);
  const rowStarts = drawn ?? cut(columns[0] ?? []);
  const otherTops = columns.slice(1).flatMap((column) => cut(column).map((block) => block[0]?.y ?? 0));
  const aligned = drawn
    ? rowStarts.length
    : rowStarts.filter((block) => otherTops.some((top) => near(top, block[0]?.y ?? 0, (block[0]?.size ?? 10) * 0.6))).length;
  const above = split.slice(0, first).map((s) => s.line);
  const below = split.slice(last + 1).map((s) => s.line);
  const parts: PagePart[] = above.length > 0 ? [{ kind: 'lines', lines: above }] : [];
  if (rowStarts.length >= 2 && aligned / rowStarts.length >= 0.6) parts.push(tableOf(rowStarts, columns));
  else {
    // Running text in columns: each column top to bottom, left to right.
    for (const column of columns)
      parts.push({
        kind: 'lines',
        column: true,
        lines: column.map((c) => ({
          y: c.y,
          size: c.size,
          segments: [{ x: c.x, end: c.end, text: c.text, boldStart: c.boldStart, boldEnd: c.boldEnd }],
        })),
      });
  }
  if (below.length > 0) parts.push({ kind: 'lines', lines: below });
  return parts;
}

/** Rows start where a first-column cell starts; lines above the first row continue the previous page's last row. */
function tableOf(rowStarts: ColumnLine[][], columns: ColumnLine[][]): PagePart {
  const tops = rowStarts.map((block) => (block[0]?.y ?? 0) + (block[0]?.size ?? 10) * 0.6);
  const firstTop = tops[0] ?? Infinity;
  const rows: Row[] = tops.map((top, index) => {
    const bottom = tops[index + 1] ?? -Infinity;
    return columns.map((column) => columnText(column.filter((line) => line.y <= top && line.y > bottom)));
  });
  const continued = columns.map((column) => columnText(column.filter((line) => line.y > firstTop)));
  return { kind: 'table', rows, continued };
}

/** A single-column line as a column's line. */
const columnLine = (line: TextLine): ColumnLine => ({
  y: line.y,
  size: line.size,
  x: line.segments[0]?.x ?? 0,
  end: line.segments.at(-1)?.end ?? 0,
  text: lineText(line),
  boldStart: line.segments[0]?.boldStart,
  boldEnd: line.segments.at(-1)?.boldEnd,
});

/** The text of single-column lines, exported for pages that are not tables; `edge` is the column's right edge, if known. */
export function linesText(lines: readonly TextLine[], edge?: number): string[] {
  return columnText(lines.map(columnLine), edge);
}

/** Whether a paragraph starts at each of these single-column lines, as linesText reads them. */
export function paragraphStarts(lines: readonly TextLine[], edge?: number): boolean[] {
  return paragraphBreaks(lines.map(columnLine), edge);
}
