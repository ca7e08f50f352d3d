/**
 * A question-and-answer table, from Word or PDF, written as text the labelled-qa layout reads: each
 * row becomes the question column's heading as a label, the question, the answer column's heading
 * as a label, the answer. The headings are declared as the document's labels, so they are consumed
 * as labels and never become part of an answer.
 */

/** A table cell as lines of text, a blank line between its paragraphs. */
export type Cell = string[];
export type Row = Cell[];

export interface TableText {
  lines: string[];
  /** The labels the rows were written with, for the sidecar's `labels:`. */
  question: string;
  answer: string;
}

const QUESTION_HEADER = /question|issue|comment|concern|quer(?:y|ies)|you said|raised|feedback|asked|topic|point/i;
const ANSWER_HEADER = /answer|response|repl(?:y|ies)|we did|update|action|outcome|council|officer|what we/i;
const MAX_HEADER = 80;

const cellText = (cell: Cell | undefined) => (cell ?? []).map((line) => line.trim()).filter((line) => line !== '').join(' ');
const isEmpty = (cell: Cell | undefined) => cellText(cell) === '';

function looksLikeHeader(row: Row | undefined): boolean {
  if (!row || row.length < 2) return false;
  const texts = row.map(cellText);
  // A heading does not end a sentence, though it may be an abbreviation ("No.", "Ref.").
  return texts.every((text) => text.length <= MAX_HEADER && !/\?$|\w{5,}\.$/.test(text)) && texts.some((text) => QUESTION_HEADER.test(text) || ANSWER_HEADER.test(text));
}

/** "Question:" → "Question": the label the rows will carry. */
const labelOf = (text: string, fallback: string) => text.replace(/\*\*/g, '').replace(/[:\s]+$/, '').trim() || fallback;

/** A table as labelled text, or undefined when it is not a table of questions and answers (one column). */
export function tableToText(table: readonly Row[]): TableText | undefined {
  const rows = table.filter((row) => row.some((cell) => !isEmpty(cell)));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (width < 2) return undefined;
  const header = looksLikeHeader(rows[0]) ? rows[0] : undefined;
  const headerKey = header?.map(cellText).join('|');
  // A header row repeated at the top of every page is furniture.
  const body = rows.filter((row, index) => !(header && (index === 0 || row.map(cellText).join('|') === headerKey)));
  const headings = (header ?? []).map(cellText);
  let q = headings.findIndex((text) => QUESTION_HEADER.test(text) && !ANSWER_HEADER.test(text));
  if (q === -1) q = 0;
  let a = headings.findIndex((text, index) => index !== q && ANSWER_HEADER.test(text));
  if (a === -1) a = q === width - 1 ? 0 : width - 1;
  const numbering = headings.findIndex((text, index) => index !== q && index !== a && /^(?:no\.?|number|#|ref\.?|q)$/i.test(labelOf(text, '')));
  const question = labelOf(headings[q] ?? '', 'Question');
  const answer = labelOf(headings[a] ?? '', question === 'Answer' ? 'Response' : 'Answer');
  const lines: string[] = [];
  for (const row of body) {
    const spanning = row.filter((cell) => !isEmpty(cell));
    if (spanning.length === 1 && row.length === 1) {
      // A row of one merged cell is a heading over the rows below it.
      lines.push(cellText(spanning[0]), '');
      continue;
    }
    // A numbering column ("No.", "Ref") numbers the row's question label, which the layout consumes as a label.
    const number = numbering === undefined ? undefined : /^\d{1,4}\.?$/.exec(cellText(row[numbering]))?.[0].replace('.', '');
    const others = row.flatMap((cell, index) => (index === q || index === a || (index === numbering && number !== undefined) || isEmpty(cell) ? [] : [`${labelOf(headings[index] ?? '', '')}${headings[index] ? ': ' : ''}${cellText(cell)}`]));
    lines.push(`${question}${number === undefined ? '' : ` ${number}`}:`, ...(row[q] ?? []), '', `${answer}:`, ...(row[a] ?? []));
    if (others.length > 0) lines.push('', ...others.flatMap((other) => [other, '']));
    lines.push('');
  }
  return { lines: trimBlank(lines), question, answer };
}

function trimBlank(lines: string[]): string[] {
  const out = lines.filter((line, index) => !(line.trim() === '' && (lines[index - 1] ?? '').trim() === ''));
  while (out.length > 0 && (out.at(-1) ?? '').trim() === '') out.pop();
  return out;
}
