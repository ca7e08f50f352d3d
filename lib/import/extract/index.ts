import { ExtractError } from '../errors';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { extractDocx } from './docx';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import type { TableLabels } from './table-text';
import { type Extraction } from './types';
import { decodeText } from '../../content/text-hygiene';

export { type Extraction, type ExtractionDoubt } from './types';

/** Files larger than this are refused: no Q&A document needs more, and reading one must stay quick. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export const READABLE_TYPES = ['.pdf', '.docx', '.html', '.htm', '.txt'] as const;

/** What the sidecar tells the extraction: the labels that make a table one of questions, and page furniture to leave out. */
export interface ExtractOptions {
  labels?: TableLabels;
  /** Lines repeated on the pages ('#' for a number): a PDF leaves them out before its tables are read. */
  furniture?: readonly string[];
}

/** Where a document came from: recorded in its sidecar, since the file itself is not committed. */
export interface Original {
  file: string;
  bytes: number;
  sha256: string;
}

const starts = (bytes: Buffer, signature: string) => bytes.subarray(0, signature.length).toString('latin1') === signature;

/**
 * The text of a council's PDF, Word file, saved web page or text file, or an ExtractError saying why
 * not and what to do. `labels` and `furniture` are the sidecar's, when it has them: a table headed
 * by the labels is read as questions and answers; the furniture is left out of a PDF's pages.
 */
export async function extractFile(
  path: string,
  { labels, furniture = [] }: ExtractOptions = {},
): Promise<{ extraction: Extraction; original: Original }> {
  const file = basename(path);
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    throw new ExtractError(
      file,
      `is ${(size / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB. Save only the pages with the questions and answers as a new file, and import that.`,
    );
  }
  const bytes = readFileSync(path);
  const original = { file, bytes: size, sha256: createHash('sha256').update(bytes).digest('hex') };
  const type = extname(file).toLowerCase();
  if (starts(bytes, '\xd0\xcf\x11\xe0') || type === '.doc') {
    throw new ExtractError(
      file,
      "is an old Word document (.doc), which cannot be read reliably. Open it in Word or LibreOffice, choose 'Save as' and 'Word Document (.docx)', then import the .docx.",
    );
  }
  if (type === '.pdf') {
    if (!starts(bytes, '%PDF'))
      throw new ExtractError(
        file,
        "is not a PDF, whatever its name says: the file is damaged, or is a web page saved with the wrong name. Download it again from the council's website.",
      );
    return { extraction: await extractPdf(file, new Uint8Array(bytes), { labels, furniture }), original };
  }
  if (type === '.docx') {
    if (!starts(bytes, 'PK'))
      throw new ExtractError(
        file,
        'is not a Word (.docx) document, whatever its name says: the file is damaged or incomplete. Download it again, or open it in Word and save it again as .docx.',
      );
    return { extraction: await extractDocx(file, bytes, labels), original };
  }
  if (type === '.html' || type === '.htm') return { extraction: extractHtml(file, bytes, labels), original };
  if (type === '.txt') {
    // Read strictly: a file saved as Windows-1252 would otherwise become '�' where every ’ or £ was.
    const decoded = decodeText(bytes, file);
    if (decoded.issue) throw new ExtractError(file, `line ${decoded.issue.line}: ${decoded.issue.message}`);
    return { extraction: { text: decoded.text, furniture: [], notes: [], doubts: [] }, original };
  }
  throw new ExtractError(
    file,
    `is a ${type || 'file without an extension'}; the importer reads ${READABLE_TYPES.join(', ')}. Save the document in one of these forms.`,
  );
}
