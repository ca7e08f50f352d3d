import { join } from 'node:path';
import { formatIssue, hasErrors } from './issues';
import { loadContent, type Content } from './load';
import type { LocatedSynonymSet } from './load-vocabularies';
import type { Council, Entry, GlossaryTerm, SourceDocument, Theme, VocabularyTerm } from './schema';
import { CONTENT_ROOT as CONTENT_FOLDER } from '../common/content-paths';

export { loadContent, type Content } from './load';
export { formatAnnotation, formatIssue, hasErrors, type ContentIssue } from './issues';
export * from './schema';
export { dateSortKey, formatPartialDate, NOT_STATED, yearOf } from './partial-date';

const CONTENT_ROOT = join(process.cwd(), CONTENT_FOLDER);

const indexed = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

/** The content and its look-ups by id, built once: a page must never scan the whole collection. */
function load() {
  const { content: loaded, issues } = loadContent(CONTENT_ROOT);
  if (hasErrors(issues)) {
    throw new Error(`Content has problems; run 'npm run check' for details:\n${issues.map(formatIssue).join('\n')}`);
  }
  return {
    content: loaded,
    entries: indexed(loaded.entries),
    sources: indexed(loaded.sources),
    councils: indexed(loaded.councils),
    themes: indexed(loaded.themes),
    eventTypes: indexed(loaded.eventTypes),
    audiences: indexed(loaded.audiences),
  };
}

let cached: ReturnType<typeof load> | undefined;
/** The validated content; stops the build with every problem listed if anything is invalid. */
const loaded = () => (cached ??= load());
/** Everything under content/, validated: what lib/site turns into the site model. */
export const getContent = (): Content => loaded().content;

export const getEntries = (): Entry[] => getContent().entries;
export const getEntry = (id: string): Entry | undefined => loaded().entries.get(id);
export const getSources = (): SourceDocument[] => getContent().sources;
export const getSource = (id: string): SourceDocument | undefined => loaded().sources.get(id);
export const getCouncils = (): Council[] => getContent().councils;
export const getCouncil = (id: string): Council | undefined => loaded().councils.get(id);
export const getThemes = (): Theme[] => getContent().themes;
export const getTheme = (id: string): Theme | undefined => loaded().themes.get(id);
export const getGlossary = (): GlossaryTerm[] => getContent().glossary;
export const getSynonyms = (): LocatedSynonymSet[] => getContent().synonyms;
export const getEventTypes = (): VocabularyTerm[] => getContent().eventTypes;
export const getAudiences = (): VocabularyTerm[] => getContent().audiences;
/** The reader's name for an event type or audience id; the id itself only if the vocabulary lost it. */
export const eventTypeName = (id: string): string => loaded().eventTypes.get(id)?.name ?? id;
export const audienceName = (id: string): string => loaded().audiences.get(id)?.name ?? id;
/** Old answer id → the id that replaced it (content/redirects.yml). */
export const getRedirects = (): Record<string, string> => getContent().permalinks.redirects;
