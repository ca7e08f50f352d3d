import { ExtractError } from './errors';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { Content } from '../content';
import { idSchema } from '../content/schema';
import { detectLayouts, type LayoutFit } from './detect';
import { extractFile, type Extraction, type Original } from './extract';
import { guessSidecar } from './guess-sidecar';
import { extractOptions, readReadingInstructions } from './sidecar-reading';
import { sidecarText, type SidecarValues } from './sidecar-file';
import { writeContentFiles } from './write-content';
import { contentPaths } from '../common/content-paths';

/** What adding one council file did, for the editor. */
export interface AddedFile {
  id: string;
  textFile: string;
  sidecarFile: string;
  wroteSidecar: boolean;
  extraction: Extraction;
  original: Original;
  /** The layouts tried on the text, best first. */
  ranking: LayoutFit[];
  /** Each filled-in field the editor must confirm: "council: kent (guessed …)". */
  toConfirm: string[];
}

export interface AddOptions {
  contentRoot: string;
  content: Pick<Content, 'councils' | 'eventTypes' | 'audiences'>;
  id?: string;
  url?: string;
  force: boolean;
  /** YYYY-MM-DD */
  today: string;
}

/** "Kent SENCO Forum Q&A (March 2024).pdf" → "kent-senco-forum-q-a-march-2024". */
export function idFromFileName(file: string): string {
  return basename(file, extname(file))
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Takes a council's PDF, Word file, saved web page or text file, writes its text as
 * `content/sources/<id>.txt` (the source of record) and, for a new document, a sidecar filled in
 * with what the file states and what could be guessed, each guess marked; a sidecar already there
 * is kept, and its reading instructions (labels, furniture) guide the extraction. Throws ExtractError,
 * having written nothing, for a file it cannot read.
 */
export async function addFile(path: string, options: AddOptions): Promise<AddedFile> {
  const id = options.id ?? idFromFileName(path);
  if (!idSchema.safeParse(id).success)
    throw new ExtractError(
      basename(path),
      `gives the id '${id}', which is not one: name the document with --id, in lower-case words joined by hyphens, e.g. --id leeds-2025-03-send-conference`,
    );
  const { text: textFile, sidecar: sidecarFile } = contentPaths(options.contentRoot).document(id);
  // A sidecar already there (the editor's, adding the file again) says how to read it: the table its labels: name, the furniture to leave out.
  const declared = readReadingInstructions(sidecarFile);
  const { extraction, original } = await extractFile(path, extractOptions(declared));
  if (existsSync(textFile) && readFileSync(textFile, 'utf8') !== extraction.text && !options.force) {
    throw new ExtractError(
      basename(path),
      `gives text different from the ${textFile} already there. Use --force to replace it, or --id to add it as another document.`,
    );
  }
  const labels =
    declared.labels ?? (extraction.labels ? { question: extraction.labels.question, answer: extraction.labels.answer } : undefined);
  // What the sidecar declared stays declared when the sidecar is written again (--force).
  const furniture = [...new Set([...extraction.furniture, ...(declared.furniture ?? [])])];
  const ranking = detectLayouts({
    text: extraction.text,
    furniture,
    labels,
  });
  const best = ranking[0];
  const guesses = guessSidecar({ text: extraction.text, title: extraction.title, fileName: basename(path), ...options.content });
  const values: SidecarValues = {
    ...guesses,
    added: { value: options.today, note: 'today' },
    ...(best && best.problem === undefined
      ? { layout: { value: best.layout, note: `read ${best.entries} entries, every word kept` } }
      : {}),
    ...(options.url ? { url: { value: options.url, note: 'given with --url' } } : {}),
    ...(labels
      ? { labels: { value: labels, note: declared.labels ? 'as the sidecar declared them' : "the table's column headings" } }
      : {}),
    ...(furniture.length > 0 ? { furniture: { value: furniture, note: 'repeated on the pages and left out of the text' } } : {}),
    original: { value: original, note: 'the file this text came from' },
  };
  const wroteSidecar = !existsSync(sidecarFile) || options.force;
  writeContentFiles(options.contentRoot, [
    { path: textFile, text: extraction.text },
    ...(wroteSidecar ? [{ path: sidecarFile, text: sidecarText(id, options.content, values) }] : []),
  ]);
  const toConfirm = (['title', 'date', 'council', 'event', 'eventType', 'audience', 'layout'] as const).map((name) => {
    const filled = values[name];
    return filled ? `${name}: ${filled.value} (${filled.note})` : `${name}: not known: fill it in`;
  });
  return { id, textFile, sidecarFile, wroteSidecar, extraction, original, ranking, toConfirm };
}
