import { boldLeadInDoubts, markdownParagraphs } from './bold-lead-in';
import { tableToText, type TableLabels, type TableRow } from './table-text';

/**
 * HTML (a saved web page's main content, or a Word file converted by mammoth) as the plain text the
 * layouts read: a paragraph a line with blank lines between, headings alone on their line, lists
 * as "- item" or "1. item", bold kept as **bold**, web links as [text](address), and
 * question-and-answer tables as labelled rows.
 */
export interface HtmlText {
  lines: string[];
  labels: { question: string[]; answer: string[] };
  /** What the reading of its tables could not vouch for. */
  doubts: string[];
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'ASIDE',
  'FORM',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'SVG',
  'IFRAME',
  'IMG',
  'OBJECT',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'HEAD',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
  'TABLE',
  'PRE',
  'FIGURE',
  'FIGCAPTION',
  'DL',
  'DT',
  'DD',
  'ADDRESS',
  'HR',
  'BODY',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  ...HEADINGS,
]);

/** A paragraph that starts with its number, as docx-numbering writes Word's numbered paragraphs. */
const NUMBERED = /^\s*\d{1,3}\. \S/;

/** mammoth's links to a footnote or endnote, and back from it. */
const NOTE_MARK = /^#(foot|end)note-(\d+)$/;
const NOTE_BACK = /^#(?:foot|end)note-ref-\d+$/;
const NOTE_ITEM = /^(foot|end)note-(\d+)$/;
/** A note's markdown label: footnotes by their number, endnotes apart from them ("e1"), since both count from 1. */
const noteLabel = (match: RegExpExecArray) => `${match[1] === 'end' ? 'e' : ''}${match[2]}`;

export const isElement = (node: Node): node is Element => node.nodeType === 1;
const isBlock = (node: Node) => isElement(node) && BLOCKS.has(node.tagName);

/** The inline text of a node: whitespace collapsed, <br> a line break, bold and web links kept as markdown. */
function inline(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (!isElement(node) || SKIP.has(node.tagName)) return '';
  if (node.tagName === 'BR') return '\n';
  const inner = [...node.childNodes].map(inline).join('');
  if ((node.tagName === 'STRONG' || node.tagName === 'B') && inner.trim() !== '') {
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner) ?? [];
    return `${lead}**${core}**${trail}`;
  }
  const href = node.tagName === 'A' ? (node.getAttribute('href') ?? '') : '';
  // A Word note's mark, as mammoth links it, is a markdown footnote reference; its "↑" back-link is mammoth's, not the document's.
  const note = NOTE_MARK.exec(href);
  if (note) return `[^${noteLabel(note)}]`;
  if (NOTE_BACK.test(href)) return '';
  if (/^(?:https?:|mailto:)/i.test(href) && inner.trim() !== '') {
    return inner.trim() === href.replace(/^mailto:/i, '') ? inner : `[${inner.trim()}](${href})`;
  }
  return inner;
}

function paragraphLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

class Writer {
  readonly lines: string[] = [];
  readonly labels = { question: [] as string[], answer: [] as string[] };
  readonly doubts: string[] = [];

  constructor(private readonly declared?: TableLabels) {}

  paragraph(text: string, indent = '') {
    const lines = paragraphLines(text);
    if (lines.length === 0) return;
    // Word's numbered paragraphs, numbered in its document model, stay one list when they follow each other.
    if (NUMBERED.test(lines[0] ?? '') && NUMBERED.test(this.lines.at(-2) ?? '') && this.lines.at(-1) === '') this.lines.pop();
    this.lines.push(...lines.map((line) => indent + line), '');
  }

  blank() {
    if ((this.lines.at(-1) ?? '') !== '') this.lines.push('');
  }

  /** Children of a block: runs of inline content become paragraphs, blocks are written in turn. */
  children(element: Element, indent = '') {
    let run = '';
    for (const child of element.childNodes) {
      if (isBlock(child)) {
        this.paragraph(run, indent);
        run = '';
        this.block(child as Element, indent);
      } else run += inline(child);
    }
    this.paragraph(run, indent);
  }

  block(element: Element, indent = '') {
    const tag = element.tagName;
    if (SKIP.has(tag)) return;
    if (HEADINGS.has(tag)) {
      this.blank();
      this.paragraph(inline(element));
    } else if (tag === 'UL' || tag === 'OL') this.list(element, indent);
    else if (tag === 'TABLE') this.table(element);
    else if (tag === 'HR') this.blank();
    else this.children(element, indent);
  }

  list(element: Element, indent: string) {
    let number = Number(element.getAttribute('start') ?? '1') || 1;
    for (const item of element.children) {
      if (item.tagName !== 'LI') continue;
      const note = NOTE_ITEM.exec(item.getAttribute('id') ?? '');
      // A note's text, which mammoth lists at the end, as a markdown footnote definition.
      const marker = note ? `[^${noteLabel(note)}]:` : element.tagName === 'OL' ? `${number++}.` : '-';
      const text = [...item.childNodes]
        .filter((node) => !(isElement(node) && (node.tagName === 'UL' || node.tagName === 'OL')))
        .map((node) => (isBlock(node) ? `\n${inline(node)}\n` : inline(node)))
        .join('');
      const [first = '', ...rest] = paragraphLines(text);
      this.lines.push(`${indent}${marker} ${first}`, ...rest.map((line) => `${indent}  ${line}`));
      for (const nested of item.children) if (nested.tagName === 'UL' || nested.tagName === 'OL') this.list(nested, `${indent}  `);
    }
    if (indent === '') this.lines.push('');
  }

  table(element: Element) {
    const rows: TableRow[] = [...element.querySelectorAll('tr')].map((tr) =>
      [...tr.children]
        .filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH')
        .map((cell) => {
          const writer = new Writer(this.declared);
          writer.children(cell);
          return { lines: trim(writer.lines), columns: span(cell, 'colspan'), rows: span(cell, 'rowspan') };
        }),
    );
    const table = tableToText(rows, this.declared);
    this.blank();
    this.lines.push(...table.lines, '');
    this.doubts.push(...table.doubts);
    if (table.question === undefined || table.answer === undefined) return;
    if (!this.labels.question.includes(table.question)) this.labels.question.push(table.question);
    if (!this.labels.answer.includes(table.answer)) this.labels.answer.push(table.answer);
  }
}

/** A cell's colspan or rowspan: how many grid places it covers. */
const span = (cell: Element, attribute: string) => Math.max(1, Number(cell.getAttribute(attribute) ?? '1') || 1);

function trim(lines: string[]): string[] {
  const out = lines.filter((line, index) => !(line === '' && (lines[index - 1] ?? '') === ''));
  while (out[0] === '') out.shift();
  while (out.at(-1) === '') out.pop();
  return out;
}

export function htmlToText(root: Element, declared?: TableLabels): HtmlText {
  const writer = new Writer(declared);
  writer.block(root);
  const lines = trim(writer.lines);
  return { lines, labels: writer.labels, doubts: [...writer.doubts, ...boldLeadInDoubts(markdownParagraphs(lines))] };
}
