import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { addressPieces, looksLikeAddress } from '../common/address-breaks';
import { rehypeGlossary, type GlossaryOptions } from './glossary-plugin';

/**
 * GitHub's sanitising rules (no script, no event handlers, no javascript: links), without images:
 * an image would make readers' browsers call a third-party server.
 */
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'video', 'audio', 'iframe'].includes(tag)),
  // Ids come only from footnotes, which remark-rehype already prefixes (below); prefixing again broke their links.
  clobberPrefix: '',
};

/** remark-rehype prefixes every footnote id but the heading's ("footnote-label"); this prefixes that one too. */
function prefixFootnoteLabel(idPrefix: string) {
  return (tree: Root) =>
    visitParents(tree, 'element', (element: Element) => {
      if (element.properties.id === 'footnote-label') element.properties.id = `${idPrefix}footnote-label`;
      const describedBy = element.properties.ariaDescribedBy;
      if (Array.isArray(describedBy))
        element.properties.ariaDescribedBy = describedBy.map((id) => (id === 'footnote-label' ? `${idPrefix}footnote-label` : id));
    });
}

/** A link whose text is a long web address may wrap between its parts (after / and -), never inside a word. */
function breakAddresses() {
  return (tree: Root) =>
    visitParents(tree, 'element', (element: Element) => {
      if (element.tagName !== 'a') return;
      element.children = element.children.flatMap((child) =>
        child.type === 'text' && looksLikeAddress(child.value)
          ? addressPieces(child.value).flatMap((piece, index) => [
              ...(index > 0 ? [{ type: 'element' as const, tagName: 'wbr', properties: {}, children: [] }] : []),
              { type: 'text' as const, value: piece },
            ])
          : [child],
      );
    });
}

/**
 * The one way content markdown becomes HTML: parsed, raw HTML dropped, sanitised, glossary marked.
 * `idPrefix` keeps footnote ids apart when several answers share a page.
 */
export function renderMarkdown(markdown: string, glossary?: GlossaryOptions, idPrefix = 'note-'): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { clobberPrefix: idPrefix })
    .use(rehypeSanitize, schema)
    .use(prefixFootnoteLabel, idPrefix);
  if (glossary) processor.use(rehypeGlossary, glossary);
  return String(processor.use(breakAddresses).use(rehypeStringify).processSync(markdown));
}

/** Plain text (a question, which is never markdown) as HTML, with glossary terms marked. */
export function renderText(text: string, glossary?: GlossaryOptions): string {
  const tree: Root = { type: 'root', children: [{ type: 'text', value: text }] };
  if (glossary) rehypeGlossary(glossary)(tree);
  return toHtml(tree);
}
