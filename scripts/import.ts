/**
 * npm run import [-- <file or folder> …] [--force] [--id ID] [--url URL] [--report FILE]
 * npm run import -- --detect [--json] <file>
 * npm run import -- --preview <file>
 *
 * Reads council documents into one markdown file per answer under content/qa/. A path in
 * content/sources/ re-imports that document; any other PDF, Word file, saved web page or text file
 * (or a folder of them) is added first: its text is written to content/sources/<id>.txt and a
 * sidecar filled in with what it states and what could be guessed. Without paths, every document is
 * imported again. Editors' corrections to committed entries are kept (lib/import/entry-corrections.ts). Every
 * document is read and checked before any entry is written. --detect tries every layout on a
 * document (a PDF, Word file or web page is extracted first; its sidecar's furniture, names to
 * withhold and labels are applied), prints them ranked with the first choice's entries and verdict,
 * and writes nothing. --preview prints the entries the import would write, one line each, and its
 * verdict, and writes nothing. Every import ends with a verdict on each document's structure.
 * --report appends a markdown summary to FILE (the pull-request workflow's job summary).
 */
import { ExtractError, ImportError, IncompleteImportError, UnsafeWriteError } from '../lib/import/errors';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssue, loadContent, type Content, type SourceDocument } from '../lib/content';
import { addFile, type AddedFile } from '../lib/import/add-file';
import { writeContentFiles } from '../lib/import/write-content';
import { withholdNames } from '../lib/import/withhold-names';
import { formatCoverage } from '../lib/import/coverage';
import { detectLayouts, formatRanking, rankingAsJson, type LayoutFit } from '../lib/import/detect';
import { detectionReport, detectSourceFor } from '../lib/import/detection-report';
import { formatPreview } from '../lib/import/preview';
import { doubtsAbout, extractionDoubts, formatVerdict, type Doubt } from '../lib/import/verdict';
import { READABLE_TYPES } from '../lib/import/extract';
import { entriesToWrite, reconcileEntries } from '../lib/import/entry-corrections';
import { importable, importDocument, readDocument, type ImportableSource, type ImportedFile } from '../lib/import/import-document';
import { sidecarText } from '../lib/import/sidecar-file';

import { CONTENT_ROOT, contentPaths } from '../lib/common/content-paths';

