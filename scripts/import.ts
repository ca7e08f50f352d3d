/**
 * npm run import [-- content/sources/<id>.txt …] [--force]
 * npm run import -- --detect [--json] <file.txt>
 * Reads council documents into one markdown file per answer under content/qa/. Without paths it
 * imports every document. Existing entries are kept (editors edit them) unless --force is given.
 * Every document is read and checked before anything is written. --detect tries every layout on a
 * document, prints them ranked and writes nothing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { formatIssue, loadContent, type SourceDocument } from '../lib/content';
import { formatCoverage } from '../lib/import/coverage';
import { detectLayouts, formatRanking, suggestFurniture, type DetectSource } from '../lib/import/detect';
import { importable, importDocument, IncompleteImportError, type ImportableSource, type ImportedFile } from '../lib/import/import-document';
import { sidecarTemplate } from '../lib/import/sidecar-template';
import { ImportError } from '../lib/import/types';

const CONTENT = 'content';
const args = process.argv.slice(2);
const force = args.includes('--force');
const paths = args.filter((arg) => !arg.startsWith('--'));

function fail(lines: readonly string[]): never {
  for (const line of lines) console.error(line);
  console.error('Nothing was written.');
  process.exit(1);
}

/** The ranking of every layout, and what to do with it. */
function detectionReport(source: DetectSource, file: string): string[] {
  const fits = detectLayouts(source);
  const best = fits[0];
  const lines = [`Layouts tried on ${file}, best first:`, ...formatRanking(fits).map((line) => `  ${line}`)];
  if (best && best.problem === undefined) lines.push(`Put this in the sidecar: layout: ${best.layout}`);
  else lines.push("No layout reads every line. Declare the document's own labels in the sidecar (labels: { question: …, answer: … }), or declare repeated page text as furniture.");
  const furniture = suggestFurniture(source);
  if (furniture.length > 0) lines.push(`These lines repeat and look like page headers or footers; if so, list them under furniture: ${furniture.map((f) => `"${f}"`).join(', ')}`);
  return lines;
}

if (args.includes('--detect')) {
  const [file] = paths;
  if (!file || !existsSync(file)) fail([`Usage: npm run import -- --detect [--json] <file.txt> (${file ? `${file} does not exist` : 'no file named'})`]);
  const id = basename(file).replace(/\.txt$/, '');
  const { content } = loadContent(CONTENT);
  // A sidecar already written says what furniture and names to take out first.
  const sidecar = content.sources.find((source) => source.id === id);
  const source: DetectSource = { text: readFileSync(file, 'utf8'), furniture: sidecar?.furniture, redact: sidecar?.redact, labels: sidecar?.labels };
  if (args.includes('--json')) {
    console.log(JSON.stringify(detectLayouts(source).map(({ layout, entries, coverage, problem }) => ({ layout, entries, coverage, problem: problem ?? null })), null, 2));
  } else for (const line of detectionReport(source, file)) console.log(line);
  process.exit(0);
}

const requested = paths.map((arg) => basename(arg).replace(/\.(txt|yml)$/, ''));
const { content, issues } = loadContent(CONTENT);
for (const id of requested) {
  if (!existsSync(join(CONTENT, 'sources', `${id}.yml`))) {
    fail([`${join(CONTENT, 'sources', `${id}.yml`)}:1: -: this document has no sidecar. Save this as that file, fill it in, then run the import again:`, '', sidecarTemplate(id, content)]);
  }
}
const sidecarIssues = issues.filter((issue) => issue.file.startsWith(join(CONTENT, 'sources')));
if (sidecarIssues.length > 0) fail(sidecarIssues.map(formatIssue));

/** What went wrong reading one document, and which layouts would read it instead. */
function explain(error: unknown, source: ImportableSource, textFile: string): string[] {
  const lines: string[] = [];
  if (error instanceof ImportError) {
    lines.push(`${textFile}:${error.line}: layout (${source.layout}): ${error.message}`);
  } else if (error instanceof IncompleteImportError) {
    const { coverage } = error;
    const where = coverage.lostLines.slice(0, 20).join(', ') + (coverage.lostLines.length > 20 ? ', …' : '');
    lines.push(`${textFile}:${coverage.lostLines[0] ?? 1}: layout (${source.layout}): ${error.message} (${formatCoverage(coverage)}).`);
    if (coverage.lostLines.length > 0) {
      const first = source.text.split('\n')[(coverage.lostLines[0] ?? 1) - 1]?.trim() ?? '';
      lines.push(`  Reading stopped at line ${coverage.lostLines[0]}: '${first.slice(0, 100)}'. The '${source.layout}' layout could not place lines ${where}.`);
    }
    lines.push(...coverage.lost.slice(0, 5).map((word) => `  lost ${word}`));
    lines.push(...coverage.invented.slice(0, 5).map((word) => `  not in the source ${word}`));
  } else throw error;
  return [...lines, ...detectionReport(source, textFile).map((line) => `  ${line}`)];
}

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
    problems.push(...explain(error, readable, textFile));
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
