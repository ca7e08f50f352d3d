import { paragraphStarts } from './pdf-layout';
import { lineText, linesOf, type TextLine, type TextRun } from './pdf-lines';

/**
 * Text boxes on a PDF page that its tags do not mark: found from the order the page draws its
 * text, and read where the file anchors them, after the paragraph they stand beside.
 */

/** Text drawn, in the file's order, as one flow down the page: a new flow starts where drawing jumps back up. */
function flowsOf(runs: readonly TextRun[]): TextRun[][] {
  const flows: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    const flow = flows.at(-1);
    const last = flow?.at(-1);
    if (flow && last && run.y <= last.y + last.size) flow.push(run);
    else flows.push([run]);
  }
  return flows;
}

/** A text box has at most this many lines, and a third of the lines of the text it floats beside. */
const MAX_BOX_LINES = 4;

/**
 * An untagged page's text box: a short flow of text the file draws apart from the body, set beside
 * the body's lines (not above or below them, where page headers and footers are). A page of several
 * flows (columns, a table drawn cell by cell) has none. `overlaps` when the box is drawn over the
 * body's text, as a box the text does not wrap round is: its lines and the body's, read as one,
 * would run words of both together.
 */
export function floatingBox(runs: readonly TextRun[]): { runs: TextRun[]; overlaps: boolean } {
  const none = { runs: [], overlaps: false };
  const flows = flowsOf(runs.filter((run) => run.text.trim() !== ''));
  if (flows.length !== 2) return none;
  const [main = [], box = []] = [...flows].sort((a, b) => b.length - a.length);
  const boxLines = linesOf({ runs: box });
  const mainLines = linesOf({ runs: main });
  if (boxLines.length > MAX_BOX_LINES || boxLines.length * 3 > mainLines.length) return none;
  const [top, bottom] = [Math.max(...main.map((run) => run.y)), Math.min(...main.map((run) => run.y))];
  if (!box.every((run) => run.y < top && run.y > bottom)) return none;
  const overlaps = boxLines.some((line) => {
    const [left = 0, right = 0] = [line.segments[0]?.x, line.segments.at(-1)?.end];
    return main.some((run) => Math.abs(run.y - line.y) <= line.size * 0.45 && run.x + run.width >= left && run.x <= right);
  });
  return { runs: box, overlaps };
}

/**
 * Where a text box is read, as a height on the page: after the paragraph it stands beside when a
 * line of that paragraph starts above the box's top (Word anchors a box in the paragraph it is
 * drawn by, and the box never belongs inside that paragraph or before it), else at its top. A line
 * the box cuts short ends its paragraph only where it ends a sentence.
 */
export function boxPlace(lines: readonly TextLine[], box: readonly TextLine[]): number {
  const first = box[0];
  const top = (first?.y ?? 0) + (first?.size ?? 0);
  const beside = lines.findIndex((line) => line.y < top && line.y + line.size > top);
  if (beside === -1) return top;
  const bottom = Math.min(...box.map((line) => line.y)) - (first?.size ?? 0);
  const starts = paragraphStarts(lines);
  let last = beside;
  while (last + 1 < lines.length) {
    const line = lines[last];
    const cutShort = line !== undefined && line.y > bottom && !/[.?!:]$/.test(lineText(line));
    if (starts[last + 1] && !cutShort) break;
    last += 1;
  }
  const [end, next] = [lines[last]?.y ?? 0, lines[last + 1]?.y];
  return next === undefined ? end - 1 : (end + next) / 2;
}
