import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
  VerticalMergeType,
  WidthType,
  type ParagraphChild,
} from 'docx';

/**
 * A Word document described as data, in the shapes councils' documents take, and written with the
 * `docx` package as Word would save it: headers and footers with page fields, tables with repeated
 * header rows and merged cells, footnotes, text boxes, sections in columns or landscape.
 *
 * Text is written in a small markdown: `**bold**`, `[words](https://…)`, `[^1]` for footnote 1, and
 * a paragraph starting "- " is a bullet. The same strings are the expected entries' markdown.
 */
export type Block =
  | { heading: string; level: 1 | 2 | 3 }
  | { paragraph: string }
  | { table: TableSpec }
  /** A floating text box beside the text, as Word draws a call-out; with `paragraph`, anchored in that paragraph. */
  | { textbox: string[]; paragraph?: string };

/** A cell's paragraphs; `span` merges it across columns, `down` across the rows below it (which give `null`). */
export type CellSpec = string[] | { text: string[]; span?: number; down?: number };

export interface TableSpec {
  header?: string[];
  rows: (CellSpec | null)[][];
  /** Relative column widths. */
  widths?: number[];
  borders?: boolean;
}

export interface DocumentSpec {
  body: Block[];
  /** Paragraphs of the page header; a tab between two parts sets them apart left and right; fields as in the footer. */
  header?: string[];
  /** The page footer; '{page}' and '{pages}' become Word's PAGE and NUMPAGES fields. */
  footer?: string;
  /** The first page's own header, as a template's title page has ("different first page"); the footer stays. */
  firstPageHeader?: string[];
  /** A protective marking ("OFFICIAL"), as government templates set it: centred, bold, above the header and below the footer. */
  marking?: string;
  /** Page margins in inches, where the template sets its own (Word's default: 1 inch, the header and footer half an inch from the edge). */
  margins?: { page: number; header: number };
  footnotes?: Record<number, string>;
  landscape?: boolean;
  columns?: number;
  /** The Normal style, as the document's template sets it; LibreOffice's defaults when absent. */
  normal?: NormalStyle;
}

/** Word's own template: Calibri 11 pt, 8 pt after each paragraph, lines 1.08 apart. */
export interface NormalStyle {
  font: string;
  /** Points. */
  size: number;
  /** Points after each paragraph. */
  after: number;
  justified?: boolean;
}

// A 4 × 4 pixel grey PNG: the council's logo in the title table.
const LOGO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAAAAACMmsGiAAAAEUlEQVR4nGNsYGBgYGBgYAAACxQBQ7R2b+4AAAAASUVORK5CYII=', 'base64');

/** `**bold**`, `[words](address)` and `[^n]` as Word runs. */
function runs(text: string, bold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const pattern = /\*\*(.+?)\*\*|\[\^(\d+)\]|\[([^\]]+)\]\(([^)]+)\)|\{logo\}/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) out.push(new TextRun({ text: text.slice(at, match.index), bold }));
    const [whole, strong, note, words, link] = match;
    if (strong) out.push(new TextRun({ text: strong, bold: true }));
    else if (note) out.push(new FootnoteReferenceRun(Number(note)));
    else if (words && link) out.push(new ExternalHyperlink({ link, children: [new TextRun({ text: words, style: 'Hyperlink', bold })] }));
    else if (whole === '{logo}')
      out.push(
        new ImageRun({
          type: 'png',
          data: LOGO,
          transformation: { width: 48, height: 48 },
          altText: { name: 'logo', description: '', title: '' },
        }),
      );
    at = match.index + whole.length;
  }
  if (at < text.length) out.push(new TextRun({ text: text.slice(at), bold }));
  return out;
}

const paragraph = (text: string, bold = false) =>
  text.startsWith('- ')
    ? new Paragraph({ children: runs(text.slice(2), bold), bullet: { level: 0 } })
    : /^\d+\. /.test(text)
      ? new Paragraph({ children: runs(text.replace(/^\d+\. /, ''), bold), numbering: { reference: 'numbers', level: 0 } })
      : new Paragraph({ children: runs(text, bold) });

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

function table(spec: TableSpec): Table {
  const columns = spec.header?.length ?? Math.max(...spec.rows.map((row) => row.length));
  const widths = spec.widths ?? Array.from({ length: columns }, () => 1);
  const total = widths.reduce((a, b) => a + b, 0);
  // Rows still covered by a cell merged down, per column: those rows carry Word's vMerge "continue".
  const covered = new Map<number, number>();
  const rows = spec.rows.map((row) => {
    const cells: TableCell[] = [];
    row.forEach((cell, column) => {
      const width = { size: Math.round((5000 * (widths[column] ?? 1)) / total), type: WidthType.PERCENTAGE };
      if (cell === null) {
        if ((covered.get(column) ?? 0) > 0) {
          covered.set(column, (covered.get(column) ?? 0) - 1);
          cells.push(new TableCell({ width, verticalMerge: VerticalMergeType.CONTINUE, children: [new Paragraph('')] }));
        }
        return;
      }
      const { text, span, down } = Array.isArray(cell) ? { text: cell, span: undefined, down: undefined } : cell;
      if (down) covered.set(column, down - 1);
      cells.push(
        new TableCell({
          width,
          ...(span ? { columnSpan: span } : {}),
          ...(down ? { verticalMerge: VerticalMergeType.RESTART } : {}),
          children: text.map((line) => paragraph(line)),
        }),
      );
    });
    return new TableRow({ children: cells, cantSplit: false });
  });
  const header = spec.header
    ? [new TableRow({ tableHeader: true, children: spec.header.map((text) => new TableCell({ children: [paragraph(text, true)] })) })]
    : [];
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    rows: [...header, ...rows],
    ...(spec.borders === false ? { borders: NO_BORDERS } : {}),
  });
}

