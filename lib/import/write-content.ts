import { lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { UnsafeWriteError } from './errors';

/**
 * Writing into content/ safely. A pull request can commit a symbolic link where the importer will
 * write (content/qa/kent/<id> → ../../../scripts), so every write checks that its path stays inside
 * content/ without passing through a link. And an import writes many files: they are staged in a
 * folder inside content/ first, then each is renamed into place, so an import stopped midway leaves
 * whole files or none, never a half-written one.
 */

const STAGING_PREFIX = '.staging-';

/** Refuses `path` unless it is inside `root` and no part of it below `root` is a symbolic link. */
export function assertWritable(root: string, path: string): void {
  const base = realpathSync(root);
  const target = resolve(path);
  const inside = relative(resolve(root), target);
  if (inside === '' || inside.startsWith('..') || inside.startsWith(sep) || inside.split(sep).includes('..')) {
    throw new UnsafeWriteError(`${path}: is outside ${root}/, where the importer writes: nothing was written`);
  }
  let current = base;
  for (const part of inside.split(sep)) {
    current = join(current, part);
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return; // the rest does not exist yet, so it cannot be a link
    }
    if (isLink)
      throw new UnsafeWriteError(
        `${join(root, relative(base, current))}: is a symbolic link, which the importer will not write through: replace it with an ordinary folder or file (nothing was written)`,
      );
  }
}

/** Removes staging folders left by an import that was stopped before it finished. */
function removeStaleStaging(root: string): void {
  for (const name of readdirSync(root)) if (name.startsWith(STAGING_PREFIX)) rmSync(join(root, name), { recursive: true, force: true });
}

/** Writes every file, each whole: staged inside `root`, checked, then renamed into place. */
export function writeContentFiles(root: string, files: readonly { path: string; text: string }[]): void {
  for (const file of files) assertWritable(root, file.path);
  removeStaleStaging(root);
  const staging = join(root, `${STAGING_PREFIX}${process.pid}`);
  try {
    files.forEach((file, index) => {
      mkdirSync(staging, { recursive: true });
      writeFileSync(join(staging, String(index)), file.text);
    });
    files.forEach((file, index) => {
      // Checked again just before the move, in case a link appeared meanwhile.
      assertWritable(root, file.path);
      mkdirSync(dirname(file.path), { recursive: true });
      renameSync(join(staging, String(index)), file.path);
    });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
