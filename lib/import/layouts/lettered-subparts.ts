import { ImportError } from '../errors';
import { joinLines, toLines, type Line } from '../reading/blocks';
import { cleanMarkdownText } from '../reading/inline';
import { ANSWER_LABELS, ASKER, keywordLabels, numberLabels, QUESTION_LABELS, type LabelMatch } from '../reading/labels';
import { markdownFromLines } from '../reading/markdown-source';
import { splitExchange } from '../reading/reported-speech';
import { isBlank } from '../reading/vocabulary';
import { type ConsumedLabel, type LayoutFamily, type ParsedEntry } from '../types';

// Parts lettered a) (b) c. or numbered in roman numerals (i) ii.
const LETTER = /^[ \t]*(?:\(([a-z]|[ivx]{1,4})\)|([a-z]|[ivx]{1,4})[).])[ \t]+/i;
const questionLabel = keywordLabels(QUESTION_LABELS);
// Not the single letter 'a': here "a." letters a part.
const answerLabel = keywordLabels(
  ANSWER_LABELS.filter((label) => label.words !== 'a'),
  'answers',
);

// The asker's own request for what the parts list: "Under the Act, please can you tell me, for …:", "Could you provide:".
const ASKS_FOR_PARTS =
  /\b(?:please (?:can|could|would) you|(?:can|could|would|will) you (?:please )?(?:tell|provide|send|give|confirm|supply|set out|say)|please (?:provide|tell|supply|send|confirm|give|set out|list)|I (?:would|'d) like (?:to know|to request|to ask)|I am requesting|I request)\b[^]*:\s*$/i;

/**
 * Where the paragraph before `from` starts, past blank lines, when it is a request in the asker's
 * own words ending in ":": the lead-in the parts complete, so the question's own words, set apart
 * by a blank line. A council's "you asked for the following information:" is not one.
 */
function leadInBefore(lines: readonly Line[], from: number): number | undefined {
  let end = from;
  while (end > 0 && isBlank(lines[end - 1]?.text)) end -= 1;
  if (end === from) return undefined;
  let start = end;
  while (start > 0 && !isBlank(lines[start - 1]?.text)) start -= 1;
  const paragraph = joinLines(lines.slice(start, end).map((line) => line.text));
  return start < end && ASKS_FOR_PARTS.test(paragraph) ? start : undefined;
}

interface Part {
  letter: string;
  question: string[];
  answer: string[];
}

/**
 * A question in lettered parts a) b) c) — numbered "1." or labelled "Question asked by …:" — then
 * "Answer" or "Response by …:" and the answers lettered in the same order. Each part becomes its
 * own entry, under the question's opening words as its heading, so that a reader finds the one part
 * they need. A part left unanswered (a document cut short) has no response.
 */
export const letteredSubparts: LayoutFamily = {
  name: 'lettered-subparts',
  description: 'a question in parts `a)`, `b)`, answered part by part',
  parse({ text }) {
    const lines = toLines(text);
    const labels: ConsumedLabel[] = [];
    // The label first, which names who asked ("Question 2 from Mr …"); a bare number otherwise.
    const stemLabel = (line: string): LabelMatch | undefined => questionLabel(line) ?? numberLabels(line);
    const labelled = lines.findIndex((line) => stemLabel(line.text) !== undefined);
    // A question without label or number starts with the paragraph its first part is in: "…could the Chairman please set out:" / "(i) how many …".
    const lettered = lines.findIndex((line) => LETTER.test(line.text));
    let unlabelled = lettered;
    while (unlabelled > 0 && !isBlank(lines[unlabelled - 1]?.text)) unlabelled -= 1;
    unlabelled = leadInBefore(lines, unlabelled) ?? unlabelled;
    const first = labelled === -1 || (lettered !== -1 && unlabelled < labelled) ? unlabelled : labelled;
    if (first === -1)
      throw new ImportError(1, "found no question numbered '1.' or labelled 'Question …:', and no parts lettered 'a)' or '(i)'");
    const entries: ParsedEntry[] = [];
    let stem: Line[] = [];
    let askedBy: string | undefined;
    let answeredBy: string | undefined;
    let parts: Part[] = [];
    const groups: number[] = [];
    let inAnswers = false;
    let part: Part | undefined;
    // Answer text before the first lettered answer ("Thank you for your question."): the first part's, or the whole answer of a question without parts.
    let before: string[] = [];
    const finish = () => {
      const section = cleanMarkdownText(joinLines(stem.map((line) => line.text)));
      if (parts.length === 0 && stem.length > 0) {
        // A supplementary question minuted in reported speech holds its own reply: "Mrs Olu asked whether …. The Cabinet Member replied …".
        const exchange = before.length === 0 ? splitExchange(section) : undefined;
        entries.push({
          question: exchange?.[0] ?? section,
          response: exchange?.[1] ?? cleanMarkdownText(joinLines(before)),
          kind: 'question',
          ...(askedBy === undefined ? {} : { askedBy }),
          ...(answeredBy === undefined ? {} : { answeredBy }),
        });
        groups.push(1);
      }
      if (parts[0]) parts[0].answer.unshift(...before);
      before = [];
      for (const { question, answer } of parts) {
        entries.push({
          section: section === '' ? undefined : section,
          question: cleanMarkdownText(joinLines(question)),
          response: cleanMarkdownText(joinLines(answer)),
          kind: 'question',
          ...(askedBy === undefined ? {} : { askedBy }),
          ...(answeredBy === undefined ? {} : { answeredBy }),
        });
      }
      if (parts.length > 0) groups.push(parts.length);
      parts = [];
      stem = [];
      askedBy = undefined;
      answeredBy = undefined;
    };
    for (const line of lines.slice(first)) {
      if (isBlank(line.text)) continue;
      const opening = stemLabel(line.text);
      const answer = opening ? undefined : answerLabel(line.text);
      const lettered = opening || answer ? null : LETTER.exec(line.text);
      if (opening) {
        finish();
        labels.push({ line: line.number, text: opening.consumed });
        // "Question 1 – Mrs Sarah Olu", the question on the next lines: the rest of the label's line names who asked.
        const asker = opening.attribution === undefined && ASKER.test(opening.rest.trim()) ? opening.rest.trim() : undefined;
        askedBy = opening.attribution ?? asker;
        stem = isBlank(opening.rest) || asker !== undefined ? [] : [{ ...line, text: opening.rest }];
        inAnswers = false;
        part = undefined;
      } else if (answer) {
        labels.push({ line: line.number, text: answer.consumed });
        answeredBy = answer.attribution;
        inAnswers = true;
        part = undefined;
        if (!isBlank(answer.rest))
          throw new ImportError(line.number, "the answers must be lettered 'a)', 'b)' on lines of their own after this label");
      } else if (lettered) {
        labels.push({ line: line.number, text: lettered[0] });
        const letter = (lettered[1] ?? lettered[2] ?? '').toLowerCase();
        const body = line.text.slice(lettered[0].length);
        if (!inAnswers) {
          part = { letter, question: [body], answer: [] };
          parts.push(part);
        } else {
          part = parts.find((p) => p.letter === letter);
          if (!part) throw new ImportError(line.number, `answer ${letter}) has no question ${letter})`);
          part.answer.push(body);
        }
      } else if (part) (inAnswers ? part.answer : part.question).push(line.text);
      else if (!inAnswers) stem.push(line);
      else before.push(line.text);
    }
    finish();
    // Questions without parts are read here only beside questions in parts; a document of none is another layout's.
    if (groups.every((size) => size === 1))
      throw new ImportError(lines[first]?.number ?? 1, "found no question in lettered parts 'a)', 'b)' or '(i)', '(ii)'");
    return { preamble: markdownFromLines(lines.slice(0, first)), entries, labels, groups };
  },
};
