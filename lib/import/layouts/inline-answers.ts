import type { Line } from '../reading/blocks';
import type { StreamOptions } from './stream-options';

/** Where text starts after each "?" or full stop of a line: where an answer's label may stand inside it. */
export function afterSentenceEnds(text: string): number[] {
  return [...text.matchAll(/[?.]["”’')\]]*[ \t]+(?=\S)/g)].map((match) => match.index + match[0].length);
}

/**
 * A question and its labelled answer on one line ("1. How many …? Answer: 11.4 FTE") as two lines
 * of the same number, the second starting where the label does; only after a "?" or a full stop, so that a label
 * word inside a sentence stays a word. So too an answer after the "?" and a dash.
 */
// "… in that period? - £214,605.50": an answer set after its question's "?" with a dash, as email replies do.
const DASHED_ANSWER = /^(.*\?["”’')\]]*)[ \t]+[-–—][ \t]+(?=\S)/;

export function splitInlineAnswers(lines: readonly Line[], options: StreamOptions): Line[] {
  const answer = options.answer;
  return lines.flatMap((line) => {
    const dashed = DASHED_ANSWER.exec(line.text);
    if (dashed)
      return [
        { ...line, text: dashed[1]! },
        { ...line, text: line.text.slice(dashed[0].length), column: (line.column ?? 0) + dashed[0].length },
      ];
    if (!answer) return [line];
    for (const at of afterSentenceEnds(line.text)) {
      const rest = line.text.slice(at);
      const label = answer(rest);
      if (label && /:/.test(label.consumed) && options.question(rest) === undefined)
        return [
          { ...line, text: line.text.slice(0, at).trimEnd() },
          { ...line, text: rest, column: (line.column ?? 0) + at },
        ];
    }
    return [line];
  });
}
