import { describe, expect, it } from 'vitest';
import { MISSPELLINGS, REAL_WORDS } from '../../bench/lib/typo-words';
import { changedRealWords, readAsMeant } from '../../bench/lib/search-floors';
import { corpus, fixtureEngine } from '../helpers/search-engine';

const { engine } = fixtureEngine();
const fixtureWords = new Set(corpus.records.flatMap((r) => `${r.question} ${r.response}`.toLowerCase().match(/[a-z]+/g) ?? []));
/** The real misspellings (bench/lib/typo-words.ts) of words the fixture's answers use. */
const misspellings = MISSPELLINGS.filter(([, meant]) => fixtureWords.has(meant));

describe('search never shows junk', () => {
  it('corrects every real misspelling of a word the answers use', async () => {
    expect(misspellings.length).toBeGreaterThanOrEqual(15);
    const wrong: string[] = [];
    for (const [typed, meant] of misspellings) {
      const response = await engine.search({ q: typed });
      if (!readAsMeant(response, meant)) wrong.push(`${typed} → ${JSON.stringify(response.words[0])} (meant ${meant})`);
    }
    expect(wrong).toEqual([]);
  });

  it(`never changes one of ${REAL_WORDS.length} correctly spelt English words into another word`, async () => {
    expect(await changedRealWords(engine)).toEqual([]);
  });

  it.each(['dyspraxia', 'taxi to school', 'bullying at lunch', 'epilepsy medication'])(
    'claims no answer for "%s", a topic no answer covers',
    async (q) => {
      const response = await engine.search({ q });
      expect(response.verdict).not.toBe('matches');
      expect(response.results).toEqual([]);
    },
  );

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
    expect(shown[0]?.question).toMatch(/go home at lunchtime/);
  });

  it("finds the council's word through a parent's phrase that no answer uses", async () => {
    // synonyms.yml: "called to collect him" finds "exclusion"; no answer says "called" or "collect".
    const response = await engine.search({ q: 'called to collect him' });
    expect(response.verdict).toBe('matches');
    expect(response.results[0]?.question).toMatch(/go home at lunchtime/);
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
      expect(response.results[0]?.question, q).toMatch(/paediatrician/);
    }
  });
});
