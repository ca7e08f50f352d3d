import { join } from 'node:path';
import { formatIssue, hasErrors } from './issues';
import { loadContent, type Content } from './load';
import type { Council, Entry, GlossaryTerm, SourceDocument, Theme, VocabularyTerm } from './schema';

export { loadContent, type Content } from './load';
export { formatIssue, hasErrors, type ContentIssue } from './issues';
export * from './schema';
export { dateSortKey, formatPartialDate, NOT_STATED, yearOf } from './partial-date';

const CONTENT_ROOT = join(process.cwd(), 'content');
let cached: Content | undefined;

/** The validated content; stops the build with every problem listed if anything is invalid. */
function content(): Content {
  if (cached) return cached;
  const { content: loaded, issues } = loadContent(CONTENT_ROOT);
  if (hasErrors(issues)) {
    throw new Error(`Content has problems; run 'npm run check' for details:\n${issues.map(formatIssue).join('\n')}`);
  }
  cached = loaded;
  return loaded;
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  return items.find((item) => item.id === id);
}

export const getEntries = (): Entry[] => content().entries;
export const getEntry = (id: string): Entry | undefined => byId(content().entries, id);
export const getSources = (): SourceDocument[] => content().sources;
export const getSource = (id: string): SourceDocument | undefined => byId(content().sources, id);
export const getCouncils = (): Council[] => content().councils;
export const getCouncil = (id: string): Council | undefined => byId(content().councils, id);
export const getThemes = (): Theme[] => content().themes;
export const getTheme = (id: string): Theme | undefined => byId(content().themes, id);
export const getGlossary = (): GlossaryTerm[] => content().glossary;
export const getEventTypes = (): VocabularyTerm[] => content().eventTypes;
export const getAudiences = (): VocabularyTerm[] => content().audiences;
/** The reader's name for an event type or audience id; the id itself only if the vocabulary lost it. */
export const eventTypeName = (id: string): string => byId(content().eventTypes, id)?.name ?? id;
export const audienceName = (id: string): string => byId(content().audiences, id)?.name ?? id;
/** Old answer id → the id that replaced it (content/redirects.yml). */
export const getRedirects = (): Record<string, string> => content().permalinks.redirects;
