import { dateSortKey } from '../shared/format-date';
import { getEntries, getEntry, getSource, type Entry, type SourceDocument } from '../content';
import { findNearDuplicates } from './near-duplicates';

/** Derived views of the loaded content that several pages share. */

let bySource: Map<string, Entry[]> | undefined;

/** A document's entries in order, from one pass over the collection made once. */
export function entriesOf(sourceId: string): Entry[] {
  if (!bySource) {
    bySource = new Map();
    for (const entry of getEntries()) {
      const list = bySource.get(entry.source);
      if (list) list.push(entry);
      else bySource.set(entry.source, [entry]);
    }
  }
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

/** Entries asking much the same question, here or at another council: shown as "Also asked at". */
export function alsoAsked(entry: Entry): Entry[] {
  nearDuplicates ??= findNearDuplicates(getEntries());
  return (nearDuplicates.get(entry.id) ?? []).map((id) => getEntry(id)).filter((other): other is Entry => other !== undefined);
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
    byThemeAndCouncil = new Map();
    const newestFirst = [...getEntries()].sort((a, b) => byDateDescending(sourceOf(a), sourceOf(b)) || a.order - b.order);
    for (const entry of newestFirst) {
      const councils = byThemeAndCouncil.get(entry.theme) ?? new Map<string, Entry[]>();
      byThemeAndCouncil.set(entry.theme, councils);
      const council = sourceOf(entry).council;
      const list = councils.get(council);
      if (list) list.push(entry);
      else councils.set(council, [entry]);
    }
  }
  return byThemeAndCouncil.get(themeId) ?? new Map();
}
