import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeGlossary, type GlossaryOptions } from './glossary-plugin';

/**
 * GitHub's sanitising rules (no script, no event handlers, no javascript: links), without images:
 * an image would make readers' browsers call a third-party server.
 */
const schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'video', 'audio', 'iframe'].includes(tag)),
};

/** The one way content markdown becomes HTML: parsed, raw HTML dropped, sanitised, glossary marked. */
export function renderMarkdown(markdown: string, glossary?: GlossaryOptions): string {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, schema);
  if (glossary) processor.use(rehypeGlossary, glossary);
  return String(processor.use(rehypeStringify).processSync(markdown));
}

/** Plain text (a question, which is never markdown) as HTML, with glossary terms marked. */
export function renderText(text: string, glossary?: GlossaryOptions): string {
  const tree: Root = { type: 'root', children: [{ type: 'text', value: text }] };
  if (glossary) rehypeGlossary(glossary)(tree);
  return toHtml(tree);
}
