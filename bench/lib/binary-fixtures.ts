import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';

/**
 * Word and PDF files made at test time from small specs, shaped like council publications: nothing
 * binary is committed, and every file's words are known to the test that reads it back.
 */
export type Block =
  | { heading: string }
  | { paragraph: string }
  | { bullets: string[] }
  | { numbered: string[] }
  /** Each row gives each column's paragraphs. */
  | { table: { header: string[]; rows: string[][][] } }
  /** PDF only: running text set in two columns. */
  | { columns: string[] };

// ---------------------------------------------------------------- Word

export async function makeDocx(blocks: readonly Block[]): Promise<Buffer> {
  const cell = (paragraphs: readonly string[], bold = false) =>
    new TableCell({ children: paragraphs.map((text) => paragraphOf(text, bold)) });
  const paragraphOf = (text: string, bold = false) =>
    text.startsWith('• ')
      ? new Paragraph({ text: text.slice(2), bullet: { level: 0 } })
      : new Paragraph({ children: [new TextRun({ text, bold })] });
  const children = blocks.flatMap((block): (Paragraph | Table)[] => {
    if ('heading' in block) return [new Paragraph({ text: block.heading, heading: HeadingLevel.HEADING_1 })];
    if ('paragraph' in block) return [new Paragraph(block.paragraph)];
    if ('bullets' in block) return block.bullets.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    if ('numbered' in block) return block.numbered.map((text) => new Paragraph({ text, numbering: { reference: 'numbers', level: 0 } }));
    if ('columns' in block) return block.columns.map((text) => new Paragraph(text));
    const { header, rows } = block.table;
    return [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: header.map((text) => cell([text], true)) }),
          ...rows.map((row) => new TableRow({ children: row.map((paragraphs) => cell(paragraphs)) })),
        ],
      }),
    ];
  });
  const document = new Document({
    creator: 'SEND Answers tests',
    numbering: {
      config: [{ reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

// ---------------------------------------------------------------- PDF

export interface PdfSpec {
  blocks: readonly Block[];
  /** A running header on every page. */
  header?: string;
  /** A running footer on every page; `{page}` and `{pages}` are replaced. */
  footer?: string;
  /** Break long words at line ends with a hyphen, as typesetting does; told each word it broke. */
  hyphenate?: (word: string) => void;
  userPassword?: string;
  /** No text at all: boxes where a scan's pictures would be. */
  scanned?: boolean;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const SIZE = 11;
const LEADING = 15;
const BODY_TOP = PAGE.margin + 20;
const BODY_BOTTOM = PAGE.height - PAGE.margin - 20;

/** A PDF laid out line by line, so that tests know where every page, column and row breaks. */
export async function makePdf(spec: PdfSpec): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    bufferPages: true,
    autoFirstPage: true,
    info: { Title: '', CreationDate: new Date(0) },
    ...(spec.userPassword ? { userPassword: spec.userPassword, ownerPassword: 'owner', pdfVersion: '1.7' } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(SIZE);
  if (spec.scanned) {
    for (let page = 0; page < 2; page++) {
      if (page > 0) doc.addPage();
      doc.rect(PAGE.margin, PAGE.margin, 480, 700).fill('#cccccc');
    }
    doc.end();
    return done;
  }
  let y = BODY_TOP;
  const width = PAGE.width - 2 * PAGE.margin;
  const newPage = () => {
    doc.addPage();
    y = BODY_TOP;
  };
  const room = (height: number) => {
    if (y + height > BODY_BOTTOM) newPage();
  };
  /** Greedy line breaking at `columnWidth`, splitting a long word with a hyphen when asked to. */
  const wrap = (text: string, columnWidth: number): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (doc.widthOfString(candidate) <= columnWidth) {
        line = candidate;
        continue;
      }
      if (spec.hyphenate && /^[a-z]{9,}[,.]?$/.test(word)) {
        const cut = Math.floor(word.length / 2);
        const head = `${line === '' ? '' : `${line} `}${word.slice(0, cut)}-`;
        if (doc.widthOfString(head) <= columnWidth) {
          spec.hyphenate(word);
          lines.push(head);
          line = word.slice(cut);
          continue;
        }
      }
      if (line !== '') lines.push(line);
      line = word;
    }
    if (line !== '') lines.push(line);
    return lines;
  };
  const write = (text: string, x: number, columnWidth: number, options: { size?: number; bold?: boolean } = {}) => {
    doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(options.size ?? SIZE);
    for (const line of wrap(text, columnWidth)) {
      room(LEADING);
      doc.text(line, x, y, { lineBreak: false });
      y += options.size && options.size > SIZE ? options.size * 1.4 : LEADING;
    }
    doc.font('Helvetica').fontSize(SIZE);
  };
  for (const block of spec.blocks) {
    if ('heading' in block) {
      room(LEADING * 3);
      y += 6;
      write(block.heading, PAGE.margin, width, { size: 16, bold: true });
    } else if ('paragraph' in block) write(block.paragraph, PAGE.margin, width);
    else if ('bullets' in block || 'numbered' in block) {
      const items = 'bullets' in block ? block.bullets : block.numbered;
      items.forEach((item, index) => {
        room(LEADING);
        doc.text('bullets' in block ? '•' : `${index + 1}.`, PAGE.margin + 8, y, { lineBreak: false });
        write(item, PAGE.margin + 26, width - 26);
      });
    } else if ('columns' in block) {
      // Two columns: the left one down to the bottom of the page, then the right one.
      const gap = 28;
      const columnWidth = (width - gap) / 2;
      const lines = block.columns.flatMap((paragraph) => [...wrap(paragraph, columnWidth), '']);
      const top = y;
      const perColumn = Math.floor((BODY_BOTTOM - top) / LEADING);
      lines.slice(0, perColumn).forEach((line, index) => doc.text(line, PAGE.margin, top + index * LEADING, { lineBreak: false }));
      lines
        .slice(perColumn, 2 * perColumn)
        .forEach((line, index) => doc.text(line, PAGE.margin + columnWidth + gap, top + index * LEADING, { lineBreak: false }));
      y = top + Math.min(perColumn, lines.length) * LEADING;
      newPage();
    } else {
      const { header, rows } = block.table;
      // A narrow first column when it only numbers the rows; the others share the width.
      const narrow = header.length > 2 ? 40 : 0;
      const gap = 24;
      const columnWidth = (width - narrow - gap * (header.length - 1)) / (header.length - (narrow ? 1 : 0));
      const xs = header.map(
        (_, index) => PAGE.margin + (narrow && index > 0 ? narrow + gap + (index - 1) * (columnWidth + gap) : index * (columnWidth + gap)),
      );
      const widths = header.map((_, index) => (narrow && index === 0 ? narrow : columnWidth));
      const drawHeader = () => {
        doc.font('Helvetica-Bold');
        header.forEach((text, index) => doc.text(text, xs[index] ?? 0, y, { lineBreak: false }));
        doc.font('Helvetica');
        y += LEADING * 1.6;
      };
      drawHeader();
      for (const row of rows) {
        const cells = row.map((paragraphs, index) =>
          paragraphs.flatMap((p, i) => [...(i > 0 ? [''] : []), ...wrap(p, widths[index] ?? columnWidth)]),
        );
        // A row may break across pages: the lines that do not fit go on, under the repeated header.
        for (let index = 0; index < Math.max(...cells.map((lines) => lines.length)); index++) {
          if (y + LEADING > BODY_BOTTOM) {
            newPage();
            drawHeader();
          }
          cells.forEach((lines, column) => {
            if (lines[index]) doc.text(lines[index] ?? '', xs[column] ?? 0, y, { lineBreak: false });
          });
          y += LEADING;
        }
        doc
          .moveTo(PAGE.margin, y + 4)
          .lineTo(PAGE.width - PAGE.margin, y + 4)
          .stroke();
        y += LEADING * 1.2;
      }
    }
    y += 6;
  }
  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page++) {
    doc.switchToPage(page);
    doc.font('Helvetica').fontSize(9);
    if (spec.header) doc.text(spec.header, PAGE.margin, PAGE.margin - 20, { lineBreak: false });
    if (spec.footer)
      doc.text(spec.footer.replace('{page}', String(page + 1)).replace('{pages}', String(count)), PAGE.margin, PAGE.height - PAGE.margin, {
        lineBreak: false,
      });
  }
  doc.end();
  return done;
}
