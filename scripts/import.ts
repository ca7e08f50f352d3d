/**
 * npm run import [-- <file or folder> …] [--force] [--id ID] [--url URL] [--report FILE]
 * npm run import -- --detect [--json] <file.txt>
 *
 * Reads council documents into one markdown file per answer under content/qa/. A path in
 * content/sources/ re-imports that document; any other PDF, Word file, saved web page or text file
 * (or a folder of them) is added first: its text is written to content/sources/<id>.txt and a
 * sidecar filled in with what it states and what could be guessed. Without paths, every document is
 * imported again. Existing entries are kept (editors edit them) unless --force is given. Every
 * document is read and checked before any entry is written. --detect tries every layout on a
 * document, prints them ranked and writes nothing. --report appends a markdown summary to FILE
 * (the pull-request workflow's job summary).
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { formatIssue, loadContent, type Content, type SourceDocument } from '../lib/content';
import { addFile, type AddedFile } from '../lib/import/add-file';
import { UnsafeWriteError, writeContentFiles } from '../lib/import/write-content';
import { withholdNames } from '../lib/import/withhold-names';
import { formatCoverage } from '../lib/import/coverage';
import { detectLayouts, formatRanking, suggestFurniture, type DetectSource } from '../lib/import/detect';
import { ExtractError, formatDoubts, READABLE_TYPES } from '../lib/import/extract';
import { importable, importDocument, IncompleteImportError, type ImportableSource, type ImportedFile } from '../lib/import/import-document';
import { sidecarText } from '../lib/import/sidecar-file';
import { ImportError } from '../lib/import/types';

const CONTENT = 'content';
const SOURCES = join(CONTENT, 'sources');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
};
const valued = new Set(['--id', '--url', '--report'].flatMap((name) => (option(name) === undefined ? [] : [option(name)])));
const force = args.includes('--force');
const paths = args.filter((arg, index) => !arg.startsWith('--') && !(valued.has(arg) && args[index - 1]?.startsWith('--')));
const report: string[] = [];

function finish(status: number): never {
  const file = option('--report');
  if (file && report.length > 0) appendFileSync(file, `${report.join('\n')}\n`);
  process.exit(status);
}

function fail(lines: readonly string[], what = 'Nothing was written.'): never {
  for (const line of lines) console.error(line);
  console.error(what);
  report.push('', ...lines.map((line) => `    ${line}`), '', `**${what}**`);
  finish(1);
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
  finish(0);
}

/** A folder stands for the documents in it. */
function expand(path: string): string[] {
  if (!existsSync(path)) fail([`${path}: there is no such file or folder`]);
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => (READABLE_TYPES as readonly string[]).includes(extname(name).toLowerCase()) || extname(name).toLowerCase() === '.doc')
    .sort()
    .map((name) => join(path, name));
}

const inSources = (path: string) => resolve(dirname(path)) === resolve(SOURCES) && /\.(txt|yml)$/.test(path);

/** Adds a council file as a new document; prints and reports what it did and what the editor must confirm. */
async function add(path: string, content: Content): Promise<AddedFile> {
  try {
    const added = await addFile(path, { contentRoot: CONTENT, content, id: option('--id'), url: option('--url'), force, today: new Date().toISOString().slice(0, 10) });
    const lines = [
      `${path}: ${added.extraction.notes.join('; ') || 'read'}.`,
      `  Wrote ${added.textFile} (${added.extraction.text.split('\n').length} lines)${added.wroteSidecar ? ` and ${added.sidecarFile}` : `; kept ${added.sidecarFile}, which already exists`}.`,
      `  Original: ${added.original.file}, ${added.original.bytes} bytes, SHA-256 ${added.original.sha256}.`,
      ...formatRanking(added.ranking.slice(0, 3)).map((line) => `  ${line}`),
      ...(added.wroteSidecar ? [`  Confirm in ${added.sidecarFile}:`, ...added.toConfirm.map((line) => `    ${line}`)] : []),
    ];
    for (const line of lines) console.log(line);
    doubts.push(...formatDoubts(added.textFile, added.extraction.doubts));
    report.push(`### ${basename(path)} → \`${added.textFile}\``, '', ...lines.slice(0, 3).map((line) => `- ${line.trim()}`), '', '```', ...lines.slice(3, 6), '```', '', ...(added.wroteSidecar ? ['To confirm in the sidecar:', '', ...added.toConfirm.map((line) => `- ${line}`), ''] : []));
    return added;
  } catch (error) {
    if (error instanceof ExtractError) fail([`${path}: ${error.message}`]);
    if (error instanceof UnsafeWriteError) fail([error.message]);
    throw error;
  }
}

