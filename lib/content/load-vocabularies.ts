import type { z } from 'zod';
import { displayPath, exists, readText } from './files';
import type { ContentIssue } from './issues';
import { findDuplicates } from './references';
import { councilSchema, glossaryTermSchema, synonymSetSchema, themeSchema, vocabularyTermSchema, type Council, type GlossaryTerm, type SynonymSet, type Theme, type VocabularyTerm } from './schema';
import { validateYaml } from './validate';
import { parseYamlText } from './yaml-text';
import { contentPaths } from '../common/content-paths';

/** A synonym set and where it starts, so that a check on its phrases can name the line. */
export type LocatedSynonymSet = SynonymSet & { file: string; line: number };

interface Located<T> {
  data: T;
  line: number;
}

/** Reads a YAML file holding a list of records, validating each against `schema`. */
function loadList<T extends z.ZodObject<{ id: z.ZodString }>>(path: string, schema: T, optional = false): { items: Located<z.infer<T>>[]; issues: ContentIssue[] } {
  const file = displayPath(path);
  if (!exists(path)) {
    if (optional) return { items: [], issues: [] };
    return { items: [], issues: [{ file, line: 1, field: '-', code: 'missing-file', message: 'this file is missing', severity: 'error' }] };
  }
  const read: ContentIssue[] = [];
  const text = readText(path, read);
  if (text === undefined) return { items: [], issues: read };
  const parsed = parseYamlText(text, file);
  if (!parsed.yaml) return { items: [], issues: parsed.issues };
  const { yaml } = parsed;
  if (!Array.isArray(yaml.value)) {
    return { items: [], issues: [{ file, line: 1, field: '-', code: 'not-a-list', message: "must be a list, each item starting with '- id:'", severity: 'error' }] };
  }
  const items: Located<z.infer<T>>[] = [];
  const issues: ContentIssue[] = [];
  yaml.value.forEach((value, index) => {
    const result = validateYaml(schema, yaml, value, file, [index]);
    if (result.data) items.push({ data: result.data, line: yaml.lineOf([index]) });
    else issues.push(...result.issues);
  });
  issues.push(...findDuplicates(items, (item) => item.data.id, (item) => ({ file, line: item.line, field: 'id' }), 'duplicate-id'));
  return { items, issues };
}

/** Every spelling of a glossary term must point at one term only (case aside: SENCo and SENCO are one). */
function checkGlossarySpellings(items: Located<GlossaryTerm>[], file: string): ContentIssue[] {
  const spellings = items.flatMap((item) => {
    const unique = new Set([item.data.term, ...(item.data.aliases ?? [])].map((spelling) => spelling.toLowerCase()));
    return [...unique].map((spelling) => ({ spelling, line: item.line }));
  });
  return findDuplicates(spellings, (s) => s.spelling, (s) => ({ file, line: s.line, field: 'term' }), 'duplicate-term');
}

export function loadVocabularies(root: string): {
  councils: Council[];
  themes: Theme[];
  glossary: GlossaryTerm[];
  synonyms: LocatedSynonymSet[];
  eventTypes: VocabularyTerm[];
  audiences: VocabularyTerm[];
  issues: ContentIssue[];
} {
  const paths = contentPaths(root);
  const councils = loadList(paths.councils, councilSchema);
  const themes = loadList(paths.themes, themeSchema);
  const eventTypes = loadList(paths.eventTypes, vocabularyTermSchema);
  const audiences = loadList(paths.audiences, vocabularyTermSchema);
  const glossaryPath = paths.glossary;
  const glossary = loadList(glossaryPath, glossaryTermSchema);
  // A content tree without a thesaurus (a new site, a test fixture) simply has no synonyms.
  const synonyms = loadList(paths.synonyms, synonymSetSchema, true);
  return {
    councils: councils.items.map((item) => item.data),
    themes: themes.items.map((item) => item.data),
    glossary: glossary.items.map((item) => item.data),
    synonyms: synonyms.items.map((item) => ({ ...item.data, file: displayPath(paths.synonyms), line: item.line })),
    eventTypes: eventTypes.items.map((item) => item.data),
    audiences: audiences.items.map((item) => item.data),
    issues: [
      ...councils.issues,
      ...themes.issues,
      ...eventTypes.issues,
      ...audiences.issues,
      ...glossary.issues,
      ...synonyms.issues,
      ...checkGlossarySpellings(glossary.items, displayPath(glossaryPath)),
    ],
  };
}
