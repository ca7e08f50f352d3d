import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir` whose name ends with `suffix`, sorted so that loading is deterministic. */
export function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(suffix))
    .map((name) => join(dir, name))
    .sort();
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The path editors see in messages: relative to where the command runs. */
export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}
