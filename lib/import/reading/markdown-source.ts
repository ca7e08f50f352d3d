import { NUMBERED_ITEM, paragraphToBlocks, renderBlocks, splitParagraphs, type Line } from './blocks';
import { cleanMarkdownText } from './inline';
import { GLYPH_BULLET } from './vocabulary';

// A bulleted item, or a numbered one, which keeps its number as its text.
const LIST_ITEM = new RegExp(`${GLYPH_BULLET.source}|^(?=${NUMBERED_ITEM.source.slice(1)})`);

/** Markdown from paragraphs of a Word export: lists kept, placeholder links and whole-answer bold repaired. */
export function markdownFromLines(lines: readonly Line[]): string {
  const blocks = splitParagraphs(lines, (text) => LIST_ITEM.test(text)).flatMap((paragraph) =>
    paragraphToBlocks(paragraph, LIST_ITEM).map((block) =>
      block.kind === 'paragraph'
        ? { ...block, text: cleanMarkdownText(block.text) }
        : { ...block, items: block.items.map(cleanMarkdownText) },
    ),
  );
  return renderBlocks(blocks);
}
