import { joinLines, splitParagraphs, toLines, type Line } from '../blocks';
import { looksLikeHeading } from '../headings';
import { cleanMarkdownText } from '../inline';
import { markdownFromLines } from '../markdown-source';
import { ImportError, type LayoutParser, type ParsedEntry } from '../types';

const NUMBERED = /^(\d+)\.\s+/;
const TAB_ROW = /\t/;

interface Question {
  entry: ParsedEntry;
  answer: Line[];
}

/**
 * Section headings, questions numbered `N.` with answer paragraphs after them, and comment tables
 * whose rows are `comment<TAB>response`.
 */
export const numberedQa: LayoutParser = {
  description: "section headings, questions numbered 'N.' followed by answer paragraphs, and 'comment<TAB>response' rows",
  markers: [/^\d+\.(?= )/gm],
  parse({ text }) {
    const paragraphs = splitParagraphs(toLines(text));
    let next = 1;
    const isQuestion = (paragraph: Line[] | undefined) => {
      const match = paragraph && NUMBERED.exec(paragraph[0]?.text ?? '');
      return match !== null && match !== undefined && Number(match[1]) === next;
    };
    const isTable = (paragraph: Line[] | undefined) => paragraph?.some((line) => TAB_ROW.test(line.text)) ?? false;
    const preamble: Line[] = [];
    const questions: Question[] = [];
    let section: string | undefined;
    paragraphs.forEach((paragraph, index) => {
      const following = paragraphs[index + 1];
      const text = joinLines(paragraph.map((line) => line.text));
      if (isQuestion(paragraph)) {
        next += 1;
        questions.push({ entry: { question: cleanMarkdownText(text.replace(NUMBERED, '')), response: '', section, kind: 'question' }, answer: [] });
      } else if (isTable(paragraph)) {
        for (const line of paragraph) {
          const [comment, response, ...extra] = line.text.split(TAB_ROW);
          if (response === undefined || extra.length > 0) {
            throw new ImportError(line.number, 'a comment row must be the comment, one tab, then the response');
          }
          questions.push({ entry: { question: cleanMarkdownText((comment ?? '').trim()), response: cleanMarkdownText(response.trim()), section, kind: 'comment' }, answer: [] });
        }
      } else if (paragraph.length === 1 && looksLikeHeading(text) && (isQuestion(following) || isTable(following))) {
        section = text;
      } else if (questions.length === 0) {
        preamble.push(...paragraph, { text: '', number: 0 });
      } else {
        questions.at(-1)?.answer.push(...paragraph, { text: '', number: 0 });
      }
    });
    if (questions.length === 0) throw new ImportError(1, "found no question numbered '1.' and no comment rows");
    return {
      preamble: markdownFromLines(preamble),
      entries: questions.map(({ entry, answer }) => (answer.length > 0 ? { ...entry, response: markdownFromLines(answer) } : entry)),
    };
  },
};
