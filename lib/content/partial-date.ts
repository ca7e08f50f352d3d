import { z } from 'zod';
import { NOT_STATED } from '../common/format-date';

export { dateSortKey, formatPartialDate, NOT_STATED, yearOf } from '../common/format-date';

/**
 * A date only as precise as the document states it: `2019`, `2019-02` or `2019-02-14`, or
 * `not stated` when the document gives none and nothing else tells us. Documents often give a month
 * or just a year; we never invent the missing parts.
 */
export type { PartialDate } from '../common/format-date';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why `value` is not a real partial date, or undefined when it is one. */
export function explainPartialDate(value: string, today = new Date()): string | undefined {
  if (value === NOT_STATED) return undefined;
  const match = PATTERN.exec(value);
  if (!match) return `'${value}' is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD, nor '${NOT_STATED}'`;
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
    if (problem) ctx.addIssue({ code: 'custom', message: problem, params: { allowed: `YYYY, YYYY-MM or YYYY-MM-DD, not in the future, or '${NOT_STATED}'` } });
  }),
);

