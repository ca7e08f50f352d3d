import { yearOf } from '../common/format-date';
import { groupBy } from '../common/group-by';
import type { Content, Council, Entry, SourceDocument, Theme } from '../content';
import { createGlossaryMatcher, type GlossaryMatcher } from '../markdown/glossary-matcher';
import type { GlossaryOptions } from '../markdown/glossary-plugin';
import { findNearDuplicates } from './near-duplicates';
import { findSimilarAnswers } from './similar-answers';
import { byAddedDescending, byDateDescending, THEME_PAGE_PER_COUNCIL, UNDATED } from './listing';

/** One answer in a list of links: what AnswerList shows. */
export interface AnswerListItem {
  id: string;
  question: string;
  council: string;
  document: string;
  date: SourceDocument['date'];
}

/** One document in a list of links: what DocumentList shows. */
export interface DocumentListItem {
  id: string;
  title: string;
  council: string;
  date: SourceDocument['date'];
  eventType: string;
  answers: number;
}

/** The facts of a document in words: what SourceFacts shows. */
export interface SourceFactsView {
  source: SourceDocument;
  council: string;
  eventType: string;
  audience: string;
}

export type FeedScope = { council: string } | { theme: string } | 'site';

/**
 * What the pages show, made once from the loaded content and passed down: pages ask the model, and
 * components render what the page hands them. Each view is computed the first time a page asks
 * for it and kept with the model (never in a module), so a test can build a model from a fixture.
 */
export interface SiteModel {
  content: Content;
  entry(id: string): Entry | undefined;
  source(id: string): SourceDocument | undefined;
  council(id: string): Council | undefined;
  theme(id: string): Theme | undefined;
  /** The document an entry comes from; the loader guarantees there is one. */
  sourceOf(entry: Entry): SourceDocument;
  /** A document's entries in order. */
  entriesOf(sourceId: string): Entry[];
  /** The answers before and after this one in its document. */
  neighbours(entry: Entry): { previous?: Entry; next?: Entry };
  /** Entries asking much the same question, here or at another council: "Also asked". */
  alsoAsked(entry: Entry): Entry[];
  /** Answers on the same theme from other councils, in similar words: "How other councils answered". */
  otherCouncilsAnswers(entry: Entry): Entry[];
  /** A theme's answers grouped by council, newest document first. */
  themeEntriesByCouncil(themeId: string): Map<string, Entry[]>;
  /** The theme and council pairs with more answers than a theme page shows: each has a page of its own. */
  themeCouncilPages(): { theme: string; council: string }[];
  /** Documents by the year they are dated, newest year first and undated last, each group newest first. */
  documentsByYear(): Map<string, SourceDocument[]>;
  /** A council's documents, newest first. */
  documentsOf(councilId: string): SourceDocument[];
  /** The `limit` entries of the most recently added documents, of the site or of one council or theme: what feeds carry. */
  newestEntries(scope: FeedScope, limit: number): Entry[];
  /** The reader's name for an event type or audience id; the id itself only if the vocabulary lost it. */
  eventTypeName(id: string): string;
  audienceName(id: string): string;
  answerItems(entries: readonly Entry[]): AnswerListItem[];
  documentItems(sources: readonly SourceDocument[]): DocumentListItem[];
  sourceFacts(source: SourceDocument): SourceFactsView;
  /** Glossary marking for one page: each term is explained the first time it appears on that page. */
  pageGlossary(): GlossaryOptions;
}

const indexed = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));

/** Computes `make` the first time it is asked for, then gives the same value. */
function once<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

