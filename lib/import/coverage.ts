import type { ConsumedLabel, Reading } from './types';
import { prepareText, type PreparableSource } from './reading/prepare-text';
import { diffWords } from './word-diff';

/**
 * Proof that an import lost nothing and invented nothing: the words of the source (after the
 * prepared text: spacing, furniture, redaction; less the labels the layout consumed) must be exactly the
 * words of its preamble, section headings, questions and responses, in order.
 */
export type CoverageSource = PreparableSource;

export interface CoverageParts {
  preamble: string;
  closing?: string;
  entries: readonly { question: string; response: string; section?: string; askedBy?: string; answeredBy?: string }[];
}

export interface Coverage {
  sourceWords: number;
  keptWords: number;
  /** Source words that appear in no entry, with their neighbours. */
  lost: string[];
  /** The document lines those words are on. */
  lostLines: number[];
  /** Entry words the source does not have there, with their neighbours. */
  invented: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.normalize('NFKC').match(WORD) ?? [];
}

/**
 * The words a document should contribute to its entries: its text after the declared
 * normalisation, without the structural labels the layout consumed.
 */
export function expectedText(source: CoverageSource, consumed: readonly ConsumedLabel[]): string {
  const lines = prepareText(source).split('\n');
  // From the end of each line first, so that a label inside a line keeps its column when another starts the line.
  const order = [...consumed].sort((a, b) => a.line - b.line || (b.column ?? 0) - (a.column ?? 0));
  for (const label of order) {
    const line = lines[label.line - 1];
    const at = label.column ?? 0;
    // A layout may only drop a label where it stands; anything else would hide a lost word.
    if (line === undefined || !line.startsWith(label.text, at))
      throw new Error(`line ${label.line} does not have the label '${label.text}' at column ${at}`);
    lines[label.line - 1] = line.slice(0, at) + line.slice(at + label.text.length);
  }
  return lines.join('\n');
}

/** Which part of a reading a piece of its text is: for the coverage proof, only its place in the order matters. */
export type PieceRole = 'preamble' | 'section' | 'askedBy' | 'question' | 'answeredBy' | 'response' | 'closing';

export interface Piece {
  text: string;
  role: PieceRole;
  /** The entry's index in the reading; undefined for the preamble and the closing. */
  entry?: number;
}

/**
 * The entries put back in the order the document had them. In a document that gives its questions
 * before their answers, each group (`groups` gives their sizes) is who asked, its heading (the
 * question's stem), the questions, who answered, then the answers.
 */
export function reassembledPieces(parts: CoverageParts, groups?: readonly number[]): Piece[] {
  const pieces: Piece[] = [{ text: parts.preamble, role: 'preamble' }];
  let section: string | undefined;
  const heading = (entry: CoverageParts['entries'][number], index: number) => {
    if (entry.section !== undefined && entry.section !== section) pieces.push({ text: entry.section, role: 'section', entry: index });
    section = entry.section;
  };
  const piece = (index: number, role: Exclude<PieceRole, 'preamble' | 'section' | 'closing'>) => {
    const text = parts.entries[index]?.[role];
    if (text !== undefined && text !== '') pieces.push({ text, role, entry: index });
  };
  // Entries past the groups the document was read into (an editor added one) still count.
  const sizes = groups ? [...groups, Math.max(0, parts.entries.length - groups.reduce((a, b) => a + b, 0))] : parts.entries.map(() => 1);
  let start = 0;
  for (const size of sizes) {
    const members = Array.from({ length: Math.min(size, parts.entries.length - start) }, (_, offset) => start + offset);
    start += size;
    const [first] = members;
    if (first === undefined) continue;
    // A heading stands above "Question asked by …:"; in a group, the label comes first and the question's stem, its heading, after it.
    if (groups) piece(first, 'askedBy');
    heading(parts.entries[first]!, first);
    if (!groups) piece(first, 'askedBy');
    for (const index of members) piece(index, 'question');
    piece(first, 'answeredBy');
    for (const index of members) piece(index, 'response');
  }
  if (parts.closing) pieces.push({ text: parts.closing, role: 'closing' });
  return pieces;
}

export function reassembledText(parts: CoverageParts, groups?: readonly number[]): string {
  return reassembledPieces(parts, groups)
    .map((piece) => piece.text)
    .join('\n\n');
}

function context(list: readonly string[], index: number): string {
  return list.slice(Math.max(0, index - 3), index + 4).join(' ');
}

/** The line of each word of a text. */
function wordLines(text: string): number[] {
  return text.split('\n').flatMap((line, index) => words(line).map(() => index + 1));
}

export function measureCoverage(source: CoverageSource, parts: CoverageParts, reading: Reading): Coverage {
  const expectedSource = expectedText(source, reading.labels ?? []);
  const expected = words(expectedSource);
  const lines = wordLines(expectedSource);
  const actual = words(reassembledText(parts, reading.groups));
  const { lost, invented } = diffWords(expected, actual);
  return {
    sourceWords: expected.length,
    keptWords: expected.length - lost.length,
    lost: lost.map((index) => `'${expected[index]}' in "… ${context(expected, index)} …"`),
    lostLines: [...new Set(lost.map((index) => lines[index] ?? 0))].sort((a, b) => a - b),
    invented: invented.map((index) => `'${actual[index]}' in "… ${context(actual, index)} …"`),
  };
}

export function isComplete(coverage: Coverage): boolean {
  return coverage.lost.length === 0 && coverage.invented.length === 0;
}

export function formatCoverage(coverage: Coverage): string {
  // Rounded down, so that 100% is only ever printed when nothing was lost.
  const percent = coverage.sourceWords === 0 ? 100 : Math.floor((1000 * coverage.keptWords) / coverage.sourceWords) / 10;
  return `${percent}% of ${coverage.sourceWords} words kept, ${coverage.lost.length} lost, ${coverage.invented.length} not in the source`;
}
