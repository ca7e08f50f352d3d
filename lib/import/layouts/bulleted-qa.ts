import { joinLines, toLines } from '../reading/blocks';
import { looksLikeHeading } from '../reading/headings';
import { cleanMarkdownText } from '../reading/inline';
import { ImportError, type LayoutParser, type ParsedEntry } from '../types';
import { markdownFromLines } from '../reading/markdown-source';

const QUESTION = /^- /;
// Answers are indented bullets, often with a stray "o" (a Word sub-bullet glyph) after the dash.
const ANSWER = /^\s+- (?:o )?/;

/** Section headings, `- question` bullets and indented `- o answer` bullets, answers often in bold. */
export const bulletedQa: LayoutParser = {
  description: "talk titles as headings, questions as '- ' bullets, answers as indented '- o ' bullets, often in bold",
  markers: [/^[ \t]+- o(?= )/gm],
  parse({ text }) {
    const lines = toLines(text);
    const firstQuestion = lines.findIndex((line) => QUESTION.test(line.text));
    if (firstQuestion === -1) throw new ImportError(1, "found no question: questions must start with '- '");
    const entries: ParsedEntry[] = [];
    let section: string | undefined;
    let questionLines: string[] = [];
    let answers: string[][] = [];
    let previousBlank = true;
    const finish = () => {
      if (questionLines.length === 0) return;
      // Each line is cleaned before joining: a bold answer followed by an email on its own line is still a bold answer.
      const items = answers.map((answer) => joinLines(answer.map(cleanMarkdownText)));
      const response = items.length === 1 ? (items[0] ?? '') : items.map((item) => `- ${item}`).join('\n');
      entries.push({ question: cleanMarkdownText(joinLines(questionLines)), response, section, kind: 'question' });
      questionLines = [];
      answers = [];
    };
    for (const line of lines.slice(firstQuestion)) {
      const blank = line.text.trim() === '';
      const answer = ANSWER.exec(line.text);
      if (blank) {
        // nothing: blank lines separate questions but carry no meaning of their own
      } else if (QUESTION.test(line.text)) {
        // A question right after another with no answer between shares the answer that follows.
        if (answers.length > 0) finish();
        questionLines.push(line.text.slice(2));
      } else if (answer) {
        if (questionLines.length === 0) throw new ImportError(line.number, 'this answer has no question before it');
        answers.push([line.text.slice(answer[0].length)]);
      } else if (previousBlank && looksLikeHeading(line.text)) {
        finish();
        section = line.text.trim();
      } else {
        const target = answers.at(-1) ?? (questionLines.length > 0 ? questionLines : undefined);
        if (!target) throw new ImportError(line.number, `cannot tell whether this is a question, an answer or a heading: '${line.text.trim()}'`);
        target.push(line.text);
      }
      previousBlank = blank;
    }
    finish();
    return { preamble: markdownFromLines(lines.slice(0, firstQuestion)), entries };
  },
};
