/**
 * Markdown to the words a reader sees: link targets, emphasis and list markers dropped. Each pattern
 * stops at the characters that would end what it looks for (a bracket, a space, a line end), so no
 * text, however hostile, makes one scan the rest of the text again from every position.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^[\]\n]*)\]\([^()[\]\s]*(?:[ \t]+"[^"\n]{0,300}")?\)/g, '$1')
    .replace(/<(https?:[^<>\s]+)>/g, '$1')
    .replace(/\\([\\`*_[\]<>#+.-])/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/^[ \t]*-[ \t]+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
