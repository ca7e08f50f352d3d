/**
 * Text runs placed on a PDF page, put back into lines, by position alone. Everything here is
 * geometry on plain data, so it is tested without a PDF library.
 */

/** One run of text as a PDF library reports it: baseline `y` measured up from the bottom of the page. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: TextRun[];
}

/** Part of a line between wide gaps: a table cell or a column's share of the line. */
export interface Segment {
  x: number;
  end: number;
  text: string;
}

export interface TextLine {
  y: number;
  size: number;
  segments: Segment[];
}

// Word's Symbol and Wingdings bullets arrive as private-use characters.
const PRIVATE_BULLETS = /^[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0]/;
// A gap this many font sizes wide separates a line into segments: cells, or columns.
const SEGMENT_GAP = 2.2;
const MAX_RUNNING = 70;

function joinRuns(runs: readonly TextRun[]): Segment {
  let text = '';
  let end = runs[0]?.x ?? 0;
  for (const run of runs) {
    const gap = run.x - end;
    if (text !== '' && gap > run.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return { x: runs[0]?.x ?? 0, end, text: text.replace(/\s+/g, ' ').trim().replace(PRIVATE_BULLETS, '•') };
}

/** The page's runs as lines, top to bottom, each split into segments at wide gaps. */
export function linesOf(page: PageRuns): TextLine[] {
  const runs = page.runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) * 0.4) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    const sorted = [...group].sort((a, b) => a.x - b.x);
    const size = Math.max(...sorted.map((run) => run.size));
    const segments: TextRun[][] = [];
    let end = -Infinity;
    for (const run of sorted) {
      if (segments.length === 0 || run.x - end > size * SEGMENT_GAP) segments.push([run]);
      else segments.at(-1)?.push(run);
      end = Math.max(end, run.x + run.width);
    }
    return { y: Math.max(...sorted.map((run) => run.y)), size, segments: segments.map(joinRuns).filter((segment) => segment.text !== '') };
  });
}

/** A line's text, its segments joined by a space. */
export function lineText(line: TextLine): string {
  return line.segments.map((segment) => segment.text).join(' ');
}

/**
 * Running headers and footers: lines among the first or last two of a page that come back, numbers
 * aside, at the same height on at least half of the pages (and on two at least). A line of two
 * parts without a number is a table's header row, which is not furniture. Returns their texts with
 * each number written '#', as a sidecar declares furniture.
 */
export function runningLines(pages: readonly TextLine[][]): Set<string> {
  const found = new Set<string>();
  if (pages.length < 2) return found;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    // Running headers and footers are short; a long line is body text, however often it repeats.
    const candidates = edgeLines(lines).filter((line) => lineText(line).length <= MAX_RUNNING && (line.segments.length === 1 || /\d/.test(lineText(line))));
    const edges = new Set(candidates.map((line) => `${Math.round(line.y / 3)}|${furnitureKey(line)}`));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const [key, count] of counts) {
    const text = key.slice(key.indexOf('|') + 1);
    if (count >= needed && /\S/.test(text)) found.add(text);
  }
  return found;
}

/**
 * The first two and last two lines of a page, where they stand apart from the body: a running
 * header or footer sits in the margin, further from the text than one line is from the next.
 */
export function edgeLines(lines: readonly TextLine[]): TextLine[] {
  const apart = (a: TextLine | undefined, b: TextLine | undefined) => a !== undefined && b !== undefined && Math.abs(a.y - b.y) > Math.max(a.size, b.size) * 1.75;
  const top = lines.slice(0, 2).filter((line, index) => apart(line, lines[index + 1]) || (index === 0 && apart(lines[1], lines[2])));
  const n = lines.length;
  const bottom = lines.slice(-2).filter((line, offset) => {
    const index = n - 2 + offset;
    return apart(line, lines[index - 1]) || (index === n - 1 && apart(lines[n - 2], lines[n - 3]));
  });
  return [...new Set([...top, ...bottom])];
}

export function furnitureKey(line: TextLine): string {
  return lineText(line).replace(/\d+/g, '#').trim();
}
