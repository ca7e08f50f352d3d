import { NOT_STATED, type PartialDate } from '../content/partial-date';

/** The last day a partial date could mean: `2019` → 31 December 2019. */
function latestDay(date: PartialDate): Date {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) return new Date(Date.UTC(year ?? 0, 11, 31));
  if (day === undefined) return new Date(Date.UTC(year ?? 0, month, 0));
  return new Date(Date.UTC(year ?? 0, month - 1, day));
}

/**
 * Whether an answer given on `date` is more than `years` old on `today`. A date known only to the
 * month or year counts from its last possible day, so that no answer is called old too early; an
 * unstated date gives no answer at all.
 */
export function isOlderThan(date: PartialDate, years: number, today: Date): boolean | undefined {
  if (date === NOT_STATED) return undefined;
  const limit = latestDay(date);
  limit.setUTCFullYear(limit.getUTCFullYear() + years);
  return today.getTime() > limit.getTime();
}