function block(spec: Block): (Paragraph | Table | Textbox)[] {
  if ('heading' in spec)
    return [
      new Paragraph({
        children: runs(spec.heading),
        heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][spec.level - 1],
      }),
    ];
  if ('table' in spec) return [table(spec.table), new Paragraph('')];
  if (!('textbox' in spec)) return [paragraph(spec.paragraph)];
  const box = new Textbox({
    children: spec.textbox.map((line) => paragraph(line)),
    style: { width: '2.4in', height: 'auto', position: 'absolute', marginLeft: '4.2in', marginTop: '0in', wrapStyle: 'square' },
  });
  // Anchored in a paragraph of text, as Word anchors a box drawn beside it: the box's run comes first in that paragraph.
  const text = spec.paragraph === undefined ? [] : runs(spec.paragraph);
  return [new Paragraph({ children: [box, ...text] })];
}

const fields = (text: string): ParagraphChild[] =>
  text
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) =>
      part === '{page}'
        ? new TextRun({ children: [PageNumber.CURRENT] })
        : part === '{pages}'
          ? new TextRun({ children: [PageNumber.TOTAL_PAGES] })
          : new TextRun(part),
    );

const markingParagraph = (marking: string) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: marking, bold: true, color: 'C00000' })] });

/** A page header: the marking above, then its paragraphs, a tab setting a second part against the right margin. */
const pageHeader = (lines: readonly string[], marking: string | undefined, textWidth: number) =>
  new Header({
    children: [
      ...(marking ? [markingParagraph(marking)] : []),
      ...lines.map(
        (line) =>
          new Paragraph({
            children: line.split('\t').flatMap((part, i) => [...(i > 0 ? [new TextRun({ text: '\t' })] : []), ...fields(part)]),
            tabStops: [{ type: 'right', position: textWidth }],
          }),
      ),
    ],
  });

/** A page footer: its paragraph centred, then the marking below. */
const pageFooter = (footer: string | undefined, marking: string | undefined) =>
  new Footer({
    children: [
      ...(footer ? [new Paragraph({ alignment: AlignmentType.CENTER, children: fields(footer) })] : []),
      ...(marking ? [markingParagraph(marking)] : []),
    ],
  });

/** A4 in twips; an inch is 1440. */
const A4 = { short: 11906, long: 16838 };

export async function makeOfficeDocx(spec: DocumentSpec): Promise<Buffer> {
  const normal = spec.normal;
  const inch = 1440;
  const margin = Math.round((spec.margins?.page ?? 1) * inch);
  // The right tab stop of a two-part header: the right margin, so the second part ends where the text does.
  const textWidth = (spec.landscape ? A4.long : A4.short) - 2 * margin;
  const document = new Document({
    creator: 'SEND Answers office fixtures',
    ...(normal
      ? {
          styles: {
            default: {
              document: {
                run: { font: normal.font, size: normal.size * 2 },
                paragraph: {
                  spacing: { after: normal.after * 20, line: 259 },
                  ...(normal.justified ? { alignment: AlignmentType.JUSTIFIED } : {}),
                },
              },
            },
          },
        }
      : {}),
    numbering: {
      config: [{ reference: 'numbers', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT }] }],
    },
    footnotes: Object.fromEntries(
      Object.entries(spec.footnotes ?? {}).map(([id, text]) => [id, { children: [new Paragraph({ children: runs(text) })] }]),
    ),
    sections: [
      {
        properties: {
          page: {
            ...(spec.landscape ? { size: { orientation: PageOrientation.LANDSCAPE } } : {}),
            ...(spec.margins
              ? {
                  margin: {
                    top: margin,
                    bottom: margin,
                    left: margin,
                    right: margin,
                    header: Math.round(spec.margins.header * inch),
                    footer: Math.round(spec.margins.header * inch),
                  },
                }
              : {}),
          },
          ...(spec.columns ? { column: { count: spec.columns, space: 567, equalWidth: true } } : {}),
          ...(spec.firstPageHeader ? { titlePage: true } : {}),
        },
        ...(spec.header || spec.marking
          ? {
              headers: {
                default: pageHeader(spec.header ?? [], spec.marking, textWidth),
                ...(spec.firstPageHeader ? { first: pageHeader(spec.firstPageHeader, spec.marking, textWidth) } : {}),
              },
            }
          : {}),
        ...(spec.footer || spec.marking
          ? {
              footers: {
                default: pageFooter(spec.footer, spec.marking),
                ...(spec.firstPageHeader ? { first: pageFooter(spec.footer, spec.marking) } : {}),
              },
            }
          : {}),
        children: spec.body.flatMap(block),
      },
    ],
  });
  return Packer.toBuffer(document);
}
