import { join } from 'node:path';
import type { EntryFrontmatter, Layout, Source } from '../content/schema';
import { isComplete, measureCoverage, type Coverage, type CoverageParts } from './coverage';
import { entryFileName, entryFileText } from './entry-file';
import { layoutFamily } from './layouts';
import { closingStart, withoutClosing } from './reading/closing';
import { contentsList } from './reading/contents';
import { toLines } from './reading/blocks';
import { markdownFromLines } from './reading/markdown-source';
import { prepareText, type PreparableSource } from './reading/prepare-text';
import { statusFor } from './status-rules';
import { themeFor } from './theme-rules';
import type { ParsedDocument } from './types';
import { contentPaths } from '../common/content-paths';
import { IncompleteImportError, ImportError } from './errors';

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

/** A document the importer can read: one with its text and a layout. */
export type ImportableSource = Source & { text: string; layout: Layout };

/** What reading a document needs: its text, its layout and the sidecar's reading instructions. */
export type ReadableSource = Pick<Source, 'furniture' | 'redact' | 'labels' | 'questions' | 'answers'> & { text: string; layout: Layout };

/** The document as something the importer can read, or undefined when its answers are entered by hand. */
export function importable<T extends Source & { text?: string }>(source: T): (T & ImportableSource) | undefined {
  const { text, layout } = source;
  return text === undefined || layout === undefined ? undefined : { ...source, text, layout };
}

/**
 * What every layout reads of a document, worked out once however many layouts try it: its
 * prepared text with its contents list (reading/contents.ts) blanked, that list as the preamble's
 * last paragraphs, and where its closing starts.
 */
export interface PreparedReading {
  text: string;
  listed: string;
  closingStart: number | undefined;
}

/** The document's text with its layout repaired, furniture removed and the public's names withheld, its contents list set apart, and where its closing starts. */
export function prepareReading(source: PreparableSource): PreparedReading {
  const prepared = prepareText(source);
  const contents = contentsList(prepared);
  const lines = prepared.split('\n');
  // The list blanked, so that line numbers still match; its lines join the preamble after the layout's.
  const text = contents ? lines.map((line, index) => (index >= contents.start && index < contents.end ? '' : line)).join('\n') : prepared;
  // …one paragraph a line, as the page lists them.
  const listed = contents
    ? markdownFromLines(
        toLines(prepared)
          .slice(contents.start, contents.end)
          .flatMap((line) => [line, { ...line, text: '' }]),
      )
    : '';
  return { text, listed, closingStart: closingStart(text) };
}

/**
 * A document read by its layout from its prepared text (layout repaired, furniture removed, the
 * public's names withheld), with its contents list kept in the preamble and what follows the last
 * answer (a sign-off, the next item, footnotes) kept apart as its closing, whichever layout reads
 * it. A layout that cannot read the document without its closing reads it whole.
 */
export function readDocument(
  source: ReadableSource,
  { text, listed, closingStart: start }: PreparedReading = prepareReading(source),
): ParsedDocument {
  const { labels, questions, answers } = source;
  const family = layoutFamily(source.layout);
  const parse = (body: string): ParsedDocument => {
    const parsed = family.parse({ text: body, raw: source.text, labels, questions, answers });
    return listed === '' ? parsed : { ...parsed, preamble: [parsed.preamble, listed].filter((part) => part !== '').join('\n\n') };
  };
  if (start !== undefined) {
    const { body, closing } = withoutClosing(text, start);
    try {
      const parsed = parse(body);
      const after = markdownFromLines(toLines(closing.join('\n')).map((line) => ({ ...line, number: line.number + start })));
      if (parsed.entries.length > 0)
        return { ...parsed, closing: [parsed.closing ?? '', after].filter((part) => part !== '').join('\n\n') };
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
    }
  }
  return parse(text);
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
  const paths = contentPaths(contentRoot).document(source.id);
  if (parsed.preamble !== '') files.push({ path: paths.preamble, text: `${parsed.preamble}\n` });
  if (parsed.closing) files.push({ path: paths.closing, text: `${parsed.closing}\n` });
  return { parsed, frontmatter, files, coverage };
}
