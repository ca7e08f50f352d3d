import { stringify } from 'yaml';
import { fieldsOf } from '../content/field-help';
import { entryFrontmatterSchema, type EntryFrontmatter } from '../content/schema';

const FIELDS = fieldsOf(entryFrontmatterSchema);

/** The markdown file of one entry, fields in the schema's order so that output is byte-stable. */
export function entryFileText(frontmatter: EntryFrontmatter, response: string): string {
  const values: Record<string, unknown> = frontmatter;
  const ordered = Object.fromEntries(FIELDS.flatMap(({ name }) => (values[name] === undefined ? [] : [[name, values[name]]])));
  const yaml = stringify(ordered, { lineWidth: 0 });
  return `---\n${yaml}---\n${response === '' ? '' : `${response}\n`}`;
}

/**
 * A new entry to fill in by hand: every field of the schema with its description and, where the
 * schema knows them, the values it allows; optional fields commented out.
 */
export function entryTemplate(
  known: Partial<EntryFrontmatter>,
  allowed: Partial<Record<keyof EntryFrontmatter, readonly string[]>>,
): string {
  const values: Record<string, unknown> = known;
  const lines = FIELDS.map(({ name, description, optional, allowed: fromSchema }) => {
    const options = allowed[name as keyof EntryFrontmatter] ?? fromSchema;
    const help = `# ${description}${options ? ` One of: ${options.join(', ')}` : ''}`;
    const value = values[name] === undefined ? '""' : stringify(values[name]).trim();
    return `${optional && values[name] === undefined ? '# ' : ''}${name}: ${value}   ${help}`;
  });
  return `---\n${lines.join('\n')}\n---\nThe response, exactly as the document gives it, in markdown.\n`;
}

/** `content/qa/<council>/<source>/<nn>.md`, numbered so that files sort in document order. */
export function entryFileName(order: number, total: number): string {
  return `${String(order).padStart(Math.max(2, String(total).length), '0')}.md`;
}
