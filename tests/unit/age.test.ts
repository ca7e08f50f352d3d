import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../lib/content';
import { isOlderThan } from '../../lib/site/age';

describe('how old an answer is', () => {
  const today = new Date(Date.UTC(2026, 10, 23));
  it.each([
    { date: '2023-11-22', older: true },
    { date: '2023-11-23', older: false },
    { date: '2023-10', older: true },
    { date: '2023-11', older: false },
    { date: '2022', older: true },
    { date: '2023', older: false },
  ])('$date is more than three years old on 23 November 2026: $older', ({ date, older }) => {
    expect(isOlderThan(date, 3, today)).toBe(older);
  });

  it('does not say how old an answer is when its document states no date', () => {
    expect(isOlderThan('not stated', 3, today)).toBeUndefined();
  });

  it.each([
    { date: '2019', shown: '2019' },
    { date: '2019-02', shown: 'February 2019' },
    { date: '2021-06-10', shown: '10 June 2021' },
    { date: 'not stated', shown: 'Date not stated' },
  ])('shows $date as "$shown"', ({ date, shown }) => {
    expect(formatPartialDate(date)).toBe(shown);
  });
});
