import { joinLines, toLines, type Line } from '../reading/blocks';
import { cleanMarkdownText } from '../reading/inline';
import { markdownFromLines } from '../reading/markdown-source';
import { ImportError, type LayoutParser, type ParsedEntry } from '../types';

const NUMBERED = /^\d+\.\s+/;
const LETTER = /^\(?([a-z])\)\s+/;
const ANSWER_LABEL = /^(?:Answer|Response)(?:\s+\d+)?:?\s*$/i;

/**
 * A numbered question with lettered parts a) b) c), then "Answer" and lettered answers in the same
 * order. Each part becomes its own entry, under the numbered question as its heading, so that a
 * reader finds the one part they need.
 */
export const letteredSubparts: LayoutParser = {
  description: "a numbered question 'N. …' with parts 'a)', 'b)', then 'Answer' and answers 'a)', 'b)' in the same order",
  markers: [/^\d+\.(?= )/gm, /^\(?[a-z]\)(?= )/gm, /^(?:Answer|Response)(?:\s+\d+)?:?[ \t]*$/gim],
  order: 'questions-then-answers',
  parse({ text }) {
    const lines = toLines(text);
    const first = lines.findIndex((line) => NUMBERED.test(line.text));
    if (first === -1) throw new ImportError(1, "found no numbered question 'N. …'");
    const entries: ParsedEntry[] = [];
    let stem: Line[] = [];
    let parts = new Map<string, { question: string[]; answer: string[] }>();
    let inAnswers = false;
    let letter: string | undefined;
    const finish = () => {
      const section = joinLines(stem.map((l) => l.text));
      for (const [key, part] of parts) {
        if (part.answer.length === 0) throw new ImportError(stem[0]?.number ?? 1, `part ${key}) of this question has no answer ${key})`);
        entries.push({ section, question: cleanMarkdownText(joinLines(part.question)), response: cleanMarkdownText(joinLines(part.answer)), kind: 'question' });
      }
      parts = new Map();
    };
    for (const line of lines.slice(first)) {
      const lettered = LETTER.exec(line.text);
      if (NUMBERED.test(line.text)) {
        finish();
        stem = [{ ...line, text: line.text.replace(NUMBERED, '') }];
        inAnswers = false;
        letter = undefined;
      } else if (ANSWER_LABEL.test(line.text)) {
        inAnswers = true;
        letter = undefined;
      } else if (lettered) {
        letter = lettered[1] ?? '';
        const body = line.text.slice(lettered[0].length);
        if (!inAnswers) parts.set(letter, { question: [body], answer: [] });
        else {
          const part = parts.get(letter);
          if (!part) throw new ImportError(line.number, `answer ${letter}) has no question ${letter})`);
          part.answer.push(body);
        }
      } else if (line.text.trim() !== '') {
        const part = letter === undefined ? undefined : parts.get(letter);
        if (part) (inAnswers ? part.answer : part.question).push(line.text);
        else if (!inAnswers) stem.push(line);
        else throw new ImportError(line.number, 'this answer text comes before any lettered answer');
      }
    }
    finish();
    return { preamble: markdownFromLines(lines.slice(0, first)), entries };
  },
};
