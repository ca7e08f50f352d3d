import { loadEntries } from './load-entries';
import { loadPermalinks, type Permalinks } from './load-permalinks';
import { loadSources } from './load-sources';
import { loadVocabularies, type LocatedSynonymSet } from './load-vocabularies';
import { hasErrors, type ContentIssue } from './issues';
import { symlinkIssues } from './files';
import type { Council, Entry, GlossaryTerm, SourceDocument, Theme, VocabularyTerm } from './schema';

export interface Content {
  entries: Entry[];
  sources: SourceDocument[];
  councils: Council[];
  themes: Theme[];
  glossary: GlossaryTerm[];
  /** content/synonyms.yml: parents' words and council words, for search. */
  synonyms: LocatedSynonymSet[];
  eventTypes: VocabularyTerm[];
  audiences: VocabularyTerm[];
  permalinks: Permalinks;
}

/** Reads and validates everything under `root`, collecting every problem rather than stopping at the first. */
export function loadContent(root: string): { content: Content; issues: ContentIssue[] } {
  const vocabularies = loadVocabularies(root);
  const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
  const { sources, ids: sourceIds, issues: sourceIssues } = loadSources(root, {
    councils: ids(vocabularies.councils),
    eventTypes: ids(vocabularies.eventTypes),
    audiences: ids(vocabularies.audiences),
  });
  // An entry is held to its document's council and date only once the sidecar itself is right.
  const sound = sources.filter((source) => !sourceIssues.some((issue) => issue.file === source.file && issue.severity === 'error'));
  const { entries, issues: entryIssues } = loadEntries(root, {
    sourceIds,
    sources: sound,
    themeIds: ids(vocabularies.themes),
  });
  // An entry that could not be read has no known id: checking published ids then would only repeat its problem.
  const { permalinks, issues: permalinkIssues } = loadPermalinks(root, entries.map((entry) => entry.id), !hasErrors(entryIssues));
  const { issues: vocabularyIssues, ...lists } = vocabularies;
  return {
    content: { ...lists, sources, entries, permalinks },
    issues: [...symlinkIssues(root), ...vocabularyIssues, ...sourceIssues, ...entryIssues, ...permalinkIssues],
  };
}
