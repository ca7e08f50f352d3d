/** Shows HTML that lib/markdown has already sanitised; nothing else may be passed here. */
export function SanitisedHtml({
  html,
  as: Tag = 'div',
  className,
}: {
  html: string;
  as?: 'div' | 'span' | 'h1' | 'h2' | 'h3';
  className?: string;
}) {
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}
