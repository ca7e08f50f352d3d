import { z } from 'zod';

/**
 * A date only as precise as the document states it: `2019`, `2019-02` or `2019-02-14`.
 * Documents often give a month or just a year; we never invent the missing parts.
 */
export type PartialDate = string;

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Why `value` is not a real partial date, or undefined when it is one. */
export function explainPartialDate(value: string, today = new Date()): string | undefined {
  const match = PATTERN.exec(value);
  if (!match) return `'${value}' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
  const [, year, month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) {
    return `'${value}' has no month ${month}`;
  }
  if (day !== undefined) {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (date.getUTCDate() !== Number(day)) return `'${value}' is not a real day`;
  }
  if (value > today.toISOString().slice(0, value.length)) return `'${value}' is in the future`;
  return undefined;
}

// YAML reads a bare year such as `date: 2019` as a number; a year is still a date here.
export const partialDateSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().superRefine((value, ctx) => {
    const problem = explainPartialDate(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { allowed: 'YYYY, YYYY-MM or YYYY-MM-DD, not in the future' } });
  }),
);

/** `2019` → "2019", `2019-02` → "February 2019", `2021-06-10` → "10 June 2021". */
export function formatPartialDate(value: PartialDate): string {
  const [year, month, day] = value.split('-');
  if (month === undefined) return year ?? value;
  const monthName = MONTHS[Number(month) - 1];
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** The year a partial date falls in, for filters and charts. */
export function yearOf(value: PartialDate): number {
  return Number(value.slice(0, 4));
}
