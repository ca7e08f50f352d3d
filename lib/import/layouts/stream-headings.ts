/** Section headings between questions, as the shared reader (qa-stream.ts) finds them. */
import { joinLines, type Line } from '../reading/blocks';
import { themeRowHeading } from '../reading/table-rows';
import { BULLET, ENDS_SENTENCE, ENDS_SMALL_WORD, isBlank, looksLikeHeading } from '../reading/vocabulary';
import type { Mark } from './stream-marks';

// Contact details close many answers and are short lines too, but never headings.
const CONTACT = /@|https?:|www\.|\d{3,}[ \d]{4,}/;

/** A theme row of a table: a short line without cells. */
function isRowHeading(text: string): boolean {
  return looksLikeHeading(text) && text.trim().length <= 60 && !/[\t|]/.test(text) && !CONTACT.test(text);
}

/** A short line on its own, with a blank line (or the start) before it. */
function isLoneShortLine(lines: readonly Line[], index: number): boolean {
  const line = lines[index];
  return (
    line !== undefined &&
    looksLikeHeading(line.text) &&
    !CONTACT.test(line.text) &&
    !BULLET.test(line.text) &&
    (index === 0 || isBlank(lines[index - 1]?.text))
  );
}

/**
 * Whether a heading stands straight above the question at `index`, numbered 1 again: a short line
 * alone, or one run on under the last answer, or under a question nobody answered ("… full
 * time?" / "Communication" / "1. When …"), since numbering that starts again says a part begins.
 */
export function afterHeading(lines: readonly Line[], index: number): boolean {
  let previous = index - 1;
  while (previous >= 0 && isBlank(lines[previous]?.text)) previous -= 1;
  return previous >= 0 && (isLoneShortLine(lines, previous) || (previous === index - 1 && isRunOnHeading(lines, previous, true)));
}

// A heading run on under an answer: a few words from a capital, with no stop, comma or colon at the end.
const RUN_ON_HEADING = /^\s*[A-Z][^\t|]{0,58}[^.?!:;,\s]\s*$/;

/**
 * A heading set straight under the last sentence of an answer, with no blank line, in a document
 * pasted without them ("… within five working days." / "Events" / "YOU SAID"): the next
 * question's section, not the end of the answer. Not a sentence wrapped onto its next line ("… of
 * the"), an address or a number to ring; nor a short answer without a stop straight under its
 * question ("How many …?" / "2,905 pupils*").
 */
function isRunOnHeading(lines: readonly Line[], index: number, afterQuestion: boolean): boolean {
  const text = lines[index]?.text ?? '';
  const before = lines[index - 1]?.text.trim() ?? '';
  return (
    RUN_ON_HEADING.test(text) &&
    !CONTACT.test(text) &&
    !BULLET.test(text) &&
    !ENDS_SMALL_WORD.test(text.trim()) &&
    (afterQuestion ? /[.!?]["”’')\]]*$/ : /[.!]["”’')\]]*$/).test(before)
  );
}

/**
 * The line of the section heading straight before the question or row at `start`: a short line
 * alone, a heading run on under the answer before it, or a table's theme row.
 */
export function sectionHeadingBefore(lines: readonly Line[], marks: readonly Mark[], start: number): number | undefined {
  const mark = marks[start];
  if (mark?.type === 'question' && mark.unlabelled) return rowCellsBefore(lines, marks, start);
  let index = start - 1;
  while (index >= 0 && isBlank(lines[index]?.text)) index -= 1;
  if (index < 0 || marks[index] !== undefined) return undefined;
  // Between the rows of a table, a theme row ("EDUCATION") has no blank line around it.
  // A markdown table's theme row ("| Transport | |") says it is one wherever a page break left it.
  const themeRow =
    mark?.type === 'row' &&
    ((index === start - 1 && isRowHeading(lines[index]?.text ?? '')) || themeRowHeading(lines[index]?.text ?? '') !== undefined);
  const runOn = mark?.type === 'question' && index === start - 1 && isRunOnHeading(lines, index, mark.label.number === 1 && start > 0);
  return isLoneShortLine(lines, index) || themeRow || runOn ? index : undefined;
}

/** A heading's words, from its line to the question's, as the entries' section: a theme row's without its table's pipes. */
export function headingText(lines: readonly Line[], heading: number, start: number): string {
  const text = lines[heading]?.text ?? '';
  return themeRowHeading(text) ?? joinLines(lines.slice(heading, start).map((line) => line.text));
}

// A table's cell pasted on a line of its own: a few words, no sentence; the row's number ("2") starts its row.
const CELL = /^\s*\S.{0,39}$/;
const ROW_NUMBER = /^\s*\d{1,3}\.?\s*$/;

/** Where the cells above a question found by its answer label start (its row's number, who asked, to whom): its heading. */
function rowCellsBefore(lines: readonly Line[], marks: readonly Mark[], start: number): number | undefined {
  let index = start;
  while (index > 0) {
    const text = lines[index - 1]?.text ?? '';
    if (isBlank(text) || marks[index - 1] !== undefined || !CELL.test(text) || ENDS_SENTENCE.test(text.trim())) break;
    index -= 1;
    if (ROW_NUMBER.test(text)) break;
  }
  return index < start ? index : undefined;
}
