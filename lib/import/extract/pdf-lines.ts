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
  /** The tagged marked content it belongs to, which the structure tree refers to. */
  mcid?: string;
  /** Its place in the order the page draws its text. */
  order?: number;
  /** Set in a bold font. */
  bold?: boolean;
  /** The address of the link annotation the run lies under. */
  link?: string;
  /** What a tagged PDF marks the run as: page furniture, or the contents of a text box. */
  role?: 'artifact' | 'frame';
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
  /** Where the page draws the segment's first and last runs: text set side by side but drawn apart is from another flow. */
  drawn?: [number, number];
  /** Whether its first and last runs are bold: a change of weight between lines can start a paragraph. */
  boldStart?: boolean;
  boldEnd?: boolean;
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

/** Printed runs drawn further apart than this (any other printed run between them) are not one line of text drawn left to right. */
const DRAWN_APART = 1;
const drawnApart = (a: TextRun | undefined, b: TextRun) =>
  a?.order !== undefined && b.order !== undefined && Math.abs(b.order - a.order) > DRAWN_APART;

/** A note mark: digits (or an endnote's roman numerals) set small and raised above the line, as note references are. */
const isMark = (run: TextRun, line: { y: number; size: number }) =>
  /^(?:\d{1,3}|[ivx]{1,5})$/.test(run.text.trim()) && run.size <= line.size * 0.75 && run.y > line.y + run.size * 0.2;

/** A list marker alone: the gap after it is the list's indent, not a column gap. */
const LIST_MARKER = /^(?:[•●○◦▪■\-–*]|\d{1,3}[.)]|[a-z][.)]|\([a-z0-9]{1,3}\))$/;
/** A question's or answer's label starting a line ("Q.", "A1:", "Question 3:") set off by a tab: the gap after it is a hanging indent too. */
const LABEL_MARKER = /^(?:q|a|qu|ans|question|answer|response|reply)\s?(?:\d{1,3}[.:)]?|[.:)])$/i;

/**
 * Runs side by side as one segment's text: a space where there is a gap, note marks as markdown
 * footnote references ("on time.[^2]", or "[^2]: " where the mark starts a footnote), and runs under
 * one link annotation as a markdown link.
 */
function joinRuns(runs: readonly TextRun[], line: { y: number; size: number }): Segment {
  const texts: { text: string; link?: string }[] = [];
  let end = runs[0]?.x ?? 0;
  runs.forEach((run, index) => {
    const gap = run.x - end;
    const previous = texts.at(-1);
    const text = isMark(run, line) ? `[^${run.text.trim()}]${index === 0 ? ': ' : ''}` : run.text;
    // No space before a note mark or closing punctuation, which a font's kerning can set apart as a run of its own ("No" ".").
    const space =
      previous !== undefined &&
      gap > run.size * 0.15 &&
      !/\s$/.test(previous.text) &&
      !/^[\s.,;:!?)\]]/.test(text) &&
      !text.startsWith('[^')
        ? ' '
        : '';
    if (previous && previous.link === run.link) previous.text += space + text;
    else {
      if (previous && space) previous.text += space;
      texts.push({ text, ...(run.link ? { link: run.link } : {}) });
    }
    end = Math.max(end, run.x + run.width);
  });
  const text = texts
    .map(({ text, link }) =>
      link && text.trim() !== '' && text.trim() !== link.replace(/^mailto:/, '')
        ? `[${text.trim()}](${link})${/\s$/.test(text) ? ' ' : ''}`
        : text,
    )
    .join('');
  const printed = runs.filter((run) => run.text.trim() !== '');
  const orders = runs.flatMap((run) => (run.order === undefined ? [] : [run.order]));
  return {
    x: runs[0]?.x ?? 0,
    end,
    text: text.replace(/\s+/g, ' ').trim().replace(PRIVATE_BULLETS, '•'),
    boldStart: printed[0]?.bold === true,
    boldEnd: printed.at(-1)?.bold === true,
    ...(orders.length > 0 ? { drawn: [Math.min(...orders), Math.max(...orders)] as [number, number] } : {}),
  };
}

/** A run starting this near a known column start, after more than a space, starts a segment there. */
const COLUMN_SNAP = 2;

/**
 * The page's runs as lines, top to bottom, each split into segments at wide gaps, and at `columns`
 * (where the page's columns are known to start) past any gap wider than a space.
 */
export function linesOf(page: { runs: readonly TextRun[] }, columns: readonly number[] = []): TextLine[] {
  const runs = page.runs.filter((run) => run.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group = groups.at(-1);
    const first = group?.[0];
    // Within half a line: a note mark's raised baseline stays on its line.
    if (group && first && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) * 0.45) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    const sorted = [...group].sort((a, b) => a.x - b.x);
    const size = Math.max(...sorted.map((run) => run.size));
    // The baseline of the line's full-size text, which note marks stand above.
    const y = Math.min(...sorted.filter((run) => run.size === size).map((run) => run.y));
    const segments: TextRun[][] = [];
    let end = -Infinity;
    for (const run of sorted) {
      const last = segments.at(-1);
      const alone = last?.length === 1 ? (last[0]?.text.trim() ?? '') : undefined;
      const marker = alone !== undefined && (LIST_MARKER.test(alone) || (segments.length === 1 && LABEL_MARKER.test(alone)));
      const gap = run.x - end;
      // Text the page draws apart from its left neighbour (the next cell, the next column) is a segment of its own past any gap wider than a space.
      const apart = (drawnApart(last?.at(-1), run) || columns.some((x) => Math.abs(run.x - x) <= COLUMN_SNAP)) && gap > size * 0.3;
      if (!last || ((gap > size * SEGMENT_GAP || apart) && !marker)) segments.push([run]);
      else last.push(run);
      end = Math.max(end, run.x + run.width);
    }
    return { y, size, segments: segments.map((segment) => joinRuns(segment, { y, size })).filter((segment) => segment.text !== '') };
  });
}

/** A line's text, its segments joined by a space. */
export function lineText(line: TextLine): string {
  return line.segments.map((segment) => segment.text).join(' ');
}

/**
 * A line whose parts the page draws far apart, as one line set beside another: a text box or a
 * column that white space alone put on the same line as the text beside it.
 */
export function mixesFlows(line: TextLine): boolean {
  return line.segments.some((segment, index) => {
    const previous = line.segments[index - 1]?.drawn;
    return previous !== undefined && segment.drawn !== undefined && Math.abs(segment.drawn[0] - previous[1]) > DRAWN_APART;
  });
}
