import { describe, expect, it } from 'vitest';
import { count, noun } from '../../lib/common/plural';

describe('counts in words', () => {
  it('says one in the singular and every other number in the plural', () => {
    expect(count(1, 'answer')).toBe('1 answer');
    expect(count(2, 'answer')).toBe('2 answers');
    expect(count(0, 'document')).toBe('0 documents');
    expect(count(1, 'entry')).toBe('1 entry');
    expect(count(3, 'entry')).toBe('3 entries');
  });

  it('groups thousands as British English does', () => {
    expect(count(14000, 'answer')).toBe('14,000 answers');
  });

  it('gives the noun alone for sentences that put words between', () => {
    expect(noun(1, 'answer')).toBe('answer');
    expect(noun(5, 'child', 'children')).toBe('children');
  });
});
