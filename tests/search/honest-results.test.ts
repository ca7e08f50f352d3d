import { describe, expect, it } from 'vitest';
import { termOf } from '../../lib/language/tokenize';
import { MISSPELLINGS, REAL_WORDS, UNCOVERED_QUERIES } from '../../bench/lib/typo-words';
import { realEngine } from './helpers';

const { engine } = realEngine();

describe('search never shows junk', () => {
  it(`corrects every one of ${MISSPELLINGS.length} real misspellings of words the answers use`, async () => {
    expect(MISSPELLINGS.length).toBeGreaterThanOrEqual(60);
    const wrong: string[] = [];
    for (const [typed, meant] of MISSPELLINGS) {
      const [word] = (await engine.search({ q: typed })).words;
      // Some misspellings stem to the meant word's own term ("attendence", "attendance" → attend): found as typed.
      const right = word?.status === 'corrected' ? word.as.some((as) => termOf(as) === termOf(meant)) : word?.status === 'found' && termOf(typed) === termOf(meant);
      if (!right) wrong.push(`${typed} → ${JSON.stringify(word)} (meant ${meant})`);
    }
    expect(wrong).toEqual([]);
  });

  it(`never changes one of ${REAL_WORDS.length} correctly spelt English words into another word`, async () => {
    const changed: string[] = [];
    for (const real of REAL_WORDS) {
      for (const complete of [false, true]) {
        const [word] = (await engine.search({ q: real, complete })).words;
        if (word?.status !== 'found' && word?.status !== 'missing') changed.push(`${real}${complete ? ' (typing)' : ''} → ${JSON.stringify(word)}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it(`shows nothing as a match for ${UNCOVERED_QUERIES.length} topics no answer covers, and says which words were not found`, async () => {
    expect(UNCOVERED_QUERIES.length).toBeGreaterThanOrEqual(20);
    for (const q of UNCOVERED_QUERIES) {
      const response = await engine.search({ q });
      expect(response.total, q).toBe(0);
      expect(response.results, q).toEqual([]);
      expect(response.words.some((word) => word.status === 'missing'), q).toBe(true);
    }
  });

  it('offers the answers that mention the other words apart, never as results', async () => {
    const response = await engine.search({ q: 'school transport' });
    expect(response.words).toEqual([
      { word: 'school', status: 'found', as: [] },
      { word: 'transport', status: 'missing', as: [] },
    ]);
    expect(response.total).toBe(0);
    expect(response.partial?.total).toBeGreaterThan(0);
    expect(response.partial?.results.every((r) => /school/i.test(`${r.question} ${r.excerpt}`))).toBe(true);
  });

  it('completes only a word still being typed: a submitted whole word is taken as typed', async () => {
    expect((await engine.search({ q: 'tribu', complete: true })).words[0]?.status).toBe('completed');
    expect((await engine.search({ q: 'tribu' })).words[0]?.status).toBe('missing');
    const bus = await engine.search({ q: 'school bus', complete: true });
    expect(bus.words[1]).toEqual({ word: 'bus', status: 'missing', as: [] });
    expect(bus.total).toBe(0);
  });

  it('completes British and American spellings typed part-way alike', async () => {
    for (const q of ['paediatr', 'pediatr']) {
      const response = await engine.search({ q, complete: true });
      expect(response.words[0]?.status, q).toBe('completed');
      expect(response.results[0]?.question, q).toMatch(/paediatric|consultant|Acorn|therapy/i);
      expect(response.words[0]?.as, q).toContain('pediatrician');
    }
  });
});
