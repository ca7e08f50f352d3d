import { joinLines, toLines, type Line } from '../blocks';
import { looksLikeHeading } from '../headings';
import { cleanMarkdownText } from '../inline';
import { markdownFromLines } from '../markdown-source';
import { ImportError, type LayoutParser, type ParsedEntry } from '../types';

/**
 * The shared reader for documents whose questions and answers carry labels: `Q:` / `A:`,
 * `Question: 1` / `Answer:`, `You said` / `We did`. After the first question, a short line between
 * blank lines straight before a question is a section heading.
 */
export function labelledQa(options: { question: RegExp; answer: RegExp; kind: ParsedEntry['kind']; description: string }): LayoutParser {
  const { question, answer } = options;
  return {
    description: options.description,
    markers: [new RegExp(question.source, `gm${question.flags}`), new RegExp(answer.source, `gm${answer.flags}`)],
    parse({ text }) {
      const lines = toLines(text);
      const first = lines.findIndex((line) => question.test(line.text));
      if (first === -1) throw new ImportError(1, `found no question label (${question.source})`);
      const entries: ParsedEntry[] = [];
      let section: string | undefined;
      let part: 'question' | 'answer' = 'question';
      let questionLines: Line[] = [];
      let answerLines: Line[] = [];
      const finish = () => {
        if (questionLines.length === 0) return;
        entries.push({ question: cleanMarkdownText(joinLines(questionLines.map((l) => l.text))), response: markdownFromLines(answerLines), section, kind: options.kind });
        questionLines = [];
        answerLines = [];
      };
      // A heading is a lone short line between blank lines, straight before a question.
      const isHeading = (index: number) => {
        const line = lines[index];
        return (
          line !== undefined &&
          looksLikeHeading(line.text) &&
          !question.test(line.text) &&
          !answer.test(line.text) &&
          (lines[index - 1]?.text.trim() ?? '') === '' &&
          question.test(lines.slice(index + 1).find((l) => l.text.trim() !== '')?.text ?? '')
        );
      };
      for (let index = first; index < lines.length; index++) {
        const line = lines[index] as Line;
        if (question.test(line.text)) {
          finish();
          part = 'question';
          questionLines.push({ ...line, text: line.text.replace(question, '') });
        } else if (answer.test(line.text)) {
          if (questionLines.length === 0) throw new ImportError(line.number, 'this answer has no question before it');
          part = 'answer';
          answerLines.push({ ...line, text: line.text.replace(answer, '') });
        } else if (isHeading(index)) {
          finish();
          section = line.text.trim();
        } else if (part === 'question') {
          if (line.text.trim() !== '' || questionLines.length > 0) questionLines.push(line);
        } else answerLines.push(line);
      }
      finish();
      // Everything before the first question, a heading straight above it included, is the preamble.
      return { preamble: markdownFromLines(lines.slice(0, first)), entries };
    },
  };
}

export const qaPairs = labelledQa({
  question: /^Q\d*[:.][ \t]*/,
  answer: /^A\d*[:.][ \t]*/,
  kind: 'question',
  description: "questions starting 'Q:' and answers starting 'A:' (optionally numbered, 'Q3:')",
});

export const questionAnswerLabels = labelledQa({
  question: /^Question:?[ \t]*\d+[:.]?[ \t]*/,
  answer: /^Answer:?[ \t]*/,
  kind: 'question',
  description: "'Question: 1' (or 'Question 1') then the question, then 'Answer:' and the answer",
});

export const youSaidWeDid = labelledQa({
  // The label stands alone or ends in a colon, so that a title such as "You Said, We Did" is not one.
  question: /^You said(?::[ \t]*|[ \t]*$)/i,
  answer: /^We did(?::[ \t]*|[ \t]*$)/i,
  kind: 'comment',
  description: "'You said' blocks, each followed by a 'We did' block with the council's response",
});
