import { ImportError } from '../errors';
import { joinLines, toLines, type Line } from '../reading/blocks';
import { cleanMarkdownText } from '../reading/inline';
import { ASKER, isBareLabel, type LabelMatch } from '../reading/labels';
import { markdownFromLines } from '../reading/markdown-source';
import { ENDS_QUESTION, ENDS_SENTENCE, isBlank } from '../reading/vocabulary';
import { type ConsumedLabel, type ParsedDocument, type ParsedEntry } from '../types';
import { pairAnswerRun } from './answer-run';
import { splitInlineAnswers } from './inline-answers';
import { questionEnd } from './question-end';
import { classify } from './stream-marks';
import { headingText, sectionHeadingBefore } from './stream-headings';
import type { StreamOptions } from './stream-options';

/** A label the document keeps (`consumed` is empty), alone on its line: "We did", "WE DID:". */
function standsAlone(label: LabelMatch, text: string): boolean {
  return label.consumed === '' && isBareLabel(text);
}

// Feedback going on in the voice of those who gave it: "Some felt that …", "Other parents told us …", "Many of you said …".
const FEEDBACK_GOES_ON =
  /^\W*(?:some|others?|many|most|several|a few|one|parents?|carers?|families|young people)(?: (?:of you|of them|parents?|carers?|families|people))?(?: also)? (?:said|felt|feel|told|thought|think|wanted|want|found|find|asked|reported|mentioned|described|were|was)\b/i;

/**
 * Where feedback that asks nothing ends, its first sentence ending before `from`: past the
 * sentences after it that go on in the feedback's voice, whatever blank lines stand between; the
 * council's paragraph before "We did" ("Only two of our clubs …") is already the answer.
 */
function feedbackEnd(between: readonly Line[], from: number): number {
  let end = from;
  for (let next = end; next < between.length; next++) {
    if (isBlank(between[next]?.text)) continue;
    if (!FEEDBACK_GOES_ON.test(between[next]?.text ?? '')) break;
    while (next < between.length - 1 && !ENDS_SENTENCE.test(between[next]?.text.trim() ?? '')) next += 1;
    end = next + 1;
  }
  return end;
}

/**
 * The reader shared by every layout whose questions start with a label or a number: a question
 * starts a new entry wherever its label stands, whatever came before it (so a preamble line
 * without a full stop, or four blank lines, never swallow a question); the answer runs to the next
 * question; a short line on its own straight before a question is a section heading.
 */
