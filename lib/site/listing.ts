import { dateSortKey } from '../common/format-date';
import type { SourceDocument } from '../content';

/** How the site's lists are ordered, counted and labelled: shared by pages, feeds and the sitemap. */

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

/** The key of the year group for documents whose date is not stated. */
export const UNDATED = 'not-stated';

/** What a year group is called on pages. */
export const yearLabel = (year: string) => (year === UNDATED ? 'Date not stated' : year);
