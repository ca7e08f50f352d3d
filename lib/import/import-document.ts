import { join } from 'node:path';
import type { EntryFrontmatter, Layout, Source } from '../content/schema';
import { isComplete, measureCoverage, type Coverage } from './coverage';
import { entryFileName, entryFileText } from './entry-file';
import { LAYOUT_PARSERS } from './layouts';
import { normaliseText, redact, removeFurniture } from './normalise';
import { statusFor } from './status-rules';
import { themeFor } from './theme-rules';
import type { ParsedDocument } from './types';

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

/** A document whose import would lose or invent words: nothing may be written. */
export class IncompleteImportError extends Error {
  constructor(readonly coverage: Coverage) {
    super('the import would not keep every word of the document exactly once');
  }
}

/** A document the importer can read: one with its text and a layout. */
export type ImportableSource = Source & { text: string; layout: Layout };

/** The document as something the importer can read, or undefined when its answers are entered by hand. */
export function importable<T extends Source & { text?: string }>(source: T): (T & ImportableSource) | undefined {
  const { text, layout } = source;
  return text === undefined || layout === undefined ? undefined : { ...source, text, layout };
}

function parseDocument(source: ImportableSource): ParsedDocument {
  const text = removeFurniture(normaliseText(source.text), source.furniture ?? []);
  const parsed = LAYOUT_PARSERS[source.layout].parse({ text, raw: source.text });
  const names = source.redact ?? [];
  return {
    preamble: redact(parsed.preamble, names),
    entries: parsed.entries.map((entry) => ({
      ...entry,
      question: redact(entry.question, names),
      response: redact(entry.response, names),
    })),
  };
}

/**
 * Reads one document into entry files under `contentRoot`. Throws ImportError when the layout
 * cannot place a line and IncompleteImportError when words would be lost or invented.
 */
export function importDocument(source: ImportableSource, contentRoot: string): ImportedDocument {
  const parsed = parseDocument(source);
  const coverage = measureCoverage(source, parsed);
  if (!isComplete(coverage)) throw new IncompleteImportError(coverage);
  const dir = join(contentRoot, 'qa', source.council, source.id);
  const total = parsed.entries.length;
  const frontmatter = parsed.entries.map((entry, index): EntryFrontmatter => ({
    id: `${source.id}-${index + 1}`,
    question: entry.question,
    source: source.id,
    theme: themeFor(entry),
    section: entry.section,
    kind: entry.kind,
    status: statusFor(entry.response),
    order: index + 1,
  }));
  const files = frontmatter.map((fields, index) => ({
    path: join(dir, entryFileName(index + 1, total)),
    text: entryFileText(fields, parsed.entries[index]?.response ?? ''),
  }));
  if (parsed.preamble !== '') files.push({ path: join(contentRoot, 'sources', `${source.id}.preamble.md`), text: `${parsed.preamble}\n` });
  return { parsed, frontmatter, files, coverage };
}
