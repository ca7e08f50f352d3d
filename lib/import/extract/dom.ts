import { parseHTML } from 'linkedom';

/** An HTML string as a DOM document, in Node, without a browser. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document;
}
