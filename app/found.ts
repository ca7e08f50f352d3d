import { notFound } from 'next/navigation';

/** The value a page's address names, or the 404 page when there is none. */
export function found<T>(value: T | undefined): T {
  if (value === undefined) notFound();
  return value;
}
