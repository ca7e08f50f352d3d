import { dehyphenate, layoutPage, linesText, type PagePart } from './pdf-layout';
import { edgeLines, furnitureKey, lineText, linesOf, runningLines, type PageRuns, type TextLine } from './pdf-lines';
import { tableToText, type Cell, type Row } from './table-text';
import { ExtractError, type Extraction } from './types';

/** Fewer characters than this on every page together: the PDF is a scan with no text layer. */
const MIN_TEXT = 40;

/** Every page's text runs, read by pdf.js. Throws ExtractError for files it cannot open. */
async function readPages(file: string, bytes: Uint8Array): Promise<{ pages: PageRuns[]; title?: string }> {
  // The legacy build runs on Node 20; pdf.js uses its in-process worker when there is no Worker.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ExtractError(file, 'is protected by a password, so its text cannot be read. Ask the council for a copy without a password, or open it, choose Print and save it as a new PDF.');
    }
    throw new ExtractError(file, `cannot be read as a PDF: the file is damaged or incomplete (${(error as Error).message}). Download it again from the council's website.`);
  }
  try {
    const pages: PageRuns[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) => {
        if (!('str' in item)) return [];
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform as number[];
        return [{ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) || Math.hypot(a, b) }];
      });
      pages.push({ width, height, runs });
      page.cleanup();
    }
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : undefined;
    return { pages, title };
  } catch (error) {
    throw new ExtractError(file, `cannot be read to the end: the PDF is damaged or incomplete (${(error as Error).message}). Download it again from the council's website.`);
  } finally {
    await document.destroy();
  }
}

const startsLower = (cell: Cell | undefined) => /^\s*[a-z]/.test(cell?.find((line) => line.trim() !== '') ?? '');
const isEmpty = (cell: Cell | undefined) => (cell ?? []).every((line) => line.trim() === '');
const sameCell = (a: Cell, b: Cell) => a.length === b.length && a.every((line, index) => line.trim() === b[index]?.trim());

/**
 * Tables that run on from page to page are one table: the header row repeated on each page is
 * dropped, and a row that a page break cut in two (its question cell empty, or either cell carrying
 * on in lower case) is joined to the row it belongs to.
 */
function joinTable(rows: Row[], part: Extract<PagePart, { kind: 'table' }>) {
  let incoming = part.rows;
  const continued = part.continued.map((cell) => [...cell]);
  const header = rows[0];
  const top = incoming[0];
  // The header row repeated on this page, perhaps with the rest of the last row beside it.
  const repeatsHeader = header && top && header.every((cell, index) => sameCell((top[index] ?? []).slice(0, cell.length), cell));
  if (header && top && repeatsHeader) {
    header.forEach((cell, index) => continued[index]?.push(...(top[index] ?? []).slice(cell.length)));
    incoming = incoming.slice(1);
  }
  const last = rows.at(-1);
  if (last) continued.forEach((cell, index) => (last[index] = [...(last[index] ?? []), ...cell]));
  const first = incoming[0];
  const previous = rows.at(-1);
  if (first && previous && (isEmpty(first[0]) || first.some(startsLower))) {
    first.forEach((cell, index) => (previous[index] = [...(previous[index] ?? []), ...cell]));
    incoming = incoming.slice(1);
  }
  rows.push(...incoming);
}

/**
 * A PDF's text in reading order: running headers, footers and page numbers (lines that come back
 * at the top or bottom of most pages) left out and reported as furniture; two-column pages read
 * column by column; tables read row by row across page breaks; words hyphenated at line ends joined.
 */
export async function extractPdf(file: string, bytes: Uint8Array): Promise<Extraction> {
  const { pages, title: metadataTitle } = await readPages(file, bytes);
  const pageLines = pages.map(linesOf);
  const characters = pageLines.flat().reduce((sum, line) => sum + lineText(line).length, 0);
  if (characters < MIN_TEXT) {
    throw new ExtractError(file, "has no text to read: it is probably a scan (a picture of each page). Ask the council for an accessible version with real text, which public bodies must provide; or enter the answers by hand with 'npm run new'.");
  }
  const running = runningLines(pageLines);
  const body = pageLines.map((lines) => {
    const edges = new Set(edgeLines(lines));
    return lines.filter((line) => !(edges.has(line) && running.has(furnitureKey(line))));
  });
  const out: string[] = [];
  const labels = { question: [] as string[], answer: [] as string[] };
  let table: Row[] | undefined;
  const flushTable = () => {
    if (!table) return;
    const written = tableToText(table);
    if (written) {
      out.push(...written.lines, '');
      if (!labels.question.includes(written.question)) labels.question.push(written.question);
      if (!labels.answer.includes(written.answer)) labels.answer.push(written.answer);
    } else for (const row of table) for (const cell of row) out.push(...cell, '');
    table = undefined;
  };
  body.forEach((lines, pageIndex) => {
    for (const part of layoutPage(lines)) {
      if (part.kind === 'table') {
        if (table) joinTable(table, part);
        else {
          // Text above a table's first row on the page it starts on belongs before the table.
          for (const cell of part.continued) if (!isEmpty(cell)) out.push(...cell, '');
          table = part.rows.map((row) => row.map((cell) => [...cell]));
        }
        continue;
      }
      flushTable();
      const text = linesText(part.lines);
      // A paragraph cut by a page break carries on, a word broken there is joined; any other page break is a paragraph break.
      const previous = out.at(-2) ?? '';
      if (pageIndex > 0 && out.at(-1) === '' && /[a-z,-]$/.test(previous) && /^\s*[a-z]/.test(text[0] ?? '')) {
        out.pop();
        const [joined = '', ...rest] = dehyphenate([out.pop() ?? '', ...text]);
        out.push(joined, ...rest, '');
      } else out.push(...text, '');
    }
  });
  flushTable();
  const title = metadataTitle ?? largestLine(pageLines[0] ?? []);
  const text = out.filter((line, index) => !(line === '' && (out[index - 1] ?? '') === '')).join('\n').trim();
  return {
    text: `${text}\n`,
    ...(labels.question.length > 0 ? { labels } : {}),
    furniture: [...running].sort(),
    title,
    notes: [
      `read ${pages.length} page${pages.length === 1 ? '' : 's'}`,
      ...(running.size > 0 ? [`left out text repeated at the top or bottom of the pages: ${[...running].map((f) => `"${f}"`).join(', ')}`] : []),
      ...(labels.question.length > 0 ? ['read a table of questions and answers: each row is one entry'] : []),
    ],
  };
}

/** The title as printed: the first line set in the largest type on the first page, if larger than the text. */
function largestLine(lines: readonly TextLine[]): string | undefined {
  const sizes = lines.map((line) => line.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const largest = Math.max(0, ...sizes);
  if (largest < body * 1.2) return undefined;
  return lines.find((line) => line.size === largest)?.segments.map((s) => s.text).join(' ');
}