const CONTENT = CONTENT_ROOT;
const SOURCES = contentPaths().sources;
const documentFiles = contentPaths().document;
/** The command line, read by Node's own parser: an option it does not know stops the import, named. */
function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        force: { type: 'boolean' },
        detect: { type: 'boolean' },
        preview: { type: 'boolean' },
        json: { type: 'boolean' },
        id: { type: 'string' },
        url: { type: 'string' },
        report: { type: 'string' },
      },
    });
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : error}\nUsage: npm run import [-- <file or folder> …] [--force] [--id ID] [--url URL] [--report FILE], or -- --detect [--json] <file>, or -- --preview <file>`,
    );
    process.exit(1);
  }
}
const { values: options, positionals: paths } = readArguments();
const force = options.force === true;
const report: string[] = [];

function finish(status: number): never {
  const file = options.report;
  if (file && report.length > 0) appendFileSync(file, `${report.join('\n')}\n`);
  process.exit(status);
}

function fail(lines: readonly string[], what = 'Nothing was written.'): never {
  for (const line of lines) console.error(line);
  console.error(what);
  report.push('', ...lines.map((line) => `    ${line}`), '', `**${what}**`);
  finish(1);
}

const inSources = (path: string) => resolve(dirname(path)) === resolve(SOURCES) && /\.(txt|yml)$/.test(path);

/** The sidecar beside a text in content/sources, or the one an import of this file would write. */
const sidecarFor = (file: string) => join(inSources(file) ? dirname(file) : SOURCES, `${basename(file, extname(file))}.yml`);

if (options.detect || options.preview) {
  const mode = options.detect ? '--detect' : '--preview';
  const [file] = paths;
  if (!file || !existsSync(file)) fail([`Usage: npm run import -- ${mode} <file> (${file ? `${file} does not exist` : 'no file named'})`]);
  try {
    const { source, layout, doubts } = await detectSourceFor(file, sidecarFor(file));
    if (mode === '--preview') {
      // The layout the sidecar names, as the import would read it; else the one --detect ranks first.
      const best = layout ? { layout, parsed: readDocument({ ...source, layout }), problem: undefined } : detectLayouts(source)[0];
      if (!best?.parsed || best.problem !== undefined)
        fail([`${file}: no layout reads every line; run npm run import -- --detect ${file} to see why`]);
      console.log(
        [
          `${file}, read as ${best.layout}${layout ? ' (the sidecar says so)' : ''}:`,
          ...formatPreview(best.parsed),
          ...formatVerdict(doubtsAbout(best.parsed, doubts)),
          'Nothing was written.',
        ].join('\n'),
      );
    } else if (options.json) {
      console.log(JSON.stringify(rankingAsJson(detectLayouts(source)), null, 2));
    } else for (const line of detectionReport(source, file, doubts)) console.log(line);
  } catch (error) {
    if (error instanceof ExtractError) fail([`${file}: ${error.message}`]);
    if (error instanceof ImportError) fail([`${file}:${error.line}: ${error.message}`]);
    throw error;
  }
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

/** The verdict on the reading detection chose, with what the extraction doubted; nothing when no layout read the document. */
function verdictOf(best: LayoutFit | undefined, extracted: readonly Doubt[]): string[] {
  return best?.parsed && best.problem === undefined ? formatVerdict(doubtsAbout(best.parsed, extracted)) : [];
}

/** What the extraction of each file added in this run could not vouch for, by document: the import's verdict repeats it. */
const extractionDoubtsOf = new Map<string, Doubt[]>();

/** The verdict as the pull request's summary shows it: its first line in bold, each doubt an item. */
function verdictMarkdown(verdict: readonly string[]): string[] {
  const [head, ...doubts] = verdict;
  return head === undefined ? [] : [`**${head}**`, ...(doubts.length > 0 ? ['', ...doubts.map((line) => `- ${line.trim()}`)] : [])];
}

/** Adds a council file as a new document; prints and reports what it did and what the editor must confirm. */
async function add(path: string, content: Content): Promise<AddedFile> {
  try {
    const added = await addFile(path, {
      contentRoot: CONTENT,
      content,
      id: options.id,
      url: options.url,
      force,
      today: new Date().toISOString().slice(0, 10),
    });
    extractionDoubtsOf.set(added.id, extractionDoubts(added.extraction.doubts));
    const verdict = verdictOf(added.ranking[0], extractionDoubtsOf.get(added.id) ?? []);
    const lines = [
      `${path}: ${added.extraction.notes.join('; ') || 'read'}.`,
      `  Wrote ${added.textFile} (${added.extraction.text.split('\n').length} lines)${added.wroteSidecar ? ` and ${added.sidecarFile}` : `; kept ${added.sidecarFile}, which already exists`}.`,
      `  Original: ${added.original.file}, ${added.original.bytes} bytes, SHA-256 ${added.original.sha256}.`,
      ...formatRanking(added.ranking.slice(0, 3)).map((line) => `  ${line}`),
      ...verdict.map((line) => `  ${line}`),
      ...(added.wroteSidecar ? [`  Confirm in ${added.sidecarFile}:`, ...added.toConfirm.map((line) => `    ${line}`)] : []),
    ];
    for (const line of lines) console.log(line);
    report.push(
      `### ${basename(path)} → \`${added.textFile}\``,
      '',
      ...lines.slice(0, 3).map((line) => `- ${line.trim()}`),
      '',
      '```',
      ...lines.slice(3, 6),
      '```',
      '',
      ...verdictMarkdown(verdict),
      '',
      ...(added.wroteSidecar ? ['To confirm in the sidecar:', '', ...added.toConfirm.map((line) => `- ${line}`), ''] : []),
    );
    return added;
  } catch (error) {
    if (error instanceof ExtractError) fail([`${path}: ${error.message}`]);
    if (error instanceof UnsafeWriteError) fail([error.message]);
    throw error;
  }
}

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
  const { sidecar } = documentFiles(id);
  if (!existsSync(sidecar)) {
    fail([
      `${sidecar}:1: -: this document has no sidecar. Save this as that file, fill it in, then run the import again:`,
      '',
      sidecarText(id, content),
    ]);
  }
}
// A document whose sidecar names no layout yet is skipped below with what to do; it does not stop the others.
const sidecarIssues = issues.filter(
  (issue) => issue.file.startsWith(SOURCES) && !(issue.field === 'layout' && issue.code === 'missing-field'),
);
// A council not yet in councils.yml: the entry to paste, so that adding it takes one step.
const newCouncils = [
  ...new Set(
    sidecarIssues.filter((issue) => issue.code === 'unknown-council').flatMap((issue) => /'([^']+)'/.exec(issue.message)?.[1] ?? []),
  ),
];
const councilHelp = newCouncils.flatMap((id) => [
  `Add the council '${id}' to content/councils.yml first (see "Add a council" in CONTRIBUTING.md), for example:`,
  '',
  `- id: ${id}`,
  '  name: …             # its full official name, e.g. Leeds City Council',
  '  shortName: …        # its name in running text',
  '  region: …           # its English region',
  '',
]);
if (sidecarIssues.length > 0)
  fail(
    [...sidecarIssues.map(formatIssue), ...councilHelp, 'Fill in or correct these fields of the sidecar, then run the import again.'],
    'No entries were written.',
  );

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
      lines.push(
        `  Reading stopped at line ${coverage.lostLines[0]}: '${first.slice(0, 100)}'. The '${source.layout}' layout could not place lines ${where}.`,
      );
    }
    lines.push(...coverage.lost.slice(0, 5).map((word) => `  lost ${word}`));
    lines.push(...coverage.invented.slice(0, 5).map((word) => `  not in the source ${word}`));
  } else throw error;
  return [...lines, ...detectionReport(source, textFile).map((line) => `  ${line}`)];
}

