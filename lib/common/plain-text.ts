/** Markdown to the words a reader sees: link targets, emphasis and list markers dropped. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/\\([\\`*_[\]<>#+.-])/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^\s*-\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
