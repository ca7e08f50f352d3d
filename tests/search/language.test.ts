import { describe, expect, it } from 'vitest';
import { allowedTypos, prefixMatches, typoMatches } from '../../lib/search/engine/fuzzy';
import { parseQuery } from '../../lib/search/engine/query';
import { tokenize } from '../../lib/language/tokenize';
import { realEngine } from './helpers';

describe('how text becomes search terms', () => {
  it.each([
    { name: 'exclude, excluded, exclusion and excluding are one term', input: 'exclude excluded exclusion excluding', same: true },
    { name: 'therapy and therapies are one term', input: 'therapy therapies', same: true },
    { name: 'behaviour and behavior are one term', input: 'behaviour behavior', same: true },
    { name: 'programme and program are one term', input: 'programme program', same: true },
    { name: 'paediatrician and pediatrician are one term', input: 'paediatrician pediatrician', same: true },
    { name: 'decision and decide are one term', input: 'decision decide', same: true },
    { name: 'case and accents fold', input: 'Café CAFE cafe', same: true },
    { name: 'sent and send stay apart', input: 'sent send', same: false },
  ])('$name', ({ input, same }) => {
    const terms = new Set(tokenize(input));
    expect(terms.size === 1).toBe(same);
  });

  it('keeps two-letter words that matter and drops words that do not', () => {
    expect(tokenize('What is an OT, EP, AP or LA?')).toEqual(['ot', 'ep', 'ap', 'la']);
  });
});

describe('glossary synonyms', () => {
  it('expand an acronym to its words and back', async () => {
    const { manifest } = realEngine();
    const salt = parseQuery('salt', manifest.synonyms)[0]?.alternatives.map((a) => a.terms.join(' '));
    expect(salt).toEqual(expect.arrayContaining(['salt', 'speech languag therapi']));
    const words = parseQuery('speech and language therapy', manifest.synonyms);
    expect(words).toHaveLength(1);
    expect(words[0]?.alternatives.map((a) => a.terms.join(' '))).toContain('salt');
  });

  it('EHCP finds answers that only say "education, health and care plan"', async () => {
    const { engine } = realEngine();
    const ids = (await engine.search({ q: 'EHCP', pageSize: 200 })).results.map((r) => r.id);
    expect(ids).toContain('worcestershire-2018-05-scrutiny-send-strategy-4');
  });
});

describe('typos and words still being typed', () => {
  it.each([
    { word: 'ot', typos: 0 },
    { word: 'appel', typos: 1 },
    { word: 'tribnal', typos: 2 },
  ])('allows $typos typos in "$word"', ({ word, typos }) => {
    expect(allowedTypos(word)).toBe(typos);
  });

  it('corrects a typo against the stemmed vocabulary', () => {
    const matches = typoMatches('tribnal', [['tribun', 12], ['tier', 3], ['trial', 1]]);
    expect(matches[0]).toBe('tribun');
    expect(matches).not.toContain('tier');
    expect(typoMatches('therpy', [['therapi', 9], ['theme', 4]], 'therpi')).toEqual(['therapi']);
  });

  it('completes a word being typed with the commonest terms first', () => {
    expect(prefixMatches('thera', [['therapist', 2], ['therapi', 9], ['theme', 4]])).toEqual(['therapi', 'therapist']);
  });

  it('finds tribunal answers for "tribnal" and for the unfinished "tribu"', async () => {
    const { engine } = realEngine();
    for (const q of ['tribnal', 'tribu']) {
      const top = (await engine.search({ q, pageSize: 5 })).results.map((r) => r.question);
      expect(top.some((question) => /tribunal/i.test(question)), q).toBe(true);
    }
  });
});
