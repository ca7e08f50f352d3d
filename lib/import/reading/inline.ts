/** Repairs for documents that arrived as markdown (Word exports): links and emphasis. */

/** `[text](#)`: the address was lost in export, so keep the text and drop the dead link. */
export function dropPlaceholderLinks(text: string): string {
  return text.replace(/\[([^\]]+)\]\((?:#?)\)/g, '$1');
}

/**
 * `**The whole answer**`: the document set every answer in bold, which says nothing about
 * emphasis; bold inside an answer is kept.
 */
export function unwrapWholeBold(text: string): string {
  const match = /^(\*{2,3})([^*][\s\S]*?[^*]|[^*])\1$/.exec(text.trim());
  return match && !match[2]?.includes('**') ? (match[2] ?? '').trim() : text;
}

export function cleanMarkdownText(text: string): string {
  return unwrapWholeBold(dropPlaceholderLinks(text));
}
