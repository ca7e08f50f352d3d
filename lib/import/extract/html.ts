import { ExtractError } from '../errors';
import { Readability } from '@mozilla/readability';
import { parseHtmlDocument } from './dom';
import { htmlToText, isElement } from './html-text';
import type { TableLabels } from './table-text';
import { placeDoubts } from './doubt-lines';
import { type Extraction } from './types';

/**
 * A council web page saved from a browser: Readability finds the main content and leaves out the
 * navigation, cookie banner, side links and footer; the content is then written as text.
 */
export function extractHtml(file: string, bytes: Buffer, declared?: TableLabels): Extraction {
  const document = parseHtmlDocument(bytes.toString('utf8'));
  const pageTitle = document.querySelector('title')?.textContent?.trim();
  const article = new Readability<Node>(document, { serializer: (node) => node, charThreshold: 200 }).parse();
  const content = article?.content;
  if (!content || !isElement(content))
    throw new ExtractError(
      file,
      'has no main text that could be found: save the page again from the browser (File → Save page as → Web page, complete), or copy its text into a .txt file.',
    );
  const { lines, labels, doubts } = htmlToText(content, declared);
  const title = article.title?.trim() || pageTitle;
  return {
    text: `${lines.join('\n')}\n`,
    ...(labels.question.length > 0 ? { labels } : {}),
    furniture: [],
    doubts: placeDoubts(
      lines.join('\n'),
      doubts.map((reason) => ({ reason })),
    ),
    title,
    notes: ['kept the main content of the page; navigation, cookie banners, side links and the footer were left out'],
  };
}
