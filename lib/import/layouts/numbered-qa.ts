import { ANSWER_LABELS, keywordLabels, labelsInUse, numberLabels } from '../reading/labels';
import { slashedTable } from '../reading/table-rows';
import type { LayoutFamily } from '../types';
import { afterSentenceEnds } from './inline-answers';
import { readQaStream } from './qa-stream';

/**
 * Questions numbered `1.`, `1)`, `(1)`, `Q1` or `Question 1`, each followed by its answer
 * paragraphs (an `Answer:` or `Response:` label is read where there is one), under optional
 * section headings, and comment tables pasted as `comment<TAB>response` rows.
 */
export const numberedQa: LayoutFamily = {
  name: 'numbered-qa',
  description:
    'questions numbered `1.`, `1)`, `(1)` or `Q1`, each followed by its answer; tables pasted as text, a row per entry (`comment<TAB>response`, `comment / response` under a header split the same way, or the rows of a markdown table, with or without a reference column)',
  parse({ text }) {
    // Numbered documents rarely label answers; one that does labels every one, at the start of a line or after its question's end.
    const lines = text.split('\n');
    const inline = lines.flatMap((line) => afterSentenceEnds(line).map((at) => line.slice(at)));
    const answers = labelsInUse(ANSWER_LABELS, [...lines, ...inline], true, 'answers');
    return readQaStream(text, {
      question: numberLabels,
      answer: answers.length > 0 ? keywordLabels(answers, 'answers') : undefined,
      sequential: true,
      tabRows: true,
      slashRows: slashedTable(lines),
      noQuestion: "found no question numbered '1.' (or '1)', '(1)', 'Q1') and no 'comment<TAB>response' rows",
    });
  },
};
