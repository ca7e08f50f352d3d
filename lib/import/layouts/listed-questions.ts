import { ImportError } from '../errors';
import { escapeRegExp } from '../../common/escape-regexp';
import { joinLines, toLines } from '../reading/blocks';
import { cleanMarkdownText } from '../reading/inline';
import { markdownFromLines } from '../reading/markdown-source';
import { GLYPH_BULLET } from '../reading/vocabulary';
import { type LayoutFamily, type ParsedEntry } from '../types';

/** A place in the sidecar's list: the first words of a question or answer, or its line number. */
type Start = string | number;

// The question ends at its "?" (and any closing quote or bracket), or at the end of its paragraph.
const QUESTION_END = /\?["”’')\]*_]*(?=\s|$)|\n[ \t]*\n/;

/** Offset in `text` where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Where `start` is in `text`, searching from `from`; the words may be wrapped over lines or spaced apart. */
function find(text: string, starts: readonly number[], start: Start, from: number, field: string): number {
  if (typeof start === 'number') {
    const offset = starts[start - 1];
    if (offset === undefined) throw new ImportError(1, `${field}: line ${start} is past the end of the document (${starts.length} lines)`);
    // A line's bullet is not the question's first word.
    const indent = (GLYPH_BULLET.exec(text.slice(offset, offset + 12)) ?? /^[ \t]*/.exec(text.slice(offset)))?.[0].length ?? 0;
    if (text.slice(offset + indent, offset + indent + 1).trim() === '') throw new ImportError(start, `${field}: line ${start} is blank`);
    if (offset + indent < from)
      throw new ImportError(
        start,
        `${field}: line ${start} comes before the place listed before it; list them in the order of the document`,
      );
    return offset + indent;
  }
  const pattern = new RegExp(
    start
      .trim()
      .split(/\s+/)
      .map(escapeRegExp)
      .join(String.raw`\s+`),
    'g',
  );
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  if (!match)
    throw new ImportError(
      lineAt(starts, from),
      `${field}: '${start}' is not in the document after line ${lineAt(starts, from)}; copy the first words exactly as the document has them, or give the line number`,
    );
  return match.index;
}

const linesOf = (text: string, firstLine: number) => toLines(text).map((line) => ({ ...line, number: line.number + firstLine - 1 }));

/**
 * The editor's escape hatch: the sidecar says where each question starts (`questions:`, first
 * words or line numbers) and, for a document without answer labels, where each answer starts
 * (`answers:`). Without `answers:`, an answer starts after its question's "?" or paragraph. The
 * words before the first question are the preamble; nothing is dropped.
 */
export const listedQuestions: LayoutFamily = {
  name: 'listed-questions',
  description:
    'anything a person can read: the sidecar lists where each question starts (`questions:`, first words or line numbers) and, without labels, where each answer starts (`answers:`)',
  parse({ text, questions, answers }) {
    if (!questions) throw new ImportError(1, "the sidecar lists no questions: give 'questions:' with the first words of each question");
    if (answers && answers.length !== questions.length)
      throw new ImportError(
        1,
        `answers: lists ${answers.length} places for ${questions.length} questions; give one for each question, in order (null for a question with no answer)`,
      );
    const starts = lineStarts(text);
    const questionAt: number[] = [];
    questions.forEach((start, index) =>
      questionAt.push(find(text, starts, start, (questionAt[index - 1] ?? -1) + 1, `questions (${index + 1})`)),
    );
    const entries = questionAt.map((from, index): ParsedEntry => {
      const to = questionAt[index + 1] ?? text.length;
      const answer = answers?.[index];
      let split: number;
      if (answer !== undefined && answer !== null) {
        split = find(text, starts, answer, from + 1, `answers (${index + 1})`);
        if (split >= to)
          throw new ImportError(
            lineAt(starts, split),
            `answers (${index + 1}): '${answer}' is found only after question ${index + 2} starts`,
          );
      } else if (answer === null) split = to;
      else {
        const end = QUESTION_END.exec(text.slice(from, to));
        split = end ? from + end.index + (end[0].startsWith('?') ? end[0].length : 0) : to;
      }
      const firstLine = lineAt(starts, from);
      const question = cleanMarkdownText(joinLines(text.slice(from, split).split('\n')));
      if (question === '')
        throw new ImportError(
          firstLine,
          `questions (${index + 1}): the question starting on line ${firstLine} has no words before its answer starts`,
        );
      return { question, response: markdownFromLines(linesOf(text.slice(split, to), lineAt(starts, split))), kind: 'question' };
    });
    return { preamble: markdownFromLines(linesOf(text.slice(0, questionAt[0]), 1)), entries };
  },
};
