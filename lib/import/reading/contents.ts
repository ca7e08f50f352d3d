import { ENDS_QUESTION, isBlank, looksLikeHeading } from './vocabulary';

/** A contents list names a few questions at least; one question asked twice is not one. */
const MIN_LISTED_QUESTIONS = 2;
/** Lines above the first listed question that may be the list's own heading, looked at (the title's are not set again). */
const MAX_HEADINGS_ABOVE = 3;
/** Topic headings in a contents list are short. */
const MAX_HEADING_LENGTH = 60;

const listable = (text: string) => ENDS_QUESTION.test(text) || (looksLikeHeading(text) && text.length <= MAX_HEADING_LENGTH);

/**
 * The lines (0-based, end exclusive) of a contents list before the questions: a run of question
 * lines and topic headings, with no answer among them, each of which the document sets again
 * later, in the same order, with its answer ("What is an EHC needs assessment?" … and again with
 * the answer under it). Read as questions, it would be entries without answers; it is the page's
 * own table of contents, the preamble's.
 */
export function contentsList(text: string): { start: number; end: number } | undefined {
  const lines = text.split('\n').map((line) => line.trim());
  const first = lines.findIndex((line) => ENDS_QUESTION.test(line));
  if (first === -1) return undefined;
  // The topic headings straight above its first question may be the list's too.
  let start = first;
  while (start > 0 && first - start < MAX_HEADINGS_ABOVE && !isBlank(lines[start - 1]) && listable(lines[start - 1]!)) start -= 1;
  // Through blank lines between its items, up to a line it already holds: the page starting over with the answers.
  let end = first;
  const held = new Set(lines.slice(start, first));
  for (let at = first; at < lines.length; at++) {
    if (isBlank(lines[at])) continue;
    if (!listable(lines[at]!) || held.has(lines[at]!)) break;
    held.add(lines[at]!);
    end = at + 1;
  }
  // Each listed line again after the list, in order.
  const again = (from: number, to: number): boolean => {
    let at = to;
    for (let index = from; index < to; index++) {
      if (isBlank(lines[index])) continue;
      at = lines.indexOf(lines[index]!, at);
      if (at === -1) return false;
      at += 1;
    }
    return true;
  };
  while (start < first && !again(start, end)) start += 1;
  if (!again(start, end)) return undefined;
  const questions = lines.slice(start, end).filter((line) => ENDS_QUESTION.test(line)).length;
  return questions >= MIN_LISTED_QUESTIONS ? { start, end } : undefined;
}
