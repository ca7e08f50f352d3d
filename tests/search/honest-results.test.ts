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
      const response = await engine.search({ q: typed });
      const [word] = response.words;
      // Some misspellings stem to the meant word's own term ("attendence", "attendance" → attend), and
      // some are listed in the glossary ("cahms" for CAMHS): found, through the meant word.
      const right =
        word?.status === 'corrected'
          ? word.as.some((as) => termOf(as) === termOf(meant))
          : word?.status === 'found' && response.terms.includes(termOf(meant));
      if (!right) wrong.push(`${typed} → ${JSON.stringify(word)} (meant ${meant})`);
    }
    expect(wrong).toEqual([]);
  });

  it(`never changes one of ${REAL_WORDS.length} correctly spelt English words into another word`, async () => {
    const changed: string[] = [];
    for (const real of REAL_WORDS) {
      for (const complete of [false, true]) {
        const [word] = (await engine.search({ q: real, complete })).words;
        if (word?.status !== 'found' && word?.status !== 'missing')
          changed.push(`${real}${complete ? ' (typing)' : ''} → ${JSON.stringify(word)}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it(`claims answers for at most one of ${UNCOVERED_QUERIES.length} topics no answer covers`, async () => {
    expect(UNCOVERED_QUERIES.length).toBeGreaterThanOrEqual(20);
    const claimed: string[] = [];
    for (const q of UNCOVERED_QUERIES) {
      const response = await engine.search({ q });
      if (response.verdict === 'matches') claimed.push(q);
      else expect(response.results, q).toEqual([]);
    }
    expect(claimed.length, claimed.join(', ')).toBeLessThanOrEqual(1);
  });

  it('says there is no answer when the telling word is in none, and offers what shares the rest apart, never as results', async () => {
    const response = await engine.search({ q: 'school transport' });
    expect(response.words).toEqual([
      { word: 'school', status: 'found', as: [] },
      { word: 'transport', status: 'missing', as: [] },
    ]);
    expect(response.verdict).not.toBe('matches');
    expect(response.total).toBe(0);
    expect(response.closest?.total).toBeGreaterThan(0);
    expect(response.closest?.results.every((r) => /school/i.test(`${r.question} ${r.excerpt}`))).toBe(true);
  });

  it('never lets one unknown everyday word of a long message veto its answer', async () => {
    const q = 'my lad keeps getting sent home from school, they ring me at work to come and collect him nearly every week';
    const response = await engine.search({ q });
    expect(response.words.find((w) => w.word === 'nearly')?.status).toBe('missing');
    expect(response.verdict).not.toBe('none');
    const shown = response.verdict === 'matches' ? response.results : (response.closest?.results ?? []);
    expect(shown[0]?.id).toBe('enfield-2019-02-our-voice-conference-follow-up-7');
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
      // "paediatr" is also the term of "paediatric", so it may be found as typed rather than completed.
      expect(['completed', 'found'], q).toContain(response.words[0]?.status);
      expect(response.results[0]?.question, q).toMatch(/paediatric|consultant|Acorn|therapy/i);
      if (response.words[0]?.status === 'completed') expect(response.words[0]?.as, q).toContain('pediatrician');
    }
  });
});
