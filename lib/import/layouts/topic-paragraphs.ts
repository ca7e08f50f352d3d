import { joinLines, toLines, type Line } from '../blocks';
import { looksLikeHeading } from '../headings';
import { cleanMarkdownText } from '../inline';
import { markdownFromLines } from '../markdown-source';
import { ImportError, type LayoutParser, type ParsedEntry } from '../types';

const blank = (line: Line | undefined) => (line?.text.trim() ?? '') === '';

/**
 * No labels at all: a topic heading on its own line, then the question (the text up to its first
 * question mark), then the answer until the next heading. Everything before the first heading is
 * the preamble.
 */
export const topicParagraphs: LayoutParser = {
  description: 'a short topic heading, then the question (ending in "?"), then the answer, with no labels',
  markers: [],
  parse({ text }) {
    const lines = toLines(text);
    /** Where the question under a heading at `index` ends, if the heading is followed by one. */
    const questionEnd = (index: number): number | undefined => {
      if (!looksLikeHeading(lines[index]?.text ?? '') || !blank(lines[index - 1])) return undefined;
      for (let i = index + 1; i < lines.length && !blank(lines[i]); i++) if (/\?["”']?$/.test(lines[i]?.text.trim() ?? '')) return i;
      return undefined;
    };
    const headings = lines.flatMap((line, index) => (questionEnd(index) === undefined ? [] : [index]));
    const first = headings[0];
    if (first === undefined) throw new ImportError(1, 'found no topic heading followed by a question ending in "?"');
    const entries: ParsedEntry[] = headings.map((start, n) => {
      const end = questionEnd(start) ?? start;
      return {
        section: (lines[start]?.text ?? '').trim(),
        question: cleanMarkdownText(joinLines(lines.slice(start + 1, end + 1).map((l) => l.text))),
        response: markdownFromLines(lines.slice(end + 1, headings[n + 1] ?? lines.length)),
        kind: 'question',
      };
    });
    return { preamble: markdownFromLines(lines.slice(0, first)), entries };
  },
};
