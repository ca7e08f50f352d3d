import { paragraphToBlocks, renderBlocks, splitParagraphs, type Line } from './blocks';
import { cleanMarkdownText } from './inline';

const LIST_ITEM = /^\s*[-*] /;

/** Markdown from paragraphs of a Word export: lists kept, placeholder links and whole-answer bold repaired. */
export function markdownFromLines(lines: readonly Line[]): string {
  const blocks = splitParagraphs(lines, (text) => LIST_ITEM.test(text)).flatMap((paragraph) =>
    paragraphToBlocks(paragraph, LIST_ITEM).map((block) =>
      block.kind === 'paragraph' ? { ...block, text: cleanMarkdownText(block.text) } : { ...block, items: block.items.map(cleanMarkdownText) },
    ),
  );
  return renderBlocks(blocks);
}
