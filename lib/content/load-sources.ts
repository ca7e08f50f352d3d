import { basename } from 'node:path';
import { displayPath, exists, FILE_LIMITS, listFiles, readText } from './files';
import type { ContentIssue } from './issues';
import { checkReference } from './references';
import { LAYOUTS, sourceSchema, type SourceDocument } from './schema';
import { validateYaml } from './validate';
import { markdownLimitIssues } from './markdown-limits';
import { parseYamlText } from './yaml-text';
import { contentPaths } from '../common/content-paths';

/** A markdown file beside a sidecar (its preamble or closing), or '' when there is none or it is too complex to render. */
function readBeside(path: string, field: 'preamble' | 'closing', issues: ContentIssue[]): string {
  const text = exists(path) ? (readText(path, issues) ?? '') : '';
  const tooComplex = markdownLimitIssues(text, { file: displayPath(path), line: 1, field });
  issues.push(...tooComplex);
  return tooComplex.length > 0 ? '' : text.trim();
}

/**
 * Reads every content/sources/<id>.yml with the document text beside it. `ids` names every sidecar,
 * valid or not, so that one broken sidecar does not make each of its entries report it again.
 */
export interface SourceReferences {
  councils: readonly string[];
  eventTypes: readonly string[];
  audiences: readonly string[];
}

export function loadSources(root: string, allowed: SourceReferences): { sources: SourceDocument[]; ids: string[]; issues: ContentIssue[] } {
  const sources: SourceDocument[] = [];
  const issues: ContentIssue[] = [];
  const paths = listFiles(contentPaths(root).sources, '.yml');
  for (const path of paths) {
    const file = displayPath(path);
    const sidecarText = readText(path, issues);
    if (sidecarText === undefined) continue;
    const parsed = parseYamlText(sidecarText, file);
    if (!parsed.yaml) {
      issues.push(...parsed.issues);
      continue;
    }
    const { yaml } = parsed;
    const result = validateYaml(sourceSchema, yaml, yaml.value, file);
    if (!result.data) {
      issues.push(...result.issues);
      continue;
    }
    const source = result.data;
    const expectedId = basename(path, '.yml');
    if (source.id !== expectedId) {
      issues.push({ file, line: yaml.lineOf(['id']), field: 'id', code: 'id-not-file-name', message: `'${source.id}' must match the file name '${expectedId}'`, severity: 'error' });
    }
    issues.push(
      ...checkReference(source.council, allowed.councils, { file, line: yaml.lineOf(['council']), field: 'council', code: 'unknown-council', what: 'a council in content/councils.yml' }),
      ...checkReference(source.eventType, allowed.eventTypes, { file, line: yaml.lineOf(['eventType']), field: 'eventType', code: 'unknown-event-type', what: 'an event type in content/event-types.yml' }),
      ...checkReference(source.audience, allowed.audiences, { file, line: yaml.lineOf(['audience']), field: 'audience', code: 'unknown-audience', what: 'an audience in content/audiences.yml' }),
    );
    if (source.labels && source.layout !== 'labelled-qa') {
      issues.push({ file, line: yaml.lineOf(['labels']), field: 'labels', code: 'labels-without-layout', message: `declared labels are read by the labelled-qa layout, not '${source.layout ?? 'none'}'`, allowed: ['layout: labelled-qa'], severity: 'error' });
    }
    const paths = contentPaths(root).document(expectedId);
    const hasText = exists(paths.text);
    const text = hasText ? readText(paths.text, issues, { limit: FILE_LIMITS.source, pageBreaks: true }) : undefined;
    if (text !== undefined && text.trim() === '') {
      issues.push({ file: displayPath(paths.text), line: 1, field: '-', code: 'empty-text', message: "is empty: put the document's text in it, exactly as received, or delete it if the answers are entered by hand", severity: 'error' });
    }
    if (hasText && source.layout === undefined) {
      issues.push({ file, line: 1, field: 'layout', code: 'missing-field', message: `is missing: name the parser that reads ${displayPath(paths.text)}`, allowed: LAYOUTS, severity: 'error' });
    }
    if (!hasText && source.layout !== undefined) {
      issues.push({ file, line: yaml.lineOf(['layout']), field: 'layout', code: 'missing-text', message: `there is no document text to read: put it, exactly as received, in ${displayPath(paths.text)}, or remove 'layout' if the answers are entered by hand`, severity: 'error' });
    }
    sources.push({ ...source, text, preamble: readBeside(paths.preamble, 'preamble', issues), closing: readBeside(paths.closing, 'closing', issues), file });
  }
  return { sources, ids: paths.map((path) => basename(path, '.yml')), issues };
}
