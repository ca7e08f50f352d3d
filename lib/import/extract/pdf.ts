import { ExtractError } from '../errors';
import { englishWordList } from '../../language/english-word-list';
import { placeFootnotes } from './footnotes';
import { dehyphenate, hyphenatedWords } from './pdf-layout';
import { furnitureKey, pageFurniture } from './pdf-furniture';
import { lineText, type TextLine, type TextRun } from './pdf-lines';
import { readPage, type PageBlock } from './pdf-page';
import { readPdfPages } from './pdf-read';
import { PdfTextWriter } from './pdf-text';
import type { TableLabels } from './table-text';
import { placeDoubts } from './doubt-lines';
import { type Extraction, type ExtractionDoubt } from './types';

/** Fewer characters than this on every page together: the PDF is a scan with no text layer. */
const MIN_TEXT = 40;

/**
 * A PDF's text in reading order. Tables are read from their ruling lines, cell by cell, and run on
 * from page to page; the rest by white space: two-column pages column by column, tables without
 * borders row by row. Running headers, footers and page numbers (tagged as artifacts, or lines that
 * come back at the top or bottom of the pages) are left out and reported as furniture; text boxes
 * stay where they stand; links and footnotes are kept as markdown; words hyphenated at line ends
 * are joined unless the document writes them with a hyphen. The sidecar's labels name tables of
 * questions; its furniture is left out wherever a line of it stands.
 */
export async function extractPdf(
  file: string,
  bytes: Uint8Array,
  { labels: declared, furniture: declaredFurniture = [] }: { labels?: TableLabels; furniture?: readonly string[] } = {},
): Promise<Extraction> {
  const { pages, title: metadataTitle } = await readPdfPages(file, bytes);
  const characters = pages.reduce((sum, page) => sum + page.runs.reduce((count, run) => count + run.text.trim().length, 0), 0);
  if (characters < MIN_TEXT) {
    throw new ExtractError(
      file,
      "has no text to read: it is probably a scan (a picture of each page). Ask the council for an accessible version with real text, which public bodies must provide; or enter the answers by hand with 'npm run new'.",
    );
  }
  const readings = pages.map(readPage);
  const textLines = readings.map((reading) => reading.blocks.flatMap((block) => (block.kind === 'lines' ? block.lines : [])));
  // Untagged furniture: repeated at the page edges, or on a single page set in its margin or shaped as a header.
  const running = pageFurniture(textLines, pages[0]?.height ?? 0, declaredFurniture);
  const furniture = new Set([
    ...running.keys,
    ...readings.flatMap((reading) => reading.artifacts.map(furnitureKey)).filter((key) => /\w/.test(key)),
  ]);
  const writer = new PdfTextWriter(declared);
  readings.forEach((reading, pageIndex) => {
    const blocks = reading.blocks.flatMap((block): PageBlock[] => {
      if (block.kind !== 'lines') return [block];
      const lines = block.lines.filter((line) => !running.isFurniture[pageIndex]?.(line));
      return lines.length > 0 ? [{ kind: 'lines', lines }] : [];
    });
    writer.page(blocks, pageIndex, pages[pageIndex]?.width ?? 0);
  });
  const written = writer.finish();
  const { labels } = writer;
  const doubts: ExtractionDoubt[] = [
    ...readings.flatMap((reading, index) => reading.doubts.map((reason) => ({ reason: `page ${index + 1}: ${reason}` }))),
    ...writer.doubts,
  ];
  const title = metadataTitle ?? largestLine(textLines[0] ?? [], pages[0]?.runs ?? []);
  const hyphenated = hyphenatedWords(pages.flatMap((page) => page.runs.map((run) => run.text)));
  // The word list is read only for a document with a hyphen at a line end to judge.
  const english = written.some((line) => /[A-Za-z]-$/.test(line)) ? englishWords() : new Set<string>();
  const lines = placeFootnotes(dehyphenate(written, hyphenated, english));
  const text = lines
    .filter((line, index) => !(line === '' && (lines[index - 1] ?? '') === ''))
    .join('\n')
    .trim();
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
    doubts: placeDoubts(`${text}\n`, doubts),
  };
}

let englishCache: Set<string> | undefined;
/** The English words, read once per process: over 270,000 of them. */
function englishWords(): Set<string> {
  englishCache ??= new Set(englishWordList());
  return englishCache;
}

/**
 * The title as printed: the first lines set in the largest type on the first page, if larger than
 * the text, all of them: a title the page wrapped is one title.
 */
function largestLine(lines: readonly TextLine[], runs: readonly TextRun[]): string | undefined {
  // The text's size is the page's commonest, tables included: a page that is mostly table has few lines of running text.
  const sizes = runs
    .filter((run) => run.text.trim() !== '')
    .map((run) => run.size)
    .sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const largest = Math.max(0, ...lines.map((line) => line.size));
  if (largest < body * 1.2) return undefined;
  const first = lines.findIndex((candidate) => candidate.size === largest);
  const title = [lines[first]];
  for (const line of lines.slice(first + 1)) {
    const above = title.at(-1);
    if (!above || line.size !== largest || above.y - line.y > largest * 1.75) break;
    title.push(line);
  }
  return title.flatMap((line) => (line ? [lineText(line)] : [])).join(' ') || undefined;
}
