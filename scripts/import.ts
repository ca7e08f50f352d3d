/**
 * npm run import [-- content/sources/<id>.txt …] [--force]
 * Reads council documents into one markdown file per answer under content/qa/. Without paths it
 * imports every document. Existing entries are kept (editors edit them) unless --force is given.
 * Every document is read and checked before anything is written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { formatIssue, loadContent, type SourceDocument } from '../lib/content';
import { formatCoverage } from '../lib/import/coverage';
import { importDocument, IncompleteImportError, type ImportedFile } from '../lib/import/import-document';
import { sidecarTemplate } from '../lib/import/sidecar-template';
import { ImportError } from '../lib/import/types';

const CONTENT = 'content';
const args = process.argv.slice(2);
const force = args.includes('--force');
const requested = args.filter((arg) => !arg.startsWith('--')).map((arg) => basename(arg).replace(/\.(txt|yml)$/, ''));

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error('Nothing was written.');
  process.exit(1);
}

const { content, issues } = loadContent(CONTENT);
for (const id of requested) {
  if (!existsSync(join(CONTENT, 'sources', `${id}.yml`))) {
    fail([`${join(CONTENT, 'sources', `${id}.yml`)}:1: -: this document has no sidecar. Save this as that file, fill it in, then run the import again:`, '', sidecarTemplate(id)]);
  }
}
const sidecarIssues = issues.filter((issue) => issue.file.startsWith(join(CONTENT, 'sources')));
if (sidecarIssues.length > 0) fail(sidecarIssues.map(formatIssue));

const selected: SourceDocument[] = requested.length === 0 ? content.sources : content.sources.filter((source) => requested.includes(source.id));
const files: ImportedFile[] = [];
const problems: string[] = [];
for (const source of selected) {
  const textFile = join(CONTENT, 'sources', `${source.id}.txt`);
  try {
    const imported = importDocument(source, CONTENT);
    console.log(`${source.id}: ${imported.frontmatter.length} entries; ${formatCoverage(imported.coverage)}`);
    files.push(...imported.files);
  } catch (error) {
    if (error instanceof ImportError) problems.push(`${textFile}:${error.line}: layout (${source.layout}): ${error.message}`);
    else if (error instanceof IncompleteImportError) {
      problems.push(`${textFile}:1: layout (${source.layout}): ${error.message}; ${formatCoverage(error.coverage)}`);
      problems.push(...error.coverage.lost.slice(0, 10).map((word) => `  lost ${word}`));
      problems.push(...error.coverage.invented.slice(0, 10).map((word) => `  not in the source ${word}`));
    } else throw error;
  }
}
if (problems.length > 0) fail(problems);

let written = 0;
let kept = 0;
for (const file of files) {
  if (existsSync(file.path) && !force) {
    kept += 1;
    continue;
  }
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, file.text);
  written += 1;
}
console.log(`Wrote ${written} files${kept > 0 ? `; kept ${kept} that already exist (use --force to overwrite them)` : ''} under ${relative(process.cwd(), CONTENT)}/.`);
