import { termOf } from '../../language/tokenize';

/** A run of text, marked when it is a word the search matched. */
export interface Segment {
  text: string;
  mark: boolean;
}

const PIECES = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;

/** Splits text into segments, marking each word whose search term is in `terms`. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  return (text.match(PIECES) ?? []).map((piece) => ({
    text: piece,
    mark: /[\p{L}\p{N}]/u.test(piece) && terms.has(termOf(piece.toLowerCase())),
  }));
}

/** The stretch of about `words` words with the most matches, with ellipses where it was cut. */
export function snippet(text: string, terms: ReadonlySet<string>, words = 36): Segment[] {
  const segments = highlight(text, terms);
  const wordIndexes = segments.flatMap((segment, i) => (/[\p{L}\p{N}]/u.test(segment.text) ? [i] : []));
  if (wordIndexes.length <= words) return segments;
  let bestStart = 0;
  let bestMarks = -1;
  for (let start = 0; start + words <= wordIndexes.length; start += 4) {
    const marks = wordIndexes.slice(start, start + words).filter((i) => segments[i]?.mark).length;
    if (marks > bestMarks) {
      bestMarks = marks;
      bestStart = start;
    }
  }
  const from = wordIndexes[bestStart] ?? 0;
  const to = (wordIndexes[bestStart + words - 1] ?? segments.length - 1) + 1;
  return [
    ...(from > 0 ? [{ text: '… ', mark: false }] : []),
    ...segments.slice(from, to),
    ...(to < segments.length ? [{ text: ' …', mark: false }] : []),
  ];
}
