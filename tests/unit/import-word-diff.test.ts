import { describe, expect, it } from 'vitest';
import { diffWords } from '../../lib/import/word-diff';

const w = (text: string) => text.split(' ');

describe('the word diff behind the coverage proof', () => {
  it('finds nothing between equal lists', () => {
    expect(diffWords(w('a b c'), w('a b c'))).toEqual({ lost: [], invented: [] });
  });

  it('names the word dropped and the word added, by position', () => {
    expect(diffWords(w('the wait is ten weeks'), w('the wait is weeks'))).toEqual({ lost: [3], invented: [] });
    expect(diffWords(w('the wait is ten weeks'), w('urgent the wait is ten weeks'))).toEqual({ lost: [], invented: [0] });
    expect(diffWords(w('a b c d'), w('a x c d'))).toEqual({ lost: [1], invented: [1] });
  });

  it('notices words moved out of order, which a count of words would miss', () => {
    const diff = diffWords(w('one two three four'), w('three four one two'));
    expect(diff.lost.length + diff.invented.length).toBeGreaterThan(0);
  });

  it('reports the shortest difference: one word lost among repeats', () => {
    expect(diffWords(w('a a a b a a'), w('a a a a a')).lost).toHaveLength(1);
  });

  it('aligns 40,000 words with a few edits in well under a second', () => {
    const long = Array.from({ length: 40_000 }, (_, i) => `w${i % 997}`);
    const edited = [...long.slice(0, 10_000), 'extra', ...long.slice(10_000, 30_000), ...long.slice(30_001)];
    const start = performance.now();
    const diff = diffWords(long, edited);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(diff).toEqual({ lost: [30_000], invented: [10_000] });
  });

  it('still says a reading far from its document is incomplete, and where it parts', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const swapped = [...long.slice(10_000), ...long.slice(0, 10_000)];
    const diff = diffWords(long, swapped);
    expect(diff.lost.length).toBeGreaterThan(0);
  });
});
