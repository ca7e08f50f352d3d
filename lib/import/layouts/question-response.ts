import { joinLines, toLines } from '../blocks';
import { cleanMarkdownText } from '../inline';
import { markdownFromLines } from '../markdown-source';
import { ImportError, type LayoutParser, type ParsedEntry } from '../types';

const QUESTION = /^Question (\d+):\s*/;
const RESPONSE_LABEL = /^Response:\s*$/;
/** `Question N: …` then the response paragraphs, the first sometimes labelled `Response:`. */
export const questionResponse: LayoutParser = {
  description: "'Question N:' followed by the question, then the response paragraphs (the first may be labelled 'Response:')",
  markers: [/^Question \d+:/gm, /^Response:[ \t]*$/gm],
  parse({ text }) {
    const lines = toLines(text);
    const starts = lines.flatMap((line, index) => (QUESTION.test(line.text) ? [index] : []));
    const first = starts[0];
    if (first === undefined) throw new ImportError(1, "found no line starting 'Question 1:'");
    const entries = starts.map((start, i): ParsedEntry => {
      const block = lines.slice(start, starts[i + 1] ?? lines.length);
      const firstBlank = block.findIndex((line) => line.text.trim() === '');
      const questionLines = firstBlank === -1 ? block : block.slice(0, firstBlank);
      const rest = (firstBlank === -1 ? [] : block.slice(firstBlank)).filter((line) => !RESPONSE_LABEL.test(line.text));
      const question = cleanMarkdownText(joinLines(questionLines.map((line) => line.text)).replace(QUESTION, ''));
      return { question, response: markdownFromLines(rest), kind: 'question' };
    });
    return { preamble: markdownFromLines(lines.slice(0, first)), entries };
  },
};
