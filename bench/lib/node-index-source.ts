import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexFile } from '../../lib/search/build/build-index';
import type { IndexSource } from '../../lib/search/engine/types';

/** Index files read from a folder, as the browser would fetch them. */
export function folderSource(dir: string): IndexSource {
  return {
    json: async (path) => JSON.parse(await readFile(join(dir, path), 'utf8')),
    bytes: async (path) => new Uint8Array(await readFile(join(dir, path))),
  };
}

/** Index files held in memory, straight from the builder; `onRead` sees every file fetched. */
export function memorySource(files: readonly IndexFile[], onRead?: (file: IndexFile) => void): IndexSource {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const read = (path: string) => {
    const file = byPath.get(path);
    if (!file) return Promise.reject(new Error(`no index file ${path}`));
    onRead?.(file);
    return Promise.resolve(file);
  };
  return {
    json: async (path) => JSON.parse(String((await read(path)).data)),
    bytes: async (path) => {
      const data = (await read(path)).data;
      return typeof data === 'string' ? new TextEncoder().encode(data) : data;
    },
  };
}
