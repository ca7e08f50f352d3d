import { stringify } from 'yaml';
import type { EntryFrontmatter } from '../content/schema';

/** The markdown file of one entry, fields in a fixed order so that output is byte-stable. */
export function entryFileText(frontmatter: EntryFrontmatter, response: string): string {
  const ordered: EntryFrontmatter = {
    id: frontmatter.id,
    question: frontmatter.question,
    source: frontmatter.source,
    theme: frontmatter.theme,
    ...(frontmatter.section === undefined ? {} : { section: frontmatter.section }),
    ...(frontmatter.askedBy === undefined ? {} : { askedBy: frontmatter.askedBy }),
    ...(frontmatter.answeredBy === undefined ? {} : { answeredBy: frontmatter.answeredBy }),
    kind: frontmatter.kind,
    status: frontmatter.status,
    order: frontmatter.order,
  };
  const yaml = stringify(ordered, { lineWidth: 0 });
  return `---\n${yaml}---\n${response === '' ? '' : `${response}\n`}`;
}

/** `content/qa/<council>/<source>/<nn>.md`, numbered so that files sort in document order. */
export function entryFileName(order: number, total: number): string {
  return `${String(order).padStart(Math.max(2, String(total).length), '0')}.md`;
}