export function readQaStream(text: string, options: StreamOptions): ParsedDocument {
  const lines = splitInlineAnswers(toLines(text), options);
  const { marks, restart } = classify(lines, options);
  // In a request thread the entries are the reply's, which repeats each question with its answer; the request is the preamble's.
  const starts = marks.flatMap((mark, index) => ((mark?.type === 'question' || mark?.type === 'row') && index >= restart ? [index] : []));
  const first = starts[0];
  if (first === undefined) throw new ImportError(1, options.noQuestion);

  const headingBefore = (start: number) => sectionHeadingBefore(lines, marks, start);
  const firstHeading = headingBefore(first);
  // …except the end of the document's title, when the document has no other section headings.
  const titleOnly =
    firstHeading !== undefined &&
    (lines.slice(0, firstHeading).every((line) => isBlank(line.text)) ||
      !starts.slice(1).some((start) => headingBefore(start) !== undefined));
  const preambleEnd = firstHeading !== undefined && !titleOnly ? firstHeading : first;

  const labels: ConsumedLabel[] = [];
  const consume = (index: number, label: LabelMatch) => {
    const column = lines[index]?.column;
    labels.push({ line: lines[index]?.number ?? 0, text: label.consumed, ...(column === undefined ? {} : { column }) });
  };
  const entries: ParsedEntry[] = [];
  // Each entry's question number and first line, for pairing a run of answers with its questions.
  const numbers: (number | undefined)[] = [];
  const firstLines: number[] = [];
  let closing = '';
  let section = firstHeading !== undefined && !titleOnly ? headingText(lines, firstHeading, first) : undefined;

  starts.forEach((start, n) => {
    const next = starts[n + 1];
    const nextHeading = next === undefined ? undefined : headingBefore(next);
    const end = nextHeading ?? next ?? lines.length;
    const mark = marks[start];
    if (mark?.type === 'row') {
      if (mark.ref !== undefined) labels.push({ line: lines[start]?.number ?? 0, text: mark.ref });
      if (mark.theme !== undefined) {
        const theme = mark.theme.replace(/[\t|]/g, ' ').trim();
        // A theme repeated on the next row is the same section: its words stand once, where it started.
        if (theme === section) labels.push({ line: lines[start]?.number ?? 0, text: mark.theme });
        else section = theme;
      }
      // A row holds its whole entry: a paragraph after the last row, past a blank line, is the document's closing.
      const last = next === undefined && isBlank(lines[start + 1]?.text);
      if (last) closing = markdownFromLines(lines.slice(start + 1, end));
      const more = last ? '' : markdownFromLines(lines.slice(start + 1, end));
      const response = [cleanMarkdownText(mark.cells[1].trim()), more].filter((part) => part !== '').join('\n\n');
      const question = cleanMarkdownText(mark.cells[0].trim());
      entries.push({ question, response, section, kind: ENDS_QUESTION.test(question) ? 'question' : 'comment' });
    } else if (mark?.type === 'question') {
      consume(start, mark.label);
      // "Question 1 – Mrs Eleanor Marsh", the question on the next line: the rest of the label's line names who asked.
      const asker =
        mark.label.attribution === undefined && ASKER.test(mark.label.rest.trim()) && !isBlank(lines[start + 1]?.text)
          ? mark.label.rest.trim()
          : undefined;
      const head: Line = { number: lines[start]?.number ?? 0, text: asker === undefined ? mark.label.rest : '' };
      // Searched from this question on, not from the top: a long document must not cost its square.
      let answerAt = -1;
      for (let index = start + 1; index < end && answerAt === -1; index++) if (marks[index]?.type === 'answer') answerAt = index;
      let questionLines: Line[];
      let answerFrom: number;
      if (answerAt !== -1) {
        // What stands between the question and its answer label is the question only as far as its
        // last "?", or, for feedback that asks nothing ("You said: …"), its first sentence: a council
        // paragraph before "We did" is already the answer.
        const between = [head, ...lines.slice(start + 1, answerAt)];
        const asked = between.map((line) => ENDS_QUESTION.test(line.text.trim())).lastIndexOf(true);
        const said = between.findIndex((line) => ENDS_SENTENCE.test(line.text.trim()));
        const end = options.labelsEveryAnswer
          ? between.length
          : asked !== -1
            ? asked + 1
            : said !== -1
              ? feedbackEnd(between, said + 1)
              : between.length;
        questionLines = between.slice(0, end);
        answerFrom = start + end;
      } else {
        // A label alone on its line may have blank lines before its question.
        let from = start;
        if (isBlank(head.text)) for (from = start + 1; from < end && isBlank(lines[from]?.text);) from += 1;
        const stop = questionEnd((index) => (index === start ? head.text : (lines[index]?.text ?? '')), from, end);
        questionLines = [head, ...lines.slice(start + 1, stop)];
        answerFrom = stop;
      }
      const question = cleanMarkdownText(joinLines(questionLines.map((line) => line.text)));
      if (question === '') throw new ImportError(head.number, `the label '${mark.label.consumed.trim()}' has no question after it`);
      let answeredBy: string | undefined;
      let answered = false;
      const answerLines = lines.slice(answerFrom, end).flatMap((line, offset): Line[] => {
        const index = answerFrom + offset;
        const answer = marks[index];
        // An answer label after the answer has begun ("…a council paragraph" / "We did: …") is part of what the council wrote there;
        // so is a source named after the Chair's words ("The Chair said a written reply would follow." / "Written reply from …:"),
        // which the line keeps where it stands, since the words before it are not that source's.
        const begun = answered;
        answered ||= !isBlank(line.text);
        if (answer?.type !== 'answer' || (begun && (answer.label.attribution === undefined || answeredBy === undefined))) {
          // A label the document keeps, alone on its line ("We did"), is a line of its own, not the start of the sentence below it.
          return answer?.type === 'answer' && standsAlone(answer.label, line.text) ? [line, { number: line.number, text: '' }] : [line];
        }
        if (standsAlone(answer.label, line.text)) return [line, { number: line.number, text: '' }];
        consume(index, answer.label);
        const { attribution, rest } = answer.label;
        if (attribution === undefined || answeredBy === undefined) {
          answeredBy ??= attribution;
          return [{ ...line, text: rest }];
        }
        // A second speaker in one answer: their name stays in the text, where the document has it.
        return [{ ...line, text: `${attribution}: ${rest}` }];
      });
      numbers[entries.length] = mark.label.number;
      firstLines[entries.length] = start;
      entries.push({
        question,
        response: markdownFromLines(answerLines),
        section,
        kind: mark.label.kind ?? 'question',
        ...(mark.label.attribution === undefined ? {} : { askedBy: mark.label.attribution }),
        ...(asker === undefined ? {} : { askedBy: asker }),
        ...(answeredBy === undefined ? {} : { answeredBy }),
      });
    }
    if (nextHeading !== undefined && next !== undefined) section = headingText(lines, nextHeading, next);
  });
  const paired = options.sequential ? pairAnswerRun(entries, numbers) : undefined;
  if (paired) {
    const heading = headingBefore(firstLines[paired.answersFrom] ?? 0);
    // The run's heading ("Decision", "Answers") only says that the answers follow.
    if (heading !== undefined) labels.push({ line: lines[heading]?.number ?? 0, text: lines[heading]?.text ?? '' });
  }
  return {
    preamble: markdownFromLines(lines.slice(0, preambleEnd)),
    entries: paired?.entries ?? entries,
    labels,
    ...(paired ? { groups: paired.groups } : {}),
    ...(closing === '' ? {} : { closing }),
  };
}
