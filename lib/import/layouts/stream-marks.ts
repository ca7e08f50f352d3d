import { isBareLabel, type LabelMatch } from '../reading/labels';
import { tableRow } from '../reading/table-rows';
import { ENDS_QUESTION, isBlank } from '../reading/vocabulary';
import type { Line } from '../reading/blocks';
import { afterHeading } from './stream-headings';
import type { StreamOptions } from './stream-options';

/** What each line of a document starts, for the shared reader (qa-stream.ts): a question, an answer, a table row, or nothing. */
export type Mark =
  /** `unlabelled`: a question found by the answer label under it alone (a table's cells pasted one a line). */
  | { type: 'question'; label: LabelMatch; unlabelled?: boolean }
  | { type: 'answer'; label: LabelMatch }
  | { type: 'row'; cells: [string, string]; ref?: string; theme?: string }
  | undefined;

// The rule under a markdown table's header: "|---|---|", "| :--- | ---: |".
const RULE_ROW = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?$/;

const indentOf = (text: string) => /^[ \t]*/.exec(text)?.[0].replace(/\t/g, '    ').length ?? 0;

/** A question's opening words, to tell the same question asked again. */
const opening = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, 80);

/** Words a question opens with that say it is the same one, when one of the two was wrapped at email width and the other not. */
const SAME_OPENING = 40;

/** Whether a question opening so was asked before: the same words, or the one's first line the start of the other's. */
function askedBefore(asked: ReadonlySet<string>, words: string): boolean {
  if (asked.has(words)) return true;
  return words.length >= SAME_OPENING && [...asked].some((each) => each.startsWith(words) || words.startsWith(each));
}

/**
 * Each line's mark, and where the questions start again at 1 with the same words (a request thread:
 * the request, then the reply repeating each question with its answer): -1 when they do not.
 */
export function classify(lines: readonly Line[], options: StreamOptions): { marks: Mark[]; restart: number } {
  let last: number | undefined;
  let listLast: number | undefined;
  let indent: number | undefined;
  let restart = -1;
  // Numbers seen before the numbering started again at 1 under a heading: a run of answers by number may skip a question nobody answered.
  let numbered = 0;
  let answering = false;
  const asked = new Set<string>();
  const marks: Mark[] = [];
  lines.forEach((line, index) => {
    if (isBlank(line.text)) return marks.push(undefined);
    const question = options.question(line.text);
    if (question) {
      const n = question.number;
      // A numbered line set in further than the questions is an item of a list inside an answer.
      const nested = options.sequential && indent !== undefined && indentOf(line.text) > indent + 1;
      const again = options.sequential && n === 1 && last !== undefined && askedBefore(asked, opening(question.rest));
      const anew = options.sequential && n === 1 && last !== undefined && afterHeading(lines, index);
      const skipping = answering && n !== undefined && last !== undefined && n > last + 1 && n <= numbered;
      const follows =
        !nested &&
        (n === undefined ||
          !options.sequential ||
          (last === undefined ? n === 1 : n === last + 1 && n !== (listLast ?? 0) + 1) ||
          (n === 1 && afterHeading(lines, index)) ||
          again ||
          skipping);
      if (again) restart = index;
      if (anew && !again) {
        numbered = Math.max(numbered, last ?? 0);
        answering = true;
      }
      if (follows) {
        asked.add(opening(question.rest));
        if (n !== undefined) last = n;
        listLast = undefined;
        indent ??= indentOf(line.text);
        return marks.push({ type: 'question', label: question });
      }
      // A number that does not follow on is a list inside an answer; its next item is not a question either.
      if (n !== undefined && !nested) listLast = n;
    }
    const answer = options.answer?.(line.text);
    if (answer) return marks.push({ type: 'answer', label: answer });
    const row = options.tabRows ? tableRow(line.text, options.slashRows) : undefined;
    // A table's header row ("Comment<TAB>Response", "Theme<TAB>Question<TAB>Council answer") names the columns; it is not an entry;
    // nor, whatever its words, is the row a markdown table rules off under its header ("|---|---|").
    const header =
      row &&
      ((isBareLabel(row.cells[0]) && (isBareLabel(row.cells[1]) || row.theme !== undefined)) ||
        RULE_ROW.test(lines[index + 1]?.text ?? ''));
    if (row && !header)
      return marks.push({
        type: 'row',
        cells: row.cells,
        ref: row.ref === undefined ? undefined : row.prefix,
        theme: row.theme === undefined ? undefined : row.prefix,
      });
    return marks.push(undefined);
  });
  return { marks: withUnlabelledQuestions(lines, marks, options), restart };
}

/**
 * A line ending in "?" straight above an answer label, where no question label stands since the
 * last answer ("… Cllr Whitcombe" / "How many routes were late?" / "Response: Eleven …"): the
 * question of a table whose cells were pasted one a line, labelled only in its answers.
 */
function withUnlabelledQuestions(lines: readonly Line[], marks: Mark[], options: StreamOptions): Mark[] {
  // Numbered questions say where each starts: a "?" line among them is an answer's, or a list's.
  if (!options.answer || options.sequential) return marks;
  let asking = false;
  return marks.map((mark, index) => {
    if (mark) {
      asking = mark.type === 'question';
      return mark;
    }
    const text = lines[index]?.text ?? '';
    let next = index + 1;
    while (next < lines.length && isBlank(lines[next]?.text)) next += 1;
    let before = index - 1;
    while (before > 0 && isBlank(lines[before]?.text)) before -= 1;
    // Under a label the layout does not read as one ("Question:" set alone), the line is that label's question, already read.
    const labelled = before >= 0 && isBareLabel(lines[before]?.text ?? '');
    if (asking || labelled || marks[next]?.type !== 'answer' || !ENDS_QUESTION.test(text.trim()) || !/^\s*[A-Z]/.test(text)) return mark;
    asking = true;
    return { type: 'question', label: { consumed: '', rest: text }, unlabelled: true };
  });
}