export function createSiteModel(content: Content): SiteModel {
  const entries = indexed(content.entries);
  const sources = indexed(content.sources);
  const councils = indexed(content.councils);
  const themes = indexed(content.themes);
  const eventTypes = indexed(content.eventTypes);
  const audiences = indexed(content.audiences);

  const sourceOf = (entry: Entry): SourceDocument => {
    const source = sources.get(entry.source);
    if (!source) throw new Error(`${entry.file}: source '${entry.source}' was not loaded`);
    return source;
  };
  const withIds = (ids: readonly string[] = []) => ids.flatMap((id) => entries.get(id) ?? []);
  const councilName = (id: string) => councils.get(id)?.name ?? id;
  const eventTypeName = (id: string) => eventTypes.get(id)?.name ?? id;

  const bySource = once(() => groupBy(content.entries, (entry) => entry.source));
  const entriesOf = (sourceId: string) => bySource().get(sourceId) ?? [];
  const nearDuplicates = once(() => findNearDuplicates(content.entries));
  const similar = once(() =>
    findSimilarAnswers(
      content.entries.map((each) => ({
        id: each.id,
        council: sourceOf(each).council,
        theme: each.theme,
        question: each.question,
        response: each.response,
      })),
      nearDuplicates(),
    ),
  );
  const byThemeAndCouncil = once(() => {
    const newestFirst = [...content.entries].sort((a, b) => byDateDescending(sourceOf(a), sourceOf(b)) || a.order - b.order);
    return new Map(
      [...groupBy(newestFirst, (entry) => entry.theme)].map(([theme, list]) => [theme, groupBy(list, (entry) => sourceOf(entry).council)]),
    );
  });
  const sourcesNewestFirst = once(() => [...content.sources].sort(byDateDescending));
  const byYear = once(() => groupBy(sourcesNewestFirst(), (source) => String(yearOf(source.date) ?? UNDATED)));
  const byCouncil = once(() => groupBy(sourcesNewestFirst(), (source) => source.council));
  const newest = once(() => {
    const all = [...content.entries].sort((a, b) => byAddedDescending(sourceOf(a), sourceOf(b)) || a.order - b.order);
    return { all, byCouncil: groupBy(all, (entry) => sourceOf(entry).council), byTheme: groupBy(all, (entry) => entry.theme) };
  });
  const glossary = once((): GlossaryMatcher => createGlossaryMatcher(content.glossary));

  return {
    content,
    entry: (id) => entries.get(id),
    source: (id) => sources.get(id),
    council: (id) => councils.get(id),
    theme: (id) => themes.get(id),
    sourceOf,
    entriesOf,
    neighbours(entry) {
      const siblings = entriesOf(entry.source);
      const index = siblings.indexOf(entry);
      return { previous: siblings[index - 1], next: siblings[index + 1] };
    },
    alsoAsked: (entry) => withIds(nearDuplicates().get(entry.id)),
    otherCouncilsAnswers: (entry) => withIds(similar().get(entry.id)),
    themeEntriesByCouncil: (themeId) => byThemeAndCouncil().get(themeId) ?? new Map(),
    themeCouncilPages: () =>
      content.themes.flatMap((theme) =>
        [...(byThemeAndCouncil().get(theme.id) ?? [])]
          .filter(([, list]) => list.length > THEME_PAGE_PER_COUNCIL)
          .map(([council]) => ({ theme: theme.id, council })),
      ),
    documentsByYear: byYear,
    documentsOf: (councilId) => byCouncil().get(councilId) ?? [],
    newestEntries(scope, limit) {
      const { all, byCouncil: ofCouncil, byTheme } = newest();
      const list = scope === 'site' ? all : 'council' in scope ? ofCouncil.get(scope.council) : byTheme.get(scope.theme);
      return (list ?? []).slice(0, limit);
    },
    eventTypeName,
    audienceName: (id) => audiences.get(id)?.name ?? id,
    answerItems: (list) =>
      list.map((entry) => {
        const source = sourceOf(entry);
        return {
          id: entry.id,
          question: entry.question,
          council: councils.get(source.council)?.shortName ?? source.council,
          document: source.title,
          date: source.date,
        };
      }),
    documentItems: (list) =>
      list.map((source) => ({
        id: source.id,
        title: source.title,
        council: councilName(source.council),
        date: source.date,
        eventType: eventTypeName(source.eventType),
        answers: entriesOf(source.id).length,
      })),
    sourceFacts: (source) => ({
      source,
      council: councilName(source.council),
      eventType: eventTypeName(source.eventType),
      audience: audiences.get(source.audience)?.name ?? source.audience,
    }),
    pageGlossary: () => ({ matcher: glossary(), seen: new Set() }),
  };
}
