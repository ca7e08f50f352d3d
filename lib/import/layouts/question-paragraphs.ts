import { ImportError } from '../errors';
import { joinLines, toLines, type Line } from '../reading/blocks';
import { cleanMarkdownText } from '../reading/inline';
import { markdownFromLines } from '../reading/markdown-source';
import { isBareLabel } from '../reading/labels';
import {
  asksThenGivesContext,
  BARE_ADDRESS,
  BULLET,
  ENDS_QUESTION,
  ENDS_SENTENCE,
  ENDS_SMALL_WORD,
  isBlank,
  looksLikeHeading,
  OPENS_QUESTION,
  pageIntroduction,
  PROMPTS_ADVICE,
  stripBold,
} from '../reading/vocabulary';
import { type LayoutFamily, type ParsedEntry } from '../types';

const MAX_QUESTION_LINES = 6;
const MAX_QUESTION_CHARS = 600;

interface Found {
  heading?: number;
  /** The heading above it was the page's title, now in the preamble. */
  titled?: boolean;
  start: number;
  /** The line after the question's last line. */
  end: number;
}

// A heading names a topic; a line that opens like a question or stops on a small word is a question wrapped over two lines.
function isTopicHeading(text: string): boolean {
  const trimmed = stripBold(text);
  // A bare link closes the answer above it; it names no topic.
  return (
    looksLikeHeading(trimmed) &&
    trimmed.length <= 100 &&
    !OPENS_QUESTION.test(trimmed) &&
    !ENDS_SMALL_WORD.test(trimmed) &&
    !BULLET.test(text) &&
    !BARE_ADDRESS.test(trimmed)
  );
}

/** The question whose lines start at `start`, if they end in "?" within a few lines of one paragraph. */
function questionFrom(lines: readonly Line[], start: number, singleLine: boolean): number | undefined {
  if (isBareLabel(lines[start]?.text ?? '')) return undefined;
  let chars = 0;
  for (let index = start; index < lines.length && index < start + MAX_QUESTION_LINES; index++) {
    const text = lines[index]?.text ?? '';
    if (isBlank(text) || BULLET.test(text)) return undefined;
    // A title run into the question below it ("Radbourne SEND Local Offer" / "What is …?") is not part of it.
    if (index > start && isRunInTitle(lines[index - 1]?.text) && /^\s*[A-Z]/.test(text)) return undefined;
    chars += text.length;
    if (chars > MAX_QUESTION_CHARS) return undefined;
    // "Can parents attend? We would like to invite our representative.", a paragraph of its own.
    const withContext = !singleLine && index === start && asksThenGivesContext(text) && isBlank(lines[index + 1]?.text);
    if (withContext && lines.slice(index + 1).some((line) => !isBlank(line.text))) return index + 1;
    if (ENDS_QUESTION.test(text.trim())) {
      let end = index + 1;
      while (end < lines.length && ENDS_QUESTION.test(lines[end]?.text.trim() ?? '') && !BULLET.test(lines[end]?.text ?? '')) end += 1;
      return end;
    }
    if (singleLine) return undefined;
  }
  return undefined;
}

