import { placeFootnotes } from './footnotes';
import { dehyphenate, hyphenatedWords, layoutPage, linesText } from './pdf-layout';
import { edgeLines, furnitureKey, lineText, marginLines, mixesFlows, runningLines, type TextLine } from './pdf-lines';
import { readPage, type PageBlock } from './pdf-page';
import { readPdfPages } from './pdf-read';
import { joinTable, type PageTable } from './pdf-table-join';
import { tableToText, type TableLabels } from './table-text';
import { ExtractError, type Extraction, type ExtractionDoubt } from './types';

/** Fewer characters than this on every page together: the PDF is a scan with no text layer. */
const MIN_TEXT = 40;

/**
 * A PDF's text in reading order. Tables are read from their ruling lines, cell by cell, and run on
 * from page to page; the rest by white space: two-column pages column by column, tables without
 * borders row by row. Running headers, footers and page numbers (tagged as artifacts, or lines that
 * come back at the top or bottom of the pages) are left out and reported as furniture; text boxes
 * stay where they stand; links and footnotes are kept as markdown; words hyphenated at line ends
 * are joined unless the document writes them with a hyphen.
 */
export async function extractPdf(file: string, bytes: Uint8Array, declared?: TableLabels): Promise<Extraction> {
  const { pages, title: metadataTitle } = await readPdfPages(file, bytes);
  const characters = pages.reduce((sum, page) => sum + page.runs.reduce((count, run) => count + run.text.trim().length, 0), 0);
  if (characters < MIN_TEXT) {
    throw new ExtractError(file, "has no text to read: it is probably a scan (a picture of each page). Ask the council for an accessible version with real text, which public bodies must provide; or enter the answers by hand with 'npm run new'.");
  }
  const readings = pages.map(readPage);
  const textLines = readings.map((reading) => reading.blocks.flatMap((block) => (block.kind === 'lines' ? block.lines : [])));
  // Untagged furniture: repeated at the page edges, or on a single page set in its margin.
  const running = pages.length > 1 ? runningLines(textLines, pages[0]?.height ?? 0) : new Set(marginLines(textLines[0] ?? [], pages[0]?.height ?? 0).map(furnitureKey));
  const furniture = new Set([...running, ...readings.flatMap((reading) => reading.artifacts.map(furnitureKey)).filter((key) => /\w/.test(key))]);
  const isFurniture = textLines.map((lines) => {
    const edges = new Set(edgeLines(lines));
    return (line: TextLine) => edges.has(line) && running.has(furnitureKey(line));
  });
  const out: string[] = [];
  const labels = { question: [] as string[], answer: [] as string[] };
  const doubts: ExtractionDoubt[] = readings.flatMap((reading, index) => reading.doubts.map((reason) => ({ reason: `page ${index + 1}: ${reason}` })));
  let table: PageTable | undefined;
  const flushTable = () => {
    if (!table) return;
    const written = tableToText(table.rows, declared);
    out.push(...written.lines, '');
    doubts.push(...written.doubts.map((reason) => ({ reason })));
    if (written.question !== undefined && written.answer !== undefined) {
      if (!labels.question.includes(written.question)) labels.question.push(written.question);
      if (!labels.answer.includes(written.answer)) labels.answer.push(written.answer);
    }
    if (!table.structured && written.question !== undefined) doubts.push({ reason: `a table of questions was read from white space alone (it has no ruling lines and no tags): check that each row is one entry` });
    table = undefined;
  };
  readings.forEach((reading, pageIndex) => {
    const blocks = reading.blocks.flatMap((block): PageBlock[] => {
      if (block.kind !== 'lines') return [block];
      const lines = block.lines.filter((line) => !isFurniture[pageIndex]?.(line));
      return lines.length > 0 ? [{ kind: 'lines', lines }] : [];
    });
    blocks.forEach((block, blockIndex) => {
      if (block.kind === 'grid') {
        const incoming: PageTable = { rows: block.rows, structured: true, columns: block.xs.length };
        // A table drawn by rulings or tags that ends one page and starts the next, with the same columns, is one table.
        if (table && table.structured && blockIndex === 0 && table.columns === incoming.columns) doubts.push(...joinTable(table, incoming, []).map((reason) => ({ reason: `page ${pageIndex + 1}: ${reason}` })));
        else {
          flushTable();
          table = incoming;
        }
        return;
      }
      if (block.kind === 'box') {
        flushTable();
        out.push(...linesText(block.lines), '');
        return;
      }
      // Office suites set equal side margins: text reaching past the middle of the page is set to the right margin.
      const page = pages[pageIndex];
      const leftMost = Math.min(...block.lines.map((line) => line.segments[0]?.x ?? Infinity));
      const fullWidth = (lines: readonly TextLine[]) => (page && lines.some((line) => (line.segments.at(-1)?.end ?? 0) > page.width / 2) && leftMost < page.width / 2 ? page.width - leftMost : undefined);
      for (const part of layoutPage(block.lines)) {
        if (part.kind === 'table') {
          const incoming: PageTable = { rows: part.rows.map((row) => row.map((lines) => ({ lines }))), structured: false, columns: part.rows[0]?.length ?? 0 };
          if (table && !table.structured) doubts.push(...joinTable(table, incoming, part.continued).map((reason) => ({ reason: `page ${pageIndex + 1}: ${reason}` })));
          else {
            flushTable();
            // Text above a table's first row on the page it starts on belongs before the table.
            for (const cell of part.continued) if (cell.some((line) => line.trim() !== '')) out.push(...cell, '');
            table = incoming;
          }
          continue;
        }
        flushTable();
        for (const line of part.lines.filter(mixesFlows)) doubts.push({ reason: `page ${pageIndex + 1}: "${lineText(line).slice(0, 60)}" joins text the file draws apart (a text box, or a column beside the text)` });
        const text = linesText(part.lines, fullWidth(part.lines));
        // A paragraph cut by a page break carries on; any other page break is a paragraph break.
        const previous = out.at(-2) ?? '';
        if (pageIndex > 0 && blockIndex === 0 && out.at(-1) === '' && /[a-z,-]$/.test(previous) && /^\s*[a-z]/.test(text[0] ?? '')) out.pop();
        out.push(...text, '');
      }
    });
  });
  flushTable();
  const title = metadataTitle ?? largestLine(textLines[0] ?? []);
  const hyphenated = hyphenatedWords(pages.flatMap((page) => page.runs.map((run) => run.text)));
  const lines = placeFootnotes(dehyphenate(out, hyphenated));
  const text = lines.filter((line, index) => !(line === '' && (lines[index - 1] ?? '') === '')).join('\n').trim();
  return {
    text: `${text}\n`,
    ...(labels.question.length > 0 ? { labels } : {}),
    furniture: [...furniture].sort(),
    title,
    notes: [
      `read ${pages.length} page${pages.length === 1 ? '' : 's'}${pages[0]?.tagged ? ', with the structure its tags give' : ''}`,
      ...(furniture.size > 0 ? [`left out the page headers and footers: ${[...furniture].map((f) => `"${f}"`).join(', ')}`] : []),
      ...(labels.question.length > 0 ? ['read a table of questions and answers: each row is one entry'] : []),
    ],
    doubts,
  };
}

/** The title as printed: the first line set in the largest type on the first page, if larger than the text. */
function largestLine(lines: readonly TextLine[]): string | undefined {
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const largest = Math.max(0, ...sizes);
  if (largest < body * 1.2) return undefined;
  const line = lines.find((candidate) => candidate.size === largest);
  return line ? lineText(line) : undefined;
}
