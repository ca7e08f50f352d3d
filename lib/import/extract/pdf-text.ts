import { boldLeadInDoubts, type WeightedParagraph } from './bold-lead-in';
import { layoutPage, linesText, paragraphStarts } from './pdf-layout';
import { lineText, mixesFlows, type TextLine } from './pdf-lines';
import type { PageBlock } from './pdf-page';
import { joinTable, type PageTable } from './pdf-table-join';
import { tableToText, type TableLabels } from './table-text';
import type { ExtractionDoubt } from './types';

const NOTE_DEFINITION = /^\s*\[\^\w+\]:\s/;

/** Written lines parted into the text and its footnotes ("[^2]: …"), paragraph by paragraph, each followed by a blank line but the text's last. */
function apartNotes(lines: readonly string[]): { text: string[]; notes: string[] } {
  const paragraphs: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === '') paragraphs.push([]);
    else paragraphs.at(-1)?.push(line);
  }
  const filled = paragraphs.filter((paragraph) => paragraph.length > 0);
  const isNote = (paragraph: string[]) => NOTE_DEFINITION.test(paragraph[0] ?? '');
  return {
    text: filled.filter((paragraph) => !isNote(paragraph)).flatMap((paragraph, index) => [...(index > 0 ? [''] : []), ...paragraph]),
    notes: filled.filter(isNote).flatMap((paragraph) => [...paragraph, '']),
  };
}

/** Lines as paragraphs, as linesText breaks them, each wholly bold when its first and last runs are. */
function weightedParagraphs(lines: readonly TextLine[], edge?: number): WeightedParagraph[] {
  const starts = paragraphStarts(lines, edge);
  const paragraphs: TextLine[][] = [];
  lines.forEach((line, index) => (starts[index] || paragraphs.length === 0 ? paragraphs.push([line]) : paragraphs.at(-1)?.push(line)));
  return paragraphs.map((paragraph) => ({
    text: paragraph.map(lineText).join(' '),
    bold: paragraph[0]?.segments[0]?.boldStart === true && paragraph.at(-1)?.segments.at(-1)?.boldEnd === true,
  }));
}

/**
 * A PDF's blocks, page after page, written as text: a table is held until it ends, since it may run
 * on over the next page; a paragraph cut by a page break carries on; every block is read where it
 * stands. Collects the labels of the tables of questions and the doubts met on the way.
 */
export class PdfTextWriter {
  readonly lines: string[] = [];
  readonly labels = { question: [] as string[], answer: [] as string[] };
  readonly doubts: ExtractionDoubt[] = [];
  /** Footnotes from the foot of each page, held to the end (placeFootnotes puts each by the paragraph citing it), so that a paragraph a page break cut joins across them. */
  private readonly notes: string[] = [];
  private table: PageTable | undefined;

  constructor(private readonly declared?: TableLabels) {}

  /** One page's blocks; `width` is the page's, for the right margin of its running text. */
  page(blocks: readonly PageBlock[], pageIndex: number, width: number): void {
    const doubt = (reason: string) => this.doubts.push({ reason: `page ${pageIndex + 1}: ${reason}` });
    blocks.forEach((block, blockIndex) => {
      if (block.kind === 'grid') {
        const incoming: PageTable = { rows: block.rows, structured: true, columns: block.xs.length };
        // A table drawn by rulings or tags that ends one page and starts the next, with the same columns, is one table.
        if (this.table?.structured && blockIndex === 0 && this.table.columns === incoming.columns)
          joinTable(this.table, incoming, []).forEach(doubt);
        else this.startTable(incoming);
      } else if (block.kind === 'box') {
        this.flushTable();
        this.lines.push(...linesText(block.lines), '');
      } else this.running(block.lines, pageIndex > 0 && blockIndex === 0, width, doubt);
    });
  }

  /** The text so far, the last table included. */
  finish(): string[] {
    this.flushTable();
    return [...this.lines, ...this.notes];
  }

  /** Running text, read by white space: columns, borderless tables, paragraphs. */
  private running(lines: readonly TextLine[], startsPage: boolean, width: number, doubt: (reason: string) => void): void {
    // Office suites set equal side margins: text across the page is set to the right margin, as far from the edge as its left.
    const leftMost = Math.min(...lines.map((line) => line.segments[0]?.x ?? Infinity));
    for (const part of layoutPage(lines)) {
      if (part.kind === 'table') {
        const incoming: PageTable = {
          rows: part.rows.map((row) => row.map((cell) => ({ lines: cell }))),
          structured: false,
          columns: part.rows[0]?.length ?? 0,
        };
        if (this.table && !this.table.structured) joinTable(this.table, incoming, part.continued).forEach(doubt);
        else {
          // Text above a table's first row on the page it starts on belongs before the table.
          for (const cell of part.continued) if (cell.some((line) => line.trim() !== '')) this.lines.push(...cell, '');
          this.startTable(incoming);
        }
        continue;
      }
      const edge = part.column ? undefined : width - leftMost;
      const { text, notes } = apartNotes(linesText(part.lines, edge));
      this.notes.push(...notes);
      // Notes alone at the foot of a page leave a table running on to the next page whole.
      if (text.length === 0) continue;
      this.flushTable();
      for (const line of part.lines.filter(mixesFlows))
        doubt(`"${lineText(line).slice(0, 60)}" joins text the file draws apart (a text box, or a column beside the text)`);
      boldLeadInDoubts(weightedParagraphs(part.lines, edge)).forEach(doubt);
      // A paragraph cut by a page break carries on; any other page break is a paragraph break.
      const previous = this.lines.at(-2) ?? '';
      if (startsPage && this.lines.at(-1) === '' && /[a-z,-]$/.test(previous) && /^\s*[a-z]/.test(text[0] ?? '')) this.lines.pop();
      this.lines.push(...text, '');
    }
  }

  private startTable(table: PageTable): void {
    this.flushTable();
    this.table = table;
  }

  private flushTable(): void {
    const table = this.table;
    if (!table) return;
    this.table = undefined;
    const written = tableToText(table.rows, this.declared);
    this.lines.push(...written.lines, '');
    this.doubts.push(...written.doubts.map((reason) => ({ reason })));
    if (written.question === undefined || written.answer === undefined) return;
    if (!this.labels.question.includes(written.question)) this.labels.question.push(written.question);
    if (!this.labels.answer.includes(written.answer)) this.labels.answer.push(written.answer);
    if (!table.structured) {
      const first = (table.rows[1] ?? []).map((cell) => cell.lines.join(' ').trim()).find((text) => text !== '') ?? '';
      this.doubts.push({
        reason: `a table of questions was read from white space alone (it has no ruling lines and no tags), from "${first.slice(0, 40)}" on: check that each row is one entry`,
      });
    }
  }
}
