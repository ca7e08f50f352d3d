/**
 * A question asked in lettered parts inside one paragraph ("Could the Council say: (a) how many …;
 * (b) when …; and (c) whether …?") and answered part by part in paragraphs lettered the same
 * ("(a) There were 46 …", "(b) Twelve more …"), as minutes record them: one exchange per part.
 */

// A part's letter inside a paragraph: "(a) how many …", "… ; (b) when …".
const PART = /(?:^|\s)\(([a-h])\)\s+/g;
/** A question in one part is no question in parts. */
const MIN_PARTS = 2;

export interface PartExchange {
  question: string;
  replies: string[];
}

/**
 * Each part with its reply, when the letters the question asks by are the letters the replies
 * answer by, in the same order: the words before the first part, which every part completes, and
 * the replies before the first lettered one ("The Cabinet Member responded:") are the first part's.
 * The parts are looked for in the replies too, where a page break set them apart from their stem.
 * Every word stays: the letters too, where the document has them.
 */
export function splitParallelParts(question: string, replies: readonly string[]): PartExchange[] | undefined {
  const text = [question, ...replies].join('\n\n');
  const marks = [...text.matchAll(PART)];
  const half = marks.length / 2;
  const letters = (from: number, to: number) =>
    marks
      .slice(from, to)
      .map((mark) => mark[1])
      .join();
  if (!Number.isInteger(half) || half < MIN_PARTS || letters(0, half) !== letters(half, marks.length)) return undefined;
  const at = (n: number) => marks[n]!.index + (marks[n]![0].length - marks[n]![0].trimStart().length);
  // The last part asked ends with the question, or at its "?" when the reply follows in its paragraph.
  const lastAsked = at(half - 1);
  const asking = text.slice(lastAsked, marks[half]!.index);
  const cut = question.length > lastAsked ? question.length - lastAsked : asking.lastIndexOf('?') + 1 || asking.length;
  const piece = (from: number, to: number) => text.slice(from, to).trim();
  const before = piece(lastAsked + cut, marks[half]!.index);
  return Array.from({ length: half }, (_, n) => {
    const part = piece(at(n), n === half - 1 ? lastAsked + cut : marks[n + 1]!.index);
    const answer = piece(at(half + n), marks[half + n + 1]?.index ?? text.length);
    return {
      question: n === 0 ? [piece(0, marks[0]!.index), part].filter((each) => each !== '').join(' ') : part,
      replies: (n === 0 && before !== '' ? [before, answer] : [answer]).flatMap((each) => each.split(/\n\n+/)),
    };
  });
}
