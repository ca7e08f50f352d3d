import { isBareLabel } from './labels';
import {
  answersQuestionAbove,
  BULLET,
  CITES_FOOTNOTE,
  closesDocument,
  ENDS_QUESTION,
  FOOTNOTE_MARK,
  isBlank,
  signsOffAfterAnswer,
} from './vocabulary';

/** A closing is a few lines at the very end: a sign-off, footnotes, the next item. Past this, the lines are the last answer's. */
const MAX_CLOSING_LINES = 10;
/** Lines between two closing lines of one closing: a signature's name and title. */
const CLOSING_GAP = 3;
/** Lines after the last closing line: a signature, or the paragraph under the next item's heading. */
const MAX_AFTER_CLOSING = 5;
const NEXT_ITEM_TITLE = /^\d{1,3}\.\s+[A-Z][^.?!:;]{5,80}$/;
/** Lines under the next part's heading, when that part says it has nothing to report ("Petitions" / "No petitions have been received."). */
const UNDER_NEXT_HEADING = 2;
// A heading: a few words with a capital and no stop or comma, not a list item, a label, an address or a number to ring.
const HEADING = /^[A-Z][^.?!:;,@|\t\d]{0,40}[^.?!:;,\s]$/;
const HEADING_WORDS = 6;
// Who wrote a write-up and when, as its last line: "Tarrant Parent Carer Forum, March 2025".
const DATELINE = /^[A-Z][^.?!:;]{0,60}\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}$/;

/**
 * Where the text that follows the last answer starts (a 0-based line), if the document has one:
 * the start of the block of its last few lines that read like a closing (reading/vocabulary.ts), a
 * footnote the text above cites ("52 pupils*" … "* Includes …"; a "* " list is not one), the
 * heading of a next part with nothing to ask under it, or a dateline. Everything from there on is
 * the closing, kept apart from the last answer.
 */
export function closingStart(text: string): number | undefined {
  const lines = text.split('\n');
  const filled = lines.flatMap((line, index) => (isBlank(line) ? [] : [index]));
  const candidates = filled.slice(-MAX_CLOSING_LINES);
  // Bold ("**We did**") is not a footnote mark, above or at the footnote.
  const footnote = (index: number) =>
    FOOTNOTE_MARK.test(lines[index]!.trim().replace(/\*\*([^*]+)\*\*/g, '$1')) &&
    CITES_FOOTNOTE.test(
      lines
        .slice(0, index)
        .join('\n')
        .replace(/\*\*([^*\n]+)\*\*/g, '$1'),
    );
  // The next numbered item of minutes, after a blank line: "13. Annual report of the Virtual School Headteacher".
  // …with no question under it: a numbered question's stem ("2. Educational psychologists" / "a) How many …?") is not one.
  const nextItem = (index: number) =>
    isBlank(lines[index - 1]) && NEXT_ITEM_TITLE.test(lines[index]!.trim()) && !lines.slice(index).some((line) => line.includes('?'));
  // Contact details close the document after an answer; straight after a question they answer it ("How do I contact you?").
  const previousFilled = (index: number) => filled[filled.indexOf(index) - 1];
  const contact = (index: number, block: readonly number[]): boolean => {
    if (!signsOffAfterAnswer(lines[index]!)) return false;
    let before = previousFilled(index);
    while (before !== undefined && block.includes(before)) before = previousFilled(before);
    return before !== undefined && !ENDS_QUESTION.test(lines[before]!.trim());
  };
  // After an answer's last full stop, a heading with at most a line or two under it that ask nothing: the next part of the
  // agenda or page ("Petitions" / "No petitions have been received."), or the write-up's dateline.
  const nextPart = (index: number) => {
    const text = lines[index]!.trim();
    const before = previousFilled(index);
    const under = filled.slice(filled.indexOf(index) + 1);
    return (
      before !== undefined &&
      /[.]["”’)]*$/.test(lines[before]!.trim()) &&
      !BULLET.test(text) &&
      !isBareLabel(text) &&
      (DATELINE.test(text)
        ? under.length === 0
        : HEADING.test(text) &&
          text.split(/\s+/).length <= HEADING_WORDS &&
          under.length > 0 &&
          under.length <= UNDER_NEXT_HEADING &&
          // …its own line: a paragraph's first line goes on in lower case ("… and are told what" / "the service will …").
          /^\s*[A-Z]/.test(lines[under[0]!]!)) &&
      under.every((line) => !lines[line]!.includes('?'))
    );
  };
  const answersQuestion = (index: number) => answersQuestionAbove(lines[previousFilled(index) ?? index]!, lines[index]!);
  const strong = candidates.map(
    (index) => (closesDocument(lines[index]!) && !answersQuestion(index)) || footnote(index) || nextItem(index) || nextPart(index),
  );
  const contacts = candidates.filter((index) => signsOffAfterAnswer(lines[index]!));
  const closes = candidates.map((index, at) => strong[at] || contact(index, contacts));
  // From the last closing line back, through closing lines no more than CLOSING_GAP lines apart
  // ("If you are unhappy …" / "Yours sincerely" / a name): a closing is one block at the end.
  let at = closes.lastIndexOf(true);
  // …and it ends the document: a line that "thanked" someone with more questions after it is not the closing.
  if (at === -1 || candidates.length - 1 - at > MAX_AFTER_CLOSING) return undefined;
  for (let earlier = at - 1; earlier >= 0 && at - earlier <= CLOSING_GAP; earlier--) if (closes[earlier]) at = earlier;
  return candidates[at];
}

/** The text with its closing lines blanked, so that line numbers still match, and the closing's lines. */
export function withoutClosing(text: string, start: number): { body: string; closing: string[] } {
  const lines = text.split('\n');
  return { body: [...lines.slice(0, start), ...lines.slice(start).map(() => '')].join('\n'), closing: lines.slice(start) };
}