/** What extraction doubted, printed after the summary so that a doubtful reading never ends on the summary alone. */
const doubts: string[] = [];
let { content, issues } = loadContent(CONTENT);
const requested: string[] = [];
const named = paths.flatMap(expand);
if (paths.length > 0 && named.length === 0) {
  console.log(`No council files (${READABLE_TYPES.join(', ')}) in ${paths.join(', ')}: nothing to import.`);
  finish(0);
}
for (const path of named) {
  if (inSources(path)) requested.push(basename(path).replace(/\.(txt|yml)$/, ''));
  else requested.push((await add(path, content)).id);
}
if (requested.length > 0 && !paths.every(inSources)) ({ content, issues } = loadContent(CONTENT));

for (const id of requested) {
  const sidecar = join(SOURCES, `${id}.yml`);
  if (!existsSync(sidecar)) {
    fail([`${sidecar}:1: -: this document has no sidecar. Save this as that file, fill it in, then run the import again:`, '', sidecarText(id, content)]);
  }
}
const sidecarIssues = issues.filter((issue) => issue.file.startsWith(SOURCES));
if (sidecarIssues.length > 0) fail([...sidecarIssues.map(formatIssue), 'Fill in or correct these fields of the sidecar, then run the import again.'], 'No entries were written.');

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
/** The text and sidecar of documents whose names are withheld: always rewritten, so that the names leave the repository. */
const withholding: ImportedFile[] = [];
const problems: string[] = [];
for (const source of selected) {
  const textFile = join(SOURCES, `${source.id}.txt`);
  const readable = importable(source);
  if (!readable) {
    if (requested.includes(source.id)) problems.push(`${source.file}:1: layout: this document has no text to import; its answers are entered by hand with npm run new`);
    continue;
  }
  // Names to withhold are taken out of the committed text and the sidecar first, then the entries are read from that text.
  const withheld = withholdNames(readable, readFileSync(join(SOURCES, `${source.id}.yml`), 'utf8'));
  if (withheld) withholding.push({ path: textFile, text: withheld.text }, { path: join(SOURCES, `${source.id}.yml`), text: withheld.sidecar });
  try {
    const imported = importDocument(withheld ? { ...readable, text: withheld.text, redact: undefined } : readable, CONTENT);
    const line = `${source.id}: ${imported.frontmatter.length} entries; ${formatCoverage(imported.coverage)}`;
    console.log(line);
    report.push(`- ${line}`);
    files.push(...imported.files);
  } catch (error) {
    problems.push(...explain(error, readable, textFile));
  }
}
if (problems.length > 0) fail(problems, 'No entries were written.');

const toWrite = [...withholding, ...files.filter((file) => force || !existsSync(file.path))];
const kept = files.length - toWrite.length;
try {
  writeContentFiles(CONTENT, toWrite);
} catch (error) {
  if (error instanceof UnsafeWriteError) fail([error.message], 'No entries were written.');
  throw error;
}
const summary = `Wrote ${toWrite.length} files${kept > 0 ? `; kept ${kept} that already exist (use --force to overwrite them)` : ''} under ${relative(process.cwd(), CONTENT)}/.`;
console.log(summary);
report.push('', summary);
for (const line of doubts) console.log(line);
if (doubts.length > 0) report.push('', ...doubts.map((line) => `- ${line.trim()}`));
finish(0);
