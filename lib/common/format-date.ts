/**
 * Partial dates in words, with no dependencies, so that the browser's search island formats dates
 * exactly as the pages do.
 */

/** The date of a document that states none. */
export const NOT_STATED = 'not stated';

/** `2019`, `2019-02`, `2019-02-14` or `not stated`. */
export type PartialDate = string;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2019` → "2019", `2019-02` → "February 2019", `2021-06-10` → "10 June 2021", `not stated` → "Date not stated". */
export function formatPartialDate(value: PartialDate): string {
  if (value === NOT_STATED) return 'Date not stated';
  const [year, month, day] = value.split('-');
  if (month === undefined) return year ?? value;
  const monthName = MONTHS[Number(month) - 1];
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** The year a partial date falls in, for filters and charts; undefined when the date is not stated. */
export function yearOf(value: PartialDate): number | undefined {
  return value === NOT_STATED ? undefined : Number(value.slice(0, 4));
}

/** A key that sorts dates in time order, with an unstated date before every known one. */
export function dateSortKey(value: PartialDate): string {
  return value === NOT_STATED ? '' : value;
}
