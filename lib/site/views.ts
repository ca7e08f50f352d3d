import { dateSortKey, yearOf } from '../common/format-date';
import { groupBy } from '../common/group-by';
import { getEntries, getEntry, getSource, getSources, type Entry, type SourceDocument } from '../content';
import { findNearDuplicates } from './near-duplicates';
import { findSimilarAnswers } from './similar-answers';

/** Derived views of the loaded content that several pages share. */

let bySource: Map<string, Entry[]> | undefined;

/** A document's entries in order, from one pass over the collection made once. */
export function entriesOf(sourceId: string): Entry[] {
  bySource ??= groupBy(getEntries(), (entry) => entry.source);
  return bySource.get(sourceId) ?? [];
}

export function sourceOf(entry: Entry): SourceDocument {
  const source = getSource(entry.source);
  if (!source) throw new Error(`${entry.file}: source '${entry.source}' was not loaded`);
  return source;
}

/** The answers before and after this one in its document. */
export function neighbours(entry: Entry): { previous?: Entry; next?: Entry } {
  const siblings = entriesOf(entry.source);
  const index = siblings.indexOf(entry);
  return { previous: siblings[index - 1], next: siblings[index + 1] };
}

let nearDuplicates: Map<string, string[]> | undefined;
const nearDuplicatesOfAll = () => (nearDuplicates ??= findNearDuplicates(getEntries()));

const entriesWithIds = (ids: readonly string[] = []) => ids.map((id) => getEntry(id)).filter((other): other is Entry => other !== undefined);

/** Entries asking much the same question, here or at another council: shown as "Also asked". */
export function alsoAsked(entry: Entry): Entry[] {
  return entriesWithIds(nearDuplicatesOfAll().get(entry.id));
}

let similar: Map<string, string[]> | undefined;

/** Answers on the same theme from other councils, in similar words, that are not the same question: "How other councils answered". */
export function otherCouncilsAnswers(entry: Entry): Entry[] {
  similar ??= findSimilarAnswers(
    getEntries().map((each) => ({ id: each.id, council: sourceOf(each).council, theme: each.theme, question: each.question, response: each.response })),
    nearDuplicatesOfAll(),
  );
  return entriesWithIds(similar.get(entry.id));
}

/** How many entries fall under each key, e.g. per theme or council. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/** Documents newest first. */
export function byDateDescending(a: SourceDocument, b: SourceDocument): number {
  return dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.id.localeCompare(b.id);
}

/** Documents most recently added to the site first. */
export function byAddedDescending(a: SourceDocument, b: SourceDocument): number {
  return b.added.localeCompare(a.added) || byDateDescending(a, b);
}

/** How many answers from each council a theme page shows; the rest are on the theme's page for that council. */
export const THEME_PAGE_PER_COUNCIL = 5;

let byThemeAndCouncil: Map<string, Map<string, Entry[]>> | undefined;

/** A theme's answers grouped by council, newest document first, from one pass made once. */
export function themeEntriesByCouncil(themeId: string): Map<string, Entry[]> {
  if (!byThemeAndCouncil) {
    const newestFirst = [...getEntries()].sort((a, b) => byDateDescending(sourceOf(a), sourceOf(b)) || a.order - b.order);
    byThemeAndCouncil = new Map([...groupBy(newestFirst, (entry) => entry.theme)].map(([theme, entries]) => [theme, groupBy(entries, (entry) => sourceOf(entry).council)]));
  }
  return byThemeAndCouncil.get(themeId) ?? new Map();
}

/** The key of the year group for documents whose date is not stated. */
export const UNDATED = 'not-stated';

/** What a year group is called on pages. */
export const yearLabel = (year: string) => (year === UNDATED ? 'Date not stated' : year);

let byYear: Map<string, SourceDocument[]> | undefined;

/** Documents grouped by the year they are dated, newest year first and undated last, each group newest first. */
export function documentsByYear(): Map<string, SourceDocument[]> {
  byYear ??= groupBy([...getSources()].sort(byDateDescending), (source) => String(yearOf(source.date) ?? UNDATED));
  return byYear;
}

let byCouncil: Map<string, SourceDocument[]> | undefined;

/** A council's documents, newest first, from one pass made once. */
export function documentsOf(councilId: string): SourceDocument[] {
  byCouncil ??= groupBy([...getSources()].sort(byDateDescending), (source) => source.council);
  return byCouncil.get(councilId) ?? [];
}

let newest: { all: Entry[]; byCouncil: Map<string, Entry[]>; byTheme: Map<string, Entry[]> } | undefined;

/**
 * The `limit` entries of the most recently added documents, of the whole site or of one council or
 * theme: what feeds carry. Sorted and grouped once.
 */
export function newestEntries(scope: { council: string } | { theme: string } | 'site', limit: number): Entry[] {
  if (!newest) {
    const all = [...getEntries()].sort((a, b) => byAddedDescending(sourceOf(a), sourceOf(b)) || a.order - b.order);
    newest = { all, byCouncil: groupBy(all, (entry) => sourceOf(entry).council), byTheme: groupBy(all, (entry) => entry.theme) };
  }
  const list = scope === 'site' ? newest.all : 'council' in scope ? newest.byCouncil.get(scope.council) : newest.byTheme.get(scope.theme);
  return (list ?? []).slice(0, limit);
}
