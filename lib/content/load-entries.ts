import { displayPath, FILE_LIMITS, listFiles, readText } from './files';
import { splitFrontmatter } from './frontmatter';
import type { ContentIssue } from './issues';
import { checkReference, findDuplicates } from './references';
import { entryFrontmatterSchema, type Entry, type SourceDocument } from './schema';
import { validateYaml } from './validate';
import { markdownLimitIssues } from './markdown-limits';
import { parseYamlText, type YamlText } from './yaml-text';
import { contentPaths } from '../common/content-paths';

interface LoadedEntry {
  entry: Entry;
  yaml: YamlText;
}

function readEntry(path: string): { loaded?: LoadedEntry; issues: ContentIssue[] } {
  const file = displayPath(path);
  const read: ContentIssue[] = [];
  const text = readText(path, read, { limit: FILE_LIMITS.entry });
  if (text === undefined) return { issues: read };
  const { split, issue } = splitFrontmatter(text, file);
  if (!split) return { issues: [issue] };
  const parsed = parseYamlText(split.frontmatter, file, split.frontmatterLine);
  if (!parsed.yaml) return { issues: parsed.issues };
  const { yaml } = parsed;
  const result = validateYaml(entryFrontmatterSchema, yaml, yaml.value, file);
  if (!result.data) return { issues: result.issues };
  const tooComplex = markdownLimitIssues(split.body, { file, line: split.bodyLine, field: 'response' });
  if (tooComplex.length > 0) return { issues: tooComplex };
  // Leading blank lines are trimmed from the response, so its first line is counted after them.
  const leading = split.body.length - split.body.trimStart().length;
  const entry: Entry = { ...result.data, response: split.body.trim(), file, questionLine: yaml.lineOf(['question']), responseLine: split.bodyLine + (split.body.slice(0, leading).match(/\n/g)?.length ?? 0) };
  const issues: ContentIssue[] = [];
  if (entry.response === '' && entry.status !== 'no-response') {
    issues.push({
      file,
      line: yaml.lineOf(['status']),
      field: 'response',
      code: 'empty-response',
      message: `there is no response below the frontmatter, but status is '${entry.status}'; add the response or set status to no-response`,
      severity: 'error',
    });
  }
  return { loaded: { entry, yaml }, issues };
}

/**
 * An entry repeats its document's council and date so that the file alone says whose answer it is
 * and when; the sidecar stays the record, and the two must never drift apart.
 */
function checkSameAsSource(
  entry: Entry,
  source: SourceDocument,
  at: (field: 'council' | 'date') => { file: string; line: number; field: string },
): ContentIssue[] {
  return (['council', 'date'] as const).flatMap((field): ContentIssue[] =>
    entry[field] === source[field]
      ? []
      : [{ ...at(field), code: `${field}-differs-from-source`, message: `'${entry[field]}' is not what its document's sidecar ${source.file} says`, allowed: [source[field]], severity: 'error' }],
  );
}

/** Reads every answer under content/qa and checks it against the documents and vocabularies. */
export function loadEntries(
  root: string,
  known: { sourceIds: readonly string[]; sources: readonly SourceDocument[]; themeIds: readonly string[] },
): { entries: Entry[]; issues: ContentIssue[] } {
  const loaded: LoadedEntry[] = [];
  const issues: ContentIssue[] = [];
  for (const path of listFiles(contentPaths(root).qa, '.md')) {
    const result = readEntry(path);
    issues.push(...result.issues);
    if (result.loaded) loaded.push(result.loaded);
  }
  const sources = new Map(known.sources.map((source) => [source.id, source]));
  for (const { entry, yaml } of loaded) {
    const at = (field: 'source' | 'theme' | 'council' | 'date') => ({ file: entry.file, line: yaml.lineOf([field]), field });
    issues.push(...checkReference(entry.source, known.sourceIds, { ...at('source'), code: 'unknown-source', what: 'a document in content/sources' }));
    issues.push(...checkReference(entry.theme, known.themeIds, { ...at('theme'), code: 'unknown-theme', what: 'a theme in content/themes.yml' }));
    const source = sources.get(entry.source);
    if (source) issues.push(...checkSameAsSource(entry, source, at));
  }
  const where = (field: 'id' | 'order') => (item: LoadedEntry) => ({ file: item.entry.file, line: item.yaml.lineOf([field]), field });
  issues.push(...findDuplicates(loaded, (item) => item.entry.id, where('id'), 'duplicate-id'));
  issues.push(...findDuplicates(loaded, (item) => `${item.entry.source} #${item.entry.order}`, where('order'), 'duplicate-order'));
  const entries = loaded.map((item) => item.entry).sort((a, b) => a.source.localeCompare(b.source) || a.order - b.order);
  return { entries, issues };
}
