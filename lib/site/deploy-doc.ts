/** docs/deploy.md with its nginx example, between the markers that hold it, replaced by `example`. */
export function withNginxExample(markdown: string, example: string): string {
  const start = '<!-- nginx example: written by npm run headers -->';
  const end = '<!-- end of nginx example -->';
  const from = markdown.indexOf(start);
  const to = markdown.indexOf(end);
  if (from === -1 || to < from) throw new Error(`docs/deploy.md has lost its markers '${start}' and '${end}'`);
  return `${markdown.slice(0, from + start.length)}\n\n\`\`\`nginx\n${example}\n\`\`\`\n\n${markdown.slice(to)}`;
}
