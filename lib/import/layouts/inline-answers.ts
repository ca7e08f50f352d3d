import type { Line } from '../reading/blocks';
import type { StreamOptions } from './stream-options';

/** Where text starts after each "?" or full stop of a line: where an answer's label may stand inside it. */
export function afterSentenceEnds(text: string): number[] {
  return [...text.matchAll(/[?.]["”’')\]]*[ \t]+(?=\S)/g)].map((match) => match.index + match[0].length);
}

/**
 * A question and its labelled answer on one line ("1. How many …? Answer: 11.4 FTE") as two lines
 * of the same number, the second starting where the label does; only after a "?" or a full stop, so that a label
 * word inside a sentence stays a word.
 */
export function splitInlineAnswers(lines: readonly Line[], options: StreamOptions): Line[] {
  const answer = options.answer;
  if (!answer) return [...lines];
  return lines.flatMap((line) => {
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