const selected: SourceDocument[] =
  requested.length === 0 ? content.sources : content.sources.filter((source) => requested.includes(source.id));
const files: ImportedFile[] = [];
/** The text and sidecar of documents whose names are withheld: always rewritten, so that the names leave the repository. */
const withholding: ImportedFile[] = [];
const problems: string[] = [];
const keptEntries: string[] = [];
const skipped: string[] = [];
for (const source of selected) {
  const textFile = documentFiles(source.id).text;
  const readable = importable(source);
  if (!readable) {
    // One document entered by hand must not stop the others being imported.
    if (requested.includes(source.id))
      skipped.push(
        `${source.file}:1: layout: this document has no layout, so its answers are entered by hand with npm run new; run npm run import -- --detect ${join(SOURCES, `${source.id}.txt`)} to choose one`,
      );
    continue;
  }
  // Names to withhold are taken out of the committed text and the sidecar first, then the entries are read from that text.
  const withheld = withholdNames(readable, readFileSync(documentFiles(source.id).sidecar, 'utf8'));
  if (withheld)
    withholding.push({ path: textFile, text: withheld.text }, { path: documentFiles(source.id).sidecar, text: withheld.sidecar });
  try {
    const imported = importDocument(withheld ? { ...readable, text: withheld.text, redact: undefined } : readable, CONTENT);
    const line = `${source.id}: ${imported.frontmatter.length} entries; ${formatCoverage(imported.coverage)}`;
    // Keeping every word is not reading the document right: the verdict on its structure goes with it.
    const verdict = formatVerdict(doubtsAbout(imported.parsed, extractionDoubtsOf.get(source.id) ?? []));
    console.log([line, ...verdict.map((each) => `  ${each}`)].join('\n'));
    report.push(`- ${line}`, '', ...verdictMarkdown(verdict), '');
    // Committed entries are the record: an editor's corrections survive, or the import stops and says where.
    const { entries, others } = entriesToWrite(imported);
    const reconciled = reconcileEntries(entries, (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined), {
      force,
      withheld: readable.redact,
    });
    problems.push(...reconciled.conflicts);
    keptEntries.push(...reconciled.kept);
    files.push(...reconciled.files, ...others.filter((file) => force || !existsSync(file.path)));
  } catch (error) {
    problems.push(...explain(error, readable, textFile));
  }
}
for (const line of skipped) console.log(line);
report.push(...skipped.map((line) => `- ${line}`));
if (problems.length > 0) fail(problems, 'No entries were written.');
if (skipped.length > 0 && files.length === 0 && withholding.length === 0) fail(skipped, 'No entries were written.');

const unchanged = (file: ImportedFile) => existsSync(file.path) && readFileSync(file.path, 'utf8') === file.text;
const toWrite = [...withholding, ...files].filter((file) => !unchanged(file));
try {
  writeContentFiles(CONTENT, toWrite);
} catch (error) {
  if (error instanceof UnsafeWriteError) fail([error.message], 'No entries were written.');
  throw error;
}
const kept = keptEntries.length > 0 ? `; kept ${keptEntries.length} entries whose text an editor changed (use --force to see where)` : '';
const summary = `Wrote ${toWrite.length} files${kept} under ${relative(process.cwd(), CONTENT)}/.`;
console.log(summary);
report.push('', summary);
finish(0);
