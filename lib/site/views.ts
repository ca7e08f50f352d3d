import { getEntries, getSource, type Entry, type SourceDocument } from '../content';

/** Derived views of the loaded content that several pages share. */

export function entriesOf(sourceId: string): Entry[] {
  return getEntries().filter((entry) => entry.source === sourceId);
}

export function sourceOf(entry: Entry): SourceDocument {
  const source = getSource(entry.source);
  if (!source) throw new Error(`${entry.file}: source '${entry.source}' was not loaded`);
  return source;
}

/** The answers before and after this one in its document. */
export function neighbours(entry: Entry): { previous?: Entry; next?: Entry } {
  const siblings = entriesOf(entry.source);
  const index = siblings.findIndex((e) => e.id === entry.id);
  return { previous: siblings[index - 1], next: siblings[index + 1] };
}

const comparable = (question: string) => question.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Other entries with the same question: a question asked twice keeps both answers, shown together. */
export function repeatsOf(entry: Entry): Entry[] {
  const key = comparable(entry.question);
  return getEntries().filter((other) => other.id !== entry.id && comparable(other.question) === key);
}

/** How many entries fall under each key, e.g. per theme or council. */
export function countBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

/** Documents newest first. */
export function byDateDescending(a: SourceDocument, b: SourceDocument): number {
  return b.date.localeCompare(a.date) || a.id.localeCompare(b.id);
}

/** Documents most recently added to the site first. */
export function byAddedDescending(a: SourceDocument, b: SourceDocument): number {
  return b.added.localeCompare(a.added) || byDateDescending(a, b);
}