const BOLD_QUESTION_RUN_ON = /^(\s*\*\*[^*]+\?["”’)]?\*\*)[ \t]+(\S.*)$/;

// A topic named in a few words and a colon, on its own line: "Transport:".
const COLON_HEADING = /^(?:\S+\s+){0,4}[^\s.?!:]+:$/;

/** A title or heading line run into what follows without a blank line: short, no full stop, not the start of a wrapped question. */
function isRunInTitle(text: string | undefined): boolean {
  const trimmed = stripBold(text ?? '');
  return (
    trimmed !== '' &&
    looksLikeHeading(trimmed) &&
    trimmed.length <= 100 &&
    !OPENS_QUESTION.test(trimmed) &&
    !ENDS_SMALL_WORD.test(trimmed) &&
    !BULLET.test(text ?? '') &&
    !BARE_ADDRESS.test(trimmed)
  );
}

function findAt(lines: readonly Line[], index: number): Found | undefined {
  const text = lines[index]?.text ?? '';
  const previous = lines[index - 1]?.text;
  const afterBlank = index === 0 || isBlank(previous);
  // Web pages copied as text often have no blank lines: a one-line question after a finished
  // sentence, a bare link or a title line still starts an entry.
  const afterSentence =
    !afterBlank && (ENDS_SENTENCE.test(previous?.trim() ?? '') || isBareLabel(previous ?? '') || BARE_ADDRESS.test(previous ?? ''));
  const afterTitle = !afterBlank && !afterSentence && isRunInTitle(previous) && /^\s*[A-Z0-9“"‘'(]/.test(text);
  // …or the last item of a list inside the answer before, when the line is a whole question.
  const afterList = !afterBlank && BULLET.test(previous ?? '') && /^\s*[A-Z]/.test(text) && ENDS_QUESTION.test(text.trim());
  // …or any line, when the line is a whole question that opens like one ("How do I apply?").
  const asksWhole = !afterBlank && /^\s*[A-Z]/.test(text) && OPENS_QUESTION.test(text) && ENDS_QUESTION.test(text.trim());
  if (isBlank(text) || BULLET.test(text) || (!afterBlank && !afterSentence && !afterTitle && !afterList && !asksWhole)) return undefined;
  // Inside an answer, the page prompting its own advice ("Not sure whether …?" / "Use the checker …") asks nothing.
  if (PROMPTS_ADVICE.test(text.trim())) return undefined;
  if (afterBlank && isTopicHeading(text)) {
    // A topic heading, then the question on the next line or after blank lines.
    let next = index + 1;
    while (next < lines.length && isBlank(lines[next]?.text)) next += 1;
    const end = next === index + 1 && !/^\s*[A-Z0-9“"‘'(]/.test(lines[next]?.text ?? '') ? undefined : questionFrom(lines, next, false);
    if (end !== undefined) return { heading: index, start: next, end };
  }
  const direct = questionFrom(lines, index, !afterBlank);
  if (direct === undefined) return undefined;
  // A heading run in between an answer's last sentence and the next question: "Paying for support", "Transport:".
  const colonHeading = COLON_HEADING.test(previous?.trim() ?? '');
  const runInHeading =
    (afterTitle || colonHeading) &&
    isTopicHeading(previous ?? '') &&
    (index < 2 || ENDS_SENTENCE.test(lines[index - 2]?.text.trim() ?? '') || BARE_ADDRESS.test(lines[index - 2]?.text ?? ''));
  return runInHeading ? { heading: index - 1, start: index, end: direct } : { start: index, end: direct };
}

/**
 * No labels at all: each question is a short paragraph ending in "?" (an FAQ page, a newsletter),
 * perhaps under a topic heading, and its answer runs to the next question. (A list of the questions
 * at the top of a page, repeated below with their answers, is the preamble's: reading/contents.ts.)
 */
export const questionParagraphs: LayoutFamily = {
  name: 'question-paragraphs',
  description: 'no labels: each question is a short paragraph ending in `?` (FAQ pages, newsletters), perhaps under a topic heading',
  parse({ text }) {
    // "**Can I appeal?** Yes, within two months.": a bold question and its answer on one line are two.
    const lines = toLines(text).flatMap((line) => {
      const run = BOLD_QUESTION_RUN_ON.exec(line.text);
      return run
        ? [
            { ...line, text: run[1]! },
            { ...line, text: run[2]! },
          ]
        : [line];
    });
    const found: Found[] = [];
    for (let index = 0; index < lines.length; index++) {
      const question = findAt(lines, index);
      if (!question) continue;
      found.push(question);
      index = question.end - 1;
    }
    const questionText = (q: Found) => cleanMarkdownText(joinLines(lines.slice(q.start, q.end).map((line) => line.text)));
    const answerEnd = (n: number) => found[n + 1]?.heading ?? found[n + 1]?.start ?? lines.length;
    // In a document with topics run in without blank lines, the topic line straight above the first question is its heading too.
    const firstFound = found[0];
    const above = firstFound ? firstFound.start - 1 : -1;
    if (
      firstFound &&
      firstFound.heading === undefined &&
      above >= 0 &&
      found.slice(1).some((q) => q.heading !== undefined) &&
      !isBlank(lines[above]?.text) &&
      isTopicHeading(lines[above]?.text ?? '')
    ) {
      found[0] = { ...firstFound, heading: above };
    }
    // The only heading, over the first question, is the end of the page's title: the document has no topics.
    if (found[0]?.heading !== undefined && found.slice(1).every((question) => question.heading === undefined))
      found[0] = { ...found[0], heading: undefined, titled: true };
    const head = found[0];
    if (!head) throw new ImportError(1, 'found no question: a short paragraph ending in "?"');
    let section: string | undefined;
    const entries: ParsedEntry[] = found.map((question, n) => {
      if (question.heading !== undefined) section = stripBold(lines[question.heading]?.text ?? '');
      return {
        section,
        question: questionText(question),
        response: markdownFromLines(lines.slice(question.end, answerEnd(n))),
        kind: 'question',
      };
    });
    const preamble = markdownFromLines(lines.slice(0, head.heading ?? head.start));
    // "This page answers the questions families ask. Who can get …?" on one line: the introduction is the preamble's.
    const [first] = entries;
    const intro = first && head.heading === undefined ? pageIntroduction(first.question) : undefined;
    if (!first || intro === undefined) return { preamble, entries };
    return {
      preamble: [preamble, intro].filter((part) => part !== '').join('\n\n'),
      entries: [{ ...first, question: first.question.slice(first.question.indexOf(intro) + intro.length).trim() }, ...entries.slice(1)],
    };
  },
};
