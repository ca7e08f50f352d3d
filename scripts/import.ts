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
import { importable, importDocument, IncompleteImportError, type ImportedFile } from '../lib/import/import-document';
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
  const readable = importable(source);
  if (!readable) {
    if (requested.includes(source.id)) problems.push(`${source.file}:1: layout: this document has no text to import; its answers are entered by hand with npm run new`);
    continue;
  }
  try {
    const imported = importDocument(readable, CONTENT);
    console.log(`${source.id}: ${imported.frontmatter.length} entries; ${formatCoverage(imported.coverage)}`);
    files.push(...imported.files);
  } catch (error) {
    if (error instanceof ImportError) problems.push(`${textFile}:${error.line}: layout (${readable.layout}): ${error.message}`);
    else if (error instanceof IncompleteImportError) {
      const { coverage } = error;
      const lines = coverage.lostLines.slice(0, 20).join(', ') + (coverage.lostLines.length > 20 ? ', …' : '');
      problems.push(`${textFile}:${coverage.lostLines[0] ?? 1}: layout (${readable.layout}): ${error.message} (${formatCoverage(coverage)}).`);
      if (coverage.lostLines.length > 0) problems.push(`  The '${readable.layout}' layout could not place the text on lines ${lines}. Check the layout chosen in the sidecar, or make those lines look like the layout's questions and answers.`);
      problems.push(...coverage.lost.slice(0, 5).map((word) => `  lost ${word}`));
      problems.push(...coverage.invented.slice(0, 5).map((word) => `  not in the source ${word}`));
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
