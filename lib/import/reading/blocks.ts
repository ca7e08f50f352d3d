import { ENDS_SENTENCE } from './vocabulary';

/**
 * The small document model every layout parser produces: paragraphs and bulleted lists, rendered
 * to markdown one way for all layouts.
 */
export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** A line of the normalised document with its 1-based number, for error messages. */
export interface Line {
  text: string;
  number: number;
  /** Where on its source line the text starts, when a reading split the line ("…2024? Answer: 11.4 FTE"). */
  column?: number;
}

export function toLines(text: string): Line[] {
  return text.split('\n').map((line, index) => ({ text: line, number: index + 1 }));
}

/**
 * Joins the lines of one paragraph. A line ending in a hyphen is a word broken across lines
 * ("melt-" / "down"): it is joined without a space and keeps its hyphen, since we cannot tell a
 * soft hyphen from a real one.
 */
export function joinLines(lines: readonly string[]): string {
  // Each join looks only at the line before it, so a paragraph of many lines costs one pass.
  const parts: string[] = [];
  for (const line of lines.map((each) => each.trim()).filter((each) => each !== '')) {
    if (parts.length > 0 && !/[A-Za-z]-$/.test(parts.at(-1)!)) parts.push(' ');
    parts.push(line);
  }
  return parts.join('');
}

/** The words of a paragraph's lines, joined. */
export function paragraphText(paragraph: readonly Line[]): string {
  return joinLines(paragraph.map((line) => line.text));
}

/**
 * Splits lines into paragraphs at blank lines, then rejoins a paragraph that a page break cut in
 * two: the next part starts in lower case, or follows a wide gap (a page break) after a line that
 * does not end a sentence.
 */
export function splitParagraphs(lines: readonly Line[], isBullet: (text: string) => boolean = () => false): Line[][] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  let gap = 0;
  for (const line of lines) {
    if (line.text.trim() === '') {
      gap += 1;
      continue;
    }
    const previous = current.at(-1);
    const continues =
      previous !== undefined &&
      (gap === 0 ||
        (!isBullet(line.text) && /^\s*[a-z]/.test(line.text)) ||
        (gap >= 3 && !isBullet(line.text) && !ENDS_SENTENCE.test(previous.text.trim())));
    if (!continues && current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
    current.push(line);
    gap = 0;
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** A paragraph whose lines may start list items (`• text`), as blocks. */
export function paragraphToBlocks(lines: readonly Line[], bullet: RegExp): Block[] {
  const blocks: Block[] = [];
  const lead: string[] = [];
  const items: string[][] = [];
  for (const { text } of lines) {
    const match = bullet.exec(text);
    if (match) items.push([text.slice(match[0].length)]);
    else if (items.length > 0) items.at(-1)?.push(text);
    else lead.push(text);
  }
  if (lead.length > 0) blocks.push({ kind: 'paragraph', text: joinLines(lead) });
  const listItems = items.map(joinLines).filter((item) => item !== '');
  if (listItems.length > 0) blocks.push({ kind: 'list', items: listItems });
  return blocks;
}

/** A numbered list item as documents write one: "1. text", "2) text". */
export const NUMBERED_ITEM = /^[ \t]*\d{1,3}[.)][ \t]+/;

/** Markdown for blocks; neighbouring lists merge into one. */
export function renderBlocks(blocks: readonly Block[]): string {
  const merged: Block[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    const numbered = (list: { items: string[] }) => NUMBERED_ITEM.test(list.items[0] ?? '');
    if (block.kind === 'list' && last?.kind === 'list' && numbered(block) === numbered(last)) last.items.push(...block.items);
    else merged.push(block.kind === 'list' ? { kind: 'list', items: [...block.items] } : block);
  }
  // An item that keeps its own number ("2. ask for mediation") is an item of a numbered list.
  const listLine = (item: string) => (NUMBERED_ITEM.test(item) ? item : `- ${item}`);
  return merged.map((block) => (block.kind === 'paragraph' ? block.text : block.items.map(listLine).join('\n'))).join('\n\n');
}

/**
 * Escapes characters that markdown would read as syntax in text that came from a PDF, where they
 * are just characters.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\*_[\]<>`])/g, '\\$1')
    .replace(/^(\s*)([#+-])(\s)/, '$1\\$2$3')
    .replace(/^(\s*\d+)\.(\s)/, '$1\\.$2');
}
