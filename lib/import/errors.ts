import type { Coverage } from './coverage';

/**
 * Every error the importer throws on purpose, in one place, each with a `name` so that a stack
 * trace or a log says which it was. Each means "nothing was written"; scripts/import.ts turns each
 * into an editor's message.
 */

/** A file the importer will not read, with what the editor can do about it. */
export class ExtractError extends Error {
  override readonly name = 'ExtractError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

/** The importer could not place part of a document (`line` of its text). */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** A document whose import would lose or invent words. */
export class IncompleteImportError extends Error {
  override readonly name = 'IncompleteImportError';
  constructor(readonly coverage: Coverage) {
    super('the import would not keep every word of the document exactly once');
  }
}

/** A write that would leave content/ or pass through a symbolic link (see write-content.ts). */
export class UnsafeWriteError extends Error {
  override readonly name = 'UnsafeWriteError';
}
