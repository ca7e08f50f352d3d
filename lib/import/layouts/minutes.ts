import { ImportError } from '../errors';
import { escapeMarkdown, paragraphText, renderBlocks, splitParagraphs, toLines, type Line } from '../reading/blocks';
import { DOT_BULLET as BULLET } from '../reading/vocabulary';
import { type LayoutFamily, type ParsedEntry } from '../types';

// A list introduced this way records points raised one by one, so each bullet is its own entry.
const POINTS_RAISED = /\b(points|questions|concerns|issues)\b.*\b(made|raised|asked)\b/i;
// The first sentence of a point is what the Panel raised; what follows is the reply or discussion.
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|Cllr|Mr|Mrs|Ms|Dr))[.?!](?=\s+[A-Z])/;

function splitFirstSentence(text: string): [string, string] {
  const match = SENTENCE_END.exec(text);
  if (!match) return [text, ''];
  return [text.slice(0, match.index + 1), text.slice(match.index + 1).trim()];
}

/**
 * Meeting minutes: narrative paragraphs, lists introduced by a line ending in ':' (findings, or
 * points raised), and closing resolutions.
 */
export const minutes: LayoutFamily = {
  name: 'minutes',
  description: 'meeting minutes with lists of points raised and the replies',
  parse({ text }) {
    const paragraphs = splitParagraphs(toLines(text), (line) => BULLET.test(line));
    const isBullet = (paragraph: readonly Line[] | undefined) => paragraph !== undefined && BULLET.test(paragraph[0]?.text ?? '');
    const isIntro = (index: number) => /:$/.test(paragraphText(paragraphs[index] ?? [])) && isBullet(paragraphs[index + 1]);
    const firstIntro = paragraphs.findIndex((_, index) => isIntro(index));
    if (firstIntro === -1) throw new ImportError(1, "found no list introduced by a line ending in ':'");
    const entries: ParsedEntry[] = [];
    let index = firstIntro;
    while (index < paragraphs.length) {
      const intro = paragraphText(paragraphs[index] ?? []);
      if (!isIntro(index)) {
        entries.push({ question: intro, response: '', kind: 'comment' });
        index += 1;
        continue;
      }
      const bullets: string[] = [];
      for (index += 1; isBullet(paragraphs[index]); index += 1) bullets.push(paragraphText(paragraphs[index] ?? []).replace(BULLET, ''));
      if (POINTS_RAISED.test(intro)) {
        for (const bullet of bullets) {
          const [raised, reply] = splitFirstSentence(bullet);
          entries.push({ question: raised, response: escapeMarkdown(reply), section: intro, kind: 'concern' });
        }
      } else {
        const response = renderBlocks([{ kind: 'list', items: bullets.map(escapeMarkdown) }]);
        entries.push({ question: intro, response, kind: /finding/i.test(intro) ? 'finding' : 'comment' });
      }
    }
    const preamble = renderBlocks(
      paragraphs.slice(0, firstIntro).map((p) => ({ kind: 'paragraph', text: escapeMarkdown(paragraphText(p)) })),
    );
    return { preamble, entries };
  },
};
