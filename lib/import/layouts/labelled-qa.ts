import { ANSWER_LABELS, keywordLabels, labelsInUse, QUESTION_LABELS, type LabelWords } from '../reading/labels';
import type { LayoutFamily } from '../types';
import { readQaStream } from './qa-stream';

/**
 * Questions and answers that carry labels: `Q:` / `A:`, `Question 3:` / `Response:`, `You said` /
 * `We did`, `Issue raised` / `Council response`, `Question asked by …:` / `Response by …:`, or the
 * labels a sidecar declares. An answer label is optional: without one, the answer starts after the
 * question's paragraph.
 */
export const labelledQa: LayoutFamily = {
  name: 'labelled-qa',
  description:
    '`Q:` / `A:`, `Question 1:` / `Response:`, `You said` / `We did`, `Issue raised:` / `Council response:`, `Question asked by …:` / `Response by …:`, in any case, numbered or not; or the labels the sidecar declares',
  parse({ text, labels: declared }) {
    const lines = text.split('\n');
    const toWords = (labels: readonly string[]): LabelWords[] => labels.map((words) => ({ words, kind: declared?.kind }));
    const questions = declared ? toWords(declared.question) : labelsInUse(QUESTION_LABELS, lines);
    const answers = declared ? toWords(declared.answer ?? []) : labelsInUse(ANSWER_LABELS, lines, false, 'answers');
    return readQaStream(text, {
      question: keywordLabels(questions),
      answer: answers.length > 0 ? keywordLabels(answers, 'answers') : undefined,
      labelsEveryAnswer: declared !== undefined && answers.length > 0,
      noQuestion: declared
        ? `found no line starting with the declared question label ${declared.question.map((l) => `'${l}'`).join(' or ')}`
        : "found no question label such as 'Q:', 'Question 1:', 'You said' or 'Issue raised:' at the start of a line",
    });
  },
};
