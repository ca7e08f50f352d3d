import { splitFrontmatter } from '../content/frontmatter';
import { entryFrontmatterSchema, type EntryFrontmatter } from '../content/schema';
import { parseYamlText } from '../content/yaml-text';
import { entryFileText } from './entry-file';
import type { ImportedDocument, ImportedFile } from './import-document';
import { redact } from './reading/normalise';

/**
 * Once a document is imported, its entry files are the record: editors correct them on GitHub,
 * as CONTRIBUTING invites. Importing the document again must never undo a correction silently.
 *
 * - Fields the importer only guesses (`theme`, `status`, `kind`) and the `id` (renamed with a
 *   redirect) are the editor's: a new reading always keeps the entry's values.
 * - Fields read from the document's words (question, section, who asked and answered, order, the
 *   response) are the text's: when the entry's differ from the new reading, an editor fixed them
 *   (a word split in two, say). Without --force the entry is kept as it is; with --force the import
 *   stops, naming the file, line and field, since only a person can say which one is right.
 * - `council`, `date` and `source` are copied from the sidecar, which is their record.
 */
const EDITORS_FIELDS = ['id', 'theme', 'status', 'kind'] as const;
const TEXT_FIELDS = ['question', 'section', 'askedBy', 'answeredBy', 'order'] as const;

export interface EntryToWrite {
  file: ImportedFile;
  frontmatter: EntryFrontmatter;
  response: string;
}

export interface Reconciled {
  /** What to write: the new reading with the editor's fields, or the entry as the editor left it. */
  files: ImportedFile[];
  /** Entries kept as they are because an editor changed their text (without --force). */
  kept: string[];
  /** Why the import must stop (with --force): `path:line: field: …`, one per correction. */
  conflicts: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An imported document's entry files with what each was made from; its other files (the preamble) apart. */
export function entriesToWrite(imported: ImportedDocument): { entries: EntryToWrite[]; others: ImportedFile[] } {
  const entries = imported.frontmatter.flatMap((frontmatter, index): EntryToWrite[] => {
    const file = imported.files[index];
    return file ? [{ file, frontmatter, response: imported.parsed.entries[index]?.response ?? '' }] : [];
  });
  return { entries, others: imported.files.slice(entries.length) };
}

const shown = (value: unknown) => {
  const text = String(value ?? '(none)');
  return `'${text.length > 60 ? `${text.slice(0, 60)}…` : text}'`;
};

/**
 * Reconciles a new reading of a document with the entry files already committed. `existing`
 * returns a file's current text, if any; `withheld` are names this import takes out of the
 * document, taken out of the entries too, so that withholding a name is not mistaken for a correction.
 */
export function reconcileEntries(
  entries: readonly EntryToWrite[],
  existing: (path: string) => string | undefined,
  { force, withheld = [] }: { force: boolean; withheld?: readonly string[] },
): Reconciled {
  const result: Reconciled = { files: [], kept: [], conflicts: [] };
  for (const entry of entries) {
    const before = existing(entry.file.path);
    if (before === undefined) {
      result.files.push(entry.file);
      continue;
    }
    const split = splitFrontmatter(before, entry.file.path).split;
    const parsed = split && parseYamlText(split.frontmatter, entry.file.path, split.frontmatterLine).yaml;
    if (!split || !parsed || !isRecord(parsed.value)) {
      if (force)
        result.conflicts.push(
          `${entry.file.path}:1: -: cannot be read as an entry; fix it (npm run check says how) or delete it, then import again`,
        );
      else result.kept.push(entry.file.path);
      continue;
    }
    // Values, not the file's text, so that a withheld name never breaks the YAML around it.
    const fields = Object.fromEntries(
      Object.entries(parsed.value).map(([key, value]) => [key, typeof value === 'string' ? redact(value, withheld) : value]),
    );
    const response = redact(split.body.trim(), withheld);
    const read: Record<string, unknown> = entry.frontmatter;
    const changed: { field: string; line: number; now: unknown; reading: unknown }[] = [
      ...TEXT_FIELDS.filter((field) => fields[field] !== read[field]).map((field) => ({
        field,
        line: parsed.lineOf([field]),
        now: fields[field],
        reading: read[field],
      })),
      ...(response === entry.response.trim() ? [] : [{ field: 'response', line: split.bodyLine, now: response, reading: entry.response }]),
    ];
    if (changed.length > 0) {
      if (!force) {
        result.kept.push(entry.file.path);
        const valid = entryFrontmatterSchema.safeParse(fields);
        if (withheld.length > 0 && valid.success) result.files.push({ path: entry.file.path, text: entryFileText(valid.data, response) });
        continue;
      }
      for (const { field, line, now, reading } of changed) {
        result.conflicts.push(
          `${entry.file.path}:${line}: ${field}: is ${shown(now)} but the document now reads ${shown(reading)}; an editor's correction is never overwritten: to keep it, import without --force; to take the new reading, delete the file first`,
        );
      }
      continue;
    }
    // Each of the editor's fields on its own: one the check would refuse does not cost the others.
    const kept = Object.fromEntries(
      EDITORS_FIELDS.flatMap((field) => {
        const value = entryFrontmatterSchema.shape[field].safeParse(fields[field]);
        return value.success ? [[field, value.data]] : [];
      }),
    );
    result.files.push({ path: entry.file.path, text: entryFileText({ ...entry.frontmatter, ...kept }, entry.response) });
  }
  return result;
}
