import { ImportError } from '../errors';
import { joinLines, toLines } from '../reading/blocks';
import { looksLikeHeading } from '../reading/vocabulary';
import { cleanMarkdownText } from '../reading/inline';
import { markdownFromLines } from '../reading/markdown-source';
import { type ConsumedLabel, type LayoutFamily, type ParsedEntry } from '../types';

// A bullet, perhaps followed by Word's sub-bullet "o" ("- o answer"), or a sub-bullet glyph alone.
const BULLET = /^([ \t]*)(?:([-*•●▪■])[ \t]+(?:(o)[ \t]+)?|([o◦])[ \t]+)/;

interface Bullet {
  indent: number;
  /** The bullet glyphs, consumed. */
  prefix: string;
  /** A sub-bullet glyph ("o", "◦") marks an answer at any indentation. */
  sub: boolean;
}

function bulletOf(text: string): Bullet | undefined {
  const match = BULLET.exec(text);
  if (!match) return undefined;
  return {
    indent: (match[1] ?? '').replace(/\t/g, '    ').length,
    prefix: match[0],
    sub: match[3] !== undefined || match[4] !== undefined,
  };
}

// A bullet that asks: a "?" on its line, perhaps with its context after it ("… epilepsy medication? My son needs …").
const asks = (text: string) => text.includes('?');
/** Questions answered bullet by bullet at one level take this many pairs at least: one could be a question in two bullets. */
const MIN_ALTERNATING_PAIRS = 2;

/**
 * Whether questions and answers are bullets of the same level, one after the other ("• Will the
 * changes apply …?" / "• The proposals would apply …"): no question has a bullet nested under it,
 * and some are followed straight away by a bullet that asks nothing.
 */
function alternating(lines: readonly { text: string }[], bullets: readonly (Bullet | undefined)[], top: number): boolean {
  const filled = lines.flatMap((line, index) => (line.text.trim() === '' ? [] : [index]));
  let pairs = 0;
  for (let at = 0; at < filled.length - 1; at++) {
    const [here, next] = [bullets[filled[at]!], bullets[filled[at + 1]!]];
    if (here === undefined || here.sub || here.indent !== top || !asks(lines[filled[at]!]!.text)) continue;
    if (next !== undefined && (next.sub || next.indent > top)) return false;
    if (next !== undefined && !asks(lines[filled[at + 1]!]!.text)) pairs += 1;
  }
  return pairs >= MIN_ALTERNATING_PAIRS;
}

/**
 * Questions as bullets (`-`, `•`, `*`), answers as bullets nested under them: indented further, or
 * marked with Word's sub-bullet "o"; answers often in bold; talk titles as section headings. Or
 * questions and answers as bullets of one level, one after the other, where no answer is nested.
 */
export const bulletedQa: LayoutFamily = {
  name: 'bulleted-qa',
  description: 'questions as bullets, answers as bullets nested under them',
  parse({ text }) {
    const lines = toLines(text);
    const bullets = lines.map((line) => bulletOf(line.text));
    const top = Math.min(...bullets.flatMap((bullet) => (bullet && !bullet.sub ? [bullet.indent] : [])));
    const isQuestion = (index: number) => {
      const bullet = bullets[index];
      return bullet !== undefined && !bullet.sub && bullet.indent === top;
    };
    const alternate = alternating(lines, bullets, top);
    const lastBullet = bullets.findLastIndex((bullet) => bullet !== undefined);
    const firstQuestion = lines.findIndex((_, index) => isQuestion(index));
    if (firstQuestion === -1) throw new ImportError(1, "found no question: questions must be bullets ('- ', '• ')");
    const labels: ConsumedLabel[] = [];
    const entries: ParsedEntry[] = [];
    let section: string | undefined;
    let questionLines: string[] = [];
    let answers: string[][] = [];
    let previousBlank = true;
    let closing: number | undefined;
    const finish = () => {
      if (questionLines.length === 0) return;
      // Each line is cleaned before joining: a bold answer followed by an email on its own line is still a bold answer.
      const items = answers.map((answer) => joinLines(answer.map(cleanMarkdownText)));
      const response = items.length === 1 ? (items[0] ?? '') : items.map((item) => `- ${item}`).join('\n');
      entries.push({ question: cleanMarkdownText(joinLines(questionLines)), response, section, kind: 'question' });
      questionLines = [];
      answers = [];
    };
    lines.slice(firstQuestion).forEach((line, offset) => {
      const index = firstQuestion + offset;
      const blank = line.text.trim() === '';
      const bullet = bullets[index];
      // Only the word "o" of a bullet is text the coverage check must be told about.
      if (bullet?.sub) labels.push({ line: line.number, text: bullet.prefix });
      if (blank) {
        // nothing: blank lines separate questions but carry no meaning of their own
      } else if (alternate && !bullet && index > lastBullet && answers.length === 0 && closing === undefined && questionLines.length > 0) {
        // Where answers are bullets too, the lines after the last question, left unanswered, that are none close the document.
        closing = index;
      } else if (closing !== undefined) {
        // …to its end.
      } else if (isQuestion(index) && bullet && !(alternate && answers.length === 0 && questionLines.length > 0 && !asks(line.text))) {
        // A question right after another with no answer between shares the answer that follows.
        if (answers.length > 0) finish();
        questionLines.push(line.text.slice(bullet.prefix.length));
      } else if (bullet) {
        if (questionLines.length === 0) throw new ImportError(line.number, 'this answer has no question before it');
        answers.push([line.text.slice(bullet.prefix.length)]);
      } else if (previousBlank && looksLikeHeading(line.text)) {
        finish();
        section = line.text.trim();
      } else {
        const target = answers.at(-1) ?? (questionLines.length > 0 ? questionLines : undefined);
        if (!target)
          throw new ImportError(line.number, `cannot tell whether this is a question, an answer or a heading: '${line.text.trim()}'`);
        target.push(line.text);
      }
      previousBlank = blank;
    });
    finish();
    const after = closing === undefined ? '' : markdownFromLines(lines.slice(closing));
    return { preamble: markdownFromLines(lines.slice(0, firstQuestion)), entries, labels, ...(after === '' ? {} : { closing: after }) };
  },
};
