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
  for (const label of consumed) {
    const line = lines[label.line - 1];
    // A layout may only drop a label where it stands; anything else would hide a lost word.
    if (line === undefined || !line.startsWith(label.text)) throw new Error(`line ${label.line} does not start with the label '${label.text}'`);
    lines[label.line - 1] = line.slice(label.text.length);
  }
  return lines.join('\n');
}

/**
 * The entries put back in the order the document had them. In a document that gives its questions
 * before their answers, each group (`groups` gives their sizes) is its heading, who asked, the
 * questions, who answered, then the answers.
 */
export function reassembledText(parts: CoverageParts, groups?: readonly number[]): string {
  const pieces = [parts.preamble];
  let section: string | undefined;
  const heading = (entry: CoverageParts['entries'][number]) => {
    if (entry.section !== undefined && entry.section !== section) pieces.push(entry.section);
    section = entry.section;
  };
  if (!groups) {
    for (const entry of parts.entries) {
      heading(entry);
      pieces.push(entry.askedBy ?? '', entry.question, entry.answeredBy ?? '', entry.response);
    }
    return pieces.join('\n\n');
  }
  let start = 0;
  // Entries past the groups the document was read into (an editor added one) still count.
  for (const size of [...groups, Math.max(0, parts.entries.length - groups.reduce((a, b) => a + b, 0))]) {
    const group = parts.entries.slice(start, start + size);
    start += size;
    const [first] = group;
    if (!first) continue;
    heading(first);
    pieces.push(first.askedBy ?? '', ...group.map((entry) => entry.question), first.answeredBy ?? '', ...group.map((entry) => entry.response));
  }
  return pieces.join('\n\n');
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
