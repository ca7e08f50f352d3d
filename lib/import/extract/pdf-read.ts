import { ExtractError } from '../errors';
import type { PageRuns, TextRun } from './pdf-lines';
import { rulingsOf, type Ruling } from './pdf-rulings';

/**
 * A PDF page as pdf.js reads it, put into plain data: its text runs (with the link each lies
 * under, and the role its tagged marked content gives it), and its ruling lines.
 */
export interface PdfPage extends PageRuns {
  rulings: Ruling[];
  /** The tables a tagged PDF's structure tree gives: rows of cells, each cell its marked-content ids. */
  tables: string[][][][];
  /** The marked-content ids in the structure tree's order, which is the reading order the tags declare. */
  tagOrder: string[];
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

type Item = { str: string; transform: number[]; width: number; fontName: string } | { type: string; tag?: string; id?: string };

/** A node of pdf.js's structure tree: an element with a role and children, or a reference to marked content. */
interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

const contentIds = (node: StructNode): string[] =>
  node.type === 'content' && node.id ? [node.id] : (node.children ?? []).flatMap(contentIds);

/** The Table elements of a page's structure tree, as rows (TR) of cells (TD, TH) of marked-content ids. */
function structTables(node: StructNode | null | undefined): string[][][][] {
  if (!node) return [];
  if (node.role === 'Table') {
    const rows: StructNode[] = [];
    const collect = (parent: StructNode) =>
      (parent.children ?? []).forEach((child) =>
        child.role === 'TR' ? rows.push(child) : child.role && /^(?:THead|TBody|TFoot)$/.test(child.role) ? collect(child) : undefined,
      );
    collect(node);
    return [rows.map((row) => (row.children ?? []).filter((cell) => cell.role === 'TD' || cell.role === 'TH').map(contentIds))];
  }
  return (node.children ?? []).flatMap(structTables);
}

/** The index nearest `at` where `boundary` holds: a link starts and ends at a word's edge. */
function nearest(length: number, at: number, boundary: (index: number) => boolean): number {
  let best: number | undefined;
  for (let index = 0; index <= length; index++)
    if (boundary(index) && (best === undefined || Math.abs(index - at) < Math.abs(best - at))) best = index;
  return best ?? at;
}

/**
 * A run partly under a link, cut where the link starts and ends: pdf.js gives one run for the
 * text in one font, so the linked words' place is estimated from the run's width, letter by letter.
 */
function splitAtLink(run: TextRun, { url, rect }: LinkArea): TextRun[] {
  const [left = 0, , right = 0] = rect;
  const letters = [...run.text];
  const step = run.width / Math.max(1, letters.length);
  const isWord = (i: number) => /[\p{L}\p{N}]/u.test(letters[i] ?? '');
  // A word starts after a space; it ends where letters stop, before any full stop or comma after it.
  const from = nearest(
    letters.length,
    Math.max(0, Math.round((left - run.x) / step)),
    (i) => (i === 0 || /\s/.test(letters[i - 1] ?? '')) && !/\s/.test(letters[i] ?? ''),
  );
  const to = nearest(
    letters.length,
    Math.min(letters.length, Math.round((right - run.x) / step)),
    (i) => i > 0 && isWord(i - 1) && !isWord(i),
  );
  if (from >= to) return [run];
  const piece = (start: number, end: number, link?: string): TextRun[] =>
    end > start
      ? [
          {
            ...run,
            text: letters.slice(start, end).join(''),
            x: run.x + start * step,
            width: (end - start) * step,
            ...(link ? { link } : {}),
          },
        ]
      : [];
  return [...piece(0, from), ...piece(from, to, url), ...piece(to, letters.length)];
}

/** The runs of a page's text content, each marked with the tagged role it sits in. */
function runsOf(items: readonly Item[], links: readonly LinkArea[], isBold: (fontName: string) => boolean): TextRun[] {
  const roles: { tag: string; id?: string }[] = [];
  const runs: TextRun[] = [];
  let printed = 0;
  for (const item of items) {
    if ('type' in item) {
      if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps')
        roles.push({ tag: item.tag ?? '', ...(item.id ? { id: item.id } : {}) });
      else if (item.type === 'endMarkedContent') roles.pop();
      continue;
    }
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    const role = roles.some((r) => r.tag === 'Artifact') ? 'artifact' : roles.some((r) => r.tag === 'Frame contents') ? 'frame' : undefined;
    const mcid = roles.findLast((r) => r.id !== undefined)?.id;
    // Printed runs are counted in the order the page draws them: spaces and empty runs between them do not part them.
    const run: TextRun = {
      text: item.str,
      x,
      y,
      width: item.width,
      size,
      order: printed,
      bold: isBold(item.fontName),
      ...(role ? { role } : {}),
      ...(mcid ? { mcid } : {}),
    };
    if (item.str.trim() !== '') printed += 1;
    const middle = y + size / 3;
    // A link annotation over some of the run: the run's words under it carry its address.
    const link = links.find(
      ({ rect: [left = 0, bottom = 0, right = 0, top = 0] }) => middle >= bottom && middle <= top && left < x + item.width && right > x,
    );
    if (!link) runs.push(run);
    else runs.push(...splitAtLink(run, link));
  }
  return runs;
}

/** Every page's text runs and rulings, read by pdf.js. Throws ExtractError for files it cannot open. */
export async function readPdfPages(file: string, bytes: Uint8Array): Promise<PdfPages> {
  // The legacy build runs on Node 20; pdf.js uses its in-process worker when there is no Worker.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    document = await pdfjs.getDocument({
      data: bytes,
      verbosity: 0,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: true,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') {
      throw new ExtractError(
        file,
        'is protected by a password, so its text cannot be read. Ask the council for a copy without a password, or open it, choose Print and save it as a new PDF.',
      );
    }
    throw new ExtractError(
      file,
      `cannot be read as a PDF: the file is damaged or incomplete (${(error as Error).message}). Download it again from the council's website.`,
    );
  }
  try {
    const tagged = (await document.getMarkInfo().catch(() => null))?.Marked === true;
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const annotations: { subtype?: string; url?: string; rect?: number[] }[] = await page.getAnnotations();
      const links = annotations.flatMap((a) =>
        a.subtype === 'Link' && typeof a.url === 'string' && a.rect ? [{ url: a.url, rect: a.rect }] : [],
      );
      const content = await page.getTextContent({ includeMarkedContent: true });
      const operators = await page.getOperatorList();
      // Drawing the page loaded its fonts: their names say which are bold.
      const isBold = (fontName: string) =>
        page.commonObjs.has(fontName) &&
        /bold|black|heavy|semibold/i.test(String((page.commonObjs.get(fontName) as { name?: unknown }).name ?? ''));
      const tree = tagged ? ((await page.getStructTree().catch(() => null)) as StructNode | null) : null;
      const runs = runsOf(content.items as Item[], links, isBold);
      pages.push({
        width,
        height,
        tagged,
        runs,
        rulings: rulingsOf(operators.fnArray, operators.argsArray, pdfjs.OPS),
        tables: structTables(tree),
        tagOrder: tree ? contentIds(tree) : [],
      });
      page.cleanup();
    }
    const info = (await document.getMetadata().catch(() => undefined))?.info as { Title?: unknown } | undefined;
    const title = typeof info?.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : undefined;
    return { pages, ...(title ? { title } : {}) };
  } catch (error) {
    throw new ExtractError(
      file,
      `cannot be read to the end: the PDF is damaged or incomplete (${(error as Error).message}). Download it again from the council's website.`,
    );
  } finally {
    await document.destroy();
  }
}
