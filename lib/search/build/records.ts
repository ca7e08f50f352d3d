import type { Content, Entry } from '../../content';
import { plainText } from '../../common/plain-text';
import { dateSortKey } from '../../content/partial-date';

/** One answer as the search index sees it: text fields and the facets it can be filtered by. */
export interface SearchRecord {
  id: string;
  question: string;
  /** The response as plain text. */
  response: string;
  section: string;
  source: string;
  theme: string;
}

export function toSearchRecord(entry: Entry): SearchRecord {
  return {
    id: entry.id,
    question: entry.question,
    response: plainText(entry.response),
    section: entry.section ?? '',
    source: entry.source,
    theme: entry.theme,
  };
}

/** The facts about documents and vocabularies that the index carries, from loaded content. */
export function searchCorpus(content: Content) {
  return {
    records: content.entries.map(toSearchRecord),
    sources: content.sources.map((s) => ({
      id: s.id,
      council: s.council,
      audience: s.audience,
      eventType: s.eventType,
      date: dateSortKey(s.date),
    })),
    themes: content.themes,
    councils: content.councils.map((c) => ({ id: c.id, name: c.name })),
    audiences: content.audiences.map(({ id, name }) => ({ id, name })),
    eventTypes: content.eventTypes.map(({ id, name }) => ({ id, name })),
    glossary: content.glossary,
    synonyms: content.synonyms,
  };
}

export type SearchCorpus = ReturnType<typeof searchCorpus>;
