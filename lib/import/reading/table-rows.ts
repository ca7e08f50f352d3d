/** Rows of a table pasted as text, as council documents paste them. */
import { ENDS_SENTENCE } from './vocabulary';

// A row's reference number in a first column of its own ("PCF01", "3", "Q12"): the item's number, not its words.
const REF_CELL = /^[A-Z]{0,5}\d{1,4}[a-z]?\.?$/i;
const hasWords = (cell: string) => /[\p{L}\p{N}]/u.test(cell);
const isTheme = (cell: string) => hasWords(cell) && cell.trim().length <= 40 && !/[.?!]$/.test(cell.trim());

/**
 * A row of a table pasted as text: cells split at runs of tabs, or between the pipes of a markdown
 * table (`| question | response |`), perhaps after a reference cell; split, not matched, so a long
 * line costs one pass. `prefix` is what stands before the question cell, dropped with the reference.
 */
export function tableRow(
  text: string,
  slashed = false,
): { cells: [string, string]; prefix: string; ref?: string; theme?: string } | undefined {
  const slash = slashed ? SLASHED_ROW.exec(text) : null;
  if (slash) return { cells: [slash[1]!, slash[2]!], prefix: '' };
  const piped = /^[ \t]*\|(.*)\|[ \t]*$/.exec(text);
  // A markdown table may leave out its outer pipes: "Who decides? | The team."
  const cells = piped ? (piped[1] ?? '').split('|') : !text.includes('\t') && / \| /.test(text) ? text.split(' | ') : text.split(/\t+/);
  // A first column of short themes ("Transport<TAB>Why did …?<TAB>The routes …"): each row's section.
  const themed = cells.length === 3 && !REF_CELL.test(cells[0]!.trim()) && isTheme(cells[0]!) && hasWords(cells[1]!) && hasWords(cells[2]!);
  if (themed) return { cells: [cells[1]!, cells[2]!], prefix: text.slice(0, text.indexOf(cells[1]!)), theme: cells[0]!.trim() };
  const withRef = (cells.length === 3 || cells.length === 2) && REF_CELL.test(cells[0]!.trim());
  // A row whose response cell is empty ("4<TAB>Number of …<TAB>") loses its last tab with the line's trailing space.
  const [question, answer = ''] = withRef ? cells.slice(1) : cells;
  // A markdown table's row the council left unanswered ("| There is nothing about … town. | |") is a sentence beside an empty cell.
  const unanswered = piped !== null && ENDS_SENTENCE.test(question?.trim() ?? '');
  if ((!withRef && cells.length !== 2) || question === undefined || !hasWords(question) || (!withRef && !unanswered && !hasWords(answer)))
    return undefined;
  const at = text.indexOf(question);
  return { cells: [question, answer], prefix: text.slice(0, at), ref: withRef ? cells[0]!.trim() : undefined };
}

/** A markdown table's theme row, a short heading in its first cell and the others empty ("| Short breaks | |"): the heading. */
export function themeRowHeading(text: string): string | undefined {
  const cells = /^[ \t]*\|(.*)\|[ \t]*$/.exec(text)?.[1]?.split('|');
  const [first, ...rest] = cells ?? [];
  return first !== undefined && rest.length > 0 && isTheme(first) && rest.every((cell) => !hasWords(cell)) ? first.trim() : undefined;
}

// A two-column table flattened with " / " between its cells, the comment a sentence: "Is there one place …? / Yes".
const SLASHED_ROW = /^(\s*\S.*?[.?!]["”’)]*)[ \t]+\/[ \t]+([A-Z].*)$/;
/** Rows so split that make a document such a table; one could be a sentence that happens to hold " / ". */
const MIN_SLASHED_ROWS = 2;
// …under a header split the same way, naming its two columns: "Comments about the Local Offer / Response and/or action …".
const SLASHED_HEADER = /^\s*[A-Z][^.?!/]*[^.?!/\s][ \t]+\/[ \t]+[A-Z][^.?!]*$/;

/** Whether the lines are a two-column table flattened with " / " between its cells: a header so split, and rows. */
export function slashedTable(lines: readonly string[]): boolean {
  const header = lines.findIndex((line) => SLASHED_HEADER.test(line));
  return header !== -1 && lines.slice(header + 1).filter((line) => SLASHED_ROW.test(line)).length >= MIN_SLASHED_ROWS;
}
