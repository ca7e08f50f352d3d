import { isAlias, LineCounter, parseDocument, visit } from 'yaml';
import type { ContentIssue } from './issues';
import { textIssues } from './text-hygiene';
import { fieldName } from './field-name';

/** Parsed YAML that can say on which line of its file any value sits. */
export interface YamlText {
  value: unknown;
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parses YAML that starts at `firstLine` of `file` (frontmatter starts at line 2).
 * We use `yaml` rather than gray-matter's js-yaml because only it keeps each key's position,
 * which editors need in every message.
 */
export function parseYamlText(
  text: string,
  file: string,
  firstLine = 1,
): { yaml: YamlText; issues: [] } | { yaml: undefined; issues: ContentIssue[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const issues = document.errors.map((error): ContentIssue => {
      const unclosed = error.code === 'MISSING_CHAR' ? findUnclosedQuote(text) : undefined;
      const line = unclosed?.line ?? (lineCounter.linePos(error.pos[0]).line || 1);
      const key = /^\s*(?:-\s+)?([\w-]+):/.exec(text.split('\n')[line - 1] ?? '')?.[1];
      return {
        file,
        line: firstLine - 1 + line,
        field: unclosed?.field ?? key ?? '-',
        code: 'yaml-syntax',
        message: unclosed
          ? `this value opens a quote (${unclosed.quote}) that is never closed; close it at the end of the value`
          : /nested mappings/i.test(error.message)
            ? "this value contains ': ' (a colon and a space), which YAML reads as a new field; put the whole value in double quotes"
            : `this is not valid YAML: ${error.message.split('\n')[0]}`,
        severity: 'error',
      };
    });
    return { yaml: undefined, issues };
  }
  // Aliases (*name) repeat other values; a few nested ones expand to billions ("billion laughs").
  // Content never needs them, so the first one is refused before anything expands it.
  let alias: number | undefined;
  visit(document, (_, node) => {
    if (!isAlias(node)) return undefined;
    alias = node.range?.[0] ?? 0;
    return visit.BREAK;
  });
  if (alias !== undefined) {
    const line = lineCounter.linePos(alias).line || 1;
    const key = /^\s*(?:-\s+)?([\w-]+):/.exec(text.split('\n')[line - 1] ?? '')?.[1];
    return { yaml: undefined, issues: [{ file, line: firstLine - 1 + line, field: key ?? '-', code: 'yaml-alias', message: 'YAML aliases (*name) are not allowed: write the value out in full', severity: 'error' }] };
  }
  const lineOf = (path: readonly PropertyKey[]): number => {
    // Walk up the path until a node exists: a missing key is reported on its parent's line.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return firstLine - 1 + lineCounter.linePos(node.range[0]).line;
    }
    return firstLine;
  };
  const value: unknown = document.toJS();
  // The file's bytes were checked already; YAML's escapes ("\a", "\u202E") can still write what they may not hold.
  const hidden: ContentIssue[] = [];
  const inspect = (item: unknown, path: PropertyKey[]) => {
    if (typeof item === 'string') {
      for (const issue of textIssues(item, file)) hidden.push({ ...issue, line: lineOf(path), field: fieldName(path), message: `${issue.message} (it is written as an escape)` });
    } else if (Array.isArray(item)) item.forEach((each, index) => inspect(each, [...path, index]));
    else if (item && typeof item === 'object') for (const [key, each] of Object.entries(item)) inspect(each, [...path, key]);
  };
  inspect(value, []);
  if (hidden.length > 0) return { yaml: undefined, issues: hidden };
  return { yaml: { value, lineOf }, issues: [] };
}

/**
 * The parser notices a missing closing quote only where the file ends, far from the mistake; the
 * line that opened the quote is the one an editor needs.
 */
function findUnclosedQuote(text: string): { line: number; field: string; quote: string } | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const match = /^\s*([\w-]+):\s*(["'])(.*)$/.exec(line);
    if (!match) continue;
    const [, field = '-', quote = '"', rest = ''] = match;
    const closes = quote === '"' ? /(?<!\\)"\s*(#.*)?$/.test(rest) : /'\s*(#.*)?$/.test(rest.replaceAll("''", ''));
    if (!closes) return { line: index + 1, field, quote };
  }
  return undefined;
}
