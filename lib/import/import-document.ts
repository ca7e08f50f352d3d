import { join } from 'node:path';
import type { EntryFrontmatter, Layout, Source } from '../content/schema';
import { isComplete, measureCoverage, type Coverage, type CoverageParts } from './coverage';
import { entryFileName, entryFileText } from './entry-file';
import { parserFor } from './layouts';
import { normaliseText, redact, removeFurniture } from './reading/normalise';
import { statusFor } from './status-rules';
import { themeFor } from './theme-rules';
import type { ParsedDocument } from './types';
import { contentPaths } from '../common/content-paths';
import { IncompleteImportError } from './errors';

export interface ImportedFile {
  path: string;
  text: string;
}

export interface ImportedDocument {
  parsed: ParsedDocument;
  frontmatter: EntryFrontmatter[];
  files: ImportedFile[];
  coverage: Coverage;
}

export { IncompleteImportError };

/** A document the importer can read: one with its text and a layout. */
export type ImportableSource = Source & { text: string; layout: Layout };

/** What reading a document needs: its text, its layout and the sidecar's reading instructions. */
export type ReadableSource = Pick<Source, 'furniture' | 'redact' | 'labels'> & { text: string; layout: Layout };

/** The document as something the importer can read, or undefined when its answers are entered by hand. */
export function importable<T extends Source & { text?: string }>(source: T): (T & ImportableSource) | undefined {
  const { text, layout } = source;
  return text === undefined || layout === undefined ? undefined : { ...source, text, layout };
}

/** A document read by its layout, after layout repair and furniture, with the public's names withheld. */
export function readDocument(source: ReadableSource): ParsedDocument {
  const text = removeFurniture(normaliseText(source.text), source.furniture ?? []);
  const parsed = parserFor(source).parse({ text, raw: source.text });
  const names = source.redact ?? [];
  const withheld = (value: string | undefined) => (value === undefined ? undefined : redact(value, names));
  return {
    ...parsed,
    preamble: redact(parsed.preamble, names),
    entries: parsed.entries.map((entry) => ({
      ...entry,
      question: redact(entry.question, names),
      response: redact(entry.response, names),
      askedBy: withheld(entry.askedBy),
      answeredBy: withheld(entry.answeredBy),
    })),
  };
}

/**
 * How completely `parts` (committed entries, say) keep the document's words. Throws ImportError
 * when the layout can no longer read the document, since only reading it says which labels it drops.
 */
export function coverageOf(source: ReadableSource, parts: CoverageParts): Coverage {
  return measureCoverage(source, parts, readDocument(source));
}

/**
 * Reads one document into entry files under `contentRoot`. Throws ImportError when the layout
 * cannot place a line and IncompleteImportError when words would be lost or invented.
 */
export function importDocument(source: ImportableSource, contentRoot: string): ImportedDocument {
  const parsed = readDocument(source);
  const coverage = measureCoverage(source, parsed, parsed);
  if (!isComplete(coverage)) throw new IncompleteImportError(coverage);
  const dir = contentPaths(contentRoot).entries(source.council, source.id);
  const total = parsed.entries.length;
  const frontmatter = parsed.entries.map((entry, index): EntryFrontmatter => ({
    id: `${source.id}-${index + 1}`,
    question: entry.question,
    council: source.council,
    date: source.date,
    source: source.id,
    theme: themeFor(entry),
    section: entry.section,
    askedBy: entry.askedBy,
    answeredBy: entry.answeredBy,
    kind: entry.kind,
    status: statusFor(entry.response),
    order: index + 1,
  }));
  const files = frontmatter.map((fields, index) => ({
    path: join(dir, entryFileName(index + 1, total)),
    text: entryFileText(fields, parsed.entries[index]?.response ?? ''),
  }));
  if (parsed.preamble !== '') files.push({ path: contentPaths(contentRoot).document(source.id).preamble, text: `${parsed.preamble}\n` });
  return { parsed, frontmatter, files, coverage };
}
