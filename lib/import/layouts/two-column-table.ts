import { ImportError } from '../errors';
import { escapeMarkdown, joinLines, paragraphToBlocks, renderBlocks, splitParagraphs, toLines, type Line } from '../reading/blocks';
import { GLYPH_BULLET as BULLET, unixLineEndings } from '../reading/vocabulary';
import { type LayoutFamily } from '../types';

/**
 * In a table extracted from PDF, a cell boundary is a run of blank lines of which at least one
 * holds a non-breaking space; blank lines inside a cell are truly empty.
 */
function splitCells(raw: string, lines: readonly Line[]): Line[][] {
  const rawLines = unixLineEndings(raw).split('\n');
  const cells: Line[][] = [];
  let current: Line[] = [];
  let boundary = false;
  lines.forEach((line, index) => {
    const rawLine = rawLines[index] ?? '';
    if (rawLine.trim() !== '' && !/^[\s\u00a0]*$/.test(rawLine)) {
      if (boundary && current.some((l) => l.text.trim() !== '')) {
        cells.push(current);
        current = [];
      }
      boundary = false;
      current.push(line);
    } else {
      if (rawLine.includes('\u00a0')) boundary = true;
      current.push(line);
    }
  });
  if (current.some((l) => l.text.trim() !== '')) cells.push(current);
  return cells;
}

function cellToMarkdown(cell: readonly Line[]): string {
  const isBullet = (text: string) => BULLET.test(text);
  const blocks = splitParagraphs(cell, isBullet).flatMap((paragraph) => paragraphToBlocks(paragraph, BULLET));
  return renderBlocks(
    blocks.map((block) =>
      block.kind === 'paragraph' ? { ...block, text: escapeMarkdown(block.text) } : { ...block, items: block.items.map(escapeMarkdown) },
    ),
  );
}

const isColumnHeading = (cell: readonly Line[]) => {
  const filled = cell.filter((line) => line.text.trim() !== '');
  return filled.length === 1 && /:$/.test(filled[0]?.text.trim() ?? '');
};

/** A two-column table (issue | response) whose cells PDF extraction wrote one after another. */
export const twoColumnTable: LayoutFamily = {
  name: 'two-column-table',
  description: 'an issue / response table from a PDF, cell after cell',
  parse({ text, raw }) {
    const cells = splitCells(raw, toLines(text));
    const firstHeading = cells.findIndex(isColumnHeading);
    if (firstHeading === -1)
      throw new ImportError(1, "found no column headings (single lines ending in ':', e.g. 'Issues raised by parents:')");
    let bodyStart = firstHeading;
    while (bodyStart < cells.length && isColumnHeading(cells[bodyStart] ?? [])) bodyStart += 1;
    const body = cells.slice(bodyStart);
    if (body.length % 2 !== 0) {
      const last = body.at(-1)?.find((line) => line.text.trim() !== '');
      throw new ImportError(last?.number ?? 1, 'this cell has no partner: the table must alternate issue and response');
    }
    const entries = [];
    for (let i = 0; i < body.length; i += 2) {
      const issue = (body[i] ?? []).map((line) => line.text);
      entries.push({ question: joinLines(issue), response: cellToMarkdown(body[i + 1] ?? []), kind: 'concern' as const });
    }
    return { preamble: cells.slice(0, bodyStart).map(cellToMarkdown).join('\n\n'), entries };
  },
};
