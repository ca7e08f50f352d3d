import { lineText, type Segment, type TextLine } from './pdf-lines';
import type { Cell, Row } from './table-text';


/**
 * What a page's body is, read by position: one column of lines, two columns of running text, or a
 * table whose rows line up across its columns.
 */
export type PagePart = { kind: 'lines'; lines: TextLine[] } | { kind: 'table'; rows: Row[]; continued: Cell };

/** A line of one column: its segments on that side of the gutter. */
interface ColumnLine {
  y: number;
  size: number;
  x: number;
  text: string;
}

const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;

/** Where a second column starts: the x at which most lines that have a second segment start it. */
function gutterOf(lines: readonly TextLine[]): number | undefined {
  const starts = new Map<number, number>();
  for (const line of lines) {
    const second = line.segments[1];
    if (second) starts.set(Math.round(second.x / 4) * 4, (starts.get(Math.round(second.x / 4) * 4) ?? 0) + 1);
  }
  const [best] = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (!best) return undefined;
  const [x, count] = best;
  return count >= 3 && count >= lines.length * 0.25 ? x : undefined;
}

function side(segments: readonly Segment[], size: number, y: number): ColumnLine | undefined {
  const first = segments[0];
  if (!first) return undefined;
  return { y, size, x: first.x, text: segments.map((segment) => segment.text).join(' ') };
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

/** Lines to text: a blank line where a paragraph ends, indentation kept for nested bullets. */
export function columnText(lines: readonly ColumnLine[]): string[] {
  const left = Math.min(...lines.map((line) => line.x));
  const out: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous && (previous.y - line.y > Math.max(previous.size, line.size) * 1.75 || Math.abs(previous.size - line.size) > 1.5)) out.push('');
    const indent = ' '.repeat(Math.min(8, Math.max(0, Math.round((line.x - left) / 9) * 2)));
    out.push(indent + line.text);
  });
  return dehyphenate(out);
}

/**
 * A word broken over two lines by the typesetter ("assess-" / "ment") is joined, hyphen and all
 * removed: the documented normalisation for PDF hyphenation. A hyphen before a capital or a
 * digit ("SEND-" / "Related") is a real one and stays, the lines joined without a space.
 */
export function dehyphenate(lines: string[]): string[] {
  const out = [...lines];
  for (let index = 0; index < out.length - 1; index++) {
    const line = out[index] ?? '';
    const next = out[index + 1] ?? '';
    const broken = /([A-Za-z]{2,})-$/.exec(line);
    const rest = /^(\s*)([a-z]\S*)\s*(.*)$/.exec(next);
    if (!broken || !rest) continue;
    out[index] = `${line.slice(0, -1)}${rest[2]}`;
    out[index + 1] = `${rest[1]}${rest[3]}`;
    if ((rest[3] ?? '') === '') {
      out.splice(index + 1, 1);
    }
  }
  return out;
}

/** Reads a page's body lines into a single column, two columns, or a table. */
export function layoutPage(lines: readonly TextLine[]): PagePart[] {
  const gutter = gutterOf(lines);
  if (gutter === undefined) return [{ kind: 'lines', lines: [...lines] }];
  const split = lines.map((line) => {
    const left = line.segments.filter((segment) => segment.x < gutter - 4);
    const right = line.segments.filter((segment) => segment.x >= gutter - 4);
    const spans = left.some((segment) => segment.end > gutter + 4);
    return { line, left: spans ? side(line.segments, line.size, line.y) : side(left, line.size, line.y), right: spans ? undefined : side(right, line.size, line.y) };
  });
  // The two-column part of the page runs from the first line with text right of the gutter to the
  // last one, and on through the left-hand lines that continue straight after it.
  const first = split.findIndex((s) => s.right);
  let last = split.findLastIndex((s) => s.right);
  while (last + 1 < split.length) {
    const previous = split[last]?.line;
    const next = split[last + 1]?.line;
    if (!previous || !next || previous.y - next.y > Math.max(previous.size, next.size) * 1.75) break;
    last += 1;
  }
  const region = split.slice(first, last + 1);
  const leftLines = region.flatMap((s) => s.left ?? []);
  const rightLines = region.flatMap((s) => s.right ?? []);
  const leftBlocks = blocks(leftLines);
  const rightBlocks = blocks(rightLines);
  const aligned = leftBlocks.filter((lb) => rightBlocks.some((rb) => near(rb[0]?.y ?? 0, lb[0]?.y ?? 0, (lb[0]?.size ?? 10) * 0.6))).length;
  const above = split.slice(0, first).map((s) => s.line);
  const below = split.slice(last + 1).map((s) => s.line);
  const parts: PagePart[] = above.length > 0 ? [{ kind: 'lines', lines: above }] : [];
  if (leftBlocks.length >= 2 && aligned / leftBlocks.length >= 0.6) parts.push(tableOf(leftBlocks, rightLines));
  else {
    // Running text in two columns: the whole left column, then the whole right one.
    const asLines = (column: ColumnLine[]): TextLine[] => column.map((c) => ({ y: c.y, size: c.size, segments: [{ x: c.x, end: c.x, text: c.text }] }));
    parts.push({ kind: 'lines', lines: asLines(leftLines) }, { kind: 'lines', lines: asLines(rightLines) });
  }
  if (below.length > 0) parts.push({ kind: 'lines', lines: below });
  return parts;
}

/** Rows start where a left cell starts; right-hand lines above the first row continue the previous page's last row. */
function tableOf(leftBlocks: ColumnLine[][], rightLines: ColumnLine[]): PagePart {
  const tops = leftBlocks.map((block) => (block[0]?.y ?? 0) + (block[0]?.size ?? 10) * 0.6);
  const rows: Row[] = leftBlocks.map((block, index) => {
    const top = tops[index] ?? Infinity;
    const bottom = tops[index + 1] ?? -Infinity;
    const right = rightLines.filter((line) => line.y <= top && line.y > bottom);
    return [columnText(block), columnText(right)];
  });
  const continued = columnText(rightLines.filter((line) => line.y > (tops[0] ?? Infinity)));
  return { kind: 'table', rows, continued };
}

/** The text of single-column lines, exported for pages that are not tables. */
export function linesText(lines: readonly TextLine[]): string[] {
  return columnText(lines.map((line) => ({ y: line.y, size: line.size, x: line.segments[0]?.x ?? 0, text: lineText(line) })));
}
