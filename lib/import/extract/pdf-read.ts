import type { PageRuns, TextRun } from './pdf-lines';
import { rulingsOf, type Ruling } from './pdf-rulings';
import { ExtractError } from './types';

/**
 * A PDF page as pdf.js reads it, put into plain data: its text runs (with the link each lies
 * under, and the role its tagged marked content gives it), and its ruling lines.
 */
export interface PdfPage extends PageRuns {
  rulings: Ruling[];
  /** Whether the file carries a structure tree (a tagged PDF): then its artifacts are page furniture for certain. */
  tagged: boolean;
}

export interface PdfPages {
  pages: PdfPage[];
  title?: string;
}

interface LinkArea {
  url: string;
  rect: number[];
}

type Item = { str: string; transform: number[]; width: number; fontName: string } | { type: string; tag?: string };

/** The runs of a page's text content, each marked with the tagged role it sits in. */
function runsOf(items: readonly Item[], links: readonly LinkArea[], isBold: (fontName: string) => boolean): TextRun[] {
  const roles: string[] = [];
  const runs: TextRun[] = [];
  for (const item of items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') roles.push(item.tag ?? '');
      else if (item.type === 'endMarkedContent') roles.pop();
      continue;
    }
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const centre = [x + item.width / 2, y + size / 3];
    const link = links.find(({ rect: [left = 0, bottom = 0, right = 0, top = 0] }) => (centre[0] ?? 0) >= left && (centre[0] ?? 0) <= right && (centre[1] ?? 0) >= bottom && (centre[1] ?? 0) <= top);
    const role = roles.includes('Artifact') ? 'artifact' : roles.includes('Frame contents') ? 'frame' : undefined;
    runs.push({ text: item.str, x, y, width: item.width, size, bold: isBold(item.fontName), ...(link ? { link: link.url } : {}), ...(role ? { role } : {}) });
  }
  return runs;
}

/** Every page's text runs and rulings, read by pdf.js. Throws ExtractError for files it cannot open. */
export async function readPdfPages(file: string, bytes: Uint8Array): Promise<PdfPages> {
  // The legacy build runs on Node 20; pdf.js uses its in-process worker when there is no Worker.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ExtractError(file, 'is protected by a password, so its text cannot be read. Ask the council for a copy without a password, or open it, choose Print and save it as a new PDF.');
    }
    throw new ExtractError(file, `cannot be read as a PDF: the file is damaged or incomplete (${(error as Error).message}). Download it again from the council's website.`);
  }
  try {
    const tagged = (await document.getMarkInfo().catch(() => null))?.Marked === true;
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const annotations: { subtype?: string; url?: string; rect?: number[] }[] = await page.getAnnotations();
      const links = annotations.flatMap((a) => (a.subtype === 'Link' && typeof a.url === 'string' && a.rect ? [{ url: a.url, rect: a.rect }] : []));
      const content = await page.getTextContent({ includeMarkedContent: true });
      const operators = await page.getOperatorList();
      // Drawing the page loaded its fonts: their names say which are bold.
      const isBold = (fontName: string) => page.commonObjs.has(fontName) && /bold|black|heavy|semibold/i.test(String((page.commonObjs.get(fontName) as { name?: unknown }).name ?? ''));
      pages.push({ width, height, tagged, runs: runsOf(content.items as Item[], links, isBold), rulings: rulingsOf(operators.fnArray, operators.argsArray, pdfjs.OPS) });
      page.cleanup();
    }
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : undefined;
    return { pages, ...(title ? { title } : {}) };
  } catch (error) {
    throw new ExtractError(file, `cannot be read to the end: the PDF is damaged or incomplete (${(error as Error).message}). Download it again from the council's website.`);
  } finally {
    await document.destroy();
  }
}
