import { ExtractError } from '../errors';
import mammoth from 'mammoth';
import { numberParagraphs } from './docx-numbering';
import { parseHtmlDocument } from './dom';
import { placeFootnotes } from './footnotes';
import { htmlToText } from './html-text';
import type { TableLabels } from './table-text';
import { placeDoubts } from './doubt-lines';
import { type Extraction } from './types';

/**
 * A Word (.docx) file read by mammoth, which keeps headings, lists, bold, links, tables with their
 * merged cells and header rows, footnotes and endnotes, and the text of text boxes, then written as
 * text: numbered paragraphs numbered as Word shows them, each note after the paragraph citing it.
 * Page headers and footers are not read: they are furniture. Images are left out (they carry no words we could check); files the document
 * links to are never opened.
 */
export async function extractDocx(file: string, bytes: Buffer, declared?: TableLabels): Promise<Extraction> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        externalFileAccess: false,
        transformDocument: numberParagraphs,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (error) {
    throw new ExtractError(
      file,
      `cannot be read as a Word document: the file is damaged or incomplete (${(error as Error).message.split('\n')[0]}). Download it again, or open it in Word and save it again as .docx.`,
    );
  }
  const document = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  const { lines: written, labels, doubts } = htmlToText(document.body, declared);
  const lines = placeFootnotes(written);
  if (lines.join('').trim() === '')
    throw new ExtractError(
      file,
      'has no text: the Word document is empty, or its text is in pictures. Ask the council for a version with real text.',
    );
  const title = document.querySelector('h1')?.textContent?.trim() || undefined;
  return {
    text: `${lines.join('\n')}\n`,
    ...(labels.question.length > 0 ? { labels } : {}),
    furniture: [],
    doubts: placeDoubts(
      lines.join('\n'),
      doubts.map((reason) => ({ reason })),
    ),
    title,
    notes:
      labels.question.length > 0
        ? [`read ${labels.question.length === 1 ? 'a table' : 'tables'} of questions and answers: each row is one entry`]
        : [],
  };
}
