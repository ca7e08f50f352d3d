import { ENDS_QUESTION } from '../reading/vocabulary';
import type { ParsedEntry } from '../types';

/**
 * All the questions, then all the answers by number (an FOI reply's "Request" and "Decision"): a
 * run numbered from 1 again whose items ask nothing, after a run of questions that have no answers
 * of their own, answers that run item by item. The pairs are one group, as the coverage check reads
 * them back: the questions, then the answers.
 */
export function pairAnswerRun(
  entries: readonly ParsedEntry[],
  numbers: readonly (number | undefined)[],
): { entries: ParsedEntry[]; groups: number[]; answersFrom: number } | undefined {
  const answersFrom = numbers.findIndex((n, index) => n === 1 && index > 0 && numbers[index - 1] !== undefined);
  if (answersFrom === -1) return undefined;
  const questions = entries.slice(0, answersFrom);
  const answers = entries.slice(answersFrom);
  const asks = (entry: ParsedEntry) => ENDS_QUESTION.test(entry.question.trim());
  if (
    numbers[0] !== 1 ||
    answers.length > questions.length ||
    questions.some((q) => q.response !== '') ||
    answers.filter(asks).length * 2 > answers.length
  )
    return undefined;
  // Answers go to the question of their number; a question whose number the answers skip has none.
  const byNumber = new Map(answers.map((answer, k) => [numbers[answersFrom + k], answer]));
  const joined = questions.map((question, k): ParsedEntry => {
    const answer = byNumber.get(numbers[k]);
    return { ...question, response: answer ? [answer.question, answer.response].filter((part) => part !== '').join('\n\n') : '' };
  });
  return { entries: joined, groups: [joined.length], answersFrom };
}
